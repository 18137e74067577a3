"""A small fork server: functions run in a fresh child process with resource limits.

Why not multiprocessing: its children re-import the parent's main script (a console script
drags the whole web stack into every child), and forking the serving process itself would copy
its threads' locks. Here one helper process, started once with `python -m` and the readers
imported, forks a child per call; the child limits its own address space and CPU time, lowers
its priority, runs the function and sends back the result or the exception. The caller kills
the child at its deadline. The helper lives while its parent does (it reads its stdin to EOF).

    box = Sandbox(["pypdf", "bot.minutes.reading.bounded:warm_up"])
    status, value, peak_kb = box.call(function, args, seconds=20, memory=280 * 2**20)
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import resource
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from multiprocessing.connection import Connection
from pathlib import Path

OK, RAISED, SLOW, DIED = "ok", "raised", "slow", "died"


class Sandbox:
    """The caller's side: starts the helper on first use and again if it has gone."""

    def __init__(self, preload: list[str]):
        self.preload = preload
        self._lock = threading.Lock()
        self._helper: subprocess.Popen | None = None
        self._address = ""

    def call(self, function, args: tuple, seconds: float, memory: int) -> tuple:
        """(OK, value, peak_kb), (RAISED, exception or None, peak_kb), (SLOW, None, None) when
        the deadline passed, (DIED, None, None) when a limit or a crash ended the child."""
        connection = self._connect()
        try:
            if not connection.poll(5):
                return (DIED, None, None)
            pid = connection.recv()
            try:
                connection.send((function, args, seconds, memory))
                if not connection.poll(seconds):
                    _kill(pid)
                    return (SLOW, None, None)
                return connection.recv()
            except (EOFError, OSError):
                _kill(pid)
                return (DIED, None, None)
        finally:
            connection.close()

    def _connect(self) -> Connection:
        with self._lock:
            for _ in range(2):
                if self._helper is None or self._helper.poll() is not None:
                    self._start()
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                try:
                    sock.connect(self._address)
                    return Connection(sock.detach())
                except OSError:
                    sock.close()
                    self._stop()
            raise RuntimeError("the reading helper does not start")

    def _start(self) -> None:
        folder = tempfile.mkdtemp(prefix="samverkansbot-sandbox-")  # mode 0700: ours alone
        self._address = str(Path(folder) / "socket")
        self._helper = subprocess.Popen(
            [sys.executable, "-m", __name__, self._address, *self.preload],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True,
        )
        self._helper.stdout.readline()  # "ready" once the socket listens

    def _stop(self) -> None:
        if self._helper is not None:
            self._helper.kill()
            self._helper.wait()
            self._helper = None


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


# --- the helper process ----------------------------------------------------------------------

def _serve(address: str, preload: list[str]) -> None:
    for entry in preload:  # "module", or "module:function" to call once (caches, warm-up)
        module, _, function = entry.partition(":")
        __import__(module)
        if function:
            getattr(sys.modules[module], function)()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(address)
    listener.listen(16)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nobody reads it any more
    while True:
        readable, _, _ = select.select([listener, sys.stdin], [], [])
        if sys.stdin in readable and not os.read(sys.stdin.fileno(), 1):
            break  # the parent has gone
        if listener in readable:
            client, _ = listener.accept()
            if os.fork() == 0:
                listener.close()
                _child(Connection(client.detach()))
            client.close()
    listener.close()
    os.unlink(address)


def _child(connection: Connection) -> None:
    try:
        connection.send(os.getpid())
        function, args, seconds, memory = connection.recv()
        _limit_self(seconds, memory)
        try:
            message = (OK, function(*args))
        except BaseException as error:  # noqa: BLE001 (every failure goes back to the caller)
            # The traceback holds the frames and whatever they read: let it go before sending.
            message = (RAISED, _picklable(error.with_traceback(None)))
        connection.send((*message, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
    finally:
        os._exit(0)


def _limit_self(seconds: float, memory: int) -> None:
    cpu = math.ceil(seconds) + 1
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.nice(10)  # commands and buttons come first on a small machine


def _picklable(error: BaseException) -> BaseException | None:
    try:
        pickle.dumps(error)
    except Exception:
        return None
    return error


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2:])

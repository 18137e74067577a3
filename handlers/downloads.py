"""Files people share, fetched to disk with a cap on the bytes and a deadline on the whole.

The size a platform reports is what the sender's client claimed; only the bytes that arrive
count. The download stops at the first byte over the cap, and at the deadline however slowly
the bytes trickle in; nothing is held in memory beyond one chunk.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import httpx

log = logging.getLogger(__name__)
SILENCE = 5.0  # seconds without a byte before the connection counts as stalled


class DownloadFailed(Exception):
    """`reason` is "too_big", "too_slow" or "failed"; `size` the bytes seen when it stopped."""

    def __init__(self, reason: str, size: int = 0):
        super().__init__(reason)
        self.reason, self.size = reason, size


def fetch(
    http: httpx.Client, url: str, destination: Path, max_bytes: int, seconds: float,
    headers: dict[str, str] | None = None,
) -> int:
    """Streams `url` into `destination`; the number of bytes, or DownloadFailed."""
    deadline = time.monotonic() + seconds
    size = 0
    # identity: a compressed answer would be inflated chunk by chunk beyond our count.
    headers = {**(headers or {}), "Accept-Encoding": "identity"}
    timeout = httpx.Timeout(min(SILENCE, seconds))
    try:
        with http.stream("GET", url, headers=headers, follow_redirects=True,
                         timeout=timeout) as response:
            response.raise_for_status()
            declared = response.headers.get("Content-Length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:  # not '²'
                raise DownloadFailed("too_big", int(declared))
            with destination.open("wb") as out:
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > max_bytes:
                        raise DownloadFailed("too_big", size)
                    if time.monotonic() > deadline:
                        raise DownloadFailed("too_slow", size)
                    out.write(chunk)
    except httpx.TimeoutException:
        raise DownloadFailed("too_slow", size) from None
    except httpx.HTTPError as error:
        log.warning("Could not download a shared file: %s", type(error).__name__)
        raise DownloadFailed("failed", size) from None
    return size

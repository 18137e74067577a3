"""The Swedish stemmer the search index and the questions share: the same stems as Snowball's
own package gives, and right when eight request threads stem at once."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from bot.retrieval import analysis, stemmer

WORDS = analysis.wordlist("""
    samverkan samverkansgruppen förhinder förhindret ersättare ersättarna kommunerna beslutet
    besluten dagordningen protokollen riktlinjerna barnhälsoteamet skolnärvaro
    överenskommelsen handlingsplanerna länsstyrelsen vårdnadshavare äldreomsorgens
    minnesanteckningar justerare sammanträdet synpunkterna remissvaren
""")


def test_the_stems_are_snowballs_own():
    import snowballstemmer

    reference = snowballstemmer.stemmer("swedish")
    ours = stemmer.swedish()
    assert [ours.stemWord(w) for w in WORDS] == [reference.stemWord(w) for w in WORDS]
    assert [ours.stemWord(w) for w in ("kommunerna", "protokollen")] == ["kommun", "protokoll"]


def test_loading_it_imports_no_other_language():
    probe = ("import sys; from bot.retrieval import stemmer; s = stemmer.swedish(); "
             "print(s.stemWord('ersättarna'), sorted(m for m in sys.modules "
             "if m.startswith('snowballstemmer')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split(" ", 1) == [
        "ersät", "['snowballstemmer.among', 'snowballstemmer.basestemmer', "
        "'snowballstemmer.swedish_stemmer']\n"]


def test_the_package_still_imports_whole_afterwards():
    probe = ("from bot.retrieval import stemmer; stemmer.swedish(); import snowballstemmer; "
             "print(len(snowballstemmer.algorithms()), "
             "snowballstemmer.stemmer('english').stemWord('meetings'))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    number, stem = done.stdout.split()
    assert int(number) > 20 and stem == "meet"


@pytest.fixture
def switching_often():
    """Thread switches every microsecond: what eight busy request threads do now and then."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_threads_stemming_at_once_each_get_their_own_words_stem(switching_often):
    expected = {w: analysis.stem.__wrapped__(w) for w in WORDS}
    wrong, failed = [], []

    def work() -> None:
        try:
            for _ in range(100):
                for word in WORDS:
                    if analysis.stem.__wrapped__(word) != expected[word]:
                        wrong.append(word)
        except Exception as error:  # a stemmer shared by threads also runs off its word's end
            failed.append(type(error).__name__)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (wrong, failed) == ([], [])

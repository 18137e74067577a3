"""An uploaded text file as the program that saved it meant it: UTF-8 (with or without a
byte-order mark), UTF-16 with its mark (Excel's and Notepad's "Unicode"), or Windows-1252,
which Swedish Windows still gives a file saved as "ANSI" or as Excel's "CSV
(semikolonavgränsad)". Windows-1252 is taken only when it reads as Swedish text would."""

from __future__ import annotations

import codecs

# Windows-1252 puts punctuation at 0x80–0x9F. A Swedish text in it has only these of them; a
# file from another code page (Mac Roman writes å ä ö as 0x8C 0x8A 0x9A, Windows-1252's Œ Š š)
# shows others, and is refused rather than loaded with the letters wrong.
_WINDOWS_PUNCTUATION = set("€‚„…‘’“”•–—")
_WINDOWS_UPPER_HALF = {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xA0)} - {""}


def decode_upload(data: bytes) -> str | None:
    """The file's text, or None when its encoding cannot be told for certain."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8):], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16")
    text = _decode(data, "utf-8")
    if text is not None:
        return text
    text = _decode(data, "cp1252")
    if text is None or any(c in _WINDOWS_UPPER_HALF - _WINDOWS_PUNCTUATION for c in text):
        return None
    return text


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None

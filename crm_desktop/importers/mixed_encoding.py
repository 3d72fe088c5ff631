"""UTF-8 files with some lines in a legacy encoding: a list saved as UTF-8, then rows pasted
or appended from a Windows program (José as the single byte 0xE9). Strict decoding would
refuse the file and "replace" would turn the letters into U+FFFD, silently; here the lines
that are not UTF-8 are found, their encoding guessed from them alone, and read in it,
each line whole.
"""

from __future__ import annotations

import io
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from charset_normalizer import from_bytes

CHUNK = 1 << 20
# the legacy encodings people's programs write (the candidates for the lines not UTF-8)
LEGACY = ("cp1252", "cp1251", "cp1256", "koi8_r", "latin_1", "iso8859_15", "mac_cyrillic",
          "cp866")


def mostly_utf8(sample: bytes) -> bool:
    """Whether text that is not all UTF-8 is UTF-8 but for a few stray bytes: it holds more
    well-formed multi-byte UTF-8 characters than malformed sequences. (A legacy-encoded file
    has next to none: its letters seldom form valid UTF-8 sequences by chance.)"""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return good > 2 * bad


def lines_not_utf8(path: Path) -> tuple[list[int], bytes]:
    """The lines of a file (0-based, ended by LF, CR LF or CR as a text file's reading counts
    them) that are not valid UTF-8, and those lines' bytes, to guess their encoding from."""
    bad: list[int] = []
    bad_bytes: list[bytes] = []
    line = 0
    pending = b""
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            data = pending + chunk
            cut = len(data) if not chunk else data.rfind(b"\n") + 1
            if not cut and chunk:  # no line feed yet: lines ended by CR alone (old Macs),
                # cut after one, but not the last byte (its LF may start the next chunk)
                cut = data.rfind(b"\r", 0, len(data) - 1) + 1
            block, pending = data[:cut], data[cut:]
            try:
                block.decode("utf-8")  # the usual case: the whole block at C speed
                line += block.count(b"\n") + block.count(b"\r") - block.count(b"\r\n")
                if block and block[-1:] not in b"\r\n":
                    line += 1  # the last line of the file, with no line end
            except UnicodeDecodeError:
                for text in byte_lines(io.BytesIO(block)):
                    if not _is_utf8(text):
                        bad.append(line)
                        bad_bytes.append(text)
                    line += 1
            if not chunk:
                return bad, b"\n".join(bad_bytes)


def byte_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """A binary file's lines, split where a text file opened with newline="" splits them
    (LF, CR LF, CR), each with its line end."""
    text = io.TextIOWrapper(fh, encoding="latin_1", newline="")
    try:
        for line in text:
            yield line.encode("latin_1")  # Latin-1 maps each byte to one character and back
    finally:
        if not fh.closed:
            text.detach()  # the file stays its opener's to close


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def legacy_encoding(data: bytes) -> str:
    """The legacy encoding the lines that are not UTF-8 are in, from their bytes alone."""
    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    return best.encoding if best else "cp1252"


def decode_line(raw: bytes, encoding: str, legacy: str) -> str:
    """A line in the file's UTF-8 if it is, else wholly in the legacy encoding (its bytes may
    happen to form a UTF-8 character or two: 'Пётр' in cp1251 begins like 'ϸ')."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        try:
            return raw.decode(legacy)
        except UnicodeDecodeError:  # a byte the encoding leaves undefined: as Latin-1
            return "".join(bytes([b]).decode(legacy, errors="ignore") or chr(b) for b in raw)


def decode_text(data: bytes, encoding: str, legacy: str) -> str:
    return "".join(decode_line(line, encoding, legacy) for line in data.splitlines(True))


def touches(bad: list[int], first: int, end: int) -> bool:
    """Whether one of the (sorted) lines `bad` is among lines first..end-1."""
    i = bisect_left(bad, first)
    return i < len(bad) and bad[i] < end

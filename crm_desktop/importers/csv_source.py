"""CSV and TSV from anywhere: the encoding detected (charset-normalizer), the delimiter sniffed,
the header row found below any preamble; rows are streamed, never all read at once."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import header_score, recognise_layout
from crm_desktop.importers.table import HEADER_SEARCH_ROWS, clean_cell, find_header
from crm_desktop.translatable import msg

SAMPLE_BYTES = 256 * 1024
DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# what charset-normalizer may answer for files people have (it also knows exotic ones that
# fit short Cyrillic or Persian samples by chance)
_LIKELY = (
    "utf_8",
    "utf_16",
    "cp1251",
    "cp1256",
    "koi8_r",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "mac_cyrillic",
    "cp866",
)
csv.field_size_limit(16 * 1024 * 1024)  # a long note is data, not an error


def utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or '-be' for UTF-16 text without a BOM: its Latin letters, digits and
    separators leave a zero in every other byte (the high one, second in LE, first in BE)."""
    if len(sample) < 4:
        return None
    if sample[1::2].count(0) > len(sample) // 4:
        return "utf-16-le"
    if sample[0::2].count(0) > len(sample) // 4:
        return "utf-16-be"
    return None


def detect_encoding(sample: bytes) -> str:
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if without_bom := utf16_without_bom(sample):
        return without_bom
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:
            return "utf-8"  # the sample cut a character in two
    results = from_bytes(sample, cp_isolation=list(_LIKELY))
    best = results.best()
    return best.encoding if best else "latin_1"


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number of cells (>1)."""
    best, best_key = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        counts = [n for n in counts if n > 1]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        key = (counts.count(common), common)
        if key > best_key:
            best, best_key = delimiter, key
    return best


class CsvTable:
    def __init__(self, path: Path, encoding: str | None = None, delimiter: str | None = None):
        self.path = Path(path)
        self.name = self.path.name
        try:
            with open(self.path, "rb") as fh:
                sample = fh.read(SAMPLE_BYTES)
        except OSError as exc:
            raise InputError(msg("cannot read {0}: {1}", self.path, exc.strerror or exc),
                             field="file") from exc
        utf16 = sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or bool(
            utf16_without_bom(sample))
        if b"\x00" in sample[:4096] and not utf16:
            raise InputError(msg("{0} is not a text file (it holds binary data)", self.name),
                             field="file")
        self.encoding = encoding or detect_encoding(sample)
        text = sample.decode(self.encoding, errors="replace")
        lines = text.splitlines()[: HEADER_SEARCH_ROWS + 20]
        if not any(line.strip() for line in lines):
            raise InputError(msg("{0} is empty", self.name), field="file")
        self.delimiter = delimiter or (
            "\t" if self.path.suffix.lower() == ".tsv" else sniff_delimiter(lines)
        )
        head = [
            [clean_cell(c) for c in row]
            for row in csv.reader(lines[:HEADER_SEARCH_ROWS], delimiter=self.delimiter)
        ]
        index = find_header(head, header_score)
        self.header_row = index + 1
        self.headers = head[index] if head else []
        self.layout = recognise_layout(self.headers)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as fh:
            reader = csv.reader(fh, delimiter=self.delimiter)
            for _ in range(self.header_row):
                next(reader, None)
            # the row number a spreadsheet shows: a cell with line breaks is still one row
            for number, cells in enumerate(reader, start=self.header_row + 1):
                yield number, list(map(str.strip, cells))


def read_text(data: bytes) -> str:
    """Decode bytes of unknown encoding (used for vCards too)."""
    return data.decode(detect_encoding(data[:SAMPLE_BYTES]), errors="replace")


def open_csv(path: Path) -> CsvTable:
    return CsvTable(path)

"""CSV and TSV from anywhere: the encoding detected (charset-normalizer), the delimiter sniffed,
the header row found below any preamble; rows are streamed, never all read at once."""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from charset_normalizer import from_bytes

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import header_score, recognise_layout
from crm_desktop.importers.mixed_encoding import (
    byte_lines,
    decode_line,
    decode_text,
    legacy_encoding,
    lines_not_utf8,
    mostly_utf8,
    touches,
)
from crm_desktop.importers.rows import Refused
from crm_desktop.importers.table import HEADER_SEARCH_ROWS, clean_cell, find_header
from crm_desktop.translatable import msg

SAMPLE_BYTES = 256 * 1024
READ_CHUNK = 1 << 20  # bytes read and decoded at a time (see CsvTable._open)
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
    if mostly_utf8(sample):
        return "utf-8"  # with a few lines from elsewhere, read in their own encoding
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
        # the encoding of a UTF-8 file's lines that are not UTF-8 (rows() reads the whole
        # file for them; the sample may show some first)
        self._legacy: str | None = None
        self._bad: list[int] | None = None  # known once rows() has been asked for
        if self.encoding.startswith("utf-8") and not _decodes(sample, self.encoding):
            self._legacy = legacy_encoding(b"\n".join(
                line for line in sample.split(b"\n")[:-1] if not _decodes(line, "utf-8")))
        text = (decode_text(sample, self.encoding, self._legacy) if self._legacy
                else sample.decode(self.encoding, errors="replace"))
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
        # for a progress bar: the sample's lines scaled to the file (a note over several
        # lines makes it high, which a bar can bear)
        size = self.path.stat().st_size
        lines_seen = max(1, sample.count(b"\n"))
        self.estimated_rows = max(0, (lines_seen if len(sample) >= size else
                                      size * lines_seen // max(1, len(sample)))
                                  - self.header_row)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """The rows after the header, numbered as a spreadsheet shows them (a cell with line
        breaks is still one row). A quote opened by mistake would make one cell of the rows
        after it, up to another stray quote or the end of the file: that row goes to
        `refused`, and the lines after it are read as rows again."""
        self.refused: list[Refused] = []
        self.notes: list[tuple[int, str]] = []
        # lines of a UTF-8 file that are not UTF-8: read in their own encoding, and noted
        bad = self._lines_not_utf8()
        note = msg("this row is not UTF-8 like the rest of the file; it was read as "
                   "{0}: check its text", self._legacy) if bad else None
        number, skip_lines, skip_records = self.header_row, 0, self.header_row
        while True:
            stray = None  # the line where a row with a stray quote starts
            with self._open() as fh:
                lines = itertools.islice(fh, skip_lines, None) if skip_lines else fh
                reader = csv.reader(lines, delimiter=self.delimiter)
                for _ in range(skip_records):
                    next(reader, None)
                held = None  # a row over several lines, until the next one shows it ended
                begun = reader.line_num  # lines read before the current row
                try:
                    for cells in reader:
                        if held is not None:
                            yield held
                            held = None
                        number += 1
                        if bad and touches(bad, skip_lines + begun, skip_lines + reader.line_num):
                            self.notes.append((number, note))
                        if reader.line_num - begun > 1:
                            if self._holds_rows(cells):
                                stray = skip_lines + begun
                                break
                            held, held_line = (number, [c.strip() for c in cells]), \
                                skip_lines + begun
                        else:
                            yield number, list(map(str.strip, cells))
                        begun = reader.line_num
                except csv.Error as exc:  # e.g. a cell beyond the field limit
                    if held is not None:
                        yield held  # it ended: the failing row came after it
                        held = None
                    number += 1
                    stray = skip_lines + begun
                    if not self._never_closed(stray):
                        raise InputError(msg("row {0} of {1} cannot be read: {2}", number,
                                             self.name, exc), field="file") from exc
            if stray is None:
                if held is None:
                    return
                if not self._never_closed(held_line):
                    yield held
                    return
                stray = held_line
            self.refused.append(Refused(number, None, msg(
                "a quote (\") opens in this row and does not close in it; the rows after it "
                "were read on their own. Fix the quote and import this row again"),
                self._line_cells(stray)))
            skip_lines, skip_records = stray + 1, 0

    def _lines_not_utf8(self) -> list[int]:
        """The lines of a UTF-8 file that are not UTF-8 (read once: a scan of the whole file,
        at C speed, 20 ms for 100,000 rows), their encoding kept in `_legacy`."""
        if self._bad is None:
            self._bad = []
            if self.encoding.startswith("utf-8"):
                self._bad, bad_bytes = lines_not_utf8(self.path)
                self._legacy = legacy_encoding(bad_bytes) if self._bad else None
        return self._bad

    def _holds_rows(self, cells: list[str]) -> bool:
        """Whether a cell's lines are mostly rows of this file (as many separators as the
        header): a quote opened by mistake and closed, rows later, by another. A line of a
        real note may hold a comma or two, seldom exactly as many as a wide file's rows: in
        a file of five columns or more one such line tells, in a narrower one it takes
        three."""
        separators = len(self.headers) - 1
        needed = 1 if separators >= 4 else 3
        for cell in cells:
            lines = cell.split("\n")[1:]
            if len(lines) >= needed:
                like_rows = sum(1 for line in lines if line.count(self.delimiter) == separators)
                if like_rows >= needed and like_rows * 2 > len(lines):
                    return True
        return False

    @contextmanager
    def _open(self) -> Iterator[Iterator[str]]:
        """The file's lines as text."""
        if self._legacy is None:
            with open(self.path, encoding=self.encoding, errors="replace", newline="",
                      buffering=READ_CHUNK) as fh:
                # decoded a megabyte at a time: with the default 8 KB the import's indexing
                # thread ran at half speed beside this reader (measured, not explained)
                if hasattr(fh, "_CHUNK_SIZE"):
                    fh._CHUNK_SIZE = READ_CHUNK
                yield fh
        else:  # line by line: each in UTF-8 or, whole, in the legacy encoding
            with open(self.path, "rb") as fh:
                lines = byte_lines(fh)
                try:
                    yield (decode_line(raw, self.encoding, self._legacy) for raw in lines)
                finally:
                    lines.close()

    def _never_closed(self, line: int) -> bool:
        """Whether the row starting on `line` (0-based) opens a quote that the file never
        closes: read strictly, it ends in the middle of a cell."""
        with self._open() as fh:
            try:
                next(csv.reader(itertools.islice(fh, line, None), delimiter=self.delimiter,
                                strict=True), None)
            except csv.Error as exc:
                return "unexpected end of data" in str(exc) or "field limit" in str(exc)
        return False

    def _line_cells(self, line: int) -> list[str]:
        """The cells of one line, its quotes taken as they are."""
        with self._open() as fh:
            text = next(itertools.islice(fh, line, None), "")
        row = next(csv.reader([text.rstrip("\r\n")], delimiter=self.delimiter,
                              quoting=csv.QUOTE_NONE), [])
        return [cell.strip() for cell in row]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 4  # only a character cut in two at the end
    return True


def read_text(data: bytes) -> str:
    """Decode bytes of unknown encoding (used for vCards too)."""
    return data.decode(detect_encoding(data[:SAMPLE_BYTES]), errors="replace")


def open_csv(path: Path) -> CsvTable:
    return CsvTable(path)

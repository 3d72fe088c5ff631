"""vCard 2.1, 3.0 and 4.0 (phones, Android, Apple): quoted-printable and folded lines,
several TEL/EMAIL, item groups; photos are skipped. Parsed with vobject."""

from __future__ import annotations

import logging
import quopri
import re
from collections.abc import Iterator
from pathlib import Path

import vobject

from crm_desktop.errors import InputError
from crm_desktop.importers.csv_source import read_text
from crm_desktop.importers.rows import Refused
from crm_desktop.importers.table import ListTable
from crm_desktop.translatable import msg

HEADERS = [
    "Kind",
    "Full name",
    "First name",
    "Middle name",
    "Last name",
    "Organization",
    "Title",
    "E-mail",
    "Phone",
    "Street",
    "City",
    "Region",
    "Postal code",
    "Country",
    "URL",
    "Note",
    "Categories",
    "Birthday",
]
# the properties read into HEADERS' columns, and those that hold no data of the contact's
# (the card's own bookkeeping, Apple's labels of the others, a postal label repeating ADR)
_READ = frozenset({"n", "fn", "org", "title", "email", "tel", "adr", "url", "note",
                   "categories", "bday", "kind", "x-abshowas"})
_NOT_DATA = frozenset({"begin", "end", "version", "prodid", "rev", "uid", "x-abuid", "class",
                       "sort-string", "x-ablabel", "x-abadr", "label", "source", "name",
                       "profile", "x-abmodifiedat"})
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?[A-Za-z-]+[;:]")
_QP_SOFT_BREAK = re.compile(r"=\r?\n")


def _without_photos(text: str) -> str:
    """Drop PHOTO/LOGO/SOUND properties and their base64 lines (vobject chokes on some)."""
    out, skipping = [], False
    for line in text.splitlines():
        if re.match(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", line, re.IGNORECASE):
            skipping = True
            continue
        if skipping and (not line.strip() or line[:1] in " \t" or not _PROPERTY.match(line)):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out) + "\n"


def _decode_quoted_printable(text: str) -> str:
    """vCard 2.1 writes non-ASCII names as QUOTED-PRINTABLE, with '=' soft line breaks."""
    lines, result = text.split("\n"), []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "QUOTED-PRINTABLE" in line.upper().split(":", 1)[0]:
            while line.endswith("=") and i + 1 < len(lines):  # soft line break
                i += 1
                line = line[:-1] + lines[i]
            head, _, value = line.partition(":")
            charset = re.search(r"CHARSET=([\w-]+)", head, re.IGNORECASE)
            decoded = quopri.decodestring(value.encode("latin-1", "replace"))
            value = decoded.decode(charset.group(1) if charset else "utf-8", "replace")
            head = re.sub(r";ENCODING=QUOTED-PRINTABLE", "", head, flags=re.IGNORECASE)
            head = re.sub(r";CHARSET=[\w-]+", "", head, flags=re.IGNORECASE)
            line = f"{head}:{value}"
        result.append(line)
        i += 1
    return "\n".join(result)


def _values(card, name: str) -> list:
    return [p.value for p in card.contents.get(name, [])]


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _cards(text: str) -> Iterator[tuple[str, bool]]:
    """Each card's text from BEGIN:VCARD to its END:VCARD, and whether it got there (a
    file cut short ends inside its last card). A vCard 2.1 AGENT may hold a card inside a
    card: it stays part of the outer one."""
    lines: list[str] = []
    depth = 0
    for line in text.split("\n"):
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            depth += 1
        if depth:
            lines.append(line)
        if word == "END:VCARD" and depth:
            depth -= 1
            if not depth:
                yield "\n".join(lines) + "\n", True
                lines = []
    if lines:
        yield "\n".join(lines) + "\n", False


def _full_name(card_text: str) -> str:
    """The FN of a card vobject cannot read, to say which one it is."""
    found = re.search(r"^(?:[\w-]+\.)?FN[;:](?:[^:\n]*:)?(.*)$", card_text,
                      re.IGNORECASE | re.MULTILINE)
    return found.group(1).strip() if found else ""


class _SkippedLines(logging.Handler):
    """vobject logs each line it skips in a card it can read; kept as notes for the owner,
    not printed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        line = re.search(r"Failed to parse line: (.*)$", text, re.DOTALL)
        self.messages.append(line.group(1).strip() if line else text)


def read_vcards(path: Path) -> ListTable:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(msg("cannot read {0}: {1}", path, exc.strerror or exc),
                         field="file") from exc
    text = _decode_quoted_printable(_without_photos(read_text(data).replace("\r\n", "\n")))
    if "BEGIN:VCARD" not in text.upper():
        raise InputError(msg("{0} holds no vCard (no BEGIN:VCARD)", path.name),
                         field="file")
    table = ListTable(path.name, list(HEADERS), layout="vCard")
    logger = logging.getLogger("vobject.base")
    skipped = _SkippedLines()
    # vobject prints to stderr through a handler of its own: ours instead, while reading
    handlers, logger.handlers = logger.handlers, [skipped]
    was_propagating, logger.propagate = logger.propagate, False
    try:
        for number, (card_text, closed) in enumerate(_cards(text), start=1):
            cells = [""] * len(HEADERS)
            cells[1] = _full_name(card_text)
            if not closed:
                table.refused.append(Refused(number, None, msg(
                    "the file ends inside this card (no END:VCARD): it may have been cut "
                    "short"), cells))
                continue
            del skipped.messages[:]
            try:
                card = vobject.readOne(card_text, ignoreUnreadable=True)
            except Exception as exc:  # vobject raises ParseError and friends
                table.refused.append(Refused(number, None, msg(
                    "this card cannot be read: {0}", exc), cells))
                continue
            table.data.append((number, _row(card)))
            for name in card.contents.keys() - _READ - _NOT_DATA:
                name = name.upper()
                table.unread[name] = table.unread.get(name, 0) + 1
            table.notes += [(number, msg("a line that is not a vCard property was skipped: "
                                         "'{0}'", m)) for m in skipped.messages]
    finally:
        logger.handlers = handlers
        logger.propagate = was_propagating
    return table


def _row(card) -> list[str]:
    name = (_values(card, "n") or [None])[0]
    addresses = _values(card, "adr")
    adr = addresses[0] if addresses else None
    org = (_values(card, "org") or [""])[0]
    show_as = _text((_values(card, "x-abshowas") or [""])[0]).upper()
    is_company = show_as == "COMPANY" or _text(
        (_values(card, "kind") or [""])[0]).lower() == "org"
    return [
        "company" if is_company else "",
        _text((_values(card, "fn") or [""])[0]),
        _text(getattr(name, "given", "")),
        _text(getattr(name, "additional", "")),
        _text(getattr(name, "family", "")),
        "" if is_company else _text(org[0] if isinstance(org, list) and org else org),
        _text((_values(card, "title") or [""])[0]),
        "; ".join(_text(v) for v in _values(card, "email") if v),
        "; ".join(_text(v) for v in _values(card, "tel") if v),
        _text(getattr(adr, "street", "")),
        _text(getattr(adr, "city", "")),
        _text(getattr(adr, "region", "")),
        _text(getattr(adr, "code", "")),
        _text(getattr(adr, "country", "")),
        _text((_values(card, "url") or [""])[0]),
        _text((_values(card, "note") or [""])[0]),
        _text((_values(card, "categories") or [""])[0]),
        _text((_values(card, "bday") or [""])[0]),  # (Apple's year 1604: none, birthdays)
    ]

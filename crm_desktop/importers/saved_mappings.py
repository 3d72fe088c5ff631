"""Column mappings the owner saved by name, offered again for files with the same headers;
and the columns last chosen for a payments file, taken again for one with the same headers
(the month's invoice list, imported every month)."""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import Mapping, headers_signature
from crm_desktop.importers.refused_rows import REJECT_COLUMNS
from crm_desktop.services.settings import get_setting, set_setting
from crm_desktop.translatable import msg

KEY = "import_mappings"
PAYMENTS_KEY = "payment_columns"  # headers' signature -> each payment part's column


def _all() -> dict[str, dict]:
    return get_setting(KEY) or {}


def save(name: str, headers: Sequence[str], mapping: Mapping) -> None:
    if not name.strip():
        raise InputError(msg("a saved mapping needs a name"), field="mapping")
    stored = _all()
    stored[name.strip()] = {"signature": headers_signature(headers), "mapping": mapping.to_json()}
    set_setting(KEY, stored)


def names() -> list[str]:
    return sorted(_all())


def load(name: str, headers: Sequence[str]) -> Mapping:
    stored = _all().get(name)
    if stored is None:
        saved = ", ".join(names())
        raise InputError(
            msg("there is no saved mapping '{0}'; saved: {1}", name, saved) if saved else
            msg("there is no saved mapping '{0}'", name),
            field="mapping",
        )
    mapping = _fitted(Mapping.from_json(stored["mapping"]), headers)
    if len(mapping.columns) != len(headers):
        raise InputError(msg("the mapping '{0}' is for a file with {1} columns; this one has "
                             "{2}", name, len(mapping.columns), len(headers)), field="mapping")
    return mapping


def for_headers(headers: Sequence[str]) -> Mapping | None:
    """The saved mapping made for files with exactly these headers (or for the file a
    rejects file came from), if any."""
    signatures = {headers_signature(headers)}
    if _is_rejects_file(headers):
        signatures.add(headers_signature(headers[:-len(REJECT_COLUMNS)]))
    for stored in _all().values():
        if stored["signature"] in signatures:
            return _fitted(Mapping.from_json(stored["mapping"]), headers)
    return None


def remember_payment_columns(headers: Sequence[str], columns: dict[str, int]) -> None:
    """The columns the owner chose for a payments file with these headers."""
    stored = get_setting(PAYMENTS_KEY) or {}
    stored[headers_signature(headers)] = dict(columns)
    set_setting(PAYMENTS_KEY, stored)


def payment_columns_for(headers: Sequence[str]) -> dict[str, int] | None:
    """The columns last chosen for a payments file with exactly these headers, if any."""
    found = (get_setting(PAYMENTS_KEY) or {}).get(headers_signature(headers))
    if not found or any(not 0 <= i < len(headers) for i in found.values()):
        return None
    return {part: int(i) for part, i in found.items()}


def _is_rejects_file(headers: Sequence[str]) -> bool:
    """The refused rows saved to fix: the source's columns, then Row, Field, Reason."""
    return tuple(h.strip() for h in headers[-len(REJECT_COLUMNS):]) == REJECT_COLUMNS


def _fitted(mapping: Mapping, headers: Sequence[str]) -> Mapping:
    """A mapping of the source file, used on its rejects file: the added columns skipped."""
    if _is_rejects_file(headers) and len(mapping.columns) == len(headers) - len(REJECT_COLUMNS):
        mapping.columns = [*mapping.columns, *[None] * len(REJECT_COLUMNS)]
    return mapping

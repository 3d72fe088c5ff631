"""Column mappings the owner saved by name, offered again for files with the same headers."""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import Mapping, headers_signature
from crm_desktop.services.settings import get_setting, set_setting
from crm_desktop.translatable import msg

KEY = "import_mappings"


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
    mapping = Mapping.from_json(stored["mapping"])
    if len(mapping.columns) != len(headers):
        raise InputError(msg("the mapping '{0}' is for a file with {1} columns; this one has "
                             "{2}", name, len(mapping.columns), len(headers)), field="mapping")
    return mapping


def for_headers(headers: Sequence[str]) -> Mapping | None:
    """The saved mapping made for files with exactly these headers, if any."""
    signature = headers_signature(headers)
    for stored in _all().values():
        if stored["signature"] == signature:
            return Mapping.from_json(stored["mapping"])
    return None

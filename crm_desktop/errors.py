"""Typed errors: what the user can fix (input, storage) versus bugs.

Only `InputError` and `StorageError` are shown to the user as messages; anything else is a
bug and keeps its traceback. Their messages are `translatable.Message`s where the code
marked them: the CLI prints English, the window the owner's language.
"""

from __future__ import annotations


class CrmError(Exception):
    """Base of the errors a user can act on."""


class InputError(CrmError):
    """A value the user gave is wrong; names the row and/or field when there is one."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        self.message = message
        self.field = field
        self.row = row
        where = []
        if row is not None:
            where.append(f"row {row}")
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


class InvalidRecordError(InputError):
    """Several fields of one record are wrong; `errors` lists each (shown next to its field)."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def by_field(self) -> dict[str, str]:
        return {e.field or "": e.message for e in self.errors}


class CancelledError(CrmError):
    """The owner cancelled long work; everything is as it was before it started."""


class StorageError(CrmError):
    """The database or a file cannot be used: missing folder, not a database, read-only,
    locked, made by a newer version, disk full."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)

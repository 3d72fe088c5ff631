"""Suspending triggers for a bulk write that does their work itself, in bulk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from crm_desktop.db.models import database


@contextmanager
def suspended(*prefixes: str) -> Iterator[None]:
    """Inside a transaction: the triggers named with one of `prefixes` are dropped until the
    block ends. On an error the caller's rollback brings them back with everything else."""
    triggers = [(name, sql) for name, sql in database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        if name.startswith(prefixes)]
    for name, _ in triggers:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in triggers:
        database.execute_sql(sql)

"""The owner's settings, stored as JSON values in the `setting` table."""

from __future__ import annotations

import json
from typing import Any

from crm_desktop.db.models import Setting, database

DEFAULTS: dict[str, Any] = {
    "business_name": "",
    "currency": "USD",
    "phone_region": "GB",  # default region for phone numbers typed without +code
    "win_back_after_days": 90,
}


def get_setting(key: str) -> Any:
    value = stored_setting(key)
    return DEFAULTS.get(key) if value is None else value


def stored_setting(key: str) -> Any:
    """What the owner stored for `key`, or None (not the default)."""
    # plain SQL: read at every reminders refresh, where building the ORM query cost
    # 20 times the lookup itself
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return None if row is None else json.loads(row[0])


def set_setting(key: str, value: Any) -> None:
    payload = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=payload).on_conflict_replace().execute()

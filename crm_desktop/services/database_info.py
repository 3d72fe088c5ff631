"""What is in a database: its path, schema version and counts (CLI `info`, status bar)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from crm_desktop.db import migrate
from crm_desktop.db.models import database
from crm_desktop.services import auto_backup, reminders
from crm_desktop.services.reminders import Bucket


@dataclass
class DatabaseInfo:
    path: str
    schema_version: int
    contacts: int
    people: int
    companies: int
    deals: int  # on the board (the archived ones apart)
    deals_per_stage: dict[str, int]
    deals_archived: int
    reminders_open: int
    reminders_overdue: int
    payments: int  # invoices and payments, of contacts not in the Trash
    invoices_unpaid: int
    invoices_overdue: int  # unpaid past their due day
    documents: int  # kept with contacts not in the Trash
    size_bytes: int
    daily_backups: int  # the automatic ones (services.auto_backup)
    backups_folder: str
    backup_copy_folder: str | None  # where each is copied too, if the owner named one

    def as_dict(self) -> dict:
        return asdict(self)


def database_info(path: Path, now: datetime) -> DatabaseInfo:
    kinds = dict(
        database.execute_sql(
            "SELECT kind, count(*) FROM contact WHERE deleted_at IS NULL GROUP BY kind"
        ).fetchall()
    )
    per_stage = {
        key: n
        for key, n in database.execute_sql(
            "SELECT s.key, count(d.id) FROM stage s LEFT JOIN deal d ON d.stage_id = s.id "
            "AND d.deleted_at IS NULL AND d.archived = 0 GROUP BY s.id ORDER BY s.position"
        )
    }
    archived = database.execute_sql(
        "SELECT count(*) FROM deal WHERE deleted_at IS NULL AND archived = 1").fetchone()[0]
    reminder_counts = reminders.bucket_counts(now)
    payments, unpaid, overdue = database.execute_sql(
        "SELECT count(*), count(*) FILTER (WHERE p.paid_on IS NULL), count(*) FILTER "
        "(WHERE p.paid_on IS NULL AND p.due_on < ?) FROM payment p JOIN contact c "
        "ON c.id = p.contact_id WHERE c.deleted_at IS NULL",
        [now.astimezone().date().isoformat()]).fetchone()
    documents = database.execute_sql(
        "SELECT count(*) FROM contact_file f JOIN contact c ON c.id = f.contact_id "
        "WHERE c.deleted_at IS NULL").fetchone()[0]
    return DatabaseInfo(
        path=str(path),
        schema_version=migrate.schema_version(database.obj),
        contacts=sum(kinds.values()),
        people=kinds.get("person", 0),
        companies=kinds.get("company", 0),
        deals=sum(per_stage.values()),
        deals_per_stage=per_stage,
        deals_archived=archived,
        reminders_open=sum(reminder_counts.values()),
        reminders_overdue=reminder_counts[Bucket.OVERDUE],
        payments=payments,
        invoices_unpaid=unpaid,
        invoices_overdue=overdue,
        documents=documents,
        size_bytes=path.stat().st_size if path.exists() else 0,
        daily_backups=len(auto_backup.automatic_backups(path)),
        backups_folder=str(auto_backup.folder_for(path)),
        backup_copy_folder=str(second) if (second := auto_backup.copy_folder()) else None,
    )

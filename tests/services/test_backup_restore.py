"""Putting a backup back: all or nothing, the replaced data kept, wrong files refused
untouched; on real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from crm_desktop.db import migrate
from crm_desktop.db.connection import connect
from crm_desktop.db.models import Contact, database
from crm_desktop.errors import CancelledError, StorageError
from crm_desktop.services import contacts
from crm_desktop.services.backup import (
    backup_database,
    describe_backup,
    holdings,
    restore_database,
)
from crm_desktop.services.contact_query import ContactFilter, ordered_ids


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = [conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables]
        return hashlib.sha256(repr((tables, rows)).encode()).hexdigest()
    finally:
        conn.close()


def _names() -> list[str]:
    return sorted(c.name for c in Contact.select().where(Contact.deleted_at.is_null()))


def _set_aside(db_path: Path) -> list[Path]:
    return sorted(db_path.parent.glob(f"{db_path.stem}.before-restore-*"))


def test_a_restore_puts_the_backup_back_and_keeps_what_it_replaced(
        db, db_path: Path, tmp_path: Path) -> None:
    contacts.save_contact(None, {"name": "Mina Karimi"}, emails=["mina@example.ir"])
    copy = backup_database(db_path, tmp_path / "monday.sqlite3")
    contacts.save_contact(None, {"name": "Oleg Ivanov"}, emails=["oleg@example.ru"])
    contacts.trash_contacts([Contact.get(Contact.name == "Mina Karimi").id])
    assert _names() == ["Oleg Ivanov"]
    seen: list[tuple[int, int]] = []

    done = restore_database(copy, db_path, lambda d, t: seen.append((d, t)) or True,
                            pages_per_step=4)

    assert _names() == ["Mina Karimi"]
    assert holdings() == (1, 0, 0)
    mina = Contact.get(Contact.name == "Mina Karimi").id
    assert list(ordered_ids(ContactFilter(search="mina"))) == [mina]  # its index came too
    assert list(ordered_ids(ContactFilter(search="oleg"))) == []
    assert database.execute_sql("PRAGMA journal_mode").fetchone() == ("wal",)
    assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    assert done.backup.contacts == 1 and done.saved_as == _set_aside(db_path)[0]
    assert stat.S_IMODE(done.saved_as.stat().st_mode) == 0o600
    kept = sqlite3.connect(done.saved_as)
    assert kept.execute("SELECT name FROM contact WHERE deleted_at IS NULL").fetchall() == [
        ("Oleg Ivanov",)]
    kept.close()
    totals = {t for _, t in seen}
    assert len(seen) > 2 and seen[-1][0] <= max(totals)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # one bar, forward only


def test_a_backup_made_by_an_older_version_is_upgraded_once_restored(
        db, db_path: Path, tmp_path: Path) -> None:
    old_path = tmp_path / "2024.sqlite3"
    old = connect(old_path)
    migrate.upgrade(old, None, target="0001_initial")
    old.execute_sql(
        "INSERT INTO contact (kind, name, sort_name, is_vip, status, created_at, updated_at) "
        "VALUES ('person', 'Анна Петрова', 'анна петрова', 1, 'customer', "
        "'2025-01-02 03:04:05', '2025-01-02 03:04:05')")
    old.close()
    database.initialize(db)  # (connect() bound the models to the old file)
    assert describe_backup(old_path).schema == 1
    assert describe_backup(old_path).documents == 0  # (no such table yet: none, no error)

    restore_database(old_path, db_path)

    assert migrate.schema_version(database.obj) == migrate.latest_version()
    assert _names() == ["Анна Петрова"]
    assert "import_batch" in database.get_tables()


def _newer(path: Path, source: Path) -> None:
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migration (name, applied) "
                 "VALUES ('9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind, message", [
    ("text", "not a crm-desktop backup"),
    ("empty", "empty database"),
    ("other_sqlite", "not a crm-desktop database"),
    ("newer", "newer version"),
    ("cut_short", "crm-desktop backup"),
    ("missing", "does not exist"),
    ("itself", "the open database itself"),
])
def test_a_wrong_file_is_refused_and_nothing_is_touched(
        db, db_path: Path, tmp_path: Path, kind: str, message: str) -> None:
    contacts.save_contact(None, {"name": "Kept As Is"})
    good = backup_database(db_path, tmp_path / "good.sqlite3")
    path = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        path.write_text("Name,Email\nAnn,ann@example.com\n")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "other_sqlite":
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE songs (title)")
        other.close()
    elif kind == "newer":
        _newer(path, good)
    elif kind == "cut_short":
        data = good.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "itself":
        path = db_path
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _dump(db_path)
    untouched = path.read_bytes() if path.exists() else None

    with pytest.raises(StorageError, match=message):
        restore_database(path, db_path)

    assert _dump(db_path) == before and _names() == ["Kept As Is"]
    assert _set_aside(db_path) == []
    if untouched is not None and kind != "itself":
        assert path.read_bytes() == untouched
        assert not Path(f"{path}-wal").exists()


def test_cancel_midway_leaves_the_data_as_it_was(db, db_path: Path, tmp_path: Path) -> None:
    from crm_desktop.services.demo import build_demo
    from tests.fixed_time import NOW

    other = tmp_path / "other.sqlite3"
    other_db = connect(other)
    migrate.upgrade(other_db, None)
    build_demo(other_db, contacts=300, seed=3, now=NOW)
    other_db.close()
    database.initialize(db)
    contacts.save_contact(None, {"name": "Only One"})
    before = _dump(db_path)
    calls: list[int] = []

    def cancel_in_the_copy(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3  # after the current data is saved, within the copy

    with pytest.raises(CancelledError):
        restore_database(other, db_path, cancel_in_the_copy, pages_per_step=8)

    assert _dump(db_path) == before and _names() == ["Only One"]
    assert _set_aside(db_path) == []  # nothing changed: no copy of it left behind
    assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_daily_backup_is_made_once_a_day_and_the_last_five_kept(
        db, db_path: Path) -> None:
    from datetime import timedelta

    from crm_desktop.services.auto_backup import automatic_backups, backup_if_due, folder_for
    from tests.fixed_time import NOW

    assert backup_if_due(db_path, NOW) is None  # an empty database: nothing to keep
    contacts.save_contact(None, {"name": "Day One"})
    first = backup_if_due(db_path, NOW)
    assert first is not None and first.parent == folder_for(db_path)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert describe_backup(first).contacts == 1
    assert backup_if_due(db_path, NOW + timedelta(hours=3)) is None  # started again today
    mine = folder_for(db_path) / "crm-before-the-big-change.sqlite3"
    mine.write_bytes(first.read_bytes())  # the owner's own copy in that folder
    made = [first]
    for day in range(1, 8):
        contacts.save_contact(None, {"name": f"Day {day + 1}"})
        made.append(backup_if_due(db_path, NOW + timedelta(days=day)))
    assert automatic_backups(db_path) == made[-5:]  # the last five days
    assert describe_backup(made[-1]).contacts == 8
    assert mine.exists()  # not one of ours: never rotated away


def test_a_daily_backup_stamped_in_the_future_does_not_stop_new_ones(
        db, db_path: Path) -> None:
    from datetime import timedelta

    from crm_desktop.services.auto_backup import backup_if_due
    from tests.fixed_time import NOW

    contacts.save_contact(None, {"name": "Someone"})
    assert backup_if_due(db_path, NOW + timedelta(days=400)) is not None  # a wrong clock
    assert backup_if_due(db_path, NOW) is not None


def test_a_write_made_while_the_restore_waits_is_kept_with_the_replaced_data(
        db, db_path: Path, tmp_path: Path) -> None:
    """Another program is writing when the restore starts: the restore waits for it, and
    the data it then replaces, which it keeps, holds that write (saved before the wait, it
    was in neither the kept copy nor the database)."""
    import threading

    copy = backup_database(db_path, tmp_path / "monday.sqlite3")
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO tag (name) VALUES ('written meanwhile')")
    done = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    done.start()
    try:
        restored = restore_database(copy, db_path)
    finally:
        done.join()
        other.close()
    kept = sqlite3.connect(restored.saved_as)
    try:
        assert kept.execute("SELECT name FROM tag").fetchall() == [("written meanwhile",)]
    finally:
        kept.close()
    assert database.execute_sql("SELECT count(*) FROM tag").fetchone() == (0,)


def test_a_restore_gives_up_on_a_database_held_for_the_busy_timeout(
        db, db_path: Path, tmp_path: Path) -> None:
    contacts.save_contact(None, {"name": "Only One"})
    copy = backup_database(db_path, tmp_path / "monday.sqlite3")
    contacts.save_contact(None, {"name": "Second"})
    before = _dump(db_path)
    database.execute_sql("PRAGMA busy_timeout = 300")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="database is busy"):
            restore_database(copy, db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _dump(db_path) == before and _set_aside(db_path) == []


def test_each_daily_backup_is_copied_to_the_owner_s_second_folder(
        db, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    """A USB drive: the copy is private and whole, the last five kept there; unplugged, the
    backup is made and the copy said to be missing; plugged in again, it gets the newest
    without waiting a day; a copy that fails halfway leaves no file under a backup's name."""
    import os
    from datetime import timedelta

    from crm_desktop.services import auto_backup
    from crm_desktop.services.auto_backup import automatic_backups, daily_backup, folder_for
    from tests.fixed_time import NOW

    drive = tmp_path / "usb"
    with pytest.raises(StorageError, match="does not exist"):
        auto_backup.set_copy_folder(drive, db_path)
    drive.mkdir()
    folder_for(db_path).mkdir()
    with pytest.raises(StorageError, match="already"):
        auto_backup.set_copy_folder(folder_for(db_path), db_path)  # (beside the database)
    auto_backup.set_copy_folder(drive, db_path)
    assert auto_backup.copy_folder() == drive

    contacts.save_contact(None, {"name": "Day One"})
    done = daily_backup(db_path, NOW)
    assert done.made is not None and done.copied == drive / done.made.name
    assert done.copied.read_bytes() == done.made.read_bytes()
    assert stat.S_IMODE(done.copied.stat().st_mode) == 0o600
    again = daily_backup(db_path, NOW + timedelta(hours=2))  # started again today
    assert (again.made, again.copied, again.copy_failed) == (None, None, None)

    drive.rename(tmp_path / "unplugged")
    contacts.save_contact(None, {"name": "Day Two"})
    missed = daily_backup(db_path, NOW + timedelta(days=1))
    assert missed.made is not None and missed.copied is None
    assert "is not there (a drive not plugged in?)" in str(missed.copy_failed.message)
    (tmp_path / "unplugged").rename(drive)
    later = daily_backup(db_path, NOW + timedelta(days=1, hours=3))  # no backup due, yet
    assert later.made is None and later.copied == drive / missed.made.name

    for day in range(2, 9):
        contacts.save_contact(None, {"name": f"Day {day + 1}"})
        daily_backup(db_path, NOW + timedelta(days=day))
    mine = drive / "holiday photos.jpg"
    mine.write_bytes(b"JPG")
    contacts.save_contact(None, {"name": "Day Ten"})
    daily_backup(db_path, NOW + timedelta(days=9))
    assert [p.name for p in automatic_backups(db_path, drive)] == [
        p.name for p in automatic_backups(db_path)]  # the last five, here and there
    assert len(automatic_backups(db_path, drive)) == 5 and mine.exists()

    class FullDrive:  # the copy's os: the drive fills up as the copy is closed
        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        @staticmethod
        def replace(*_: object) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(auto_backup, "os", FullDrive())
    contacts.save_contact(None, {"name": "Day Eleven"})
    failed = daily_backup(db_path, NOW + timedelta(days=10))
    assert failed.made is not None and "No space left on device" in str(
        failed.copy_failed.message)
    assert not (drive / failed.made.name).exists()
    assert not list(drive.glob("*.part"))
    auto_backup.set_copy_folder(None, db_path)
    assert daily_backup(db_path, NOW + timedelta(days=11)).copy_failed is None

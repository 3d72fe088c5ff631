"""Migrations: an empty file gets exactly the models' schema; old files upgrade intact."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from crm_desktop.db import migrate
from crm_desktop.db.connection import close_database, connect, open_database
from crm_desktop.db.models import TABLE_MODELS, database
from crm_desktop.errors import StorageError


def _schema(path: Path) -> dict[str, object]:
    """Tables with their columns, indexes and foreign keys, as SQLite reports them."""
    conn = sqlite3.connect(path)
    try:
        result: dict[str, object] = {}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'contact_search%' AND name != 'schema_migration' ORDER BY name")]
        for table in tables:
            columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
            indexes = sorted(
                # name, unique, partial, columns
                (row[1], row[2], row[4],
                 tuple(c[2] for c in conn.execute(f"PRAGMA index_info({row[1]})")))
                for row in conn.execute(f"PRAGMA index_list({table})"))
            fks = sorted(conn.execute(f"PRAGMA foreign_key_list({table})").fetchall())
            result[table] = (columns, indexes, fks)
        return result
    finally:
        conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrating_an_empty_file_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    open_database(migrated)
    close_database()
    from_models = tmp_path / "models.sqlite3"
    db = SqliteDatabase(str(from_models))
    database.initialize(db)
    db.create_tables(TABLE_MODELS)
    db.close()

    expected = _schema(from_models)
    assert expected.keys() == {m._meta.table_name for m in TABLE_MODELS}
    assert _schema(migrated) == expected


def test_a_new_database_has_the_latest_schema_version_and_seed_rows(db) -> None:
    assert migrate.schema_version(db) == migrate.latest_version()
    keys = [r[0] for r in db.execute_sql("SELECT key FROM stage ORDER BY position")]
    assert keys == ["awareness", "interest", "decision", "action", "won", "lost"]
    assert db.execute_sql("SELECT count(*) FROM loss_reason").fetchone()[0] == 6


def test_a_database_from_an_earlier_step_upgrades_with_its_rows_intact(db_path: Path) -> None:
    db = connect(db_path)
    migrate.upgrade(db, None, target="0001_initial")
    assert "import_batch" not in db.get_tables()
    db.execute_sql(
        "INSERT INTO contact (kind, name, sort_name, is_vip, status, created_at, updated_at) "
        "VALUES ('person', 'Анна Петрова', 'анна петрова', 1, 'customer', "
        "'2025-01-02 03:04:05', '2025-01-02 03:04:05')")
    db.execute_sql("INSERT INTO contact_email (contact_id, address, kind, position) "
                   "VALUES (1, 'anna@example.com', 'work', 0)")
    close_database()

    db = open_database(db_path)

    assert migrate.schema_version(db) == migrate.latest_version()
    assert "import_batch" in db.get_tables()
    row = db.execute_sql("SELECT name, is_vip, status, created_at FROM contact").fetchone()
    assert row == ("Анна Петрова", 1, "customer", "2025-01-02 03:04:05")
    hits = db.execute_sql("SELECT rowid FROM contact_search WHERE contact_search MATCH "
                          "'anna*'").fetchall()
    assert hits == [(1,)]


def test_a_backup_is_written_before_a_migration_changes_a_database(db_path: Path) -> None:
    db = connect(db_path)
    migrate.upgrade(db, None, target="0001_initial")
    db.execute_sql("INSERT INTO tag (name) VALUES ('kept')")
    close_database()

    open_database(db_path)
    close_database()

    backups = list(db_path.parent.glob("crm.before-v1-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM tag").fetchall() == [("kept",)]
    assert copy.execute("SELECT count(*) FROM schema_migration").fetchone()[0] == 1
    copy.close()
    assert stat.S_IMODE(os.stat(backups[0]).st_mode) == 0o600


def test_no_backup_when_nothing_is_pending(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    open_database(db_path)
    close_database()
    assert list(db_path.parent.glob("*.before-*")) == []


def test_database_and_companions_are_private(db, db_path: Path) -> None:
    db.execute_sql("INSERT INTO tag (name) VALUES ('x')")
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        assert path.exists(), path
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_pragmas_wal_foreign_keys_busy_timeout(db) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


# bad input: one clear message, nothing changed ----------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("name,email\nAnna,anna@example.com\n")
    before = _sha(path)
    with pytest.raises(StorageError, match="not a crm-desktop database"):
        open_database(path)
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_another_programs_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(StorageError, match="not a crm-desktop database"):
        open_database(path)
    assert _sha(path) == before


def test_a_database_from_a_newer_version_is_refused_unchanged(db, db_path: Path) -> None:
    db.execute_sql("INSERT INTO schema_migration (name, applied) "
                   "VALUES ('0099_from_the_future', '2030-01-01')")
    close_database()
    before = _sha(db_path)
    with pytest.raises(StorageError, match="newer version of crm-desktop"):
        open_database(db_path)
    assert _sha(db_path) == before


def test_a_read_only_file_is_refused(db, db_path: Path) -> None:
    close_database()
    os.chmod(db_path, 0o400)
    before = _sha(db_path)
    with pytest.raises(StorageError, match="read-only"):
        open_database(db_path)
    assert _sha(db_path) == before


def test_a_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "crm.sqlite3"
    with pytest.raises(StorageError, match="does not exist"):
        open_database(path)
    assert not path.parent.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        open_database(tmp_path)


def test_0003_fills_company_sort_for_existing_people(db_path: Path) -> None:
    db = connect(db_path)
    migrate.upgrade(db, None, target="0002_import_history")
    for row in [(1, "company", "Zeta Corp", "zeta corp", None), (2, "person", "Ann", "ann", 1),
                (3, "person", "Bob", "bob", None)]:
        db.execute_sql("INSERT INTO contact (id, kind, name, sort_name, company_id, is_vip, "
                       "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 'lead', "
                       "'2025-01-01 00:00:00', '2025-01-01 00:00:00')", list(row))
    close_database()
    db = open_database(db_path)
    rows = db.execute_sql("SELECT id, company_sort FROM contact ORDER BY id").fetchall()
    assert rows == [(1, None), (2, "zeta corp"), (3, None)]


def test_company_sort_follows_links_and_renames(db) -> None:
    from crm_desktop.db.models import Contact
    from crm_desktop.services import contacts

    acme = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    globex = contacts.create_contact({"name": "Globex", "kind": "company"}).id
    ann = contacts.create_contact({"name": "Ann", "company": acme}).id
    assert Contact.get_by_id(ann).company_sort == "acme"
    contacts.update_contact(acme, {"name": "ACME Holdings"})
    assert Contact.get_by_id(ann).company_sort == "acme holdings"
    contacts.update_contact(ann, {"company": globex})
    assert Contact.get_by_id(ann).company_sort == "globex"
    db.execute_sql("DELETE FROM contact WHERE id = ?", [globex])
    assert Contact.get_by_id(ann).company_sort is None


def _insert_contacts(db, rows: list[tuple]) -> None:
    """Contacts as an older version wrote them: (id, kind, name, sort_name, company, city)."""
    for row in rows:
        db.execute_sql("INSERT INTO contact (id, kind, name, sort_name, company_id, city, "
                       "is_vip, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, "
                       "'lead', '2025-01-01 00:00:00', '2025-01-01 00:00:00')", list(row))


def test_0009_folds_letters_typed_two_ways_in_sort_keys_and_the_search_index(
        db_path: Path) -> None:
    """Names typed with ё or an Arabic keyboard's yeh and kaf sort, match and are found
    with the same names typed with е or the Persian letters; their people's company key
    follows; other keys and entries are left alone; new writes are folded too."""
    db = connect(db_path)
    migrate.upgrade(db, None, target="0008_partial_filter_indexes")
    _insert_contacts(db, [(1, "company", "شركت كيان", "شركت كيان", None, None),
                          (2, "person", "علي كريمي", "علي كريمي", 1, None),
                          (3, "person", "Ann", "ann", 1, None),
                          (4, "person", "Пётр Семёнов", "пётр семёнов", None, "Орёл")])
    close_database()
    db = open_database(db_path)
    rows = db.execute_sql("SELECT id, sort_name, company_sort FROM contact ORDER BY id")
    assert rows.fetchall() == [(1, "شرکت کیان", None), (2, "علی کریمی", "شرکت کیان"),
                               (3, "ann", "شرکت کیان"), (4, "петр семенов", None)]

    def found(word: str) -> list[int]:
        return [r[0] for r in db.execute_sql(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ? ORDER BY rowid",
            [f'"{word}"'])]

    # entries as the folded triggers write them: Ann is found by her company's folded name
    assert found("کیان") == [1, 2, 3] and found("کریمی") == [2]
    assert found("семенов") == found("орел") == [4] and found("семёнов") == []
    db.execute_sql("UPDATE contact SET city = 'Königsberg / Калининград-Ёлки' WHERE id = 3")
    assert found("елки") == [3]
    # (raises if an entry disagrees with the text it was made from)
    db.execute_sql("INSERT INTO contact_search(contact_search, rank) "
                   "VALUES ('integrity-check', 1)")
    from crm_desktop.services.contacts import sort_key

    assert sort_key("علي كريمي") == sort_key("علی کریمی") == "علی کریمی"
    assert sort_key("Семёнов") == sort_key("СЕМЕНОВ") == "семенов"


def test_0010_makes_a_word_with_or_without_its_non_joiner_one_word(db_path: Path) -> None:
    """Names written with a zero-width non-joiner or a tatweel get the keys of the same
    names typed without; their entries are found typed either way, and by their parts;
    other keys and entries are left alone."""
    db = connect(db_path)
    migrate.upgrade(db, None, target="0009_letters_typed_two_ways")
    _insert_contacts(db, [(1, "company", "شرکت نو\u200cآوران", "شرکت نو\u200cآوران", None, None),
                          (2, "person", "محمد\u200cرضا کریمی", "محمد\u200cرضا کریمی", 1, None),
                          (3, "person", "محـمد حسینی", "محـمد حسینی", None, "تهران"),
                          (4, "person", "Ann", "ann", 1, None)])
    close_database()
    db = open_database(db_path)
    rows = db.execute_sql("SELECT id, sort_name, company_sort FROM contact ORDER BY id")
    assert rows.fetchall() == [(1, "شرکت نوآوران", None), (2, "محمدرضا کریمی", "شرکت نوآوران"),
                               (3, "محمد حسینی", None), (4, "ann", "شرکت نوآوران")]

    def found(word: str) -> list[int]:
        return [r[0] for r in db.execute_sql(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ? ORDER BY rowid",
            [f'"{word}"'])]

    # Ann is found by her company's name written either way
    assert found("نوآوران") == found("آوران") == [1, 2, 4]
    assert found("محمدرضا") == found("رضا") == [2]
    # the index holds the word without its tatweel (the app folds a query the same way)
    assert found("محمد") == [2, 3] and found("محـمد") == []
    db.execute_sql("UPDATE contact SET notes = 'می\u200cخواهد' WHERE id = 4")
    assert found("میخواهد") == found("خواهد") == [4]
    db.execute_sql("INSERT INTO contact_search(contact_search, rank) "
                   "VALUES ('integrity-check', 1)")
    close_database()


def test_0011_keeps_a_deal_s_links_found_by_index_whatever_the_statistics(
        db_path: Path) -> None:
    """Links most rows leave empty: once ANALYZE (PRAGMA optimize, as the app closes) had
    counted one value, NULL, in the whole index, SQLite read every interaction, payment and
    reminder for each deal (a card of the board; "Stale only" took minutes on the 100k
    demo). After 0011 their lookups go through the partial indexes, which SQLite keeps."""
    db = connect(db_path)
    migrate.upgrade(db, None, target="0010_persian_joined_words")
    _insert_contacts(db, [(1, "person", "Ann", "ann", None, None)])
    db.execute_sql("INSERT INTO interaction (contact_id, kind, occurred_at, created_at) "
                   "SELECT 1, 'call', '2026-01-01 00:00:00', '2026-01-01 00:00:00' "
                   "FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < 2000) SELECT i FROM n)")
    db.execute_sql("ANALYZE")
    lookups = {
        "interaction": "SELECT max(occurred_at) FROM interaction WHERE deal_id = ?",
        "payment": "SELECT count(*) FROM payment WHERE deal_id = ?",
        "reminder": "SELECT min(due_at) FROM reminder WHERE deal_id = ?",
    }

    def plans() -> dict[str, str]:
        return {table: " ".join(r[3] for r in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", [7]))
                for table, sql in lookups.items()}

    assert "interaction_deal_id" not in plans()["interaction"]  # the bug: a table scan
    close_database()
    db = open_database(db_path)
    for table, plan in plans().items():
        assert f"INDEX {table}_deal_id (deal_id=?)" in plan, plan
    plan = db.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM reminder WHERE interaction_id = ?",
                          [3]).fetchall()
    assert "reminder_interaction_id" in plan[0][3]
    # a company's people, read whole (not covered by the index): by the index too
    plan = db.execute_sql("EXPLAIN QUERY PLAN SELECT * FROM contact WHERE company_id = ?",
                          [1]).fetchall()
    assert "contact_company_id" in plan[0][3]
    close_database()


def test_0016_counts_its_index_so_the_name_index_still_orders_the_first_screen(
        db_path: Path) -> None:
    """0016's index, led by deleted_at like the name's, left without statistics beside the
    others' (PRAGMA optimize had counted them): SQLite took it for the better one, and sorted
    every contact by name for the first screen (50 ms at 100,000 instead of 0.1)."""
    db = connect(db_path)
    migrate.upgrade(db, None, target="0015_contact_files")
    _insert_contacts(db, [(i, "person", f"P{i}", f"p{i}", None, None) for i in range(1, 400)])
    db.execute_sql("ANALYZE")
    close_database()
    db = open_database(db_path)
    first_screen = " ".join(r[3] for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT c.id FROM contact c WHERE c.deleted_at IS NULL "
        "ORDER BY c.sort_name, c.id LIMIT 200"))
    assert "contact_deleted_at_sort_name" in first_screen and "TEMP" not in first_screen, \
        first_screen
    close_database()

"""The import pipeline on real files and a real database: duplicates, dry run, all or
nothing, undo, rejects, round trips, and never a crash on arbitrary input."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import string
import subprocess
import sys
import time
from array import array
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.cli import main
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Contact, ImportBatch, Interaction, utc_now
from crm_desktop.errors import CancelledError, CrmError, InputError
from crm_desktop.importers import saved_mappings
from crm_desktop.importers.import_undo import ImportUndone, undo_import
from crm_desktop.importers.pipeline import auto_mapping, open_table, run_import
from crm_desktop.importers.refused_rows import write_rejects
from crm_desktop.services import contacts
from crm_desktop.services.contact_query import ContactFilter, ordered_ids
from crm_desktop.services.export_contacts import export_contacts

HEADER = "Full Name,E-mail,Phone,Company,City,Tags,Notes\n"


def _csv(tmp_path: Path, body: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _import(path: Path, policy: str = "skip", **kw):
    table = open_table(path)
    return run_import(table, auto_mapping(table), policy, **kw)


def _dump(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        rows = [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("contact", "contact_email", "contact_phone", "contact_tag",
                          "change_log", "import_batch")]
        return hashlib.sha256(repr(rows).encode()).hexdigest()
    finally:
        conn.close()


def test_a_plain_import_creates_people_companies_tags(db, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Anna Petrova,anna@acme.example,+7 916 123-45-67,Acme,Kazan,"
                          "wholesale; vip,met at the fair\n"
                          "Mary Smith,mary@x.example,020 7946 0000,,London,,\n")
    result = _import(path)
    assert result.counts() == {"created": 2, "updated": 0, "skipped": 0, "rejected": 0}
    assert result.companies_created == 1
    anna = Contact.get(Contact.name == "Anna Petrova")
    assert (anna.first_name, anna.last_name, anna.company.name, anna.company.kind) == (
        "Anna", "Petrova", "Acme", "company")
    assert (anna.email, anna.phone, anna.city, anna.notes) == (
        "anna@acme.example", "+79161234567", "Kazan", "met at the fair")
    assert contacts.tags_of(anna.id) == ["vip", "wholesale"]
    assert Contact.get(Contact.name == "Mary Smith").phone == "+442079460000"  # region GB
    assert set(ordered_ids(ContactFilter(search="petr"))) == {anna.id}
    assert Contact.get(Contact.name == "Mary Smith").company_sort is None
    assert anna.company_sort == "acme"


def test_an_import_keeps_derived_columns_right_and_puts_its_triggers_back(
        db, tmp_path: Path) -> None:
    """The import suspends the company_sort and search triggers and writes both itself."""
    existing = contacts.create_contact({"kind": "company", "name": "ÄCME Trading"}).id
    triggers_before = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    _import(_csv(tmp_path, "Olga Ivanova,olga@x.example,,äcme trading,Omsk,,\n"))
    olga = Contact.get(Contact.name == "Olga Ivanova")
    assert (olga.company_id, olga.company_sort) == (existing, "äcme trading")
    assert set(ordered_ids(ContactFilter(search="äcme"))) >= {olga.id, existing}
    assert db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                          "ORDER BY name").fetchall() == triggers_before
    # and they work again: a contact saved after the import is indexed and sorted as ever
    later = contacts.create_contact({"name": "Lev Orlov", "company": existing}).id
    assert Contact.get_by_id(later).company_sort == "äcme trading"
    assert set(ordered_ids(ContactFilter(search="orlov"))) == {later}


def test_every_refused_row_has_its_number_field_and_reason(db, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Good One,good@example.com,,,,,\n"
                          ",bad@@example.com,,,,,\n"
                          "Bad Mail,bad@@example.com,,,,,\n"
                          ",,,,,,\n"
                          f"Long,long@example.com,,,,,{'x' * 10_001}\n")
    result = _import(path)
    assert result.counts() == {"created": 1, "updated": 0, "skipped": 0, "rejected": 3}
    assert result.empty == 1
    refused = [(r.row, r.field) for r in result.refused]
    assert refused == [(3, "name"), (4, "email"), (6, "notes")]
    assert "not a valid e-mail address" in result.refused[1].reason
    out = write_rejects(tmp_path / "rejects.csv", open_table(path).headers, result.refused)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-3:] == ["Row", "Field", "Reason"]
    assert rows[2][:2] == ["Bad Mail", "bad@@example.com"]
    assert rows[2][-3:-1] == ["4", "email"]


@pytest.mark.parametrize("policy, expected_city, counts", [
    ("skip", None, {"created": 0, "updated": 0, "skipped": 2, "rejected": 0}),
    ("fill", "Leeds", {"created": 0, "updated": 1, "skipped": 1, "rejected": 0}),
    # overwrite renames Bob to Robert as well
    ("overwrite", "Leeds", {"created": 0, "updated": 2, "skipped": 0, "rejected": 0}),
    ("create", None, {"created": 2, "updated": 0, "skipped": 0, "rejected": 0}),
])
def test_duplicate_policies_against_the_database(db, tmp_path: Path, policy: str,
                                                 expected_city: str | None,
                                                 counts: dict) -> None:
    existing = contacts.save_contact(None, {"name": "Anna Petrova", "job_title": "CEO"},
                                     emails=["anna@acme.example"]).contact_id
    contacts.save_contact(None, {"name": "Bob", "first_name": "Bob", "city": "York"},
                          phones=["+442079460000"])
    path = _csv(tmp_path, "Anna P.,anna@acme.example,,,Leeds,vip,\n"
                          "Robert,,020 7946 0000,,York,,\n")
    assert _import(path, policy).counts() == counts
    anna = Contact.get_by_id(existing)
    assert anna.city == expected_city
    assert anna.name == ("Anna P." if policy == "overwrite" else "Anna Petrova")
    if policy in ("fill", "overwrite"):
        assert contacts.tags_of(existing) == ["vip"]


def test_create_anyway_keeps_people_of_a_company_apart_by_name_later(
        db, tmp_path: Path) -> None:
    """Under 'create' a row matched by e-mail is still made; the people of its company are
    then known by name, so a later row with the same name and company is the same person
    for the other policies, and a new one here."""
    contacts.save_contact(None, {"name": "Anna Petrova"}, emails=["anna@acme.example"])
    path = _csv(tmp_path, "Anna Petrova,anna@acme.example,,Acme,Kazan,,\n"
                          "Anna Petrova,anna2@acme.example,,Acme,Kazan,,\n")
    assert _import(path, "create").counts() == {
        "created": 2, "updated": 0, "skipped": 0, "rejected": 0}
    assert _import(path, "skip").counts() == {
        "created": 0, "updated": 0, "skipped": 2, "rejected": 0}


def test_duplicates_within_the_file(db, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Anna,anna@x.example,,,,,\n"
                          "Anna Again,anna@x.example,,,Leeds,,\n"
                          "Ivan,ivan@x.example,,Acme,,,\n"
                          "Ivan,,+7 916 000-00-01,Acme,,,\n")
    result = _import(path, "fill")
    assert result.counts() == {"created": 2, "updated": 0, "skipped": 2, "rejected": 0}
    anna = Contact.get(Contact.email == "anna@x.example")
    assert (anna.name, anna.city) == ("Anna", "Leeds")  # filled from the repeat
    ivan = Contact.get(Contact.name == "Ivan")
    assert ivan.phone == "+79160000001"  # same name + company: one person


def test_a_repeat_that_renames_under_overwrite_sorts_by_its_new_name(
        db, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Anna,anna@x.example,,,,,\n"
                          "Zoe Anna,anna@x.example,,,Leeds,,\n")
    assert _import(path, "overwrite").counts()["created"] == 1
    anna = Contact.get(Contact.email == "anna@x.example")
    assert (anna.name, anna.sort_name, anna.city) == ("Zoe Anna", "zoe anna", "Leeds")


def test_a_dry_run_changes_nothing_and_predicts_the_import(db, db_path: Path,
                                                           tmp_path: Path) -> None:
    contacts.save_contact(None, {"name": "Anna"}, emails=["anna@x.example"])
    path = _csv(tmp_path, "Anna,anna@x.example,,,,,\nNew Person,new@x.example,,,,,\n"
                          "Broken,@,,,,,\n")
    before = _dump(db_path)
    dry = _import(path, "skip", dry_run=True)
    assert _dump(db_path) == before
    assert ImportBatch.select().count() == 0
    real = _import(path, "skip")
    assert dry.counts() == real.counts() == {"created": 1, "updated": 0, "skipped": 1,
                                             "rejected": 1}


def test_confirm_sees_the_figures_before_the_commit_and_can_refuse_it(
        db, db_path: Path, tmp_path: Path) -> None:
    contacts.save_contact(None, {"name": "Anna"}, emails=["anna@x.example"])
    path = _csv(tmp_path, "Anna,anna@x.example,,,,,\nNew Person,new@x.example,,,,,\n"
                          "Broken,@,,,,,\n")
    before = _dump(db_path)
    shown = []

    def refuse(figures) -> bool:
        shown.append(figures)
        return False

    with pytest.raises(CancelledError):
        _import(path, confirm=refuse)
    assert _dump(db_path) == before and ImportBatch.select().count() == 0
    assert shown[0].dry_run and shown[0].counts() == {"created": 1, "updated": 0,
                                                     "skipped": 1, "rejected": 1}

    def agree(figures) -> bool:
        shown.append(figures)
        return True

    real = _import(path, confirm=agree)
    assert shown[1].dry_run and shown[1].batch_id is None  # nothing was written yet
    assert not real.dry_run and real.batch_id is not None
    assert real.counts() == shown[1].counts()
    assert Contact.select().count() == 2


def test_an_import_commit_leaves_its_pages_in_the_wal_for_a_later_checkpoint(
        db, db_path: Path, tmp_path: Path) -> None:
    from crm_desktop.db.connection import checkpoint

    body = "".join(f"Person {i},p{i}@x.example,,,,,\n" for i in range(12000))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db_path.stat().st_size
    assert _import(_csv(tmp_path, body)).created == 12000
    assert db_path.stat().st_size == size  # committed to the WAL, not yet copied over
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone() == (1000,)  # as it was
    pages, copied = checkpoint()
    assert pages == copied > 1000 and db_path.stat().st_size > size
    assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_every_batch_is_indexed_for_search_the_last_one_too(db, tmp_path: Path) -> None:
    """Batches are indexed in a helper thread while the next is read: all of them, in the
    import's transaction, before it ends."""
    body = "".join(f"Person{i} Zed{i},p{i}@x.example,,,,,\n" for i in range(12001))
    assert _import(_csv(tmp_path, body)).created == 12001  # three batches and one row
    indexed = db.execute_sql("SELECT count(*) FROM contact_search").fetchone()[0]
    assert indexed == Contact.select().count() == 12001
    for name in ("person0", "person5000", "person12000"):  # first, middle, last batch
        assert len(ordered_ids(ContactFilter(search=name))) == 1
    assert db.execute_sql("INSERT INTO contact_search(contact_search) VALUES "
                          "('integrity-check')").fetchall() == []


def test_an_overwrite_reindexes_the_contacts_whose_indexed_text_changed(
        db, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    path.write_text("Name,Email,City,Segment\nAnn Lee,ann@x.example,Leeds,\n"
                    "Bob Ray,bob@x.example,York,\n", encoding="utf-8")
    _import(path)
    again = tmp_path / "again.csv"
    again.write_text("Name,Email,City,Segment\nAnn Lee,ann@x.example,Hull,Retail\n"
                     "Bob Ray,bob@x.example,York,Retail\n", encoding="utf-8")
    assert _import(again, "overwrite").updated == 2
    ann, bob = (Contact.get(Contact.name == n).id for n in ("Ann Lee", "Bob Ray"))
    assert list(ordered_ids(ContactFilter(search="hull"))) == [ann]  # a new city: found
    assert list(ordered_ids(ContactFilter(search="leeds"))) == []  # the old one: gone
    assert list(ordered_ids(ContactFilter(search="york"))) == [bob]  # a segment only
    assert Contact.get_by_id(bob).segment == "Retail"
    assert db.execute_sql("INSERT INTO contact_search(contact_search) VALUES "
                          "('integrity-check')").fetchall() == []


def test_cancel_leaves_the_database_exactly_as_before(db, db_path: Path,
                                                      tmp_path: Path) -> None:
    contacts.save_contact(None, {"name": "Existing"}, emails=["e@x.example"])
    body = "".join(f"Person {i},p{i}@x.example,,,,,\n" for i in range(12000))
    path = _csv(tmp_path, body)
    before = _dump(db_path)
    with pytest.raises(CancelledError):
        _import(path, progress=lambda done, total: done < 6000)
    assert _dump(db_path) == before
    triggers = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE 'contact_search_%'").fetchone()[0]
    assert triggers == 3  # the index triggers are back


# a process importing a file, stopped dead in the middle of its transaction
_KILLED_MIDWAY = """
import pathlib, sys, time
from crm_desktop.db.connection import open_database
from crm_desktop.importers.pipeline import auto_mapping, open_table, run_import

database = open_database(pathlib.Path(sys.argv[2]))
# a small page cache, as a big import has: written pages spill to the log before commit
database.execute_sql("PRAGMA cache_size = 50")
table = open_table(pathlib.Path(sys.argv[1]))

def progress(done, total):
    if done >= 5_000:  # a batch written, not committed
        pathlib.Path(sys.argv[3]).write_text("writing")
        time.sleep(120)
    return True

run_import(table, auto_mapping(table), "skip", progress=progress)
"""


def test_a_crash_midway_leaves_the_database_as_before(db, db_path: Path,
                                                      tmp_path: Path) -> None:
    """The process is killed (as by a power cut or the OOM killer) while the import's
    transaction holds written batches: the next open finds the database as it was."""
    contacts.save_contact(None, {"name": "Existing"}, emails=["e@x.example"])
    path = _csv(tmp_path, "".join(f"Person {i},p{i}@x.example,,,,,\n" for i in range(8_000)))
    close_database()
    before = _dump(db_path)
    marker = tmp_path / "writing"
    process = subprocess.Popen([sys.executable, "-c", _KILLED_MIDWAY, str(path), str(db_path),
                                str(marker)], cwd=Path(__file__).parents[2])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, "the import ended before it was killed"
            assert time.monotonic() < deadline, "the import never got halfway"
            time.sleep(0.05)
        assert Path(f"{db_path}-wal").stat().st_size > 1_000_000  # batches reached the log
    finally:
        process.kill()
        process.wait()
    assert _dump(db_path) == before
    open_database(db_path)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [c.name for c in Contact.select()] == ["Existing"]
    assert ImportBatch.select().count() == 0


def test_an_error_midway_leaves_the_database_as_before(db, db_path: Path,
                                                       tmp_path: Path) -> None:
    body = "".join(f"Person {i},p{i}@x.example,,,,,\n" for i in range(7000))
    path = _csv(tmp_path, body)
    before = _dump(db_path)

    def explode(done: int, total: int) -> bool:
        raise OSError("disk full")

    with pytest.raises(CrmError, match="disk full"):
        _import(path, progress=explode)
    assert _dump(db_path) == before


def test_undo_removes_created_and_restores_changed(db, tmp_path: Path) -> None:
    anna = contacts.save_contact(None, {"name": "Anna", "city": "Kazan"},
                                 emails=["anna@x.example"]).contact_id
    before = contacts.snapshot(anna)
    path = _csv(tmp_path, "Anna,anna@x.example,+7 916 123-45-67,,Moscow,vip,\n"
                          "Ivan,ivan@x.example,,Acme,,,\n")
    result = _import(path, "overwrite")
    assert result.counts() == {"created": 1, "updated": 1, "skipped": 0, "rejected": 0}
    assert Contact.get_by_id(anna).city == "Moscow"
    assert undo_import(result.batch_id) == ImportUndone(removed=2, restored=1, kept=0)
    assert contacts.snapshot(anna) == before
    assert [c.name for c in Contact.select()] == ["Anna"]
    assert set(ordered_ids(ContactFilter(search="ivan"))) == set()
    with pytest.raises(InputError, match="undone already"):
        undo_import(result.batch_id)


def test_an_overwrite_of_thousands_is_written_and_undone_in_bulk(db, tmp_path: Path) -> None:
    """More rows than a batch: every match updated from its row, the numbers the owner
    typed kept as typed, found by the new values; undo puts every one back."""
    count = 6000
    first = _csv(tmp_path, "".join(f"P{i} Lee,p{i}@x.example,+44 7700 9{i:05d},,Leeds,old,\n"
                                   for i in range(count)), "first.csv")
    assert _import(first).created == count
    ids = [c.id for c in Contact.select(Contact.id).order_by(Contact.id)]
    before = contacts.snapshots(ids)
    second = _csv(tmp_path, "".join(
        f"P{i} Lee,p{i}@x.example;p{i}@home.example,{'+44 20 7946 0000' if i % 3 else ''},"
        f",Bath,new,note {i}\n" for i in range(count)), "second.csv")
    result = _import(second, "overwrite")
    assert result.counts() == {"created": 0, "updated": count, "skipped": 0, "rejected": 0}
    after = contacts.snapshots(ids)
    anyone = after[ids[7]]
    assert anyone.values["city"] == "Bath" and anyone.values["notes"] == "note 7"
    assert anyone.emails == ("p7@x.example", "p7@home.example")
    assert anyone.phones == (("+447700900007", "+44 7700 900007"),
                             ("+442079460000", "+44 20 7946 0000"))
    assert anyone.tags == ("new", "old")
    assert after[ids[6]].phones == (("+447700900006", "+44 7700 900006"),)
    assert len(ordered_ids(ContactFilter(search="Bath"))) == count
    assert len(ordered_ids(ContactFilter(search="home.example"))) == count
    undone = undo_import(result.batch_id)
    assert (undone.restored, undone.kept) == (count, 0)
    assert contacts.snapshots(ids) == before
    assert ordered_ids(ContactFilter(search="Bath")) == array("q")
    assert len(ordered_ids(ContactFilter(search="Leeds"))) == count


def test_undo_keeps_what_the_owner_did_since(db, tmp_path: Path) -> None:
    """Undo days later: contacts worked on since the import stay (with their company), and
    the owner's later edits of changed contacts are not rolled back."""
    anna = contacts.save_contact(None, {"name": "Anna", "city": "Kazan"},
                                 emails=["anna@x.example"]).contact_id
    bob = contacts.save_contact(None, {"name": "Bob"}, emails=["bob@x.example"]).contact_id
    path = _csv(tmp_path, "Anna,anna@x.example,,,Moscow,,\n"
                          "Bob,bob@x.example,,,Omsk,,\n"
                          "Ivan,ivan@x.example,,Acme,,,\n"
                          "Olga,olga@x.example,,Vector,,,\n"
                          "Petr,petr@x.example,,,,,\n")
    result = _import(path, "fill")
    assert result.counts() == {"created": 3, "updated": 2, "skipped": 0, "rejected": 0}
    ivan = Contact.get(Contact.name == "Ivan")
    Interaction.create(contact=ivan.id, kind="call", occurred_at=utc_now())
    olga = Contact.get(Contact.name == "Olga").id
    contacts.save_contact(olga, {"job_title": "Buyer"})  # an edit since
    contacts.save_contact(anna, {"notes": "prefers calls"})
    done = undo_import(result.batch_id)
    # removed: Petr and the company Vector is kept for Olga; Acme is kept for Ivan
    assert done == ImportUndone(removed=1, restored=1, kept=5)
    assert {c.name for c in Contact.select()} == {
        "Anna", "Bob", "Ivan", "Acme", "Olga", "Vector"}
    assert Contact.get_by_id(ivan.id).company.name == "Acme"
    assert Contact.get_by_id(bob).city is None  # put back
    # Anna was edited since: left as the owner has it, the import's first name included
    anna_now = Contact.get_by_id(anna)
    assert (anna_now.first_name, anna_now.notes) == ("Anna", "prefers calls")


def test_undo_reports_progress_and_cancel_changes_nothing(db, db_path: Path,
                                                         tmp_path: Path) -> None:
    rows = "".join(f"Person {i},p{i}@x.example,,,,,\n" for i in range(12))
    result = _import(_csv(tmp_path, rows))
    before = _dump(db_path)
    seen: list[tuple[int, int]] = []
    with pytest.raises(CancelledError):
        undo_import(result.batch_id, lambda done, total: seen.append((done, total)) or False)
    assert seen == [(12, 12)]
    assert _dump(db_path) == before
    assert ImportBatch.get_by_id(result.batch_id).undone_at is None
    assert undo_import(result.batch_id).removed == 12


def test_an_import_from_before_migration_7_is_undone_by_time(db, tmp_path: Path) -> None:
    result = _import(_csv(tmp_path, "Ivan,ivan@x.example,,,,,\n"))
    ImportBatch.update(last_log_id=None).where(ImportBatch.id == result.batch_id).execute()
    assert undo_import(result.batch_id) == ImportUndone(removed=1, restored=0, kept=0)


def test_saved_mapping_is_offered_again_for_the_same_headers(db, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Col A,Col B\nAnna,anna@x.example\nIvan,ivan@x.example\n",
                    encoding="utf-8")
    table = open_table(path)
    mapping = auto_mapping(table)
    assert mapping.columns == [None, "email"]  # recognised from the values
    mapping.columns[0] = "name"
    saved_mappings.save("Supplier list", table.headers, mapping)
    assert saved_mappings.for_headers(["Col A", "Col B"]).columns == ["name", "email"]
    assert saved_mappings.for_headers(["Other"]) is None
    assert run_import(table, saved_mappings.load("Supplier list", table.headers)).created == 2


def test_the_rejects_file_is_imported_again_with_its_sources_mapping(db, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Col A,Col B\nAnna,anna@x.example\nBoris,boris@@x\n", encoding="utf-8")
    table = open_table(path)
    mapping = auto_mapping(table)
    mapping.columns = ["name", "email"]  # headers that say nothing: mapped by hand
    saved_mappings.save("Supplier list", table.headers, mapping)
    result = run_import(table, mapping)
    rejects = write_rejects(tmp_path / "rejects.csv", table.headers, result.refused)
    rejects.write_text(rejects.read_text(encoding="utf-8-sig").replace("boris@@x",
                                                                        "boris@x.example"),
                       encoding="utf-8")
    fixed = open_table(rejects)
    assert fixed.headers == ["Col A", "Col B", "Row", "Field", "Reason"]
    offered = saved_mappings.for_headers(fixed.headers)
    assert offered.columns == ["name", "email", None, None, None]
    assert saved_mappings.load("Supplier list", fixed.headers).columns == offered.columns
    assert run_import(fixed, offered).created == 1
    assert Contact.get(Contact.name == "Boris").email == "boris@x.example"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_export_then_import_into_an_empty_database_gives_the_same_records(
        db, tmp_path: Path, suffix: str) -> None:
    acme = contacts.create_contact({"name": "Acme Ltd", "kind": "company", "city": "Leeds"}).id
    contacts.save_contact(None, {"name": "Анна Петрова", "company": acme, "city": "Казань",
                                 "job_title": "Директор", "country": "Russia",
                                 "birthday": "12.03.1980"},
                          emails=["anna@acme.example", "a.p@home.example"],
                          phones=["+79161234567", "+442079460000"], tags=["vip", "оптовик"])
    contacts.save_contact(None, {"name": "رضا کریمی", "city": "تهران", "birthday": "--07-23",
                                 "notes": "=not a formula\nsecond line; with, commas"},
                          emails=["reza@example.ir"])
    fields = ("kind", "name", "city", "job_title", "country", "birthday")

    def records():
        out = []
        for c in Contact.select().order_by(Contact.sort_name):
            snap = contacts.snapshot(c.id)
            company = c.company.name if c.company else None
            out.append((tuple(snap.values[f] for f in fields), company, snap.emails,
                        tuple(n for n, _ in snap.phones), snap.tags, snap.values["notes"]))
        return out

    expected = records()
    out = tmp_path / f"all{suffix}"
    export_contacts(out)
    from crm_desktop.db.connection import close_database, open_database

    close_database()
    open_database(tmp_path / "empty.sqlite3")
    try:
        result = _import(out)
        assert result.rejected == 0
        assert records() == expected
    finally:
        close_database()


def test_birthdays_as_address_books_write_them_and_a_wrong_one_refused(db,
                                                                      tmp_path: Path) -> None:
    """Google's yearless --MM-DD, Outlook's M/D/YYYY and its 0/0/00 for none, Russian
    Excel's 31.03.1980 (and a 31 February refused, naming the row and the field), and the
    four ways vCards give one."""
    google, outlook = tmp_path / "google.csv", tmp_path / "outlook.csv"
    google.write_text("Name,E-mail 1 - Value,Birthday\n"
                      "Ann,ann@x.example,1980-03-31\nBob,bob@x.example, --07-04\n")
    outlook.write_text("First Name,Last Name,E-mail Address,Birthday\n"
                       "Carl,Dane,carl@x.example,12/31/1975\n"
                       "Dora,Eve,dora@x.example,3/4/1990\n"
                       "Emil,Fox,emil@x.example,0/0/00\n")
    russian = tmp_path / "клиенты.csv"
    russian.write_bytes("ФИО;Эл. почта;Дата рождения\r\n"
                        "Олег Орлов;oleg@x.example;31.03.1980\r\n"
                        "Ира Рыбина;ira@x.example;31.02.1975\r\n".encode("cp1251"))
    cards = tmp_path / "phone.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\nVERSION:{version}\nFN:{name}\n{bday}\nEND:VCARD\n"
        for version, name, bday in (("2.1", "Gus", "BDAY:19800331"),
                                    ("3.0", "Hal", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-31"),
                                    ("4.0", "Ivy", "BDAY:--0331"),
                                    ("3.0", "Jon", "BDAY;VALUE=date:1980-03-31"))),
        encoding="utf-8")
    for path in (google, outlook, russian, cards):
        _import(path)
    born = dict(Contact.select(Contact.name, Contact.birthday).tuples())
    assert born == {"Ann": "1980-03-31", "Bob": "--07-04", "Carl Dane": "1975-12-31",
                    "Dora Eve": "1990-03-04",  # the 31st in the column says months first
                    "Emil Fox": None, "Олег Орлов": "1980-03-31", "Gus": "1980-03-31",
                    "Hal": "--03-31", "Ivy": "--03-31", "Jon": "1980-03-31"}
    refused = _import(russian, "skip").refused
    assert [(r.row, r.field, str(r.reason)) for r in refused] == [
        (3, "birthday", "'31.02.1975' is not a date like 2026-03-31 or 31.03.2026")]


def test_google_s_whole_address_beside_its_street_is_not_written_twice(db,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,E-mail 1 - Value,Address 1 - Formatted,Address 1 - Street,"
        "Address 1 - City,Address 1 - Postal Code,Address 1 - Country\n"
        'Ann,Lee,ann@x.example,"1 High St\nLeeds LS1 1AA\nUK",1 High St,Leeds,LS1 1AA,UK\n'
        'Bob,Ray,bob@x.example,"2 Low Rd, York",,,,\n'  # given whole only: kept whole
        "Cy,Orr,cy@x.example,,3 Mill Ln,Hull,,\n"
        "Di,Poe,di@x.example,Unit 5 Mill Park,Unit 5,,,\n", encoding="utf-8")  # two lines
    assert _import(path).created == 4
    assert dict(Contact.select(Contact.first_name, Contact.address).tuples()) == {
        "Ann": "1 High St", "Bob": "2 Low Rd, York", "Cy": "3 Mill Ln",
        "Di": "Unit 5 Mill Park, Unit 5"}


def test_outlook_s_home_address_is_read_when_there_is_no_business_one_else_noted(
        db, tmp_path: Path, capsys) -> None:
    """Then its Other address, when a row has neither; the addresses not read go to the
    notes."""
    path = tmp_path / "outlook.csv"
    path.write_text(
        "First Name,Last Name,Job Title,E-mail Address,Business Phone,Business Street,"
        "Business City,Business Postal Code,Home Street,Home City,Home Postal Code,"
        "Other Street,Other City\n"
        "Ann,Lee,Buyer,ann@x.example,,1 High St,Leeds,LS1 1AA,5 Home Rd,York,YO1 1AA,,\n"
        "Bob,Ray,,bob@x.example,,,,,7 Elm Cl,Hull,HU1 1AA,3 Dock St,Goole\n"
        "Cy,Orr,,not-an-address,,,,,9 Oak Dr,Ely,CB7 4AA,,\n"
        "Di,Fox,,di@x.example,,,,,,,,2 Mill Ln,Selby\n", encoding="utf-8")
    assert main(["import", str(path), "--db", str(db.database)]) == 0
    out, err = capsys.readouterr()
    assert "Columns not imported" not in err  # the Home and Other columns are read
    cards = tmp_path / "phone.vcf"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Di\nNICKNAME:Dee\nEND:VCARD\n")
    assert main(["import", str(cards), "--db", str(db.database), "--dry-run"]) == 0
    assert "Columns not imported (no field for them): NICKNAME" in capsys.readouterr().err
    assert "row 4, field 'email'" in out
    assert list(Contact.select(Contact.first_name, Contact.address, Contact.city,
                               Contact.postal_code, Contact.notes).order_by(Contact.id).tuples()
                ) == [("Ann", "1 High St", "Leeds", "LS1 1AA",  # her home kept in the notes
                       "Home Street: 5 Home Rd\nHome City: York\nHome Postal Code: YO1 1AA"),
                      ("Bob", "7 Elm Cl", "Hull", "HU1 1AA",
                       "Other Street: 3 Dock St\nOther City: Goole"),
                      ("Di", "2 Mill Ln", "Selby", None, None)]
    # the refused row as the file had it, to put right and import again
    rejects = tmp_path / "rejects.csv"
    main(["import", str(path), "--db", str(db.database), "--rejects", str(rejects)])
    assert rejects.read_text(encoding="utf-8-sig").splitlines()[1].startswith(
        "Cy,Orr,,not-an-address,,,,,9 Oak Dr,Ely,CB7 4AA,,,")


def test_google_s_second_address_is_read_when_the_first_is_empty_else_noted(
        db, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,E-mail 1 - Value,Organization Name,"
        "Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
        "Address 2 - Formatted,Address 2 - Street,Address 2 - City\n"
        'Ann,,ann@x.example,,"1 High St\nLeeds",1 High St,Leeds,"2 Low Rd\nYork",2 Low Rd,York\n'
        'Bob,,bob@x.example,,,,,"7 Elm Cl\nHull",7 Elm Cl,Hull\n', encoding="utf-8")
    table = open_table(path)
    assert table.layout == "Google Contacts"
    assert run_import(table, auto_mapping(table)).created == 2
    assert list(Contact.select(Contact.first_name, Contact.address, Contact.city, Contact.notes
                               ).order_by(Contact.id).tuples()) == [
        ("Ann", "1 High St", "Leeds", "Address 2 - Formatted: 2 Low Rd\nYork"),
        ("Bob", "7 Elm Cl", "Hull", None)]


def test_a_birthday_fills_a_known_contact_and_its_undo_takes_it_back(db,
                                                                     tmp_path: Path) -> None:
    known = contacts.save_contact(None, {"name": "Ann"}, emails=["ann@x.example"]).contact_id
    path = tmp_path / "b.csv"
    path.write_text("Name,E-mail,Birthday\nAnn,ann@x.example,31.03.1980\n")
    result = _import(path, "fill")
    assert result.updated == 1 and Contact.get_by_id(known).birthday == "1980-03-31"
    undo_import(result.batch_id)
    assert Contact.get_by_id(known).birthday is None


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_two_firms_of_one_name_keep_their_people_through_a_round_trip(
        db, tmp_path: Path, suffix: str) -> None:
    from crm_desktop.db.connection import close_database, open_database

    for city in ("Leeds", "York"):
        firm = contacts.save_contact(None, {"name": "Crown & Co", "kind": "company",
                                            "city": city},
                                     emails=[f"info@crown-{city.lower()}.example"]).contact_id
        contacts.save_contact(None, {"name": f"Sam {city}", "company": firm},
                              emails=[f"sam@{city.lower()}.example"])

    def records() -> list[tuple]:
        return sorted((c.name, c.kind, c.email, c.company.email if c.company else None)
                      for c in Contact.select())

    expected = records()
    out = tmp_path / f"all{suffix}"
    export_contacts(out)  # every column, the company's e-mail among them
    close_database()
    open_database(tmp_path / "empty.sqlite3")
    try:
        result = _import(out)
        assert (result.created, result.skipped, result.rejected) == (4, 0, 0)
        assert records() == expected  # each Sam still works for his own Crown & Co
    finally:
        close_database()


def test_cli_import_json_dry_run_and_rejects(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite3"
    path = _csv(tmp_path, "Anna,anna@x.example,,,,,\n,,,,,,\nBad,@,,,,,\n")
    rejects = tmp_path / "rejects.csv"
    assert main(["import", str(path), "--db", str(db), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"created": 1, "updated": 0, "skipped": 0,
                                                   "rejected": 1}
    assert main(["import", str(path), "--db", str(db), "--json", "--rejects",
                 str(rejects)]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert "Bad" in rejects.read_text(encoding="utf-8-sig")
    assert main(["import", str(path), "--db", str(db), "--on-duplicate", "fill"]) == 0
    out, err = capsys.readouterr()
    assert "1 duplicate skipped" in out and "(3 rows in" in out
    assert "1 empty row ignored" in err
    assert "Columns not imported" not in err  # every column has a field
    odd = tmp_path / "odd.csv"
    odd.write_text("Name,Shoe size,E-mail\nAnn,38,ann@x.example\n", encoding="utf-8")
    assert main(["import", str(odd), "--db", str(db), "--dry-run"]) == 0
    assert "Columns not imported (no field for them): Shoe size" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.csv"), "--db", str(db)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_cli_import_refuses_what_it_cannot_honour_before_writing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite3"
    path = _csv(tmp_path, "Anna,anna@x.example,,,,,\nBad,@,,,,,\n")
    nowhere = tmp_path / "no-such-folder" / "rejects.csv"
    assert main(["import", str(path), "--db", str(db), "--rejects", str(nowhere)]) == 1
    assert f"The folder {nowhere.parent} does not exist" in capsys.readouterr().err
    assert not db.exists()  # refused before the import, not after writing it
    assert main(["import", str(path), "--db", str(db), "--sheet", "Contacts"]) == 1
    assert "in.csv is not a workbook" in capsys.readouterr().err
    assert main(["import", str(path), "--db", str(db), "--region", "XX"]) == 1
    assert "'XX' is not a country code" in capsys.readouterr().err
    assert not db.exists()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".csv", ".tsv", ".xlsx", ".ods", ".vcf", ".txt"]))
def test_arbitrary_bytes_never_crash_a_reader(db, tmp_path_factory, data: bytes,
                                              suffix: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"file{suffix}"
    path.write_bytes(data)
    try:
        table = open_table(path)
        run_import(table, auto_mapping(table), "skip", dry_run=True)
    except InputError:
        pass  # a clear message is a fine answer


cell = st.text(alphabet=string.ascii_letters + "@.+-;,\"' \nйцукенгшщзфывапролджэ"
               "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی0123456789", max_size=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=12))
def test_arbitrary_tables_import_or_explain(db, tmp_path_factory, rows) -> None:
    path = tmp_path_factory.mktemp("tables") / "table.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    try:
        table = open_table(path)
    except InputError:
        return
    before = Contact.select().count()
    result = run_import(table, auto_mapping(table), "create")
    # every row is accounted for exactly once, and what was counted is what was written
    assert result.created + result.skipped + result.updated + result.rejected + \
        result.empty == result.rows
    assert Contact.select().count() == before + result.created + result.companies_created


_rows_over_known_contacts = st.lists(st.tuples(
    st.sampled_from(["Ann Lee", "Bob Ray", "acme ltd", "New One", "New Two"]),
    st.sampled_from(["ann@x.example", "bob@x.example", "new@x.example", ""]),
    st.sampled_from(["+44 7700 900001", "+44 7700 900002", "020 7946 0000", ""]),
    st.sampled_from(["Acme Ltd", "Zed Co", ""]),
    st.sampled_from(["Leeds", "York", ""]),
    st.sampled_from(["vip", "new", ""]),
    st.sampled_from(["a note", ""])), min_size=1, max_size=10)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rows_over_known_contacts,
       policy=st.sampled_from(["skip", "fill", "overwrite", "create"]))
def test_any_import_over_known_contacts_is_undone_exactly(db, tmp_path_factory, rows,
                                                          policy) -> None:
    """Rows that match contacts by e-mail, phone or name and company, repeat each other and
    name companies, under each policy: undo gives back every contact as it was, search
    entries included, and removes all the import made."""
    if not Contact.select().exists():
        acme = contacts.save_contact(None, {"name": "Acme Ltd", "kind": "company"}).contact_id
        contacts.save_contact(None, {"name": "Ann Lee", "company": acme, "city": "Hull"},
                              emails=["ann@x.example"], phones=["+44 7700 900001"],
                              tags=["old"])
        contacts.save_contact(None, {"name": "Bob Ray", "notes": "kept"},
                              phones=["07700 900002"])
    ids = sorted(c.id for c in Contact.select(Contact.id))
    before = contacts.snapshots(ids)
    search = "SELECT rowid, name, company, emails, phones, city, notes FROM contact_search"
    indexed = db.execute_sql(f"{search} ORDER BY rowid").fetchall()
    path = tmp_path_factory.mktemp("over") / "rows.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        fh.write(HEADER)
        csv.writer(fh).writerows(rows)
    result = _import(path, policy)
    undo_import(result.batch_id)
    assert contacts.snapshots(ids) == before
    assert sorted(c.id for c in Contact.select(Contact.id)) == ids
    assert db.execute_sql(f"{search} ORDER BY rowid").fetchall() == indexed


def test_refused_rows_beyond_the_first_thousand_wait_in_a_file(db, tmp_path: Path) -> None:
    """A wrongly mapped file may refuse every row: the first ones are kept to show, all of
    them reach the rejects CSV, and memory does not grow with them."""
    from crm_desktop.importers import refused_rows

    rows = "".join(f"Person {i},bad{i}@@example,,,,,\n" for i in range(refused_rows.SHOWN + 5))
    result = _import(_csv(tmp_path, rows), dry_run=True)
    assert len(result.refused) == result.rejected == refused_rows.SHOWN + 5
    assert len(result.refused.first) == refused_rows.SHOWN
    assert result.refused[0].row == 2 and result.refused[:3][2].row == 4
    everything = list(result.refused)
    assert [r.row for r in everything] == list(range(2, refused_rows.SHOWN + 7))
    assert everything[-1].cells[:2] == [f"Person {refused_rows.SHOWN + 4}",
                                        f"bad{refused_rows.SHOWN + 4}@@example"]
    assert everything[-1].field == "email"
    out = write_rejects(tmp_path / "rejects.csv", open_table(tmp_path / "in.csv").headers,
                        result.refused)
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(lines) == 1 + refused_rows.SHOWN + 5
    assert list(result.refused) == everything  # read again: the same, in order


def test_phones_kept_as_typed_are_noted_with_their_row(db, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       db_path: Path) -> None:
    from crm_desktop.db.connection import close_database
    from crm_desktop.importers.import_result import Note

    path = tmp_path / "phones.csv"
    path.write_text("Name,Phone\nAnna,+44 20 7946 0000\nBoris,ext. 214\n", encoding="utf-8")
    table = open_table(path)
    result = run_import(table, auto_mapping(table), "skip", dry_run=True)
    assert result.warning_count == 1
    assert result.warnings == [Note(3, "phone", "phone 'ext. 214' kept as typed: not a "
                                                "possible phone number")]
    close_database()
    assert main(["import", str(path), "--db", str(db_path), "--json"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == '{"created": 2, "updated": 0, "skipped": 0, "rejected": 0}'
    assert "Kept as typed, to check: 1\n  row 3, field 'phone': phone 'ext. 214'" in out.err


def test_a_cell_of_several_phones_parts_at_commas_but_keeps_dialling_pauses(
        db, tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text('Name,Phone\nAnna,"+44 20 7946 0000, +44 7700 900123"\n'
                    'Boris,"+447700900124,+442079460001"\nCarl,"555 1234,,56"\n',
                    encoding="utf-8")
    table = open_table(path)
    run_import(table, auto_mapping(table), "skip")
    phones = {c.name: [r for _, r in contacts.snapshot(c.id).phones] for c in Contact.select()}
    assert phones["Anna"] == ["+44 20 7946 0000", "+44 7700 900123"]
    assert phones["Boris"] == ["+447700900124", "+442079460001"]
    assert phones["Carl"] == ["555 1234,,56"]  # one number: its pauses are not a separator


def test_a_broken_or_cut_off_vcard_is_refused_and_the_others_imported(
        db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{0}\r\nEMAIL:{1}\r\n{2}END:VCARD\r\n"
    path = tmp_path / "phone-export.vcf"
    path.write_text(
        card.format("Ann Lee", "ann@example.com", "")
        + card.format("Bob Stone", "bob@example.com", "a line a program wrote by mistake\r\n")
        + card.format("Carl Broken", "carl@example.com", "BEGIN:VEVENT\r\nSUMMARY:x\r\n")
        + card.format("Dora Kay", "dora@example.com", "")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve Cut\r\nEMAIL:eve@exa",  # the file ends here
        encoding="utf-8")
    rejects = tmp_path / "rejects.csv"
    result = _import(path)
    write_rejects(rejects, open_table(path).headers, result.refused)
    assert result.counts() == {"created": 3, "updated": 0, "skipped": 0, "rejected": 2}
    assert result.rows == 5
    assert sorted(c.name for c in Contact.select()) == ["Ann Lee", "Bob Stone", "Dora Kay"]
    assert [(r.row, r.cells[1]) for r in result.refused] == [(3, "Carl Broken"),
                                                             (5, "Eve Cut")]
    assert "cannot be read" in str(result.refused[0].reason)
    assert "cut short" in str(result.refused[1].reason)
    assert [(n.row, str(n.text)) for n in result.warnings] == [
        (2, "a line that is not a vCard property was skipped: "
            "'a line a program wrote by mistake'")]
    with open(rejects, encoding="utf-8-sig") as fh:
        assert [row[1] for row in csv.reader(fh)][1:] == ["Carl Broken", "Eve Cut"]
    assert capsys.readouterr().err == ""  # vobject's own complaints are not printed


def test_stray_quotes_on_next_lines_in_a_wide_file_cost_their_rows_only(
        db, tmp_path: Path) -> None:
    """Two rows running into each other, each with a quote typed by mistake; a real note
    over two lines with a comma in it stays one note."""
    path = _csv(tmp_path, 'Ann,ann@x.example,,,,,"said ""hi\n'
                          'Bob,bob@x.example,,,,,"x\n'
                          'Cy,cy@x.example,,,,,"met at the fair,\nwants a quote, soon"\n'
                          'Di,di@x.example,,,,,\n')
    result = _import(path)
    assert [r.row for r in result.refused] == [2, 3]  # not one row holding both
    assert sorted(c.name for c in Contact.select()) == ["Cy", "Di"]
    assert Contact.get(Contact.name == "Cy").notes == "met at the fair,\nwants a quote, soon"


def test_stray_quotes_that_join_two_rows_of_a_narrow_file_are_refused_not_imported(
        db, tmp_path: Path) -> None:
    """In three columns two joined rows read as one valid row; only the line break in its
    name tells. A spreadsheet cell may hold a line break of its own: kept there."""
    path = tmp_path / "narrow.csv"
    path.write_text('Name,Email,City\n"Ann Lee,ann@x.com,London\nBob Ray",bob@x.com,Leeds\n'
                    'Cy Dunn,cy@x.com,"York\r\nNorth"\nDi Fox,di@x.com,"Hull"\n',
                    encoding="utf-8")
    result = _import(path)
    assert [(r.row, r.field) for r in result.refused] == [(2, "name"), (3, "city")]
    assert "quotation mark" in result.refused[0].reason
    assert result.refused[0].cells[0] == "Ann Lee,ann@x.com,London\nBob Ray"  # as typed
    assert [c.name for c in Contact.select()] == ["Di Fox"]

    book = tmp_path / "book.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["Name", "Company"])
    sheet.write_row(1, 0, ["Eve Hart", "Acme Ltd\nNorth branch"])  # Alt+Enter in Excel
    workbook.close()
    assert _import(book).created == 1


def test_a_row_swallowed_into_a_note_by_stray_quotes_is_refused_real_notes_are_kept(
        db, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('Name,Email,Notes\nAnn Lee,ann@x.com,"met at the fair\n'
                    'Bob Ray,bob@x.com,likes tea"\nCy Dunn,cy@x.com,"call back,\nsoon, please"\n'
                    'Di Fox,di@x.com,"line one\nline two, with a comma\nthree"\n',
                    encoding="utf-8")
    result = _import(path)
    assert [(r.row, r.field) for r in result.refused] == [(2, "notes")]
    assert "other rows of the file" in result.refused[0].reason
    assert sorted(c.name for c in Contact.select()) == ["Cy Dunn", "Di Fox"]
    assert Contact.get(Contact.name == "Di Fox").notes == "line one\nline two, with a comma\nthree"


def test_a_stray_quote_costs_its_row_only(db, tmp_path: Path) -> None:
    notes = ['"call back, soon' if i == 3 else "" for i in range(21)]  # one quote, unclosed
    path = _csv(tmp_path, "".join(f"Person {i},p{i}@x.example,,,,,{notes[i]}\n"
                                  for i in range(1, 21)))
    result = _import(path)
    assert result.counts() == {"created": 19, "updated": 0, "skipped": 0, "rejected": 1}
    assert result.rows == 20 and [r.row for r in result.refused] == [4]
    assert Contact.select().count() == 19


@pytest.mark.parametrize("count", [1, 150], ids=["one", "more-than-a-bulk-restore"])
def test_companies_renamed_by_an_import_are_found_through_their_people(
        db, tmp_path: Path, count: int) -> None:
    firms, people = [], []
    for i in range(count):
        firms.append(contacts.save_contact(None, {"name": f"Acme {i} Ltd", "kind": "company"},
                                           emails=[f"info@acme{i}.example"]).contact_id)
        people.append(contacts.save_contact(None, {"name": f"Ann {i}", "company": firms[-1]}
                                            ).contact_id)
    path = tmp_path / "companies.csv"
    path.write_text("Kind,Name,E-mail\n" + "".join(
        f"company,Zenith {i} Group,info@acme{i}.example\n" for i in range(count)),
        encoding="utf-8")
    result = _import(path, "overwrite")
    assert result.updated == count
    assert Contact.get_by_id(firms[0]).name == "Zenith 0 Group"
    assert set(ordered_ids(ContactFilter(search="zenith"))) == {*firms, *people}
    assert Contact.get_by_id(people[0]).company_sort == "zenith 0 group"
    undo_import(result.batch_id)  # renamed back: found by the old name again
    assert ordered_ids(ContactFilter(search="zenith")) == array("q")
    assert set(ordered_ids(ContactFilter(search="acme"))) == {*firms, *people}


def test_a_row_in_another_encoding_far_down_a_utf8_file_is_read_and_noted(
        db, tmp_path: Path) -> None:
    """Beyond the part of the file the encoding is told from: José stays José, not Jos\ufffd,
    and the owner is told which row to check."""
    path = tmp_path / "list.csv"
    path.write_bytes(HEADER.encode() + "".join(
        f"Person {i},p{i}@x.example,,,Zürich,,\n" for i in range(8000)).encode()
        + "José García,jose@x.example,,,Málaga,,\n".encode("cp1252"))
    assert path.stat().st_size > 256 * 1024
    result = _import(path)
    assert result.created == 8001 and result.rejected == 0
    jose = Contact.get(Contact.email == "jose@x.example")
    assert (jose.name, jose.city) == ("José García", "Málaga")
    assert Contact.get(Contact.email == "p7@x.example").city == "Zürich"
    assert [(n.row, str(n.text)) for n in result.warnings] == [
        (8002, "this row is not UTF-8 like the rest of the file; it was read as cp1252: "
               "check its text")]


def test_a_persian_name_typed_without_its_non_joiner_is_the_same_person(db,
                                                                        tmp_path: Path) -> None:
    kian = contacts.save_contact(None, {"name": "شرکت کیان", "kind": "company"}).contact_id
    contacts.save_contact(None, {"name": "محمد\u200cرضا کریمی", "company": kian})
    result = _import(_csv(tmp_path, "محمدرضا کریمی,,,شرکت کیان,تهران,,\n"
                                    "محـمد حسینی,,,شرکت کیان,,,\n"
                                    "محمد حسینی,,,شرکت کیان,,,\n"), "fill")
    # Hosseini once, drawn long the first time; the second row finds him, nothing to fill
    assert (result.created, result.updated, result.skipped) == (1, 1, 1)
    assert Contact.get(Contact.sort_name == contacts.sort_key("محمدرضا کریمی")).city == "تهران"
    assert Contact.select().where(Contact.name.contains("حسینی")).count() == 1


def test_a_value_longer_than_its_field_takes_refuses_its_row_by_name(db, tmp_path: Path
                                                                     ) -> None:
    """Rows a stray quote ran into one name, or an address in the postal code, are told by
    field and limit; a value of exactly the field's length is kept."""
    path = tmp_path / "long.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([
            ["Name", "City", "Postal code", "Company", "Notes"],
            ["A" * 301, "Leeds", "LS1 4AP", "", ""],
            ["Bob", "Leeds", "12 Mill Road, Leeds, West Yorkshire, England", "", ""],
            ["Cleo", "Leeds", "", "C" * 301, ""],
            ["Dina", "D" * 150, "P" * 32, "", "n" * 10_000]])
    result = _import(path)
    assert {r.row: (r.field, str(r.reason)) for r in result.refused} == {
        2: ("name", "is longer than 300 characters"),
        3: ("postal_code", "is longer than 32 characters"),
        4: ("company", "is longer than 300 characters")}
    kept = Contact.get(Contact.name == "Dina")
    assert (len(kept.city), len(kept.postal_code), len(kept.notes)) == (150, 32, 10_000)


def test_the_editor_s_values_are_held_to_their_field_s_length(db) -> None:
    from crm_desktop.errors import InvalidRecordError

    with pytest.raises(InvalidRecordError) as info:
        contacts.create_contact({"name": "Ann", "city": "x" * 151, "segment": "s" * 101})
    assert info.value.by_field() == {"city": "is longer than 150 characters",
                                     "segment": "is longer than 100 characters"}

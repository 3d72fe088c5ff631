"""The headless commands, run through main(argv) as a user or a script would."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from crm_desktop.cli import build_parser, main, parse_args
from crm_desktop.db.migrate import latest_version


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "info", "backup", "--db", "--demo"):
        assert command in out


def test_the_window_options_parse_alike_with_or_without_the_commands_parsers(
        capsys: pytest.CaptureFixture[str]) -> None:
    args = parse_args(["--db", "x.sqlite3", "--lang", "fa"])
    assert (args.command, args.db, args.lang, args.demo) == (None, "x.sqlite3", "fa", False)
    assert vars(args) == vars(build_parser().parse_args(["--db", "x.sqlite3", "--lang", "fa"]))
    assert parse_args(["--db", "x.sqlite3", "info"]).command == "info"
    # a mistyped command gets the full parser's message, naming the commands
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--db", "x.sqlite3", "infoo"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'infoo'" in capsys.readouterr().err


def test_demo_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--contacts", "250", "--seed", "5", "--json"]) == 0
    built = json.loads(capsys.readouterr().out)
    assert (built["contacts"], built["companies"]) == (250, 25)

    assert main(["info", "--db", str(db), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["path"] == str(db)
    assert info["schema_version"] == latest_version()
    assert (info["contacts"], info["people"], info["companies"]) == (250, 225, 25)
    assert list(info["deals_per_stage"]) == ["awareness", "interest", "decision", "action",
                                             "won", "lost"]
    assert sum(info["deals_per_stage"].values()) == info["deals"]
    assert info["deals"] + info["deals_archived"] == built["deals"]
    assert info["deals_archived"] > 0  # old leads the demo archived
    assert info["reminders_overdue"] <= info["reminders_open"]
    assert 0 < info["invoices_overdue"] <= info["invoices_unpaid"] < info["payments"]


def test_info_text_names_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "50"])
    capsys.readouterr()
    assert main(["info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Contacts:        50 (45 people, 5 companies)" in out
    assert f"Schema version:  {latest_version()}" in out
    assert f"Daily backups:   0 in {tmp_path / 'x-backups'}\n" in out
    (tmp_path / "usb").mkdir()
    assert main(["backup", "--db", str(db), "--copy-to", str(tmp_path / "usb")]) == 0
    assert main(["info", "--db", str(db), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert (shown["daily_backups"], shown["backup_copy_folder"]) == (0, str(tmp_path / "usb"))


def test_db_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CRM_DESKTOP_DB", str(db))
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(db)


def test_default_location_is_the_private_user_data_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--json"]) == 0
    path = Path(json.loads(capsys.readouterr().out)["path"])
    assert path == Path(os.environ["XDG_DATA_HOME"]) / "crm-desktop" / "crm.sqlite3"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_backup_is_consistent_while_another_connection_writes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "live.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "100"])
    # the "app" holds an open write transaction that is not committed yet
    app = sqlite3.connect(db, isolation_level=None)
    app.execute("BEGIN IMMEDIATE")
    app.execute("INSERT INTO tag (name) VALUES ('uncommitted')")
    out = tmp_path / "copy.sqlite3"
    try:
        assert main(["backup", "--db", str(db), "-o", str(out)]) == 0
    finally:
        app.execute("ROLLBACK")
        app.close()
    copy = sqlite3.connect(out)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT count(*) FROM contact").fetchone() == (100,)
    assert copy.execute("SELECT count(*) FROM tag WHERE name = 'uncommitted'").fetchone() == (0,)
    copy.close()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Backup written" in capsys.readouterr().out


def test_backup_refuses_to_overwrite_its_own_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "self.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "20"])
    assert main(["backup", "--db", str(db), "-o", str(db)]) == 1
    assert "cannot overwrite" in capsys.readouterr().err


def test_backup_names_a_folder_for_copies_of_the_daily_backups(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.services import auto_backup
    from tests.fixed_time import NOW

    db = tmp_path / "crm.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "20"])
    assert main(["backup", "--db", str(db)]) == 1
    assert "--copy-to FOLDER" in capsys.readouterr().err
    open_database(db)
    daily = auto_backup.backup_if_due(db, NOW)
    close_database()
    drive = tmp_path / "usb"
    assert main(["backup", "--db", str(db), "--copy-to", str(drive)]) == 1
    assert "does not exist" in capsys.readouterr().err
    drive.mkdir()
    assert main(["backup", "--db", str(db), "--copy-to", str(drive)]) == 0
    assert f"the newest is there now: {daily.name}" in capsys.readouterr().out
    assert (drive / daily.name).read_bytes() == daily.read_bytes()
    assert main(["backup", "--db", str(db), "--no-copy"]) == 0
    open_database(db)
    try:
        assert auto_backup.copy_folder() is None
    finally:
        close_database()


@pytest.mark.parametrize("setup, message", [
    ("missing_folder", "does not exist"),
    ("not_a_database", "not a crm-desktop database"),
])
def test_bad_database_paths_give_one_clear_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, message: str) -> None:
    if setup == "missing_folder":
        path = tmp_path / "nowhere" / "crm.sqlite3"
    else:
        path = tmp_path / "list.csv"
        path.write_text("a,b\n1,2\n")
    assert main(["info", "--db", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert message in err[0]


def test_demo_refuses_a_database_with_contacts(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "full.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "20"])
    capsys.readouterr()
    assert main(["demo", "--db", str(db)]) == 1
    assert "already holds contacts" in capsys.readouterr().err


def test_restore_onto_a_new_machine_and_not_under_an_open_window(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.ui.instance_lock import acquire_instance_lock

    old = tmp_path / "old-laptop.sqlite3"
    main(["demo", "--db", str(old), "--contacts", "60"])
    main(["backup", "--db", str(old), "-o", str(tmp_path / "backup.sqlite3")])
    capsys.readouterr()
    new = tmp_path / "new-laptop" / "crm.sqlite3"
    new.parent.mkdir()
    assert main(["restore", str(tmp_path / "backup.sqlite3"), "--db", str(new),
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["contacts"] == 60 and out["saved_as"] is None  # nothing there to keep
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    assert main(["info", "--db", str(new), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["contacts"] == 60

    lock = acquire_instance_lock(new)  # the window has it open
    try:
        assert main(["restore", str(tmp_path / "backup.sqlite3"), "--db", str(new)]) == 1
    finally:
        lock.unlock()
    assert "already open" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "backup.sqlite3"), "--db", str(new)]) == 0
    text = capsys.readouterr().out
    assert "Restored" in text and "saved as" in text
    assert len(list(new.parent.glob("crm.before-restore-*.sqlite3"))) == 1


def test_import_counts_its_rows_on_a_terminal_and_says_nothing_to_a_pipe(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    import sys

    path = tmp_path / "people.csv"
    path.write_text("Name,Email\n" + "".join(f"P {i},p{i}@example.com\n" for i in range(12000)),
                    encoding="utf-8")
    assert main(["import", str(path), "--db", str(tmp_path / "a.sqlite3")]) == 0
    assert capsys.readouterr().err == ""  # a script's log stays clean
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["import", str(path), "--db", str(tmp_path / "b.sqlite3")]) == 0
    err = capsys.readouterr().err
    assert "\r5,000 of ~" in err and "\r10,000 of ~" in err and err.endswith("rows\n")


def test_a_write_while_another_program_holds_the_database_says_it_is_busy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a traceback of "database is locked": one line saying what to do, and nothing
    imported; once the other program is done, the same command works."""
    from crm_desktop.db import connection

    monkeypatch.setitem(connection.PRAGMAS, "busy_timeout", 200)  # the wait, not its length
    db = tmp_path / "shared.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "20"])
    source = tmp_path / "people.csv"
    source.write_text("Name,Email\nAnn Lee,ann@example.com\n", encoding="utf-8")
    capsys.readouterr()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert main(["import", str(source), "--db", str(db)]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "database is busy" in err[0] and "Nothing was written" in err[0]
    count = sqlite3.connect(db).execute("SELECT count(*) FROM contact").fetchone()[0]
    assert main(["import", str(source), "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert sqlite3.connect(db).execute("SELECT count(*) FROM contact").fetchone()[0] == count + 1


def test_business_shows_and_sets_the_profile(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.sqlite3")
    assert main(["business", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"name": "", "currency": "USD",
                                                   "phone_region": "GB", "details": ""}
    assert main(["business", "--db", db, "--name", "ООО Ромашка", "--currency", "rub"]) == 0
    assert "ООО Ромашка" in capsys.readouterr().out
    assert main(["business", "--db", db, "--currency", "12", "--phone-region", "ZZ"]) == 1
    err = capsys.readouterr().err
    assert "field 'currency'" in err and "'ZZ' is not a country code" in err
    assert main(["business", "--db", db, "--phone-region", "ru", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"name": "ООО Ромашка", "currency": "RUB",
                                                   "phone_region": "RU", "details": ""}
    assert main(["business", "--db", db, "--details", r"ул. Ленина, 1\nИНН 7701234567"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "Details:        ул. Ленина, 1", "                ИНН 7701234567"]


def test_tags_are_listed_renamed_merged_and_deleted_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.services import contacts

    db = tmp_path / "t.sqlite3"
    open_database(db)
    contacts.create_contact({"name": "Anna"}, tags=["opt", "export"])
    contacts.create_contact({"name": "Boris"}, tags=["opt"])
    close_database()
    args = ["tags", "--db", str(db)]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines() == ["        1  export", "        2  opt"]
    assert main([*args, "--rename", "opt", "wholesale"]) == 0
    assert main([*args, "--rename", "export", "wholesale"]) == 0
    assert main([*args, "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["“opt” renamed to “wholesale” on 2 contacts",
                       "“export” merged into “wholesale” on 1 contact"]
    assert json.loads(out[2]) == [{"tag": "wholesale", "contacts": 2}]
    assert main([*args, "--delete", "wholesale"]) == 0
    assert main([*args, "--delete", "wholesale"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "“wholesale” deleted from 2 contacts"
    assert "there is no tag “wholesale”" in captured.err


def test_documents_are_kept_listed_saved_and_removed_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.services import contacts

    db = tmp_path / "d.sqlite3"
    open_database(db)
    anna = contacts.create_contact({"name": "Anna"}).id
    boris = contacts.create_contact({"name": "Boris"}).id
    close_database()
    scan = tmp_path / "contract scan.pdf"
    scan.write_bytes(b"%PDF scan")
    args = ["documents", "--db", str(db), "--contact", str(anna)]
    assert main([*args, "--add", str(scan), str(tmp_path / "missing.pdf")]) == 1
    assert "missing.pdf" in capsys.readouterr().err  # and nothing was kept
    assert main([*args, "--add", str(scan), "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Kept 1 document with contact {anna}"
    (doc,) = json.loads(out[1])
    assert (doc["name"], doc["size"]) == ("contract scan.pdf", 9)
    copy = tmp_path / "copy.pdf"
    assert main([*args, "--save", str(doc["id"]), "-o", str(copy)]) == 0
    assert copy.read_bytes() == b"%PDF scan"
    assert main(["documents", "--db", str(db), "--contact", str(boris),
                 "--remove", str(doc["id"])]) == 1  # not Boris's
    assert main([*args, "--save", str(doc["id"])]) == 1  # nowhere to write
    assert main([*args, "--remove", str(doc["id"])]) == 0
    assert main([*args, "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == "Removed contract scan.pdf" and json.loads(out[-1]) == []
    sources = sqlite3.connect(db).execute(
        "SELECT action, source FROM change_log WHERE field = 'file' ORDER BY id").fetchall()
    assert sources == [("add", "cli"), ("remove", "cli")]
    open_database(db)
    from crm_desktop.services.funnel import create_deal

    deal = create_deal(anna, "Annual supply")
    close_database()
    assert main([*args, "--deal", str(deal), "--add", str(scan)]) == 0
    assert main([*args, "--deal", str(deal), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])[0]["deal"] == deal
    assert main(["documents", "--db", str(db), "--contact", str(boris), "--deal", str(deal),
                 "--add", str(scan)]) == 1  # Anna's deal

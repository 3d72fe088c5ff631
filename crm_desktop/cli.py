"""Command line: no subcommand starts the app; `demo`, `info`, `backup` work headless.

The subcommands call the same services as the GUI. Exit status 0 on success, 1 when the
user's input or the storage refused (with one clear message), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop import APP_NAME, __version__, gc_pause
from crm_desktop.errors import CrmError, InputError
from crm_desktop.paths import DB_ENV_VAR, ensure_private_dir, resolve_db_path
from crm_desktop.progress import Progress

if TYPE_CHECKING:
    from crm_desktop.importers.table import Table

LANGUAGES = ("en", "fa", "ru")


def _db_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help=f"database file (default: ${DB_ENV_VAR}, else the user data folder)",
    )


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; `commands=False` leaves out the subcommands (the window's options
    only)."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="Offline desktop CRM. Without a command, opens the main window."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, suppress=False)
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (built on first use)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None,
        help="interface language for this start (default: the one chosen under "
             "View > Language, else the system's)"
    )
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="build a realistic demo database")
    _db_option(demo, suppress=True)
    demo.add_argument(
        "--contacts",
        type=int,
        default=2000,
        metavar="N",
        help="number of contacts, a tenth of them companies (default 2000)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed: the same seed gives the same data (default 1)",
    )
    demo.add_argument("--json", action="store_true", help="print the result as JSON")

    info = sub.add_parser("info", help="show what a database holds")
    _db_option(info, suppress=True)
    info.add_argument("--json", action="store_true", help="print one JSON object")

    business = sub.add_parser("business", help="show or set the business name (on every "
                                                "report), currency and phone region")
    _db_option(business, suppress=True)
    business.add_argument("--name", default=None, help="the business name")
    business.add_argument("--currency", default=None, help="a 3-letter code such as EUR")
    business.add_argument("--phone-region", default=None, metavar="CODE",
                          help="country of phone numbers written without +code, e.g. GB")
    business.add_argument("--details", default=None, metavar="TEXT",
                          help="the lines under the name on a statement of account "
                               "(address, phone, bank account), '\\n' between lines")
    business.add_argument("--json", action="store_true", help="print one JSON object")

    tag = sub.add_parser("tags", help="list the tags with their contacts; rename one (onto "
                                      "another's name: the two merge) or delete one")
    _db_option(tag, suppress=True)
    tag.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), default=None,
                     help="call the tag OLD NEW on every contact")
    tag.add_argument("--delete", metavar="NAME", default=None,
                     help="take the tag off every contact and forget it")
    tag.add_argument("--json", action="store_true", help="print the tags as one JSON list")

    docs = sub.add_parser("documents", help="list a contact's documents; keep files with "
                                            "them, save one elsewhere, or remove one")
    _db_option(docs, suppress=True)
    docs.add_argument("--contact", type=int, required=True, metavar="ID")
    docs.add_argument("--deal", type=int, metavar="ID", default=None,
                      help="one of the contact's deals: --add keeps the files about it, and "
                           "only its documents are listed")
    docs.add_argument("--add", nargs="+", metavar="FILE", default=None,
                      help="keep these files with the contact (all, or none if one cannot be)")
    docs.add_argument("--save", type=int, metavar="DOCUMENT", default=None,
                      help="write the document with this id to --output")
    docs.add_argument("-o", "--output", default=None, help="where --save writes")
    docs.add_argument("--remove", nargs="+", type=int, metavar="DOCUMENT", default=None,
                      help="take these documents off the contact")
    docs.add_argument("--json", action="store_true", help="print the documents as one JSON list")

    imp = sub.add_parser("import", help="import contacts from CSV, TSV, XLSX, XLS, ODS or "
                                        "vCard; deals, from a file in the columns "
                                        "'export deals' writes; or payments and invoices "
                                        "(columns such as Customer, Invoice, Amount, Paid)")
    imp.add_argument("file", help="the file to import")
    _db_option(imp, suppress=True)
    imp.add_argument("--sheet", default=None, help="the sheet of a workbook (default: first)")
    imp.add_argument("--mapping", default="auto", metavar="NAME|auto",
                     help="a saved column mapping, or auto (default)")
    imp.add_argument("--on-duplicate", choices=["skip", "fill", "overwrite", "create"],
                     default="skip", help="what to do with a contact that exists already")
    imp.add_argument("--region", default=None,
                     help="country code for phone numbers without +code (default: settings)")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would happen and change nothing")
    imp.add_argument("--rejects", metavar="OUT.csv", default=None,
                     help="write the refused rows, with the reasons, to this CSV")
    imp.add_argument("--json", action="store_true",
                     help='print {"created": n, "updated": n, "skipped": n, "rejected": n}')
    imp.add_argument("--as", dest="rows_are", choices=["auto", "contacts", "payments"],
                     default="auto", help="what a row is (default: as the headers say)")
    imp.add_argument("--column", action="append", default=[], metavar="PART=HEADER",
                     help="payments: the column giving a part (contact, contact_email, "
                          "invoice_number, amount, paid_amount, balance, currency, issued_on, "
                          "due_on, paid_on, status, deal, note), over what the headers say; "
                          "repeat for each")
    imp.add_argument("--undated-paid", choices=["refuse", "due"], default="refuse",
                     help="payments: an invoice the file says is paid (a balance of 0) but "
                          "not when: refuse the row, to give the day (default), or date it "
                          "by its due day")

    export = sub.add_parser("export", help="write contacts, deals, payments, interactions "
                                           "or reminders to a file")
    export.add_argument("what", choices=["contacts", "deals", "payments", "interactions",
                                         "reminders"],
                        help="contacts (.csv, .xlsx, .vcf), deals, payments or interactions "
                             "(.csv, .xlsx), or reminders (.ics)")
    _db_option(export, suppress=True)
    export.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the file to write; .csv, .xlsx or .vcf")
    export.add_argument("--bom", action="store_true",
                        help="start a CSV with a UTF-8 BOM so that Excel reads it right")
    export.add_argument("--view", default=None, metavar="NAME",
                        help="contacts: those a view saved in the window shows, in its "
                             "order and columns (the options below narrow it further)")
    export.add_argument("--search", default="", help="only contacts matching this text")
    for option in ("tag", "segment", "industry", "city", "country", "lead-source"):
        export.add_argument(f"--{option}", default=None, help=f"only contacts with this {option}")
    export.add_argument("--status", choices=["lead", "customer", "lost"], default=None)
    export.add_argument("--kind", choices=["person", "company"], default=None)
    export.add_argument("--vip", action="store_true", help="only VIP contacts")
    export.add_argument("--all", action="store_true",
                        help="reminders: done ones too, not just the open ones")
    export.add_argument("--columns", default=None,
                        help="comma-separated columns (default: the view's, else all); "
                             "e.g. name,email,phone")

    report = sub.add_parser("report", help="write a PDF report")
    report.add_argument("kind", choices=["asset-matrix", "funnel", "activity", "customer",
                                         "unpaid", "statement", "contacts"],
                        help="which report (contacts: a list of them, with how to reach "
                             "them)")
    report.add_argument("--contact", type=int, default=None, metavar="ID",
                        help="customer, statement: the contact's id")
    _db_option(report, suppress=True)
    report.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    report.add_argument("--to", default=None, metavar="DATE",
                        help="the end of the period, inclusive (default: today)")
    report.add_argument("--from", dest="since", default=None, metavar="DATE",
                        help="the start of the period (default: a year before); for the "
                             "asset matrix, the previous period to compare with; for a "
                             "statement, the first day of its account")
    report.add_argument("--view", default=None, metavar="NAME",
                        help="contacts: those a view saved in the window shows, in its "
                             "order (default: every contact)")
    report.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    report.add_argument("--lang", choices=["en", "fa", "ru"], default="en",
                        help="the report's language (default: English)")
    report.add_argument("--calendar", choices=["language", "gregorian", "solar"],
                        default="language",
                        help="the dates' calendar: as the language has it (Persian: Solar "
                             "Hijri, 1405/01/11), or one of these")

    backup = sub.add_parser("backup", help="copy the database safely, even while the app runs")
    _db_option(backup, suppress=True)
    backup.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="where to write the copy")
    copies = backup.add_mutually_exclusive_group()
    copies.add_argument("--copy-to", default=None, metavar="FOLDER",
                        help="copy each daily automatic backup to this folder too (another "
                             "disk, a USB drive), starting with the newest now")
    copies.add_argument("--no-copy", action="store_true",
                        help="no longer copy the daily backups to another folder")

    restore = sub.add_parser(
        "restore", help="put a backup's data in place of the database's (the data it "
                        "replaces is saved beside it first); not while the app has it open")
    restore.add_argument("file", metavar="BACKUP", help="a backup made by crm-desktop")
    _db_option(restore, suppress=True)
    restore.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def _open(args: argparse.Namespace):
    from crm_desktop.db.connection import open_database

    path = resolve_db_path(args.db)
    if not args.db and not os.environ.get(DB_ENV_VAR):
        ensure_private_dir(path.parent)  # only the default folder is created for the user
    return path, open_database(path)


@contextmanager
def _terminal_progress(noun: str, about: bool = False) -> Iterator[Progress | None]:
    """A line on the terminal that counts up (`about`: the total is an estimate); None
    when stderr is not a terminal (a script, a pipe, a log)."""
    if not sys.stderr.isatty():
        yield None
        return

    def show(done: int, total: int) -> bool:
        of = f" of {'~' if about else ''}{total:,}" if total else ""
        print(f"\r{done:,}{of} {noun}", end="", file=sys.stderr, flush=True)
        return True

    try:
        yield show
    finally:
        print(file=sys.stderr)


def _cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services.demo import build_demo

    path, db = _open(args)
    started = datetime.now(UTC)
    with _terminal_progress("contacts") as progress:
        result = build_demo(db, contacts=args.contacts, seed=args.seed, progress=progress)
    seconds = (datetime.now(UTC) - started).total_seconds()
    summary = {"path": str(path), **result.__dict__, "seconds": round(seconds, 2)}
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"Demo database {path}: {result.contacts:,} contacts "
            f"({result.companies:,} companies), {result.deals:,} deals, "
            f"{result.interactions:,} interactions, {result.payments:,} payments, "
            f"{result.reminders:,} reminders in {seconds:.1f} s"
        )
    db.close()
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from crm_desktop.services.database_info import database_info

    path, db = _open(args)
    info = database_info(path, datetime.now(UTC))
    db.close()
    if args.json:
        print(json.dumps(info.as_dict(), ensure_ascii=False))
        return 0
    print(f"Database:        {info.path}")
    print(f"Schema version:  {info.schema_version}")
    print(
        f"Contacts:        {info.contacts:,} ({info.people:,} people, {info.companies:,} companies)"
    )
    print(f"Deals:           {info.deals:,}")
    for stage, n in info.deals_per_stage.items():
        print(f"  {stage:<14} {n:,}")
    if info.deals_archived:
        print(f"  {'(archived)':<14} {info.deals_archived:,}")
    print(f"Reminders:       {info.reminders_open:,} open, {info.reminders_overdue:,} overdue")
    print(f"Payments:        {info.payments:,} ({info.invoices_unpaid:,} invoices unpaid, "
          f"{info.invoices_overdue:,} of them overdue)")
    if info.documents:
        print(f"Documents:       {info.documents:,}")
    print(f"Daily backups:   {info.daily_backups:,} in {info.backups_folder}"
          + (f", copied to {info.backup_copy_folder}" if info.backup_copy_folder else ""))
    return 0


def _cmd_business(args: argparse.Namespace) -> int:
    from crm_desktop.services.business_profile import business_profile, save_business_profile

    _, db = _open(args)
    try:
        profile = business_profile()
        if (args.name, args.currency, args.phone_region, args.details) != (None,) * 4:
            profile = save_business_profile(
                profile.name if args.name is None else args.name,
                args.currency or profile.currency, args.phone_region or profile.phone_region,
                details=None if args.details is None else args.details.replace("\\n", "\n"))
    finally:
        db.close()
    if args.json:
        print(json.dumps({"name": profile.name, "currency": profile.currency,
                          "phone_region": profile.phone_region, "details": profile.details},
                         ensure_ascii=False))
    else:
        print(f"Business name:  {profile.name}")
        print(f"Currency:       {profile.currency}")
        print(f"Phone region:   {profile.phone_region}")
        for i, line in enumerate(profile.details.splitlines()):
            print(f"{'Details:' if i == 0 else '':<16}{line}")
    return 0


def _cmd_tags(args: argparse.Namespace) -> int:
    from crm_desktop.services import tags

    _, db = _open(args)
    try:
        if args.rename:
            done = tags.rename_tag(*args.rename, source="cli")
            print(f"“{done.old}” {'merged into' if done.merged else 'renamed to'} “{done.new}” "
                  f"on {_count(len(done.carried), 'contact')}")
        if args.delete:
            carried = tags.delete_tag(args.delete, source="cli")
            print(f"“{args.delete}” deleted from {_count(len(carried), 'contact')}")
        uses = tags.tag_uses()
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"tag": u.name, "contacts": u.contacts} for u in uses],
                         ensure_ascii=False))
    elif not (args.rename or args.delete):
        for use in uses:
            print(f"{use.contacts:>9,}  {use.name}")
    return 0


def _cmd_documents(args: argparse.Namespace) -> int:
    from crm_desktop.errors import InputError
    from crm_desktop.services import contact_files

    if args.save is not None and not args.output:
        raise InputError("--save needs --output, the file to write", field="output")
    _, db = _open(args)
    try:
        if args.add:
            ids = contact_files.add_files(args.contact, [Path(p) for p in args.add],
                                          deal_id=args.deal, source="cli")
            print(f"Kept {_count(len(ids), 'document')} with contact {args.contact}")
        if args.remove:
            _owned(args.contact, args.remove)
            gone = contact_files.remove_files(args.remove, source="cli", hold=False)
            print(f"Removed {', '.join(r.file.name for r in gone)}")
        if args.save is not None:
            _owned(args.contact, [args.save])
            written = contact_files.save_copy(args.save, Path(args.output))
            print(f"Document written to {written}")
        documents = contact_files.files_of(args.contact, deal_id=args.deal)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"id": d.id, "name": d.name, "size": d.size, "deal": d.deal_id,
                           "added_at": d.added_at.isoformat()} for d in documents],
                         ensure_ascii=False))
    elif not (args.add or args.remove or args.save is not None):
        for d in documents:
            print(f"{d.id:>7}  {d.added_at:%Y-%m-%d %H:%M}  {d.size:>12,}  {d.name}")
    return 0


def _owned(contact_id: int, document_ids: list[int]) -> None:
    """InputError unless every document is the contact's (an id mistyped for another's)."""
    from crm_desktop.errors import InputError
    from crm_desktop.services.contact_files import files_of

    theirs = {d.id for d in files_of(contact_id)}
    for document in document_ids:
        if document not in theirs:
            raise InputError(f"contact {contact_id} has no document {document}",
                             field="document")


def _cmd_backup(args: argparse.Namespace) -> int:
    from crm_desktop.errors import InputError
    from crm_desktop.services import auto_backup
    from crm_desktop.services.backup import backup_database

    if not (args.output or args.copy_to or args.no_copy):
        raise InputError("say where: -o FILE, --copy-to FOLDER or --no-copy", field="output")
    path, db = _open(args)
    try:
        if args.output:
            print(f"Backup written to {backup_database(path, Path(args.output))}")
        if args.no_copy:
            auto_backup.set_copy_folder(None, path)
            print("The daily backups are no longer copied to another folder")
        if args.copy_to:
            folder = Path(args.copy_to).expanduser()
            auto_backup.set_copy_folder(folder, path)
            copied = auto_backup.copy_newest(path, folder)
            print(f"The daily backups are copied to {folder} too"
                  + (f"; the newest is there now: {copied.name}" if copied else ""))
    finally:
        db.close()
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from crm_desktop.services.backup import describe_backup, restore_database
    from crm_desktop.ui.instance_lock import acquire_instance_lock

    describe_backup(Path(args.file))  # a wrong file is refused before anything is opened
    path = resolve_db_path(args.db)
    existed = path.exists()  # on a new machine there is no database yet: it is made
    if not args.db and not os.environ.get(DB_ENV_VAR):
        ensure_private_dir(path.parent)
    lock = acquire_instance_lock(path)  # not under an open window
    try:
        path, db = _open(args)
        try:
            done = restore_database(Path(args.file), path, keep_current=existed)
        finally:
            db.close()
    finally:
        lock.unlock()
    if args.json:
        print(json.dumps({"restored": str(done.backup.path), "database": str(path),
                          "saved_as": done.saved_as and str(done.saved_as),
                          "contacts": done.backup.contacts, "deals": done.backup.deals,
                          "documents": done.backup.documents}))
        return 0
    print(f"Restored {done.backup.path} ({_count(done.backup.contacts, 'contact')}, "
          f"{_count(done.backup.deals, 'deal')}) into {path}")
    if done.saved_as:
        print(f"The data it replaced is saved as {done.saved_as}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.importers import pipeline, refused_rows, saved_mappings
    from crm_desktop.importers.deal_import import is_deal_table, run_deal_import
    from crm_desktop.importers.payment_import import is_payment_table, run_payment_import
    from crm_desktop.services.business_profile import is_phone_region, phone_region

    table = pipeline.open_table(Path(args.file), args.sheet)  # before touching the database
    if args.sheet and not getattr(table, "sheets", None):
        raise InputError(f"{table.name} is not a workbook: it has no sheets", field="sheet")
    if args.rejects:
        refused_rows.check_rejects_path(Path(args.rejects))  # not after the import is written
    if args.region and not is_phone_region(args.region):
        raise InputError(f"'{args.region}' is not a country code such as GB, RU or IR",
                         field="region")
    deals = is_deal_table(table.headers)  # a deals export: a deal per row
    if args.column and args.rows_are == "auto":
        args.rows_are = "payments"  # (only payments take --column)
    unmapped: list[str] = []
    _, db = _open(args)
    try:
        # a payment per row: as the headers say, or as the columns chosen last time for
        # files with these headers (read from the database, so once it is open)
        payments = not deals and (args.rows_are == "payments" or (
            args.rows_are == "auto" and (is_payment_table(table.headers) or saved_mappings
                                         .payment_columns_for(table.headers) is not None)))
        columns = _payment_columns(table, args.column) if payments else None
        if deals:
            with _terminal_progress("rows", about=True) as progress:
                result = run_deal_import(table, dry_run=args.dry_run, progress=progress,
                                         expected_rows=table.estimated_rows)
        elif payments:
            with _terminal_progress("rows", about=True) as progress:
                result = run_payment_import(table, dry_run=args.dry_run, progress=progress,
                                            expected_rows=table.estimated_rows,
                                            columns=columns, undated_paid=args.undated_paid)
            if args.column and not args.dry_run:  # the next file like it reads the same way
                saved_mappings.remember_payment_columns(table.headers, columns)
        else:
            default = (args.region or phone_region()).upper()
            if args.mapping == "auto":
                mapping = saved_mappings.for_headers(table.headers) or pipeline.auto_mapping(
                    table, default)
            else:
                mapping = saved_mappings.load(args.mapping, table.headers)
            if args.region:
                mapping.region = default
            elif mapping.region != default:
                print(f"Phone numbers without +code read as {mapping.region}'s, as the file's "
                      f"numbers with +code suggest (--region {default} to read them as "
                      f"{default}'s)", file=sys.stderr)
            unmapped = pipeline.unmapped_columns(table, mapping)
            with _terminal_progress("rows", about=True) as progress:
                result = pipeline.run_import(table, mapping, args.on_duplicate,
                                             dry_run=args.dry_run, progress=progress,
                                             expected_rows=table.estimated_rows)
        if args.rejects:
            refused_rows.write_rejects(Path(args.rejects), table.headers, result.refused)
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.counts()))
    else:
        verb = "Would import" if args.dry_run else "Imported"
        made = (f"{result.contacts_created:,} contacts" if deals or payments else
                f"{result.companies_created:,} companies")
        what = " deals" if deals else " payments" if payments else ""
        print(f"{verb} {table.name}{f' ({table.layout})' if table.layout else ''}: "
              f"{result.created:,} new{what} (and {made}), "
              f"{result.updated:,} updated, "
              f"{_count(result.skipped, 'duplicate')} skipped, {result.rejected:,} rejected "
              f"({_count(result.rows, 'row')} in {result.seconds:.1f} s)")
        for refused in result.refused[:20]:
            where = f", field '{refused.field}'" if refused.field else ""
            print(f"  row {refused.row}{where}: {refused.reason}")
        if len(result.refused) > 20:
            print(f"  … and {len(result.refused) - 20:,} more (--rejects FILE lists them all)")
    if unmapped:  # no field takes them: the owner should know they stay in the file
        print(f"Columns not imported (no field for them): {', '.join(unmapped)}",
              file=sys.stderr)
    if result.empty:
        print(f"{_count(result.empty, 'empty row')} ignored", file=sys.stderr)
    if result.warning_count:
        print(f"Kept as typed, to check: {result.warning_count:,}", file=sys.stderr)
        for note in result.warnings[:10]:
            where = f", field '{note.field}'" if note.field else ""
            print(f"  row {note.row}{where}: {note.text}", file=sys.stderr)
        if result.warning_count > 10:
            print(f"  … and {result.warning_count - 10:,} more", file=sys.stderr)
    return 0


def _payment_columns(table: Table, given: list[str]) -> dict[str, int]:
    """The payment parts' columns: as the file says, and as --column PART=HEADER says."""
    from crm_desktop.importers import payment_columns
    from crm_desktop.importers.payment_import import columns_of
    from crm_desktop.importers.saved_mappings import payment_columns_for

    headers = table.headers
    found = payment_columns_for(headers) or columns_of(table)
    for text in given:
        part, _, header = text.partition("=")
        part, header = part.strip(), header.strip()
        if part not in payment_columns.PARTS:
            raise InputError(f"'{part}' is not a part of a payment; use "
                             f"{', '.join(payment_columns.PARTS)}", field="column")
        if header not in headers:
            raise InputError(f"the file has no column '{header}'", field="column")
        found = {p: i for p, i in found.items() if i != headers.index(header)}
        found[part] = headers.index(header)
    return found


def _count(n: int, noun: str) -> str:
    """'1 row', '2,500 rows' (the command line speaks English only)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _export_reminders(args: argparse.Namespace) -> int:
    from crm_desktop.services.calendar_export import export_reminders

    _, db = _open(args)
    try:
        n = export_reminders(Path(args.output), datetime.now(UTC), include_done=args.all)
    finally:
        db.close()
    print(f"{n:,} reminders written to {args.output}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    if args.what == "reminders":
        return _export_reminders(args)
    if args.what in ("deals", "payments", "interactions"):
        return _export_table(args)
    from dataclasses import replace
    from datetime import UTC, datetime

    from crm_desktop.services.contact_query import ContactFilter
    from crm_desktop.services.export_contacts import export_contacts
    from crm_desktop.services.saved_views import view_named

    # options given narrow a saved view further (or every contact)
    given = {"search": args.search or None, "tag": args.tag, "segment": args.segment,
             "industry": args.industry, "city": args.city, "country": args.country,
             "lead_source": args.lead_source, "status": args.status, "kind": args.kind,
             "vip": True if args.vip else None}
    columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
    _, db = _open(args)
    try:
        view = view_named(args.view) if args.view else None
        base = view.to_filter(datetime.now(UTC)) if view else ContactFilter()
        flt = replace(base, **{key: value for key, value in given.items() if value is not None})
        # a view is written as the window shows it: its columns, in its order
        if view and view.columns and not columns:
            columns = list(view.columns)
        n = export_contacts(Path(args.output), flt, columns, bom=args.bom,
                            sort=view.sort if view else "name",
                            descending=view.descending if view else False)
    finally:
        db.close()
    print(f"{n:,} contacts written to {args.output}")
    return 0


def _export_table(args: argparse.Namespace) -> int:
    from crm_desktop.services.export_deals import export_deals
    from crm_desktop.services.export_interactions import export_interactions
    from crm_desktop.services.export_payments import export_payments

    export = {"deals": export_deals, "payments": export_payments,
              "interactions": export_interactions}[args.what]
    _, db = _open(args)
    try:
        n = export(Path(args.output), bom=args.bom)
    finally:
        db.close()
    print(f"{n:,} {args.what} written to {args.output}")
    return 0


def _day(text: str | None, option: str) -> date | None:
    """A day given on the command line: 2026-03-31, 31.03.2026, or 1405/01/11 in the
    Persian calendar (as the import reads them)."""
    if text is None:
        return None
    from crm_desktop.services.cell_dates import read_day

    try:
        day = read_day(text, option)
    except InputError as exc:
        raise InputError(f"'{text}' is not a date like 2026-03-31 or 1405/01/11",
                         field=option) from exc
    if day is None:
        raise InputError("give a date like 2026-03-31", field=option)
    return day


def _cmd_report(args: argparse.Namespace) -> int:
    from crm_desktop.reports.asset_matrix_report import build_asset_matrix_report
    from crm_desktop.reports.wording import Wording
    from crm_desktop.services.asset_matrix import end_of_day

    to = _day(args.to, "to") or datetime.now(UTC).date()
    since = _day(args.since, "from")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise InputError(f"the folder {output.parent} does not exist", field="output")
    from crm_desktop.reports import other_reports

    if args.kind in ("customer", "statement") and args.contact is None:
        raise InputError("say which customer with --contact ID", field="contact")
    from crm_desktop.services.date_text import DATING, day_span

    end = end_of_day(to)
    # the funnel's and activity's days, both included, as the window takes them
    period = day_span(since or to - timedelta(days=364), to)

    options = {"page_size": args.page_size,
               "wording": Wording(args.lang, DATING.get(args.calendar))}
    _, db = _open(args)
    try:
        if args.kind == "asset-matrix":
            n = build_asset_matrix_report(output, end, **options,
                                          previous=end_of_day(since) if since else None)
            print(f"Asset matrix of {n:,} customers written to {output}")
        elif args.kind == "funnel":
            other_reports.build_funnel_report(output, *period, **options)
        elif args.kind == "activity":
            other_reports.build_activity_report(output, *period, **options)
        elif args.kind == "unpaid":
            from crm_desktop.reports.receivables_report import build_receivables_report

            n = build_receivables_report(output, to, **options)
            print(f"Unpaid invoices ({n:,} open) written to {output}")
        elif args.kind == "statement":
            from crm_desktop.reports.receivables_report import build_statement

            n = build_statement(output, args.contact, to, **options, since=since)
            print(f"Statement of account ({_count(n, 'invoice')} open) written to {output}")
        elif args.kind == "contacts":
            n = _contact_list(args, output, to, options)
            print(f"Contact list ({_count(n, 'contact')}) written to {output}")
        else:
            other_reports.build_customer_profile(output, args.contact, **options)
    finally:
        db.close()
    if args.kind not in ("asset-matrix", "unpaid", "statement", "contacts"):
        print(f"Report written to {output}")
    return 0


def _contact_list(args: argparse.Namespace, output: Path, to: date, options: dict) -> int:
    from crm_desktop.reports.contact_list_report import build_contact_list
    from crm_desktop.services.contact_query import ContactFilter
    from crm_desktop.services.saved_views import view_named

    view = view_named(args.view) if args.view else None
    flt = view.to_filter(datetime.now(UTC)) if view else ContactFilter()
    if view:
        options = {"sort": view.sort, "descending": view.descending, **options}
    return build_contact_list(output, flt, to, view_name=view.name if view else None,
                              **options)


COMMANDS = {"demo": _cmd_demo, "report": _cmd_report, "info": _cmd_info, "backup": _cmd_backup,
            "export": _cmd_export, "import": _cmd_import, "restore": _cmd_restore,
            "business": _cmd_business, "tags": _cmd_tags, "documents": _cmd_documents}


def start_gui(args: argparse.Namespace, on_first_paint: Callable[[], None] | None = None) -> int:
    """Open the main window (Qt is imported only now); `on_first_paint` is called once its
    first frame is painted. Returns when the window is closed."""
    gc_pause.pause()
    try:
        # The layers below the UI are imported before Qt: PySide6's import hook reads the
        # source of every module imported after it (~3 ms for these, peewee's 8,000 lines)
        from crm_desktop.db import connection  # noqa: F401
        from crm_desktop.services import contact_query, reminders  # noqa: F401
        from crm_desktop.ui.application import run_gui

        return run_gui(args, on_first_paint)
    finally:
        gc_pause.resume()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Without a command (the window opens), the subcommands' parsers are not built: they
    cost ~3 ms of start-up. Anything unexpected goes to the full parser for its message."""
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv):
        args, unknown = build_parser(commands=False).parse_known_args(argv)
        if not unknown:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `crm-desktop` and `python -m crm_desktop`."""
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    try:
        if args.command is None:
            return start_gui(args)
        return COMMANDS[args.command](args)
    except CrmError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1

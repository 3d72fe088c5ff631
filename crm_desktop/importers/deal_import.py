"""Importing deals from a file in the deals export's columns (services.export_deals).

Each row is a deal. Its contact is found by e-mail, else by name, else created. Its stage
and loss reason are found by name. The whole file goes in one transaction; a dry run is the
same import rolled back. Every refused row keeps its cells and the reason, and a row that
is already there (same title, contact and creation time) is skipped, so importing a file
twice adds nothing.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import suppress
from datetime import UTC, date, datetime

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import Contact, LossReason, Stage, database, utc_now
from crm_desktop.errors import CancelledError, InputError, InvalidRecordError
from crm_desktop.importers.pipeline import ImportResult
from crm_desktop.importers.rows import Refused, fast_email
from crm_desktop.importers.table import Table
from crm_desktop.progress import Progress
from crm_desktop.services import contacts, funnel
from crm_desktop.services.spreadsheet_writer import unneutralise
from crm_desktop.translatable import msg

PROGRESS_EVERY = 200  # rows


def is_deal_table(headers: Sequence[str]) -> bool:
    """Whether a file's columns are those of a deals export (title, stage, value or contact)."""
    names = {h.strip().casefold() for h in headers}
    return {"title", "stage"} <= names and bool({"value", "contact"} & names)


class _DryRunDone(Exception):  # noqa: N818 (control flow, never escapes this module)
    pass


def run_deal_import(table: Table, *, dry_run: bool = False, progress: Progress | None = None,
                    expected_rows: int = 0, now: datetime | None = None) -> ImportResult:
    """Import every row of `table` as a deal, in one transaction."""
    started = time.perf_counter()
    result = ImportResult(dry_run=dry_run)
    reader = _DealRows(table.headers, now or utc_now(), result)
    try:
        with database.atomic():
            for number, cells in table.rows():
                result.rows += 1
                if not any(cell.strip() for cell in cells):
                    result.empty += 1
                    continue
                try:
                    reader.add(number, cells)
                except InputError as exc:
                    errors = exc.errors if isinstance(exc, InvalidRecordError) else [exc]
                    result.rejected += 1
                    result.refused.append(Refused(number, errors[0].field, errors[0].message,
                                                  list(cells)))
                if progress and result.rows % PROGRESS_EVERY == 0 and \
                        progress(result.rows, expected_rows) is False:
                    raise CancelledError(msg("import cancelled; nothing was changed"))
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    result.seconds = time.perf_counter() - started
    return result


class _DealRows:
    """Turns rows into deals; the stages, loss reasons and contacts it has met are kept."""

    def __init__(self, headers: Sequence[str], now: datetime, result: ImportResult):
        self.columns = {h.strip().casefold(): i for i, h in enumerate(headers)}
        self.now = now
        self.result = result
        self.stages = {key: s for s in Stage.select() for key in (s.name.casefold(), s.key)}
        self.reasons = {key: r.id for r in LossReason.select()
                        for key in (r.name.casefold(), r.key)}
        self.contacts: dict[tuple[str, str], int] = {}  # (e-mail or name) -> contact id

    def _get(self, cells: Sequence[str], header: str) -> str:
        i = self.columns.get(header.casefold())
        return unneutralise(cells[i].strip()) if i is not None and i < len(cells) else ""

    def add(self, number: int, cells: Sequence[str]) -> None:
        get = self._get
        stage_name = get(cells, "Stage")
        stage = self.stages.get(stage_name.casefold()) if stage_name else funnel.list_stages()[0]
        if stage is None:
            raise InputError(msg("there is no stage named '{0}'", stage_name), field="stage")
        probability = _number(get(cells, "Probability"), "probability")
        close_on = _day(get(cells, "Expected close"), "expected_close_on")
        given_created = _moment(get(cells, "Created (UTC)"), "created")
        created = given_created or self.now
        closed = _moment(get(cells, "Closed (UTC)"), "closed")
        reason_name = get(cells, "Lost reason")
        reason = self.reasons.get(reason_name.casefold()) if reason_name else None
        if reason_name and reason is None:
            raise InputError(msg("there is no loss reason named '{0}'", reason_name),
                             field="lost_reason")
        title, value = get(cells, "Title"), get(cells, "Value") or "0"
        currency = get(cells, "Currency") or "USD"
        funnel.checked_fields(title, value, currency, probability)  # before any contact is made
        contact_id = self._contact(get(cells, "Contact"), get(cells, "Contact e-mail"),
                                   get(cells, "Contact kind"))
        # (raw SQL: thousands of rows, and peewee spends more building a query than running it)
        same = ("SELECT 1 FROM deal WHERE contact_id = ? AND title = ? AND deleted_at IS NULL"
                + (" AND created_at = ?" if given_created else ""))
        params = [contact_id, title.strip()] + ([to_storage(created)] if given_created else [])
        if database.execute_sql(same, params).fetchone():
            self.result.skipped += 1  # already there: a file imported twice adds nothing
            return
        deal_id = funnel.create_deal(contact_id, title, value=value, currency=currency,
                                     stage_id=stage.id, expected_close_on=close_on,
                                     probability=probability,
                                     source=get(cells, "Source") or None, now=created)
        if stage.kind != "open":
            closed = closed or created
            if stage.kind == "won" and Contact.get_by_id(contact_id).status == "lead":
                # as a move into Won does (and logged like it)
                contacts.save_contact(contact_id, {"status": "customer"}, source="import")
        database.execute_sql(
            "UPDATE deal SET lost_reason_id = ?, lost_note = ?, archived = ?, notes = ?, "
            "closed_at = ?, stage_entered_at = ? WHERE id = ?",
            [reason, get(cells, "Lost note") or None,
             get(cells, "Archived").casefold() in ("yes", "true", "1"),
             get(cells, "Notes") or None, to_storage(closed) if closed else None,
             to_storage(closed or created), deal_id])
        self.result.created += 1

    def _contact(self, name: str, email: str, kind: str) -> int:
        """The contact the row names: by its e-mail when it gives one (two firms may share a
        name, never an address), else by name; a new one when none is there."""
        if not (name or email):
            raise InputError(msg("the row names no contact"), field="contact")
        if email:
            # as stored, found through the address index; a bad one is kept, and making the
            # contact refuses it, naming the field
            with suppress(InputError):
                email = fast_email(email)
            key, sql = ("email", email.casefold()), (
                "SELECT e.contact_id FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                "WHERE e.address = ? AND c.deleted_at IS NULL LIMIT 1", [email])
        else:
            key, sql = ("name", contacts.sort_key(name)), (
                "SELECT id FROM contact WHERE sort_name = ? AND deleted_at IS NULL "
                "ORDER BY id LIMIT 1", [contacts.sort_key(name)])
        if key not in self.contacts:
            found = database.execute_sql(*sql).fetchone()
            if found is None:
                kind = kind.casefold() if kind.casefold() in ("person", "company") else "person"
                found = (contacts.save_contact(None, {"name": name or email, "kind": kind},
                                               emails=[email] if email else [],
                                               source="import").contact_id,)
                self.result.contacts_created += 1
            self.contacts[key] = found[0]
        return self.contacts[key]


def _number(text: str, field: str) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError as exc:
        raise InputError(msg("'{0}' is not a number", text), field=field) from exc


def _day(text: str, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(msg("'{0}' is not a date like 2026-03-31", text), field=field) from exc


def _moment(text: str, field: str) -> datetime | None:
    """A time as the export writes it (UTC, 'YYYY-MM-DD HH:MM:SS'); a bare date is midnight."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise InputError(msg("'{0}' is not a date like 2026-03-31", text), field=field) from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

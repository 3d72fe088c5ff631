"""The contacts import's writer: drafts matched against the database (and the file's
earlier rows), then written a batch at a time: new contacts inserted in bulk, matched ones
filled or overwritten in bulk, every one logged and indexed for search."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm_desktop.db import search_index
from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch, Tag, database
from crm_desktop.importers.batch_indexer import BatchIndexer
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.importers.import_undo import record_created, record_finished, record_overwritten
from crm_desktop.importers.rows import SINGLE_FIELDS, Draft
from crm_desktop.services import contacts

# the contact columns every new contact is given, in the order of _insert's rows; the draft
# fields follow them, only those some row of the batch sets (a column left out is NULL,
# and binding a NULL for each of a dozen unmapped fields was 18% of the insert)
_CONTACT_COLUMNS = ("id", "kind", "name", "sort_name", "company_id", "company_sort", "email",
                    "phone", "status", "created_at", "updated_at")
_DRAFT_FIELDS = ("first_name", "last_name", *SINGLE_FIELDS, "address", "notes", "birthday")


@dataclass
class _Revised:
    """A contact as the rows matched to it leave it, before it is written."""

    values: dict[str, Any]
    emails: list[str]
    phones: list[tuple[str, str | None]]
    tags: set[str]


class ContactWriter:
    """Matches drafts against the database (which holds earlier batches of this file too)
    and writes them, a batch at a time."""

    def __init__(self, policy: str, now: datetime, result: ImportResult, batch: ImportBatch):
        self.policy = policy
        self.batch = batch  # the import's record, which undo reads
        self.moment = now
        self.now = to_storage(now)
        self.result = result
        self.conn = database.connection()
        self.indexer = BatchIndexer(self.conn)  # close() when the batches are written
        self.first_new = self._next_id()
        self.next_id = self.first_new
        self.companies: dict[str, int] = {}  # company sort key -> id
        self.company_emails: dict[str, int] = {}  # a company's address -> its id
        self.people: dict[str, dict[str, int]] = {}  # company sort key -> person -> id
        self.tags: dict[str, int] = {}
        # contacts there before the import that it changed: recorded as they were (for undo)
        # a batch at a time, so that an overwrite of a million rows holds no million records
        self.recorded: set[int] = set()

    def _next_id(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]

    # matching ----------------------------------------------------------------------------
    def _lookup(self, sql: str, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(keys), 30000):
            chunk = keys[start : start + 30000]
            marks = ",".join("?" * len(chunk))
            for key, cid in self.conn.execute(sql.format(marks), chunk):
                found.setdefault(key, cid)
        return found

    def _existing(self, drafts: list[Draft]) -> tuple[dict, dict]:
        # "+c.deleted_at": drive the lookup from the address index, not from every contact
        emails = self._lookup(
            "SELECT e.address, e.contact_id FROM contact_email e JOIN contact c ON "
            "c.id = e.contact_id WHERE +c.deleted_at IS NULL AND e.address IN ({})",
            list({a for d in drafts for a in d.emails}),
        )
        phones = self._lookup(
            "SELECT p.number, p.contact_id FROM contact_phone p JOIN contact c ON "
            "c.id = p.contact_id WHERE +c.deleted_at IS NULL AND p.number IN ({})",
            list({n for d in drafts for n, _ in d.phones if n.startswith("+")}),
        )
        return emails, phones

    def _named(self, key: tuple) -> int | None:
        """The contact a name key points to."""
        kind, sort_name, company_sort = key
        if kind == "company":
            return self._company_lookup(sort_name)
        return self._people_of(company_sort).get(sort_name)

    def _people_of(self, company_sort: str) -> dict[str, int]:
        """A company's people by name, read once, the first time the import meets the
        company, and kept up to date as it creates people: a common name may have thousands
        of namesakes, but few in one company."""
        people = self.people.get(company_sort)
        if people is None:
            people = {}
            for name, cid in self.conn.execute(
                    "SELECT sort_name, min(id) FROM contact WHERE deleted_at IS NULL "
                    "AND company_sort = ? AND kind = 'person' GROUP BY sort_name",
                    [company_sort]):
                people[name] = cid
            self.people[company_sort] = people
        return people

    def _company_lookup(self, sort_name: str) -> int | None:
        if sort_name not in self.companies:
            row = self.conn.execute(
                "SELECT min(id) FROM contact WHERE kind = 'company' AND deleted_at IS NULL "
                "AND sort_name = ?", [sort_name]).fetchone()
            if row[0] is None:
                return None
            self.companies[sort_name] = row[0]
        return self.companies[sort_name]

    def _match(self, d: Draft, emails: dict, phones: dict) -> int | None:
        for address in d.emails:
            if address in emails:
                return emails[address]
        for number, _ in d.phones:
            if number in phones:
                return phones[number]
        if d.emails and d.values["kind"] == "company":
            return None  # two firms may share a name, never an address: a new one
        return self._named(d.name_key) if d.name_key else None

    # writing -----------------------------------------------------------------------------
    def write(self, drafts: list[Draft]) -> None:
        self.indexer.wait()  # the last batch's indexing: the connection is ours again
        emails, phones = self._existing(drafts)
        new: list[Draft] = []
        pending: dict[int, Draft] = {}  # new ids of this batch -> their drafts
        revising: dict[int, list[Draft]] = {}  # contacts there before this batch -> rows
        for d in drafts:
            match = self._match(d, emails, phones)
            if match is not None and self.policy != "create":
                if match in pending:
                    self._merge_pending(pending[match], d)
                    self.result.skipped += 1
                elif self.policy == "skip":
                    self.result.skipped += 1
                else:
                    revising.setdefault(match, []).append(d)
                continue
            cid = self.next_id
            self.next_id += 1
            pending[cid] = d
            new.append(d)
            d.values["id"] = cid
            if d.values["kind"] == "company":
                self.companies.setdefault(d.sort_name, cid)  # people below may name it
                for address in d.emails:
                    self.company_emails.setdefault(address, cid)
            for address in d.emails:
                emails.setdefault(address, cid)
            for number, _ in d.phones:
                phones.setdefault(number, cid)
            key = d.name_key
            if key and key[0] == "person":
                self._people_of(key[2]).setdefault(key[1], cid)
        self._insert(new)
        self.result.created += len(new)
        changed, renamed = self._revise(revising)
        # the search index of this batch, while the next is read (nothing after this, up to
        # the next write's wait, uses SQL)
        self.indexer.index((new[0].values["id"], new[-1].values["id"]) if new else None,
                           changed, renamed)

    def _merge_pending(self, target: Draft, d: Draft) -> None:
        """A repeat within the batch: fill or overwrite the draft not yet written."""
        if self.policy == "skip":
            return
        for key, value in d.values.items():
            if key == "id" or not value:
                continue
            if self.policy == "overwrite" or not target.values.get(key):
                target.values[key] = value
        target.emails += [a for a in d.emails if a not in target.emails]
        target.phones += [p for p in d.phones if p[0] not in {n for n, _ in target.phones}]
        target.tags += [t for t in d.tags if t not in target.tags]
        if target.values["name"] == d.values["name"]:
            target.sort_name = d.sort_name  # overwritten by the repeat's name: sort by it

    def _revise(self, revising: dict[int, list[Draft]]) -> tuple[list[int], list[int]]:
        """Fill or overwrite the contacts rows matched, a batch at a time: read together,
        worked out row by row in file order, written together. Returns the contacts whose
        search entry changed, and the companies renamed (their people's entries too)."""
        if not revising:
            return [], []
        before = contacts.snapshots(revising)
        revisions = {}
        first_changes = {}
        for cid, drafts in revising.items():
            snap = before[cid]
            state = _Revised(dict(snap.values), list(snap.emails), list(snap.phones),
                             set(snap.tags))
            for d in drafts:
                if self._apply(state, d) and cid < self.first_new:
                    self.result.updated += 1
                else:  # nothing new, or a repeat of a row this import created
                    self.result.skipped += 1
            revision = contacts.Revision(
                {k: v for k, v in state.values.items() if snap.values[k] != v},
                state.emails[len(snap.emails):], state.phones[len(snap.phones):],
                sorted(state.tags - set(snap.tags)))
            if revision:
                if cid < self.first_new and cid not in self.recorded:
                    first_changes[cid] = snap
                revisions[cid] = (snap, revision)
        record_overwritten(self.batch, first_changes)
        self.recorded.update(first_changes)
        contacts.revise_many(revisions, source="import", at=self.moment)
        return ([cid for cid, (_, r) in revisions.items()
                 if r.emails or r.phones or not search_index.INDEXED_FIELDS.isdisjoint(r.values)],
                contacts.renamed_companies(revisions))

    def _apply(self, state: _Revised, d: Draft) -> bool:
        """One row's values on a contact as the policy says: True if it changed anything."""
        overwrite = self.policy == "overwrite"
        changed = {}
        for key in ("name", *_DRAFT_FIELDS, "status"):
            new = d.values.get(key)
            if new and (overwrite or not state.values.get(key)) and state.values.get(key) != new:
                changed[key] = new
        if d.company:
            company_id = self._company_id(d.company, d.company_sort, d.company_email)
            if (overwrite or not state.values.get("company")) \
                    and state.values.get("company") != company_id:
                changed["company"] = company_id
        emails = [a for a in d.emails if a not in state.emails]
        known = {n for n, _ in state.phones}
        phones = [(n, r) for n, r in d.phones if n not in known]
        tags = {t for t in d.tags if t} - state.tags
        if not (changed or emails or phones or tags):
            return False
        state.values.update(changed)
        state.emails += emails
        state.phones += phones
        state.tags |= tags
        return True

    def _company_id(self, name: str, key: str, email: str | None = None) -> int:
        """The company a person row names: by its address when the file gives one (two
        firms may share a name), else by name; made for the import when not there."""
        if email:
            if email not in self.company_emails:
                found = self.conn.execute(
                    "SELECT e.contact_id FROM contact_email e JOIN contact c ON c.id = "
                    "e.contact_id WHERE e.address = ? AND c.kind = 'company' "
                    "AND c.deleted_at IS NULL LIMIT 1", [email]).fetchone()
                self.company_emails[email] = found[0] if found else self._new_company(
                    name, key, email)
            return self.company_emails[email]
        if self._company_lookup(key) is None:  # named but not there: made for the import
            self._new_company(name, key)
        return self.companies[key]

    def _new_company(self, name: str, key: str, email: str | None = None) -> int:
        cid = self.next_id
        self.next_id += 1
        insert_contacts(self.conn, [(cid, "company", name, key, email)], self.now)
        search_index.reindex([cid])
        self.result.companies_created += 1
        self.companies.setdefault(key, cid)
        return cid

    def _tag_id(self, name: str) -> int:
        if name not in self.tags:
            Tag.insert(name=name).on_conflict_ignore().execute()
            self.tags[name] = Tag.get(Tag.name == name).id
        return self.tags[name]

    def _insert(self, drafts: list[Draft]) -> None:
        if not drafts:
            return
        rows, email_rows, phone_rows, tag_rows, log_rows = [], [], [], [], []
        present: set[str] = set()
        for d in drafts:
            present.update(d.values)
        fields = [f for f in _DRAFT_FIELDS if f in present]
        for d in drafts:
            v = d.values
            cid = v["id"]
            company_id = (self._company_id(d.company, d.company_sort, d.company_email)
                          if d.company else None)
            rows.append((cid, v["kind"], v["name"], d.sort_name, company_id, d.company_sort,
                         d.emails[0] if d.emails else None, d.phones[0][0] if d.phones else None,
                         v.get("status", "lead"), self.now, self.now, *map(v.get, fields)))
            email_rows += [(cid, a, i) for i, a in enumerate(d.emails)]
            phone_rows += [(cid, n, r, i) for i, (n, r) in enumerate(d.phones)]
            tag_rows += [(cid, self._tag_id(t)) for t in dict.fromkeys(d.tags)]
            log_rows.append((cid, self.now))
        columns = (*_CONTACT_COLUMNS, *fields)
        self.conn.executemany(
            f"INSERT INTO contact ({', '.join(columns)}, is_vip) "
            f"VALUES ({', '.join('?' * len(columns))}, 0)", rows)
        self.conn.executemany(
            "INSERT INTO contact_email (contact_id, address, kind, position) "
            "VALUES (?, ?, 'work', ?)",
            email_rows,
        )
        self.conn.executemany(
            "INSERT INTO contact_phone (contact_id, number, raw, kind, position) "
            "VALUES (?, ?, ?, 'mobile', ?)",
            phone_rows,
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tag_rows
        )
        self.conn.executemany(
            "INSERT INTO change_log (table_name, row_id, action, source, changed_at) "
            "VALUES ('contact', ?, 'create', 'import', ?)",
            log_rows,
        )

    def close(self) -> None:
        """Once the batches are written (or failed): the last one indexed, the helper
        thread ended; its error, if any, raised here."""
        self.indexer.close()

    def record(self, batch: ImportBatch) -> None:
        """What undo needs besides the records changed (written as the batches went): the
        range of ids created; and the import's figures."""
        record_created(batch, "contact", self.first_new, self.next_id)
        record_finished(batch, self.result, self.result.updated)


def insert_contacts(conn: sqlite3.Connection,
                    rows: Sequence[tuple[int, str, str, str, str | None]], now: str) -> None:
    """New contacts known by a name and perhaps an e-mail: (id, kind, name, sort key,
    e-mail) each, written in bulk as leads. The caller indexes them for search."""
    conn.executemany(
        "INSERT INTO contact (id, kind, name, sort_name, email, is_vip, status, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 0, 'lead', ?, ?)",
        [(cid, kind, name, key, email, now, now) for cid, kind, name, key, email in rows])
    conn.executemany(
        "INSERT INTO contact_email (contact_id, address, kind, position) "
        "VALUES (?, ?, 'work', 0)", [(row[0], row[4]) for row in rows if row[4]])

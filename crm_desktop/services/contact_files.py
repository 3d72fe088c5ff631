"""Documents kept with a contact: a signed contract, a price list sent, a scan of a business
card. They live in the database, so a backup carries them and a moved file breaks nothing.

Each addition and removal is logged in the contact's history. A removal in the window holds
the document in the database (table removed_file, copied there by SQLite: its bytes never
pass through Python) for an undo to put back as it was, until the next start.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from peewee import JOIN

from crm_desktop.db.models import Contact, ContactFile, Deal, database, utc_now
from crm_desktop.db.models import RemovedFile as HeldFile
from crm_desktop.errors import CancelledError, InputError, StorageError
from crm_desktop.paths import create_private, ensure_private_dir
from crm_desktop.progress import Progress
from crm_desktop.services import change_log
from crm_desktop.translatable import msg

MAX_MB = 25
MAX_BYTES = MAX_MB * 1024 * 1024  # a scanned contract is a few MB; a video is no document
NAME_LIMIT = 255  # characters (the column's)
LOGGED_AS = "file"  # the field a contact's history names


@dataclass(frozen=True)
class StoredFile:
    id: int
    contact_id: int
    name: str
    size: int  # bytes
    added_at: datetime
    deal_id: int | None = None  # the deal it is about, if any
    deal_title: str | None = None


@dataclass(frozen=True)
class RemovedFile:
    """A document as it was before it was removed: `held` is its row in removed_file,
    where its content waits for an undo (None: not held, deleted)."""

    file: StoredFile
    held: int | None


def files_of(contact_id: int | None = None, *, deal_id: int | None = None
             ) -> list[StoredFile]:
    """A contact's documents, or a deal's, the newest first (their content is not read)."""
    query = (ContactFile.select(ContactFile.id, ContactFile.contact, ContactFile.deal,
                                ContactFile.name, ContactFile.size, ContactFile.added_at,
                                Deal.title)
             .join(Deal, JOIN.LEFT_OUTER, on=(ContactFile.deal == Deal.id))
             .order_by(ContactFile.added_at.desc(), ContactFile.id.desc()))
    if contact_id is not None:
        query = query.where(ContactFile.contact == contact_id)
    if deal_id is not None:
        query = query.where(ContactFile.deal == deal_id)
    return [StoredFile(file_id, contact, name, size, added_at, deal, title)
            for file_id, contact, deal, name, size, added_at, title in query.tuples()]


def in_the_trash() -> int:
    """How many documents the contacts in the Trash keep (emptying it deletes them)."""
    return database.execute_sql(
        "SELECT count(*) FROM contact_file f JOIN contact c ON c.id = f.contact_id "
        "WHERE c.deleted_at IS NOT NULL").fetchone()[0]


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def checked_size(path: Path) -> int:
    """The file's size, or an InputError naming it: missing, a folder, too big, too long a
    name (asked of every file before any is read)."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise InputError(msg("there is no such file"), field=name)
    if not path.is_file():
        raise InputError(msg("is a folder, not a file"), field=name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(msg("is {0} MB; a document of up to {1} MB can be kept with a "
                             "contact", _megabytes(size), MAX_MB), field=name)
    if len(name) > NAME_LIMIT:
        raise InputError(msg("the name is longer than {0} characters", NAME_LIMIT), field=name)
    return size


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(msg("cannot be read: {0}", exc.strerror or str(exc)),
                         field=path.name) from exc


def add_files(contact_id: int, paths: Sequence[Path], *, deal_id: int | None = None,
              source: str = "app", progress: Progress | None = None) -> list[int]:
    """Keep the files with the contact (about one of their deals, if `deal_id`), in one
    transaction: every one, or (an InputError naming the first that cannot be kept) none.
    Their ids, in the order given. One file is held in memory at a time;
    `progress(kilobytes done, of)` returning False cancels, keeping none."""
    if Contact.get_or_none(Contact.id == contact_id) is None:
        raise InputError(msg("there is no contact {0}", contact_id), field="contact")
    if deal_id is not None and Deal.get_or_none(
            (Deal.id == deal_id) & (Deal.contact == contact_id)) is None:
        raise InputError(msg("the deal is not one of the contact's"), field="deal")
    files = [Path(p) for p in paths]
    sizes = [checked_size(f) for f in files]
    total, done = sum(sizes), 0
    ids: list[int] = []
    with database.atomic():
        for path, size in zip(files, sizes, strict=True):
            ids.append(_insert(contact_id, deal_id, path.name, _read(path), utc_now(),
                               source))
            done += size
            if progress is not None and progress(done // 1024, total // 1024) is False:
                raise CancelledError(msg("cancelled: no document was kept"))
    return ids


def _insert(contact_id: int, deal_id: int | None, name: str, content: bytes,
            added_at: datetime, source: str, file_id: int | None = None) -> int:
    values = {"contact": contact_id, "deal": deal_id, "name": name, "size": len(content),
              "added_at": added_at, "content": content}
    if file_id is not None:
        values["id"] = file_id
    new_id = ContactFile.insert(**values).execute()
    change_log.record("contact", contact_id, "add", [(LOGGED_AS, None, name)], source)
    return new_id


def remove_file(file_id: int, *, source: str = "app", hold: bool = True) -> RemovedFile:
    """Take the document off its contact; with `hold`, its content is moved to
    removed_file for put_back to bring it back (the command line, which has no undo,
    deletes it)."""
    with database.atomic():
        row = (ContactFile.select(ContactFile.id, ContactFile.contact, ContactFile.deal,
                                  ContactFile.name, ContactFile.size, ContactFile.added_at)
               .where(ContactFile.id == file_id).first())
        if row is None:
            raise InputError(msg("the document is no longer there"), field="file")
        held = None
        if hold:
            held = database.execute_sql(
                "INSERT INTO removed_file (file_id, contact_id, deal_id, name, size, added_at, "
                "removed_at, content) SELECT id, contact_id, deal_id, name, size, added_at, ?, "
                "content FROM contact_file WHERE id = ?",
                [HeldFile.removed_at.db_value(utc_now()), file_id]).lastrowid
        removed = RemovedFile(StoredFile(row.id, row.contact_id, row.name, row.size,
                                         row.added_at, row.deal_id), held)
        ContactFile.delete().where(ContactFile.id == file_id).execute()
        change_log.record("contact", row.contact_id, "remove", [(LOGGED_AS, row.name, None)],
                          source)
    return removed


def remove_files(file_ids: Sequence[int], *, source: str = "app",
                 hold: bool = True) -> list[RemovedFile]:
    """remove_file for each, in one transaction."""
    with database.atomic():
        return [remove_file(i, source=source, hold=hold) for i in file_ids]


def put_back(removed: Sequence[RemovedFile]) -> None:
    """Documents removed before, back with their contacts as they were (same id, day, deal;
    no deal if it has been deleted for good since). One whose contact was deleted for good
    meanwhile went with it."""
    with database.atomic():
        for r in removed:
            if Contact.get_or_none(Contact.id == r.file.contact_id) is None:
                HeldFile.delete().where(HeldFile.id == r.held).execute()
                continue
            deal = r.file.deal_id
            if deal is not None and Deal.get_or_none(Deal.id == deal) is None:
                deal = None
            moved = database.execute_sql(
                "INSERT INTO contact_file (id, contact_id, deal_id, name, size, added_at, "
                "content) SELECT file_id, contact_id, ?, name, size, added_at, content "
                "FROM removed_file WHERE id = ?", [deal, r.held]).rowcount
            if r.held is None or moved != 1:
                raise InputError(msg("the document is no longer there"), field="file")
            HeldFile.delete().where(HeldFile.id == r.held).execute()
            change_log.record("contact", r.file.contact_id, "add",
                              [(LOGGED_AS, None, r.file.name)], "undo")


def forget_removed() -> int:
    """Drop the documents held for an undo (at start: no undo stack is left to ask for
    them); how many. Nothing is written when none is held, and a database busy with
    another writer is left for the next start."""
    if not HeldFile.select().exists():
        return 0
    try:
        return HeldFile.delete().execute()
    except StorageError:
        return 0


def content_of(file_id: int) -> tuple[str, bytes]:
    """The document's name and bytes."""
    row = (ContactFile.select(ContactFile.name, ContactFile.content)
           .where(ContactFile.id == file_id).first())
    if row is None:
        raise InputError(msg("the document is no longer there"), field="file")
    return row.name, bytes(row.content)


def safe_name(name: str) -> str:
    """The name as a file on this system can take it (no folders, no control characters)."""
    cleaned = "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned or "document"


def save_copy(file_id: int, target: Path) -> Path:
    """Write the document to `target` (private to the owner, as every file the app
    writes)."""
    _, content = content_of(file_id)
    target = Path(target)
    if not target.parent.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", target.parent))
    _write_private(target, content)
    return target


def copy_to_open(file_id: int, folder: Path) -> Path:
    """The document written under `folder` (in a folder of its own, under its own name,
    so that the program that opens it shows that name), to be opened from there."""
    name, content = content_of(file_id)
    target = ensure_private_dir(Path(folder) / str(file_id)) / safe_name(name)
    _write_private(target, content)
    return target


def forget_old_copies(folder: Path, now: datetime, keep: timedelta = timedelta(days=1)
                      ) -> int:
    """Remove the copies written to be opened more than `keep` ago (one opened today may
    still be open in its program); how many went. What cannot be removed is left."""
    gone = 0
    if not Path(folder).is_dir():
        return gone
    for entry in Path(folder).iterdir():
        try:
            if datetime.fromtimestamp(entry.stat().st_mtime, UTC) < now - keep:
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
                gone += 1
        except OSError:
            continue  # (open in a program that locks it, on Windows: next time)
    return gone


def _write_private(target: Path, content: bytes) -> None:
    try:
        fd = create_private(target)
        with open(fd, "wb") as fh:
            fh.write(content)
    except OSError as exc:
        raise StorageError(msg("Cannot write {0}: {1}", target, exc.strerror or str(exc))
                           ) from exc

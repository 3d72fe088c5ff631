"""Documents kept with a contact: added all or none, listed, removed and put back, opened
from a private copy, carried by a merge, gone with the contact emptied from the Trash."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from crm_desktop.db.models import ContactFile, RemovedFile
from crm_desktop.errors import InputError, StorageError
from crm_desktop.services import contact_files, contacts, merge
from crm_desktop.services.contact_files import (
    add_files,
    content_of,
    copy_to_open,
    files_of,
    put_back,
    remove_files,
    save_copy,
)


def _person(name: str) -> int:
    return contacts.save_contact(None, {"name": name}).contact_id


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _logged(contact_id: int) -> list[tuple[str, str | None, str | None]]:
    return [(h.action, h.old_value, h.new_value) for h in contacts.change_history(contact_id)
            if h.field == "file"]


def test_documents_are_kept_listed_newest_first_and_logged(db, tmp_path: Path) -> None:
    ann = _person("Ann")
    pdf = _write(tmp_path, "Договор 2026.pdf", b"%PDF-1.7 signed")
    scan = _write(tmp_path, "کارت ویزیت.jpg", bytes(range(256)) * 40)
    first = add_files(ann, [pdf])
    second = add_files(ann, [scan])
    listed = files_of(ann)
    assert [(f.id, f.name, f.size) for f in listed] == [
        (second[0], "کارت ویزیت.jpg", 10_240), (first[0], "Договор 2026.pdf", 15)]
    assert content_of(first[0]) == ("Договор 2026.pdf", b"%PDF-1.7 signed")
    assert _logged(ann) == [("add", None, "کارت ویزیت.jpg"), ("add", None, "Договор 2026.pdf")]
    assert files_of(_person("Bob")) == []


def test_one_file_that_cannot_be_kept_keeps_none_and_is_named(db, tmp_path: Path) -> None:
    ann = _person("Ann")
    good = _write(tmp_path, "price list.xlsx", b"PK..")
    big = tmp_path / "holiday video.mp4"
    with open(big, "wb") as fh:  # sparse: the size is what counts
        fh.truncate(contact_files.MAX_BYTES + 1)
    for bad, field, words in ((big, "holiday video.mp4", "25.0 MB"),
                              (tmp_path / "gone.pdf", "gone.pdf", "no such file"),
                              (tmp_path, tmp_path.name, "folder")):
        with pytest.raises(InputError) as caught:
            add_files(ann, [good, bad])
        assert caught.value.field == field and words in str(caught.value)
    assert files_of(ann) == [] and ContactFile.select().count() == 0
    with pytest.raises(InputError):
        add_files(999, [good])


def test_a_cancelled_addition_keeps_none(db, tmp_path: Path) -> None:
    from crm_desktop.errors import CancelledError

    ann = _person("Ann")
    files = [_write(tmp_path, f"{n}.pdf", bytes(3000)) for n in "abc"]
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return len(told) < 2  # the owner cancels after the second file

    with pytest.raises(CancelledError):
        add_files(ann, files, progress=progress)
    assert told == [(2, 8), (5, 8)] and files_of(ann) == []
    assert _logged(ann) == []


def test_removed_documents_come_back_as_they_were(db, tmp_path: Path) -> None:
    ann = _person("Ann")
    ids = add_files(ann, [_write(tmp_path, "a.pdf", b"A"), _write(tmp_path, "b.pdf", b"BB")])
    before = files_of(ann)
    removed = remove_files(ids)
    assert files_of(ann) == []
    # held in the database for the undo, not in the removal's hands
    assert not any(hasattr(r, "content") for r in removed)
    assert sorted(bytes(h.content) for h in RemovedFile.select()) == [b"A", b"BB"]
    put_back(removed)
    assert files_of(ann) == before
    assert content_of(ids[1]) == ("b.pdf", b"BB")
    assert RemovedFile.select().count() == 0  # (put back: no longer held)
    assert [a for a, _, _ in _logged(ann)].count("remove") == 2
    with pytest.raises(InputError):
        remove_files([ids[0], 12345])  # one gone: none removed
    assert files_of(ann) == before


def test_held_documents_are_forgotten_at_the_next_start_and_with_their_contact(
        db, tmp_path: Path) -> None:
    ann, bob = _person("Ann"), _person("Bob")
    (a,) = add_files(ann, [_write(tmp_path, "a.pdf", b"A")])
    (b,) = add_files(bob, [_write(tmp_path, "b.pdf", b"B")])
    held_a, held_b = remove_files([a]), remove_files([b])
    contacts.trash_contacts([bob])
    contacts.empty_trash()  # Bob for good, and what was held of his
    assert [h.file_id for h in RemovedFile.select()] == [a]
    put_back(held_b)  # his document went with him: nothing to put back, no error
    assert ContactFile.select().count() == 0
    assert contact_files.forget_removed() == 1  # the next start
    assert contact_files.forget_removed() == 0
    with pytest.raises(InputError, match="no longer there"):
        put_back(held_a)
    assert files_of(ann) == []
    # the command line's removal has no undo: nothing is held
    (c,) = add_files(ann, [_write(tmp_path, "c.pdf", b"C")])
    assert [r.held for r in remove_files([c], source="cli", hold=False)] == [None]
    assert RemovedFile.select().count() == 0 and ContactFile.select().count() == 0


def test_a_copy_to_open_or_save_is_private_and_named_safely(db, tmp_path: Path) -> None:
    ann = _person("Ann")
    (file_id,) = add_files(ann, [_write(tmp_path, "offer.pdf", b"%PDF")])
    ContactFile.update(name='a/b:c?.pdf').where(ContactFile.id == file_id).execute()
    opened = copy_to_open(file_id, tmp_path / "cache" / "opened")
    assert opened.name == "a_b_c_.pdf" and opened.read_bytes() == b"%PDF"
    saved = save_copy(file_id, tmp_path / "out.pdf")
    assert saved.read_bytes() == b"%PDF"
    if os.name == "posix":
        for path in (opened, saved):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for folder in (opened.parent, opened.parent.parent, tmp_path / "cache"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    with pytest.raises(StorageError):
        save_copy(file_id, tmp_path / "no such folder" / "out.pdf")


def test_a_merge_carries_the_documents_and_its_undo_takes_them_back(db, tmp_path) -> None:
    kept, other = _person("Olga Smirnova"), _person("Olga Smirnova (card)")
    (file_id,) = add_files(other, [_write(tmp_path, "card.jpg", b"JPG")])
    record = merge.merge_contacts(kept, other)
    assert [f.id for f in files_of(kept)] == [file_id] and files_of(other) == []
    merge.unmerge(record)
    assert [f.id for f in files_of(other)] == [file_id]


def test_emptying_the_trash_deletes_the_contact_s_documents(db, tmp_path: Path) -> None:
    gone, stays = _person("Gone"), _person("Stays")
    add_files(gone, [_write(tmp_path, "x.pdf", b"x")])
    add_files(stays, [_write(tmp_path, "y.pdf", b"y")])
    contacts.trash_contacts([gone])
    assert len(files_of(gone)) == 1  # the Trash keeps them, to restore
    contacts.empty_trash()
    assert ContactFile.select().count() == 1 and len(files_of(stays)) == 1


def test_copies_opened_before_yesterday_are_forgotten_today_s_kept(db, tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from crm_desktop.services.contact_files import forget_old_copies
    from crm_desktop.services.database_info import database_info

    ann = _person("Ann")
    folder = tmp_path / "opened"
    old, new = (add_files(ann, [_write(tmp_path, n, n.encode())])[0] for n in ("a", "b"))
    stale = copy_to_open(old, folder)
    fresh = copy_to_open(new, folder)
    now = datetime.now(UTC)
    two_days_ago = (now - timedelta(days=2)).timestamp()
    os.utime(stale.parent, (two_days_ago, two_days_ago))
    assert forget_old_copies(folder, now) == 1
    assert not stale.exists() and fresh.exists()
    assert forget_old_copies(tmp_path / "never made", now) == 0
    assert database_info(tmp_path / "x.sqlite3", now).documents == 2


def test_a_deal_s_documents_are_its_customer_s_too(db, tmp_path: Path) -> None:
    from crm_desktop.db.models import Deal
    from crm_desktop.services.funnel import create_deal

    ann, bob = _person("Ann"), _person("Bob")
    supply = create_deal(ann, "Annual supply")
    (contract,) = add_files(ann, [_write(tmp_path, "contract.pdf", b"%PDF")], deal_id=supply)
    add_files(ann, [_write(tmp_path, "card.jpg", b"JPG")])
    assert [(f.name, f.deal_title) for f in files_of(ann)] == [
        ("card.jpg", None), ("contract.pdf", "Annual supply")]
    assert [f.id for f in files_of(deal_id=supply)] == [contract]
    with pytest.raises(InputError) as caught:  # another customer's deal
        add_files(bob, [_write(tmp_path, "x.pdf", b"x")], deal_id=supply)
    assert caught.value.field == "deal" and files_of(bob) == []
    removed = remove_files([contract])
    put_back(removed)
    assert [f.id for f in files_of(deal_id=supply)] == [contract]
    removed = remove_files([contract])
    Deal.delete().where(Deal.id == supply).execute()  # gone for good meanwhile
    put_back(removed)  # the document stays the customer's, about no deal
    assert [(f.id, f.deal_id) for f in files_of(ann) if f.name == "contract.pdf"] == [
        (contract, None)]

"""Undoable contact changes for the QUndoStack (Ctrl+Z / Ctrl+Shift+Z).

A command calls a service and keeps ids and snapshots, never live ORM objects, so undo and
redo work whatever view is showing. `push()` runs `redo()` at once; `changed` is called
after every redo and undo so the views can refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services import (
    contact_files,
    contacts,
    customer_record,
    deal_archive,
    deal_deletion,
    funnel,
    history_corrections,
    merge,
    tags,
)
from crm_desktop.services.contacts import Snapshot

Changed = Callable[[], None]
translate = QCoreApplication.translate  # (a name pyside6-lupdate reads, with its context)


@contextmanager
def dropped_if_first_run_fails(command: QUndoCommand, first: bool) -> Iterator[None]:
    """Around a command's redo: if its first run (in QUndoStack.push) fails, say because
    another program holds the database, it changed nothing, so the stack drops it rather
    than keep a step that undoes what never happened. The error goes on to push's caller."""
    try:
        yield
    except CrmError:
        if first:
            command.setObsolete(True)
        raise


class _ContactCommand(QUndoCommand):
    """Subclasses define `_redo` and `_undo`; the views refresh after either."""

    def __init__(self, text: str, changed: Changed):
        super().__init__(text)
        self._changed = changed
        self._ran = False

    def redo(self) -> None:
        with dropped_if_first_run_fails(self, not self._ran):
            self._redo()
        self._ran = True
        self._changed()

    def undo(self) -> None:
        self._undo()
        self._changed()


class SaveContactCommand(_ContactCommand):
    """Create or edit a contact. Undoing a creation moves the new contact to the Trash."""

    def __init__(self, contact_id: int | None, values: Mapping[str, Any],
                 emails: Sequence[str] | None, phones: Sequence[str] | None,
                 tags: Sequence[str] | None, changed: Changed, *,
                 region: str | None = None):
        text = (translate("UndoCommands", "New contact") if contact_id is None
                else translate("UndoCommands", "Edit contact"))
        super().__init__(text, changed)
        self.contact_id = contact_id
        self._creating = contact_id is None
        # (a list None: left as it is)
        self._args = (dict(values), *(None if items is None else list(items)
                                      for items in (emails, phones, tags)))
        self._region = region  # of numbers without +code (None: the stored setting's)
        self._before: Snapshot | None = None
        self._after: Snapshot | None = None
        self.warnings: list[str] = []

    def _redo(self) -> None:
        if self._after is not None and self._creating:  # out of the Trash again
            contacts.restore(self.contact_id, self._after, source="redo")
            return
        if self._after is not None:  # a redo after an undo
            contacts.restore_step(self.contact_id, self._before, self._after, source="redo")
            return
        values, emails, phones, tags = self._args
        if not self._creating:
            self._before = contacts.snapshot(self.contact_id)
        result = contacts.save_contact(self.contact_id, values, emails=emails, phones=phones,
                                       tags=tags, region=self._region)
        self.contact_id = result.contact_id
        self.warnings = result.warnings
        self._after = contacts.snapshot(self.contact_id)

    def _undo(self) -> None:
        if self._creating:
            contacts.trash_contacts([self.contact_id], source="undo")
        else:  # what another program changed since the edit stays
            contacts.restore_step(self.contact_id, self._after, self._before)


class _TrashMove(_ContactCommand):
    """Contacts into the Trash or out of it, off the GUI thread with a progress dialog (a
    select-all over a million contacts takes a minute). The first move can be cancelled:
    then nothing changed and the stack drops the command. Undo and redo run to the end."""

    def __init__(self, text: str, contact_ids: Sequence[int], into: bool, changed: Changed,
                 parent: QWidget | None):
        super().__init__(text, changed)
        self._ids = list(contact_ids)
        self._into = into
        self._parent = parent
        self._moved: list[int] | None = None  # known after the first redo

    def _move(self, ids: list[int], into: bool, source: str, cancellable: bool) -> list[int]:
        from crm_desktop.ui.workers import run_with_progress

        move = contacts.trash_contacts if into else contacts.restore_contacts
        return run_with_progress(self._parent, self.text(),
                                 lambda progress: move(ids, source=source, progress=progress),
                                 cancellable=cancellable)

    def redo(self) -> None:
        if self._moved is None:
            try:
                with dropped_if_first_run_fails(self, True):
                    self._moved = self._move(self._ids, self._into, "app", cancellable=True)
            except CancelledError:
                self._moved = []
                self.setObsolete(True)  # nothing happened: QUndoStack.push drops it
                return
        else:
            self._move(self._moved, self._into, "app", cancellable=False)
        self._changed()

    def undo(self) -> None:
        self._move(self._moved or [], not self._into, "undo", cancellable=False)
        self._changed()


class TrashCommand(_TrashMove):
    def __init__(self, contact_ids: Sequence[int], changed: Changed,
                 parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Move to Trash"), contact_ids, True,
                         changed, parent)


class RestoreCommand(_TrashMove):
    def __init__(self, contact_ids: Sequence[int], changed: Changed,
                 parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Restore from Trash"), contact_ids, False,
                         changed, parent)


def _off_the_gui_thread(parent: QWidget | None, title: str, job: Callable[[], Any]) -> Any:
    """A bulk change run in a worker, the window showing a progress dialog if it lasts
    (a field set on 80,000 contacts: 2.5 s). One transaction: it runs to its end."""
    from crm_desktop.ui.workers import run_with_progress

    return run_with_progress(parent, title, lambda _: job(), cancellable=False)


class TagCommand(_ContactCommand):
    def __init__(self, contact_ids: Sequence[int], tag: str, add: bool, changed: Changed,
                 parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Add tag") if add
                         else translate("UndoCommands", "Remove tag"), changed)
        self._ids, self._tag, self._add = list(contact_ids), tag, add
        self._touched: list[int] = []
        self._parent = parent

    def _redo(self) -> None:
        apply = contacts.add_tag if self._add else contacts.remove_tag
        self._touched = _off_the_gui_thread(self._parent, self.text(),
                                            lambda: apply(self._ids, self._tag))

    def _undo(self) -> None:
        revert = contacts.remove_tag if self._add else contacts.add_tag
        _off_the_gui_thread(self._parent, self.text(),
                            lambda: revert(self._touched, self._tag, source="undo"))


class RenameTagCommand(_ContactCommand):
    """A tag renamed on every contact (merged, if the name is another tag's).
    `renamed(old, new)` is told after each run and undo, so that a filter on the tag can
    follow it."""

    def __init__(self, old: str, new: str, changed: Changed,
                 renamed: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Rename tag"), changed)
        self._old, self._new, self._renamed = old, new.strip(), renamed
        self._done: tags.TagRename | None = None
        self._parent = parent

    def _redo(self) -> None:
        self._done = _off_the_gui_thread(self._parent, self.text(),
                                         lambda: tags.rename_tag(self._old, self._new))
        self._renamed(self._old, self._done.new)

    def _undo(self) -> None:
        done = self._done
        _off_the_gui_thread(self._parent, self.text(), lambda: tags.undo_rename(done))
        self._renamed(done.new, done.old)


class DeleteTagCommand(_ContactCommand):
    """A tag taken off every contact and forgotten."""

    def __init__(self, name: str, changed: Changed, parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Delete tag"), changed)
        self._name = name
        self._carried: list[int] = []
        self._parent = parent

    def _redo(self) -> None:
        self._carried = _off_the_gui_thread(self._parent, self.text(),
                                            lambda: tags.delete_tag(self._name))

    def _undo(self) -> None:
        _off_the_gui_thread(self._parent, self.text(),
                            lambda: tags.undo_delete(self._name, self._carried))


class TagColourCommand(_ContactCommand):
    """A tag given a colour (or none)."""

    def __init__(self, name: str, colour: str | None, changed: Changed):
        super().__init__(translate("UndoCommands", "Tag colour"), changed)
        self._name, self._colour = name, colour
        self._before: str | None = None

    def _redo(self) -> None:
        self._before = tags.set_colour(self._name, self._colour)

    def _undo(self) -> None:
        tags.set_colour(self._name, self._before)


class AddFilesCommand(_ContactCommand):
    """Documents kept with a contact, read off the GUI thread (a few scans of 25 MB take a
    while); the first run can be cancelled, keeping none and no step. Undo removes them,
    redo puts the same back."""

    def __init__(self, contact_id: int, paths: Sequence[str], changed: Changed,
                 parent: QWidget | None = None, *, deal_id: int | None = None):
        super().__init__(translate("UndoCommands", "Add documents"), changed)
        self._contact_id, self._paths, self._parent = contact_id, list(paths), parent
        self._deal_id = deal_id
        self._ids: list[int] = []
        self._taken: list[contact_files.RemovedFile] = []  # by the undo, for the redo

    def redo(self) -> None:
        from crm_desktop.ui.workers import run_with_progress

        first, taken = not self._ran, self._taken
        try:
            with dropped_if_first_run_fails(self, first):
                if taken:  # (not read from the disk again: the files may have moved since)
                    _off_the_gui_thread(self._parent, self.text(),
                                        lambda: contact_files.put_back(taken))
                    self._taken = []
                else:
                    self._ids = run_with_progress(
                        self._parent, self.text(), lambda progress: contact_files.add_files(
                            self._contact_id, self._paths, deal_id=self._deal_id,
                            progress=progress),
                        cancellable=first)
        except CancelledError:
            self.setObsolete(True)  # nothing was kept: QUndoStack.push drops it
            return
        self._ran = True
        self._changed()

    def _undo(self) -> None:
        ids = self._ids
        self._taken = _off_the_gui_thread(self._parent, self.text(),
                                          lambda: contact_files.remove_files(ids))


class RemoveFilesCommand(_ContactCommand):
    """Documents taken off their contact; undo puts them back as they were. Both in a
    worker: the documents' bytes are read out and written back."""

    def __init__(self, file_ids: Sequence[int], changed: Changed,
                 parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Remove documents"), changed)
        self._ids, self._parent = list(file_ids), parent
        self._removed: list[contact_files.RemovedFile] = []

    def _redo(self) -> None:
        ids = self._ids
        self._removed = _off_the_gui_thread(self._parent, self.text(),
                                            lambda: contact_files.remove_files(ids))

    def _undo(self) -> None:
        removed = self._removed
        _off_the_gui_thread(self._parent, self.text(), lambda: contact_files.put_back(removed))


class LogInteractionsCommand(_ContactCommand):
    """The same interaction logged with many contacts (and each one's follow-up), off the
    GUI thread; the first run can be cancelled, leaving nothing and no step. Undo deletes
    them as corrections (each contact's History says so)."""

    def __init__(self, contact_ids: Sequence[int], logged: tuple, changed: Changed,
                 parent: QWidget | None = None):
        super().__init__(translate("UndoCommands", "Log an interaction"), changed)
        self._ids, self._logged, self._parent = list(contact_ids), logged, parent
        self._made: list[int] = []

    def redo(self) -> None:
        from crm_desktop.ui.workers import run_with_progress

        kind, when, fields, follow_up = self._logged
        first = not self._ran
        try:
            with dropped_if_first_run_fails(self, first):
                self._made = run_with_progress(
                    self._parent, self.text(),
                    lambda progress: customer_record.add_interactions(
                        self._ids, kind, when, follow_up=follow_up, progress=progress,
                        **fields), cancellable=first)
        except CancelledError:
            self.setObsolete(True)  # nothing happened: QUndoStack.push drops it
            return
        self._ran = True
        self._changed()

    def _undo(self) -> None:
        made = self._made
        _off_the_gui_thread(self._parent, self.text(), lambda: history_corrections.delete_many(
            history_corrections.INTERACTION, made))


class SetFieldCommand(_ContactCommand):
    """One field set on many contacts at once (bulk segment, status, VIP)."""

    def __init__(self, contact_ids: Sequence[int], field: str, value: Any, changed: Changed,
                 parent: QWidget | None = None):
        from crm_desktop.stored_names import CONTACT_FIELD_NAMES
        from crm_desktop.ui.labels import key_label

        # the field as the window names it ("Change VIP", not "Change is_vip")
        super().__init__(translate("UndoCommands", "Change {0}").format(
            key_label(CONTACT_FIELD_NAMES, field)), changed)
        self._ids, self._field, self._value = list(contact_ids), field, value
        self._before: dict[int, Snapshot] = {}
        self._parent = parent

    def _redo(self) -> None:
        self._before = _off_the_gui_thread(
            self._parent, self.text(),
            lambda: contacts.set_field(self._ids, self._field, self._value))

    def _undo(self) -> None:
        _off_the_gui_thread(self._parent, self.text(),
                            lambda: contacts.unset_field(self._before, self._field, self._value))


class MergeCommand(_ContactCommand):
    def __init__(self, survivor: int, other: int, values: Mapping[str, Any], changed: Changed):
        super().__init__(translate("UndoCommands", "Merge contacts"), changed)
        self._args = (survivor, other, dict(values))
        self._record: merge.MergeRecord | None = None

    def _redo(self) -> None:
        self._record = merge.merge_contacts(*self._args)

    def _undo(self) -> None:
        merge.unmerge(self._record)


class MoveDealCommand(QUndoCommand):
    """A deal moved on the board (another stage or another place in its column)."""

    def __init__(self, deal_id: int, to_stage_id: int, index: int | None, changed: Changed,
                 lost_reason_id: int | None = None, lost_note: str | None = None,
                 now: datetime | None = None):
        super().__init__(translate("UndoCommands", "Move deal"))
        self._args = (deal_id, to_stage_id, index)
        self._lost = (lost_reason_id, lost_note)
        self._now = now
        self._changed = changed
        self._record: funnel.MoveRecord | None = None

    def redo(self) -> None:
        deal_id, stage_id, index = self._args
        with dropped_if_first_run_fails(self, self._record is None):
            self._record = funnel.move_deal(deal_id, stage_id, index,
                                            lost_reason_id=self._lost[0],
                                            lost_note=self._lost[1], now=self._now)
        self._changed()

    def undo(self) -> None:
        funnel.undo_move(self._record)
        self._changed()


class ArchiveDealsCommand(_ContactCommand):
    """Deals archived (off the board), or brought back; undo does the opposite to exactly
    the deals this changed."""

    def __init__(self, deal_ids: Sequence[int], archived: bool, changed: Changed,
                 now: datetime | None = None):
        if len(deal_ids) > 1:
            text = (translate("UndoCommands", "Archive {0} deals") if archived
                    else translate("UndoCommands", "Bring {0} deals back")).format(len(deal_ids))
        else:
            text = (translate("UndoCommands", "Archive deal") if archived
                    else translate("UndoCommands", "Bring deal back"))
        super().__init__(text, changed)
        self._ids, self._archived, self._now = list(deal_ids), archived, now

    def _redo(self) -> None:
        changed = deal_archive.set_archived(self._ids, self._archived, self._now)
        if not self._ran:
            self._ids = changed
            self.setObsolete(not changed)  # nothing to undo: no step on the stack

    def _undo(self) -> None:
        deal_archive.set_archived(self._ids, not self._archived, self._now)


class DeleteDealsCommand(_ContactCommand):
    """Deals deleted, with their open reminders; undo brings back exactly what went."""

    def __init__(self, deal_ids: Sequence[int], changed: Changed, now: datetime | None = None):
        text = (translate("UndoCommands", "Delete {0} deals").format(len(deal_ids))
                if len(deal_ids) > 1 else translate("UndoCommands", "Delete deal"))
        super().__init__(text, changed)
        self._ids, self._now = list(deal_ids), now

    def _redo(self) -> None:
        deleted = deal_deletion.delete(self._ids, self._now)
        if not self._ran:
            self._ids = deleted
            self.setObsolete(not deleted)

    def _undo(self) -> None:
        deal_deletion.restore(self._ids, self._now)


class EditEntryCommand(_ContactCommand):
    """An interaction, a payment or an offer of a customer corrected; undo writes back what
    it was."""

    def __init__(self, kind: str, entry_id: int, values: Mapping[str, Any], changed: Changed):
        super().__init__(translate("UndoCommands", "Edit {0}").format(_entry_name(kind)),
                         changed)
        self._kind, self._id, self._after = kind, entry_id, dict(values)
        self._before: dict[str, Any] = {}

    def _redo(self) -> None:
        self._before = history_corrections.put(self._kind, self._id, self._after)

    def _undo(self) -> None:
        history_corrections.put(self._kind, self._id, self._before)


class DeleteEntryCommand(_ContactCommand):
    """An interaction, a payment or an offer of a customer deleted; undo brings it back as it
    was, with the same id."""

    def __init__(self, kind: str, entry_id: int, changed: Changed):
        super().__init__(translate("UndoCommands", "Delete {0}").format(_entry_name(kind)),
                         changed)
        self._kind, self._id = kind, entry_id
        self._row: dict[str, Any] = {}

    def _redo(self) -> None:
        self._row = history_corrections.delete(self._kind, self._id)

    def _undo(self) -> None:
        history_corrections.bring_back(self._kind, self._row)


class PayPartCommand(_ContactCommand):
    """Part of an open invoice paid (services.history_corrections.pay_part); undo makes the
    invoice whole again, redo puts the part back with its id."""

    def __init__(self, payment_id: int, amount: str, paid_on: date, changed: Changed):
        super().__init__(translate("UndoCommands", "Pay part of an invoice"), changed)
        self._id, self._amount, self._day = payment_id, amount, paid_on
        self._before: dict[str, Any] = {}
        self._part: int | None = None

    def _redo(self) -> None:
        self._before, self._part = history_corrections.pay_part(
            self._id, self._amount, self._day, part_id=self._part)

    def _undo(self) -> None:
        history_corrections.unpay_part(self._id, self._before, self._part)


def _entry_name(kind: str) -> str:
    return {history_corrections.INTERACTION: translate("UndoCommands", "interaction"),
            history_corrections.PAYMENT: translate("UndoCommands", "payment"),
            history_corrections.OFFER: translate("UndoCommands", "competitor's offer")}[kind]

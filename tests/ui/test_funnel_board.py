"""The kanban board driven with pytest-qt: drops, Lost's reason, undo, keyboard moves."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crm_desktop.db.models import Contact, Deal, LossReason, Stage, StageChange
from crm_desktop.services import contacts, funnel
from crm_desktop.ui.dialogs.loss_reason_dialog import LossReasonDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.models.deal_list import DEAL_ID_ROLE
from tests.fixed_time import NOW


@pytest.fixture
def window(qtbot, db, db_path: Path, tmp_path: Path) -> MainWindow:
    cid = contacts.create_contact({"name": "Acme Ltd", "kind": "company"}).id
    interest = Stage.get(Stage.key == "interest").id
    for i, value in enumerate(("1000", "2500", "400")):
        funnel.create_deal(cid, f"Deal {i}", value=value, stage_id=interest,
                           now=NOW - timedelta(days=3))
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentIndex(1)
    return w


def _titles(w: MainWindow, key: str) -> list[str]:
    model = w.funnel.column_for(key).model
    return [Deal.get_by_id(model.index(r).data(DEAL_ID_ROLE)).title
            for r in range(model.rowCount())]


def _drag(w: MainWindow, title: str, to_key: str, row: int = -1) -> bool:
    """What a drop does: the source's mime data handed to the target column's model."""
    deal = Deal.get(Deal.title == title)
    source = w.funnel.column_for(deal.stage.key).model
    index = source.index(source.row_of(deal.id))
    data = source.mimeData([index])
    target = w.funnel.column_for(to_key).model
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex())
    return target.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def test_dragging_a_card_moves_the_deal_and_the_totals(window: MainWindow) -> None:
    board = window.funnel
    assert board.column_for("interest").title.text() == "<b>Interest</b> · 3"
    _drag(window, "Deal 1", "decision")
    deal = Deal.get(Deal.title == "Deal 1")
    assert deal.stage.key == "decision"
    assert StageChange.select().where(StageChange.deal == deal).count() == 2
    assert _titles(window, "interest") == ["Deal 0", "Deal 2"]
    assert _titles(window, "decision") == ["Deal 1"]
    assert board.column_for("interest").title.text() == "<b>Interest</b> · 2"
    assert "Total \u20662,500.00 USD\u2069" in board.column_for("decision").totals.text()
    assert "Weighted \u20661,250.00 USD\u2069" in board.column_for("decision").totals.text()


def test_dropping_within_a_column_reorders(window: MainWindow) -> None:
    _drag(window, "Deal 2", "interest", row=0)
    assert _titles(window, "interest") == ["Deal 2", "Deal 0", "Deal 1"]


def test_lost_asks_why_and_cancel_keeps_the_deal(window: MainWindow) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LossReasonDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    _drag(window, "Deal 0", "lost")
    assert Deal.get(Deal.title == "Deal 0").stage.key == "interest"
    assert _titles(window, "lost") == []

    def choose_price() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.reason.setCurrentIndex(dialog.reason.findData(
            LossReason.get(LossReason.key == "price").id))
        dialog.note.setText("10% cheaper elsewhere")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, choose_price)
    _drag(window, "Deal 0", "lost")
    deal = Deal.get(Deal.title == "Deal 0")
    assert (deal.stage.key, deal.lost_reason.key, deal.lost_note) == (
        "lost", "price", "10% cheaper elsewhere")


def test_won_makes_a_customer_and_undo_reverts_the_move(window: MainWindow) -> None:
    _drag(window, "Deal 1", "won")
    assert Contact.get().status == "customer"
    assert window.funnel.column_for("won").title.text() == "<b>Won</b> · 1"
    window.undo_stack.undo()
    assert Deal.get(Deal.title == "Deal 1").stage.key == "interest"
    assert Contact.get().status == "lead"
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]
    window.undo_stack.redo()
    assert Deal.get(Deal.title == "Deal 1").stage.key == "won"


def test_ctrl_right_moves_the_selected_card_to_the_next_stage(window: MainWindow,
                                                              qtbot) -> None:
    board = window.funnel
    board.select_deal(Deal.get(Deal.title == "Deal 2").id)
    column = board.column_for("interest")
    qtbot.waitUntil(column.list.hasFocus, timeout=1000)
    qtbot.keyClick(column.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert Deal.get(Deal.title == "Deal 2").stage.key == "decision"
    qtbot.keyClick(board.column_for("decision").list, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)
    assert Deal.get(Deal.title == "Deal 2").stage.key == "interest"


def test_won_and_lost_fold_away(window: MainWindow) -> None:
    won = window.funnel.column_for("won")
    assert won.fold.isVisible() and not window.funnel.column_for("interest").fold.isVisible()
    won.fold.setChecked(True)
    assert won.list.isHidden()
    won.fold.setChecked(False)
    assert not won.list.isHidden()


def test_filters_narrow_the_board_and_the_totals(window: MainWindow) -> None:
    board = window.funnel
    funnel.move_deal(Deal.get(Deal.title == "Deal 1").id, Stage.get(Stage.key == "action").id,
                     now=NOW - timedelta(days=20))  # action allows 7 days: stale
    board.reload()
    board.filters.stale_only.setChecked(True)
    assert _titles(window, "action") == ["Deal 1"]
    assert _titles(window, "interest") == []
    assert board.column_for("action").title.text() == "<b>Action</b> · 1"
    board.filters.stale_only.setChecked(False)
    board.filters.search.setText("deal 2")
    board.filters.changed.emit()
    assert _titles(window, "interest") == ["Deal 2"]
    board.filters.search.clear()
    board.filters.min_value.setText("900")
    board.filters.changed.emit()
    assert _titles(window, "interest") == ["Deal 0"]


def test_scoring_rules_order_the_cards_and_explain_them(window: MainWindow, qtbot) -> None:
    from crm_desktop.services import scoring
    from crm_desktop.services.scoring import Rule
    from crm_desktop.ui.application import create_application
    from crm_desktop.ui.dialogs.scoring_dialog import ScoringDialog
    from crm_desktop.ui.labels import rule_text

    dialog = ScoringDialog(window)
    qtbot.addWidget(dialog)
    dialog.add_row(Rule("value", "gt", "2000", 30))
    dialog.add_row(Rule("value", "lt", "500", 10))
    dialog.save()
    assert dialog.result() == 1
    scoring.recompute(NOW)
    board = window.funnel
    board.filters.by_score.setChecked(True)
    assert _titles(window, "interest") == ["Deal 1", "Deal 2", "Deal 0"]
    model = board.column_for("interest").model
    tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Lead score 30:\n+30  Deal value > \u20682000\u2069"
    try:
        create_application(lang="ru")
        assert model.index(0).data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
            "Оценка лида 30:", "+30  Сумма сделки > \u20682000\u2069"]
        assert [rule_text(r) for r in (Rule("vip", "absent", None, 5),
                                       Rule("city", "present", None, 1))] == [
            "VIP нет", "Город заполнено"]
    finally:
        create_application(lang="en")


def test_the_metrics_panel_shows_the_service_numbers(window: MainWindow) -> None:
    _drag(window, "Deal 0", "won")
    window.funnel.metrics_button.setChecked(True)
    panel = window.funnel.metrics
    assert panel.isVisible()
    assert (panel.last.won, panel.last.win_rate) == (1, 1.0)
    assert "100%" in panel.summary.text()
    assert panel._charts.count() >= 1  # at least the forecast chart


def test_the_metrics_charts_are_dark_on_a_dark_window(window: MainWindow) -> None:
    from PySide6.QtCharts import QChart, QChartView

    from tests.ui.palettes import dark_palette

    _drag(window, "Deal 0", "won")
    with dark_palette():
        window.funnel.metrics_button.setChecked(True)
        charts = window.funnel.metrics.findChildren(QChartView)
        assert charts and {c.chart().theme() for c in charts} == {
            QChart.ChartTheme.ChartThemeDark}


def test_stages_are_renamed_reordered_added_and_archived(window: MainWindow, qtbot) -> None:
    from crm_desktop.ui.dialogs.funnel_settings import FunnelSettings

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FunnelSettings)
        dialog.table.cellWidget(0, 0).setText("First touch")
        dialog.table.setCurrentCell(3, 0)  # action
        dialog.move(-1)  # before decision
        dialog.add_stage(funnel.StageSpec(None, "Negotiation", 60, 5))
        dialog.reasons.setPlainText("Price\nNo budget\nWent quiet")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, edit)
    stages, rules, spend = window.funnel.setup_button.menu().actions()  # the board's "Set up"
    assert (stages.text(), rules.text(), spend.text()) == (
        "Stages…", "Scoring rules…", "Marketing spend…")
    stages.trigger()
    names = [c.stage.name for c in window.funnel.columns]
    assert names == ["First touch", "Interest", "Action", "Decision", "Negotiation", "Won",
                     "Lost"]
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]
    assert [r.name for r in funnel.loss_reasons()] == ["Price", "No budget", "Went quiet"]


def test_a_stage_with_deals_cannot_be_archived(db) -> None:
    from crm_desktop.errors import InvalidRecordError

    cid = contacts.create_contact({"name": "C"}).id
    funnel.create_deal(cid, "D", stage_id=Stage.get(Stage.key == "interest").id)
    specs = funnel.open_stage_specs()
    specs[1].archived = True
    with pytest.raises(InvalidRecordError, match="move its deals"):
        funnel.save_stages(specs)


def test_new_deal_from_the_board(window: MainWindow) -> None:
    from crm_desktop.ui.dialogs.deal_dialog import DealDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DealDialog)
        dialog.contact.set_contact(Contact.get().id)
        dialog.title.setText("Board deal")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    window.funnel.new_button.click()
    assert _titles(window, "awareness") == ["Board deal"]


def _card_menu(w: MainWindow, title: str, shown: list) -> list:
    """The actions of the card's right-click menu (recorded, not shown)."""
    from tests.ui.menu_actions import leaf_actions

    deal = Deal.get(Deal.title == title)
    column = w.funnel.column_for(deal.stage.key)
    rect = column.list.visualRect(column.model.index(column.model.row_of(deal.id)))
    w.funnel._card_menu(column, rect.center())
    return leaf_actions(shown.pop())


def test_every_action_of_a_card_s_menu_runs_without_an_error(window: MainWindow,
                                                             monkeypatch) -> None:
    from crm_desktop.ui.widgets import funnel_board
    from tests.ui.menu_actions import ClosingDialogs, menus_shown

    shown = menus_shown(monkeypatch, funnel_board)
    actions = _card_menu(window, "Deal 1", shown)
    texts = [a.text() for a in actions]
    assert {"Open…", "New reminder…", "Customer record", "Archive", "Decision", "Won",
            "Lost"} <= set(texts)
    assert "Interest" not in texts  # where it is already
    with ClosingDialogs() as dialogs:
        for action in actions:
            if action.text() not in ("Archive", "Won", "Decision", "Action", "Awareness"):
                action.trigger()  # (Lost asks for a reason: closed, the deal stays)
    assert {"DealDetails", "ReminderDialog", "LossReasonDialog"} <= set(dialogs.opened)
    assert Deal.get(Deal.title == "Deal 1").stage.key == "interest"
    # the customer's record: the contacts tab, with the customer selected
    assert window.tabs.currentWidget() is window.contacts
    assert window.contacts.current_id() == Deal.get(Deal.title == "Deal 1").contact_id


def test_a_card_archived_from_its_menu_leaves_the_board_and_comes_back(
        window: MainWindow, monkeypatch) -> None:
    from crm_desktop.ui.widgets import funnel_board
    from tests.ui.menu_actions import menus_shown

    shown = menus_shown(monkeypatch, funnel_board)
    board = window.funnel
    archive = next(a for a in _card_menu(window, "Deal 1", shown) if a.text() == "Archive")
    archive.trigger()
    assert _titles(window, "interest") == ["Deal 0", "Deal 2"]
    assert board.column_for("interest").title.text() == "<b>Interest</b> · 2"
    assert "1,400.00" in board.column_for("interest").totals.text()
    window.undo_stack.undo()
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]
    window.undo_stack.redo()
    # the archived deals, on their own: no dragging there, and a way back
    board.filters.archived.setChecked(True)
    assert _titles(window, "interest") == ["Deal 1"]
    assert not board.column_for("interest").list.dragEnabled()
    menu = [a.text() for a in _card_menu(window, "Deal 1", shown)]
    assert "Move to" not in menu and "Archive" not in menu
    back = next(a for a in _card_menu(window, "Deal 1", shown)
                if a.text() == "Bring back to the board")
    back.trigger()
    assert _titles(window, "interest") == []
    board.filters.archived.setChecked(False)
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]  # where it was
    assert board.column_for("interest").list.dragEnabled()


def test_a_deal_s_details_list_the_changes_to_its_fields(window: MainWindow, qtbot) -> None:
    """Nothing is silently lost: an edit of the value and probability, and an archiving,
    are shown with what they were before, as the form shows values."""
    from crm_desktop.services import deal_archive
    from crm_desktop.ui.dialogs.deal_details import DealDetails

    deal = Deal.get(Deal.title == "Deal 1")
    funnel.update_deal(deal.id, title="Deal 1", value="2750.50", currency="USD",
                       probability=40, expected_close_on=deal.expected_close_on,
                       source=None, now=NOW)
    deal_archive.set_archived([deal.id], True, NOW + timedelta(minutes=5))
    details = DealDetails(deal.id, lambda _: None, window)
    qtbot.addWidget(details)
    rows = [[details.changes.topLevelItem(r).text(c) for c in range(1, 4)]
            for r in range(details.changes.topLevelItemCount())]
    assert rows[0] == ["Archived", "on the board", "archived"]  # newest first
    assert sorted(rows[1:]) == [["Value", "2,500.00", "2,750.50"],
                                ["Win probability", "the stage's", "\u206640 %\u2069"]]


def test_only_a_lost_deal_offers_to_be_reopened(window: MainWindow, qtbot) -> None:
    from crm_desktop.ui.dialogs.deal_details import DealDetails

    deal = Deal.get(Deal.title == "Deal 1")
    details = DealDetails(deal.id, lambda _: None, window)
    qtbot.addWidget(details)
    details.show()
    assert not details.reopen_button.isVisible()  # an open deal: nothing to reopen
    lost = Stage.get(Stage.key == "lost").id
    funnel.move_deal(deal.id, lost, lost_reason_id=LossReason.select().first().id, now=NOW)
    details = DealDetails(deal.id, lambda _: None, window)
    qtbot.addWidget(details)
    details.show()
    assert details.reopen_button.isVisible()


def test_a_deal_s_reminder_names_the_deal_and_is_for_its_customer(window: MainWindow,
                                                                   qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from crm_desktop.db.models import Reminder
    from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog
    from crm_desktop.ui.display_text import isolated

    deal = Deal.get(Deal.title == "Deal 2")
    dialog = ReminderDialog(lambda: NOW, None, deal.id, window)  # (no contact given)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "deal").text() == isolated("Deal 2")
    assert dialog.contact.contact_id() == deal.contact_id and not dialog.contact.isEnabled()
    dialog.title.setText("Send the contract")
    dialog.try_accept()
    saved = Reminder.get(Reminder.title == "Send the contract")
    assert (saved.deal_id, saved.contact_id) == (deal.id, deal.contact_id)
    # editing it later shows the deal too
    editor = ReminderDialog(lambda: NOW, parent=window, reminder_id=saved.id)
    qtbot.addWidget(editor)
    assert editor.findChild(QLabel, "deal").text() == isolated("Deal 2")


def test_the_stale_deals_of_a_column_are_archived_at_once(window: MainWindow,
                                                          monkeypatch) -> None:
    """'Stale only', then archive what the column shows: the hopeless leads in one step."""
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.widgets import funnel_board
    from tests.ui.menu_actions import menus_shown

    interest = Stage.get(Stage.key == "interest")
    Stage.update(stale_days=1).where(Stage.id == interest.id).execute()  # 3 days: stale
    acme = Contact.get(Contact.name == "Acme Ltd").id
    funnel.create_deal(acme, "Fresh lead", stage_id=interest.id, now=NOW)
    shown = menus_shown(monkeypatch, funnel_board)
    board = window.funnel
    board.filters.stale_only.setChecked(True)
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    bulk = next(a for a in _card_menu(window, "Deal 0", shown) if a.text().startswith(
        "Archive all 3"))
    bulk.trigger()
    assert asked and "3 deals" in asked[0]
    board.filters.stale_only.setChecked(False)
    assert _titles(window, "interest") == ["Fresh lead"]
    assert window.undo_stack.undoText() == "Archive 3 deals"
    window.undo_stack.undo()
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2", "Fresh lead"]


def test_scores_follow_a_contact_edit_once_the_board_is_shown(window: MainWindow) -> None:
    """A change in the contacts tab re-scores the deals when the board is next shown, not
    at each edit (0.3 s each on 100,000 contacts); on the board, at once."""
    from crm_desktop.services import scoring
    from crm_desktop.services.scoring import Rule

    scoring.save_rules([Rule("vip", "present", None, 25)])
    acme = Contact.get(Contact.name == "Acme Ltd").id
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_contact(acme)
    window.contacts.set_field_selected("is_vip", True)  # the owner's edit, undoable
    assert {d.score for d in Deal.select()} == {0}  # not yet: the board is hidden
    window.tabs.setCurrentWidget(window.funnel)
    assert {d.score for d in Deal.select()} == {25}
    column = window.funnel.column_for("interest")
    assert "Lead score 25" in column.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    window.undo_stack.undo()  # with the board on screen: scored again at once
    assert {d.score for d in Deal.select()} == {0}


def test_a_lost_deal_reopened_from_the_archive_is_back_on_the_board(window: MainWindow,
                                                                    monkeypatch) -> None:
    from crm_desktop.services import deal_archive
    from crm_desktop.ui.dialogs.deal_details import DealDetails

    deal = Deal.get(Deal.title == "Deal 1")
    lost = Stage.get(Stage.key == "lost").id
    funnel.move_deal(deal.id, lost, lost_reason_id=LossReason.select().first().id, now=NOW)
    deal_archive.set_archived([deal.id], True, NOW)
    # the details dialog, opened from the card, and its Reopen button pressed
    monkeypatch.setattr(DealDetails, "exec", lambda self: (self.reopen(), 1)[1])
    window.open_deal(deal.id)
    assert Deal.get_by_id(deal.id).stage.key == "awareness"
    assert not deal_archive.is_archived(deal.id)
    assert "Deal 1" in _titles(window, "awareness")
    window.undo_stack.undo()  # one step puts both back
    assert Deal.get_by_id(deal.id).stage.key == "lost"
    assert deal_archive.is_archived(deal.id)


def test_a_deal_s_details_archive_it_keeping_what_was_typed(window: MainWindow,
                                                            monkeypatch) -> None:
    from crm_desktop.services import deal_archive
    from crm_desktop.ui.dialogs.deal_details import DealDetails

    deal = Deal.get(Deal.title == "Deal 0")

    def press_archive(self: DealDetails) -> int:
        assert self.archive_button.text() == "Archive"
        self.title.setText("Deal 0 (no budget this year)")
        self.archive_button.click()
        return self.result()

    monkeypatch.setattr(DealDetails, "exec", press_archive)
    window.open_deal(deal.id)
    assert deal_archive.is_archived(deal.id)
    assert Deal.get_by_id(deal.id).title == "Deal 0 (no budget this year)"
    assert _titles(window, "interest") == ["Deal 1", "Deal 2"]
    window.undo_stack.undo()
    assert not deal_archive.is_archived(deal.id)


def test_a_card_deleted_from_its_menu_or_by_del_goes_and_undo_brings_it_back(
        window: MainWindow, qtbot, monkeypatch) -> None:
    from crm_desktop.ui.widgets import funnel_board
    from tests.ui.menu_actions import menus_shown

    shown = menus_shown(monkeypatch, funnel_board)
    board = window.funnel
    delete = next(a for a in _card_menu(window, "Deal 1", shown) if a.text() == "Delete")
    delete.trigger()
    assert _titles(window, "interest") == ["Deal 0", "Deal 2"]
    assert board.column_for("interest").title.text() == "<b>Interest</b> · 2"
    assert window.undo_stack.undoText() == "Delete deal"
    window.undo_stack.undo()
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]
    # the key, on the selected card
    column = board.column_for("interest")
    column.list.setFocus()
    column.list.setCurrentIndex(column.model.index(0))
    qtbot.keyClick(column.list, Qt.Key.Key_Delete)
    assert _titles(window, "interest") == ["Deal 1", "Deal 2"]
    # archived deals can be deleted too
    archived = next(a for a in _card_menu(window, "Deal 2", shown) if a.text() == "Archive")
    archived.trigger()
    board.filters.archived.setChecked(True)
    next(a for a in _card_menu(window, "Deal 2", shown) if a.text() == "Delete").trigger()
    assert _titles(window, "interest") == []


def test_a_deal_s_details_delete_it_with_its_open_reminders(window: MainWindow,
                                                            monkeypatch) -> None:
    from crm_desktop.services import reminders
    from crm_desktop.ui.dialogs.deal_details import DealDetails

    deal = Deal.get(Deal.title == "Deal 0")
    reminders.create_reminder("Send the offer", NOW + timedelta(days=1),
                              contact_id=deal.contact_id, deal_id=deal.id)
    window.reminders.refresh()
    shown = window.reminders.model.rowCount

    def press_delete(self: DealDetails) -> int:
        assert self.delete_button.isVisible() or not self.isVisible()
        self.delete_button.click()
        return self.result()

    monkeypatch.setattr(DealDetails, "exec", press_delete)
    before = shown()
    window.open_deal(deal.id)
    assert _titles(window, "interest") == ["Deal 1", "Deal 2"]
    assert [r.title for r in reminders.open_reminders()] == []
    window.undo_stack.undo()
    assert _titles(window, "interest") == ["Deal 0", "Deal 1", "Deal 2"]
    assert [r.title for r in reminders.open_reminders()] == ["Send the offer"]
    assert shown() == before
    # the change is shown in the deal's details once it is back
    monkeypatch.undo()
    details = DealDetails(deal.id, lambda _: None, window)
    rows = [[details.changes.topLevelItem(r).text(c) for c in range(1, 4)]
            for r in range(details.changes.topLevelItemCount())]
    assert rows[:2] == [["Deleted", "deleted", "not deleted"],
                        ["Deleted", "not deleted", "deleted"]]
    details.deleteLater()


def test_a_deal_archived_or_deleted_from_a_customer_s_record_keeps_the_record_open(
        window: MainWindow, monkeypatch) -> None:
    """The record's deals are opened from it; what is done to one there left the contacts
    with nothing selected and the record closed."""
    from crm_desktop.ui.dialogs.deal_details import DealDetails

    deal = Deal.get(Deal.title == "Deal 0")
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_contact(deal.contact_id)
    for button in ("archive_button", "delete_button"):
        monkeypatch.setattr(DealDetails, "exec",
                            lambda self, b=button: (getattr(self, b).click(), self.result())[1])
        window.open_deal(deal.id)
        assert window.contacts.current_id() == deal.contact_id
        assert window.contacts.detail_shown()
    window.reload()  # View > Refresh, too
    assert window.contacts.current_id() == deal.contact_id


def test_a_deal_s_invoice_is_added_from_its_details(window: MainWindow, qtbot) -> None:
    """Its value and currency to start with; then in the deal's Invoices tab and the
    customer's payments. (Its interactions name their kind as the window does.)"""
    from PySide6.QtWidgets import QPushButton

    from crm_desktop.db.models import Payment
    from crm_desktop.services.customer_record import add_interaction, payments_of
    from crm_desktop.ui.dialogs.deal_details import DealDetails
    from crm_desktop.ui.dialogs.history_dialogs import PaymentDialog

    deal = Deal.get(Deal.title == "Deal 1")
    add_interaction(deal.contact_id, "meeting", NOW, subject="Terms", deal_id=deal.id)
    details = DealDetails(deal.id, lambda _: None, window)
    qtbot.addWidget(details)
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PaymentDialog)
        seen["start"] = (dialog.amount.text(), dialog.currency.text(), dialog.note.text())
        dialog.invoice.setText("INV-9")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    button = next(b for b in details.findChildren(QPushButton) if b.text() == "New invoice…")
    button.click()
    assert seen["start"] == ("2,500.00", "USD", "Deal 1")
    p = Payment.get()
    assert (p.deal_id, p.invoice_number, p.amount_minor) == (deal.id, "INV-9", 250000)
    assert details.payments.topLevelItemCount() == 1 and details.history_added
    assert [line.invoice_number for line in payments_of(deal.contact_id)] == ["INV-9"]
    assert details.interactions.topLevelItem(0).text(1) == "Meeting"


def test_a_deal_s_invoice_is_paid_in_part_then_whole_from_its_details(
        window: MainWindow, monkeypatch) -> None:
    """As in the customer's record: each payment a step of Undo, the rest left owed."""
    from crm_desktop.db.models import Payment
    from crm_desktop.services.customer_record import add_payment
    from crm_desktop.ui.dialogs.deal_details import DealDetails
    from crm_desktop.ui.dialogs.history_dialogs import PartPaymentDialog

    deal = Deal.get(Deal.title == "Deal 1")
    pid = add_payment(deal.contact_id, "900", "USD", invoice_number="D-1", deal_id=deal.id)
    seen = {}

    def pay(self: DealDetails) -> int:
        assert not self.pay_part.isEnabled()  # nothing chosen yet
        self.payments.setCurrentItem(self.payments.topLevelItem(0))

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, PartPaymentDialog)
            dialog.amount.setText("300")
            dialog.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Save).click()

        QTimer.singleShot(0, fill)
        self.pay_part.click()
        seen["after part"] = [(self.payments.topLevelItem(i).text(1).strip("\u2066\u2069"),
                               bool(self.payments.topLevelItem(i).text(3)))
                              for i in range(self.payments.topLevelItemCount())]
        assert self.payments.currentItem().text(1).strip("\u2066\u2069") == "600.00 USD"
        self.mark_paid.click()  # the rest
        assert not self.mark_paid.isEnabled() and not self.pay_part.isEnabled()
        return 0  # closed without saving the fields: the payments stay

    monkeypatch.setattr(DealDetails, "exec", pay)
    window.open_deal(deal.id)
    today = NOW.astimezone().date()
    assert seen["after part"] == [("600.00 USD", False), ("300.00 USD", True)]
    assert sorted((p.amount_minor, p.paid_on) for p in Payment.select()) == [
        (30000, today), (60000, today)]
    assert window.undo_stack.undoText() == "Edit payment"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [(p.id, p.amount_minor, p.paid_on) for p in Payment.select()] == [(pid, 90000, None)]


def _card(w: MainWindow, title: str):
    from crm_desktop.ui.models.deal_list import CARD_ROLE

    deal = Deal.get(Deal.title == title)
    model = w.funnel.column_for(deal.stage.key).model
    return model.index(model.row_of(deal.id)).data(CARD_ROLE)


def test_a_call_logged_on_a_stale_card_is_its_activity_and_brings_its_follow_up(
        window: MainWindow, monkeypatch) -> None:
    from PySide6.QtCore import QDateTime

    from crm_desktop.db.models import Interaction, Reminder
    from crm_desktop.ui.dialogs.history_dialogs import InteractionDialog

    quiet = funnel.create_deal(Deal.get().contact_id, "Quiet deal", value="900",
                               stage_id=Stage.get(Stage.key == "interest").id,
                               now=NOW - timedelta(days=60))
    window.funnel.reload()
    assert _card(window, "Quiet deal").is_stale(NOW)

    def log(dialog: InteractionDialog) -> int:
        dialog.when.setDateTime(QDateTime(NOW.astimezone()))  # (the board's clock)
        dialog.subject.setText("Budget check")
        dialog.follow.setChecked(True)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(InteractionDialog, "exec", log)
    window.funnel.log_interaction(quiet, Deal.get_by_id(quiet).contact_id)
    call = Interaction.get(Interaction.subject == "Budget check")
    assert call.deal_id == quiet
    assert not _card(window, "Quiet deal").is_stale(NOW)
    follow = Reminder.get(Reminder.title == "Follow up: Budget check")
    assert (follow.deal_id, follow.contact_id) == (quiet, call.contact_id)


def test_a_deal_s_details_log_a_call_and_list_it_with_its_follow_up(window: MainWindow,
                                                                     qtbot, monkeypatch
                                                                     ) -> None:
    from crm_desktop.ui.dialogs.deal_details import DealDetails
    from crm_desktop.ui.dialogs.history_dialogs import InteractionDialog

    def log(dialog: InteractionDialog) -> int:
        dialog.subject.setText("Went through the quote")
        dialog.follow.setChecked(True)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(InteractionDialog, "exec", log)
    deal = Deal.get(Deal.title == "Deal 1")
    details = DealDetails(deal.id, lambda _: None, window)
    qtbot.addWidget(details)
    assert details.interactions.topLevelItemCount() == 0
    details.log_interaction()
    assert details.interactions.topLevelItem(0).text(2) == "Went through the quote"
    assert details.reminders.topLevelItem(0).text(1) == "Follow up: Went through the quote"
    assert details.history_added


def test_ctrl_l_on_the_board_logs_the_call_about_the_card_selected(window: MainWindow, qtbot,
                                                                   monkeypatch) -> None:
    from crm_desktop.db.models import Interaction
    from crm_desktop.ui.dialogs.history_dialogs import InteractionDialog

    def log(dialog: InteractionDialog) -> int:
        dialog.subject.setText("About the card")
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(InteractionDialog, "exec", log)
    column = window.funnel.column_for("interest")
    column.list.setCurrentIndex(column.model.index(1))
    window.activateWindow()
    column.list.setFocus()
    qtbot.waitUntil(column.list.hasFocus)
    window.log_interaction()  # Edit > Log an interaction (Ctrl+L)
    assert Interaction.get(Interaction.subject == "About the card").deal.title == \
        _titles(window, "interest")[1]

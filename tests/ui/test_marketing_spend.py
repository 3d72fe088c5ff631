"""Marketing spend entered in its dialog, and what a new customer cost by lead source in
the funnel's metrics panel and report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QLabel

from crm_desktop.db.models import Contact
from crm_desktop.services import acquisition_cost, contacts
from crm_desktop.services.customer_record import add_payment
from crm_desktop.ui.dialogs.marketing_spend_dialog import MarketingSpendDialog
from crm_desktop.ui.main_window import MainWindow
from tests.fixed_time import NOW


@pytest.fixture
def sources(db) -> None:
    for i in range(4):
        cid = contacts.create_contact({"name": f"Lead {i}", "lead_source": "Instagram ads"}).id
        Contact.update(created_at=NOW - timedelta(days=20)).where(Contact.id == cid).execute()
    add_payment(cid, "50", "USD", paid_on=NOW.date() - timedelta(days=5))  # one bought


def test_spend_is_added_with_its_errors_named_and_deleted(qtbot, sources,
                                                        monkeypatch) -> None:
    dialog = MarketingSpendDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == [
        "Instagram ads"]  # the sources the contacts have
    dialog.amount.setText("a lot")
    assert not dialog.add()
    shown = [label.text() for label in dialog.findChildren(QLabel, "error")
             if label.isVisible()]
    assert len(shown) == 2
    assert any("source" in t for t in shown) and any("not an amount" in t for t in shown)
    assert dialog.table.rowCount() == 0
    dialog.source.setCurrentText("Instagram ads")
    dialog.spent_on.setDate(QDate(2026, 3, 1))
    dialog.amount.setText("400")
    dialog.note.setText("March campaign")
    assert dialog.add()
    assert not any(label.isVisible() for label in dialog.findChildren(QLabel, "error"))
    assert [dialog.table.item(0, c).text() for c in range(4)] == [
        "\u20662026-03-01\u2069", "Instagram ads", "\u2066400.00 USD\u2069", "March campaign"]
    assert dialog.amount.text() == ""  # ready for the next one
    dialog.table.selectRow(0)
    dialog.delete_selected()  # no question: it can be undone
    assert dialog.table.rowCount() == 0 and acquisition_cost.spending() == []
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert [(s.lead_source, s.amount_minor, s.note) for s in acquisition_cost.spending()] == [
        ("Instagram ads", 40000, "March campaign")]
    assert dialog.table.rowCount() == 1 and not dialog.undo_button.isEnabled()


def test_the_metrics_panel_and_the_funnel_report_show_the_cost_of_a_customer(
        qtbot, sources, db_path: Path, tmp_path: Path) -> None:
    from crm_desktop.reports.other_reports import build_funnel_report

    acquisition_cost.add_spend("Instagram ads", NOW.date() - timedelta(days=25), "400", "USD")
    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"),
                                           QSettings.Format.IniFormat), lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    window.funnel.metrics_button.setChecked(True)
    text = window.funnel.metrics.acquisition.text().replace("\u2066", "").replace("\u2069", "")
    assert "Acquisition cost" in text
    cells = ["Instagram ads", "400.00 USD", "1", "400.00 USD"]
    assert "".join(f"<td style='padding-right:6px; white-space:nowrap'>{c}</td>"
                   for c in cells) in text
    # in a right-to-left window the first column is the right one: the row is reversed
    panel = window.funnel.metrics
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.refresh()
    text = panel.acquisition.text().replace("\u2066", "").replace("\u2069", "")
    assert "".join(f"<td style='padding-right:6px; white-space:nowrap'>{c}</td>"
                   for c in reversed(cells)) in text
    out = tmp_path / "funnel.pdf"
    build_funnel_report(out, NOW - timedelta(days=90), NOW)
    pdf = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Acquisition cost" in pdf
    assert "Instagram ads\n400.00 USD\n4\n1\n100.00 USD\n400.00 USD" in pdf

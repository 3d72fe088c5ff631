"""The asset matrix in the app: grid, thresholds, a cell's customers, Save as PDF, print
pages rendered with QtPdf."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.db.models import Contact, Payment
from crm_desktop.services import contacts
from crm_desktop.ui.dialogs.asset_matrix_view import AssetMatrixView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pdf_printing import render_pages
from tests.fixed_time import NOW


@pytest.fixture
def window(qtbot, db, db_path: Path, tmp_path: Path) -> MainWindow:
    for i, name in enumerate(["Alice", "Борис", "Carl", "Dana", "Эмма", "Farid"]):
        cid = contacts.create_contact({"name": name, "status": "customer"}).id
        Contact.update(created_at=NOW - timedelta(days=800)).where(Contact.id == cid).execute()
        paid = NOW.date() - timedelta(days=20)
        Payment.create(contact=cid, amount_minor=(i + 1) * 100000, currency="USD",
                       due_on=paid, paid_on=paid)
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    return w


def test_grid_thresholds_and_a_cells_customers(window: MainWindow, qtbot) -> None:
    view = AssetMatrixView(lambda: NOW, window.show_customers, window)
    qtbot.addWidget(view)
    counts = [int(view.grid.item(r, c).text().split("\n")[1].split()[0])
              for r in range(3) for c in range(3)]
    assert sum(counts) == 6
    view.spins["value_low_max"].setValue(10**9)
    view.spins["value_high_min"].setValue(2 * 10**9)
    view.apply_thresholds()
    low_row = sum(int(view.grid.item(2, c).text().split("\n")[1].split()[0]) for c in range(3))
    assert low_row == 6  # every customer is low value now
    column = next(c for c in range(3) if view.cell_ids(2, c))
    ids = view.cell_ids(2, column)
    view.grid.cellClicked.emit(2, column)
    model = window.contacts.model
    assert window.tabs.currentWidget() is window.contacts
    assert sorted(model.contact_id(r) for r in range(model.rowCount())) == sorted(ids)


def test_the_whole_matrix_is_in_view(window: MainWindow, qtbot) -> None:
    """At the dialog's size the three columns share the width: no scrolling to see the
    strong relationships (only one and a half columns showed)."""
    view = AssetMatrixView(lambda: NOW, window.show_customers, window)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    grid = view.grid
    widths = [grid.columnWidth(c) for c in range(3)]
    assert sum(widths) <= grid.viewport().width() and min(widths) >= 150
    assert grid.horizontalScrollBar().maximum() == 0


def test_save_as_pdf_writes_the_report(window: MainWindow, qtbot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "matrix.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    view = AssetMatrixView(lambda: NOW, window.show_customers, window)
    qtbot.addWidget(view)
    view.save_pdf()
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Customer asset matrix" in text and "Борис" in text
    pages = []
    assert render_pages(target, lambda image, i: pages.append(image.isNull())) == \
        len(PdfReader(target).pages)
    assert pages and not any(pages)


def test_reports_menu_saves_and_prints(window: MainWindow, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui import pdf_printing
    from crm_desktop.ui.dialogs.report_period import ReportPeriodDialog

    monkeypatch.setattr(ReportPeriodDialog, "exec", lambda self: 1)  # the days offered
    target = tmp_path / "funnel.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    window.funnel_report()
    assert "Sales funnel" in PdfReader(target).pages[0].extract_text()
    printed = []
    monkeypatch.setattr(pdf_printing, "print_pdf",
                        lambda path, parent=None: printed.append(len(PdfReader(path).pages)))
    window.activity_report(printing=True)
    assert printed and printed[0] >= 1
    window.unpaid_report(printing=True)  # Reports > Unpaid invoices > Print…
    assert len(printed) == 2
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text: told.append(text)))
    window.contacts.table.clearSelection()
    window.statement_report()  # Reports > Customer statement: the selected contact's
    assert told == ["Select a contact first."]
    assert window.contacts.select_contact(Contact.get().id)
    window.statement_report()
    assert "Statement of account" in PdfReader(target).pages[0].extract_text()


def test_reports_are_written_in_the_windows_language(window: MainWindow, qtbot,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.application import create_application

    saved: list[Path] = []

    def save_as(*args, **kwargs) -> tuple[str, str]:
        saved.append(tmp_path / f"report-{len(saved)}.pdf")
        return str(saved[-1]), "PDF (*.pdf)"

    from crm_desktop.ui.dialogs.report_period import ReportPeriodDialog

    monkeypatch.setattr(ReportPeriodDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    try:
        create_application(lang="ru")
        view = AssetMatrixView(lambda: NOW, window.show_customers, window)
        qtbot.addWidget(view)
        view.save_pdf()
        window.funnel_report()
    finally:
        create_application(lang="en")
    matrix, funnel = (PdfReader(path).pages[0].extract_text() for path in saved)
    assert "Матрица ценности клиентов" in matrix and "Customer asset matrix" not in matrix
    assert "Воронка продаж" in funnel


def test_a_report_s_days_are_chosen_before_it_is_written(window: MainWindow, qtbot,
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The funnel's and activity's period, a statement's account: the last days to begin
    with; a first day after the last stays in the dialog; Cancel writes nothing."""
    from datetime import date, timedelta

    from crm_desktop.ui.dialogs.report_period import ReportPeriodDialog

    target = tmp_path / "statement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    today = NOW.astimezone().date()
    offered = []

    def choose(self: ReportPeriodDialog) -> int:
        offered.append(self.period())
        self.first.setDate(today + timedelta(days=1))  # after the last: refused here
        self.try_accept()
        assert self.result() == 0 and "comes after the last" in self.error.text()
        if len(offered) == 1:
            return 0  # Cancel
        self.first.setDate(date(2026, 1, 1))
        self.try_accept()
        return self.result()

    monkeypatch.setattr(ReportPeriodDialog, "exec", choose)
    assert window.contacts.select_contact(Contact.get().id)
    window.statement_report()
    assert not target.exists()  # cancelled
    window.statement_report()
    assert offered == [(today - timedelta(days=364), today)] * 2
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert f"Account from 2026-01-01 to {today.isoformat()}" in text
    window.funnel_report()
    assert offered[-1] == (today - timedelta(days=364), today)
    assert f"2026-01-01 to {today.isoformat()}" in PdfReader(target).pages[0].extract_text()
    window.activity_report()
    assert offered[-1] == (today - timedelta(days=29), today)

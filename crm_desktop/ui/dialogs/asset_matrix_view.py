"""The customer asset matrix in the app: the 3x3 grid (count, revenue, satisfaction per
cell, coloured by objective), thresholds that refresh it at once, a click on a cell to list
its customers in the contacts table, and the PDF report (save, print)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.reports.asset_matrix_report import OBJECTIVE_COLOURS, build_asset_matrix_report
from crm_desktop.services import asset_matrix
from crm_desktop.services.asset_matrix import OBJECTIVES, TIERS, Matrix, Thresholds
from crm_desktop.services.settings import get_setting
from crm_desktop.stored_names import OBJECTIVE_NAMES, TIER_NAMES
from crm_desktop.ui import recent_folders
from crm_desktop.ui.display_text import count, decimal, left_to_right
from crm_desktop.ui.labels import label
from crm_desktop.ui.messages import error_text, report_wording
from crm_desktop.ui.widgets.number_fields import DecimalField
from crm_desktop.ui.workers import run_with_progress

ROWS = tuple(reversed(TIERS))  # high value on top



class AssetMatrixView(QDialog):
    """`show_customers(ids, title)` is called when the owner clicks a cell."""

    def __init__(self, clock: Callable[[], datetime],
                 show_customers: Callable[[list[int], str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer asset matrix"))
        self.resize(1020, 560)
        self._clock = clock
        self._show = show_customers
        self.matrix: Matrix | None = None
        self.grid = QTableWidget(3, 3, self)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Relationship: {0}").format(label(TIER_NAMES[t])) for t in TIERS])
        self.grid.setVerticalHeaderLabels([self.tr("Value: {0}").format(label(TIER_NAMES[t]))
                                           for t in ROWS])
        # the three columns share the width: the whole matrix in view, no scrolling
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(150)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.cellClicked.connect(self._cell_clicked)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for key, caption in (("value_low_max", self.tr("Value: low up to")),
                             ("value_high_min", self.tr("Value: high from")),
                             ("relationship_low_max", self.tr("Relationship: low up to")),
                             ("relationship_high_min", self.tr("Relationship: high from"))):
            spin = DecimalField(self)
            spin.setRange(0, 10**12)
            spin.setDecimals(0 if key.startswith("value") else 1)
            spin.editingFinished.connect(self.apply_thresholds)
            self.spins[key] = spin
            form.addRow(caption, spin)
        self.tertiles = QPushButton(self.tr("Back to tertiles of the data"), self)
        self.tertiles.clicked.connect(lambda: self.refresh(None))
        self.prospects = QLabel(self)
        self.page_size = QComboBox(self)
        self.page_size.addItems(["A4", "Letter"])
        save = QPushButton(self.tr("Save as PDF…"), self)
        save.clicked.connect(self.save_pdf)
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.clicked.connect(self.print_report)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.tertiles)
        side.addWidget(self.prospects)
        side.addStretch(1)
        side.addWidget(self.page_size)
        side.addWidget(save)
        side.addWidget(print_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(side)
        self.refresh(None)

    def refresh(self, thresholds: Thresholds | None) -> None:
        self.matrix = asset_matrix.compute(self._clock(), thresholds)
        t = self.matrix.thresholds
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(t, key))
            spin.blockSignals(False)
        currency = get_setting("currency") or ""
        for r, value_tier in enumerate(ROWS):
            for c, rel_tier in enumerate(TIERS):
                n, revenue, sat = self.matrix.cell_figures(value_tier, rel_tier)
                objective = OBJECTIVES[(value_tier, rel_tier)]
                item = QTableWidgetItem(self.tr("{0}\n{1} customers\n{2}\n"
                                                "satisfaction {3}").format(
                    label(OBJECTIVE_NAMES[objective]).upper(), count(n),
                    left_to_right(f"{count(revenue)} {currency}"),  # as in any script
                    "—" if sat is None else decimal(sat)))
                item.setBackground(QColor(OBJECTIVE_COLOURS[objective]))
                item.setForeground(QColor("#1b1b1b"))
                self.grid.setItem(r, c, item)
        self.prospects.setText(self.tr("Prospects without revenue (acquisition): {0}").format(
            len(self.matrix.prospects())))

    def apply_thresholds(self) -> None:
        self.refresh(Thresholds(**{k: s.value() for k, s in self.spins.items()}))

    def cell_ids(self, row: int, column: int) -> list[int]:
        return [c.contact_id for c in self.matrix.cell(ROWS[row], TIERS[column])]

    def _cell_clicked(self, row: int, column: int) -> None:
        title = self.tr("{0} value, {1} relationship").format(
            label(TIER_NAMES[ROWS[row]]), label(TIER_NAMES[TIERS[column]]))
        self._show(self.cell_ids(row, column), title)

    # the report --------------------------------------------------------------------------
    def write_pdf(self, path: Path) -> bool:
        as_of, size, wording = self._clock(), self.page_size.currentText(), report_wording()
        try:
            run_with_progress(self, self.tr("Making the report"),
                              lambda progress: build_asset_matrix_report(
                                  path, as_of, page_size=size, progress=progress,
                                  wording=wording))
        except CancelledError:
            return False
        except CrmError as exc:
            QMessageBox.critical(self, self.tr("Report"), error_text(exc))
            return False
        return True

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              recent_folders.suggest("reports",
                                                                     "asset-matrix.pdf"),
                                              "PDF (*.pdf)")
        recent_folders.remember("reports", name)
        if name and self.write_pdf(Path(name)):
            answer = QMessageBox.question(self, self.tr("Report saved"),
                                          self.tr("Open {0} now?").format(name))
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(name))

    def print_report(self) -> None:
        import tempfile

        from crm_desktop.ui.pdf_printing import print_pdf

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "asset-matrix.pdf"
            if self.write_pdf(path):
                print_pdf(path, self)

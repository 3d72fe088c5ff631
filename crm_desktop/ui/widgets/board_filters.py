"""The filter bar over the funnel board: search, segment, tag, source, value and close date
ranges, stale only, ordering by lead score, and the archived deals instead of the board's."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from crm_desktop.services import contact_query
from crm_desktop.services.funnel import DealFilter
from crm_desktop.services.money import to_minor
from crm_desktop.services.settings import get_setting
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.display_text import typed_amount
from crm_desktop.ui.iso_dates import show_iso
from crm_desktop.ui.widgets.contact_filters import LazyChoiceBox

DEBOUNCE_MS = 200


class BoardFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search deals and customers…"))
        self.search.setClearButtonEnabled(True)
        self.segment = LazyChoiceBox(self.tr("Segment"),
                                     lambda: contact_query.filter_values("segment"), self)
        self.tag = LazyChoiceBox(self.tr("Tag"), contact_query.tag_names, self)
        self.source = LazyChoiceBox(self.tr("Source"),
                                    lambda: contact_query.filter_values("lead_source"), self)
        self.min_value = QLineEdit(self)
        self.min_value.setPlaceholderText(self.tr("value from"))
        self.max_value = QLineEdit(self)
        self.max_value.setPlaceholderText(self.tr("to"))
        self.use_dates = QCheckBox(self.tr("Close between"), self)
        today = QDate.currentDate()
        self.close_from = QDateEdit(today.addMonths(-1), self)
        self.close_to = QDateEdit(today.addMonths(3), self)
        for edit in (self.close_from, self.close_to):
            show_iso(edit)
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.close_from.setEnabled)
        self.use_dates.toggled.connect(self.close_to.setEnabled)
        self.stale_only = QCheckBox(self.tr("Stale only"), self)
        self.by_score = QCheckBox(self.tr("Highest score first"), self)
        self.archived = QCheckBox(self.tr("Archived"), self)
        self.archived.setToolTip(self.tr("Show the archived deals instead of the board's; "
                                         "right-click one to bring it back"))
        self.error = error_label(self)
        self.more = QToolButton(self)
        self.more.setText(self.tr("More filters"))
        self.more.setCheckable(True)
        # the second row folds away, so the board fits a small laptop screen
        self.extra = QWidget(self)
        extra = QGridLayout(self.extra)
        extra.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.segment, self.tag, self.source)):
            extra.addWidget(widget, 0, column)
        for column, widget in enumerate((self.min_value, self.max_value)):
            extra.addWidget(widget, 0, 3 + column)
        for column, widget in enumerate((self.use_dates, self.close_from, self.close_to)):
            extra.addWidget(widget, 1, column)
        self.extra.hide()
        self.more.toggled.connect(self.extra.setVisible)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.search, 0, 0)
        layout.addWidget(self.stale_only, 0, 1)
        layout.addWidget(self.by_score, 0, 2)
        layout.addWidget(self.archived, 0, 3)
        layout.addWidget(self.more, 0, 4)
        layout.addWidget(self.error, 0, 5)
        layout.addWidget(self.extra, 1, 0, 1, 6)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        for edit in (self.search, self.min_value, self.max_value):
            edit.textChanged.connect(self._debounce.start)
        for box in (self.segment, self.tag, self.source):
            box.currentIndexChanged.connect(self.changed)
        for box in (self.stale_only, self.by_score, self.archived, self.use_dates):
            box.toggled.connect(self.changed)
        for edit in (self.close_from, self.close_to):
            edit.dateChanged.connect(self.changed)

    def _money(self, edit: QLineEdit) -> int | None:
        text = typed_amount(edit.text())
        if not text:
            return None
        try:
            return to_minor(text, get_setting("currency") or "USD")
        except (ValueError, ArithmeticError):
            self.error.setText(self.tr("'{0}' is not an amount").format(edit.text().strip()))
            return None

    def current(self) -> DealFilter:
        self.error.clear()
        dates = self.use_dates.isChecked()
        return DealFilter(
            search=self.search.text(), segment=self.segment.currentData(),
            tag=self.tag.currentData(), source=self.source.currentData(),
            min_value_minor=self._money(self.min_value),
            max_value_minor=self._money(self.max_value),
            close_from=self.close_from.date().toPython() if dates else None,
            close_to=self.close_to.date().toPython() if dates else None,
            stale_only=self.stale_only.isChecked(), by_score=self.by_score.isChecked(),
            archived=self.archived.isChecked())

"""Number fields in Latin digits in a Persian window, typed in either script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.dialogs.deal_dialog import DealDialog
from crm_desktop.ui.widgets.number_fields import DecimalField, NumberField


@pytest.fixture
def window_language(qapp):
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def _type(widget, text: str) -> None:
    """Key presses carrying `text`, as a Persian keyboard sends them."""
    widget.lineEdit().selectAll()
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                 Qt.KeyboardModifier.NoModifier, char))
    widget.interpretText()


def test_a_persian_window_s_fields_show_latin_digits_and_take_persian_ones(
        qtbot, db, window_language) -> None:
    window_language(QLocale("fa"))
    dialog = DealDialog(None)
    qtbot.addWidget(dialog)
    dialog.probability.setValue(50)
    assert dialog.probability.cleanText() == "50"  # was ۵۰
    dialog.own_probability.setChecked(True)
    _type(dialog.probability, "۷۵")
    assert (dialog.probability.value(), dialog.probability.cleanText()) == (75, "75")
    share = DecimalField()
    qtbot.addWidget(share)
    share.setDecimals(1)
    share.setValue(4.2)
    assert share.text() == "4.2"
    _type(share, "۳٫۵")
    assert (share.value(), share.text()) == (3.5, "3.5")


def test_a_russian_window_keeps_its_decimal_comma(qtbot, window_language) -> None:
    window_language(QLocale("ru"))
    share, days = DecimalField(), NumberField()
    for field in (share, days):
        qtbot.addWidget(field)
    share.setDecimals(1)
    share.setValue(4.2)
    assert share.text() == "4,2"
    _type(share, "3,5")
    assert share.value() == 3.5
    days.setRange(0, 5000)
    _type(days, "1200")
    assert days.value() == 1200

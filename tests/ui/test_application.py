"""The QApplication set-up: language direction and fonts for every script a record holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase

from crm_desktop.ui import application
from crm_desktop.ui.application import BUNDLED_FAMILY, SCRIPTS_SHOWN, create_application


@pytest.fixture
def restore_app_state(qapp):
    direction, font, locale = qapp.layoutDirection(), qapp.font(), QLocale()
    yield qapp
    qapp.setLayoutDirection(direction)
    qapp.setFont(font)
    QLocale.setDefault(locale)


def test_persian_lays_the_window_out_right_to_left(restore_app_state) -> None:
    app = create_application(lang="fa")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert all(QFontDatabase.families(script) for script in SCRIPTS_SHOWN)
    create_application(lang="en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_bundled_font_is_added_where_the_system_lacks_a_script(
        restore_app_state, monkeypatch: pytest.MonkeyPatch) -> None:
    real = QFontDatabase.families
    # a system with Latin fonts only (a minimal container, say)
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(
        lambda system=QFontDatabase.WritingSystem.Any: []
        if system == QFontDatabase.WritingSystem.Arabic else real(system)))
    assert BUNDLED_FAMILY in application._add_bundled_fonts_if_needed()
    monkeypatch.undo()
    assert BUNDLED_FAMILY in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    assert application._add_bundled_fonts_if_needed() == []  # covered: nothing to add

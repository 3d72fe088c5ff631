"""The colours that carry a meaning are readable on a light and on a dark palette."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.tones import ALARM, CAUTION, MUTED, is_dark, tone
from tests.ui.palettes import dark_palette


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_text_tones_keep_a_contrast_of_4_5_with_the_window_and_its_lists(qapp, dark) -> None:
    """The meaning tones and the tags' colours alike."""
    from crm_desktop.services.tags import COLOURS
    from crm_desktop.ui.tones import tag_tone_name

    def check(palette: QPalette) -> None:
        assert is_dark(palette) is dark
        colours = {**{name: tone(name, palette) for name in (ALARM, CAUTION, MUTED)},
                   **{f"tag {c}": QColor(tag_tone_name(c, palette)) for c in COLOURS}}
        for name, colour in colours.items():
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                ratio = _contrast(colour, palette.color(role))
                assert ratio >= 4.5, (name, role, round(ratio, 2))

    if dark:
        with dark_palette() as palette:
            check(palette)
    else:
        check(QApplication.instance().palette())


def test_a_record_shown_is_written_again_when_the_desktop_turns_dark(qtbot, db) -> None:
    from datetime import date

    from crm_desktop.services import contacts
    from crm_desktop.ui.tones import CAUTION, MUTED, tone_name
    from crm_desktop.ui.widgets.contact_detail import ContactDetail

    cid = contacts.create_contact({"name": "Ann", "is_vip": True, "city": "York"}).id
    panel = ContactDetail(lambda: date(2026, 3, 16))
    qtbot.addWidget(panel)
    panel.show_contact(cid)
    light = tone_name(CAUTION)
    assert f"color:{light}'>VIP" in panel.header.text()
    with dark_palette() as palette:
        dark = tone_name(CAUTION, palette)
        assert dark != light and f"color:{dark}'>VIP" in panel.header.text()
        assert f"color:{tone_name(MUTED, palette)};" in panel.summary.text()
    assert f"color:{light}'>VIP" in panel.header.text()  # and back


def test_an_error_in_an_open_dialog_and_the_pane_s_warning_turn_with_the_desktop(
        qtbot, db) -> None:
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

    from crm_desktop.ui.dialogs.field_errors import FieldErrors
    from crm_desktop.ui.tones import tone_name
    from crm_desktop.ui.widgets.reminders_pane import RemindersPane

    dialog = QDialog()
    qtbot.addWidget(dialog)
    errors = FieldErrors(QFormLayout(dialog), dialog)
    errors.add("name", "Name", QLineEdit(dialog))
    errors.show({"name": "a name is required"})
    pane = RemindersPane(lambda: datetime(2026, 3, 16, tzinfo=UTC))
    qtbot.addWidget(pane)
    dialog.show()
    light = tone_name(ALARM)
    assert errors["name"].colour_name() == light and pane.risk.colour_name() == light
    with dark_palette() as palette:
        dark = tone_name(ALARM, palette)
        assert dark != light
        assert errors["name"].colour_name() == dark and pane.risk.colour_name() == dark
    assert errors["name"].colour_name() == light and pane.risk.colour_name() == light


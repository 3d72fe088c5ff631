"""Left-to-right and first-strong isolates around numbers, times and names."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_desktop.ui.display_text import (
    can_be_italic,
    isolated,
    left_to_right,
    local_minutes,
    money,
)


def test_numbers_and_times_are_isolated_left_to_right() -> None:
    assert left_to_right("+98 912 345 6789") == "\u2066+98 912 345 6789\u2069"
    assert left_to_right("") == "" and left_to_right(None) is None
    moment = datetime(2026, 11, 14, 7, 0, tzinfo=UTC)
    assert local_minutes(moment) == f"\u2066{moment.astimezone():%Y-%m-%d %H:%M}\u2069"
    assert local_minutes(None) == ""


def test_a_name_keeps_its_own_direction() -> None:
    assert isolated("مریم جعفری") == "\u2068مریم جعفری\u2069"


def test_an_amount_reads_left_to_right_with_its_currency() -> None:
    assert money(241_500, "USD") == "\u20662,415.00 USD\u2069"


def test_arabic_script_is_never_set_in_italics() -> None:
    assert can_be_italic("Acme Ltd") and can_be_italic("ООО «Меридиан»")
    assert not can_be_italic("بازرگانی زاگرس") and not can_be_italic("Acme ایران")


def test_a_value_standing_alone_starts_where_the_window_s_lines_start(qapp) -> None:
    """A label takes its direction from its first letter: a Latin customer name stood at
    the left of a Persian deal's details. A right-to-left mark puts it at the right."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from crm_desktop.ui.display_text import isolated, standing

    assert standing("Lakeside Ltd") == isolated("Lakeside Ltd")
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert standing("Lakeside Ltd") == "\u200f" + isolated("Lakeside Ltd")
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

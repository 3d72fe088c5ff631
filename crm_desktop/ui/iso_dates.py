"""Date and time fields as the window shows dates everywhere (display_text): 2026-03-31
14:00, in Latin digits, left to right, whatever the window's language; a Persian window's
in the Solar Hijri calendar, 1405/01/11 14:00 (services.date_text), which Qt keeps as the
same Gregorian QDate underneath.

Left to the window's locale, a Persian window's field drew Persian digits with its parts
turned around by the right-to-left layout (۲۴-۱۲-۲۰۲۶, the time before the date). The
calendar that pops up keeps the window's language for its month and day names.
"""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateTimeEdit

from crm_desktop.services.date_text import solar
from crm_desktop.ui.display_text import dating


def show_iso(edit: QDateTimeEdit, *, time: bool = False) -> None:
    """`edit` (a QDateEdit too) shows yyyy-MM-dd, with HH:mm if `time`, and pops up a
    calendar."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()  # (set first: the field's own would pass down to it)
    calendar.setLocale(QLocale())
    calendar.setLayoutDirection(QGuiApplication.layoutDirection())
    edit.setLocale(QLocale.c())
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if solar(dating()):
        jalali = QCalendar(QCalendar.System.Jalali)
        edit.setCalendar(jalali)
        calendar.setCalendar(jalali)
        edit.setDisplayFormat("yyyy/MM/dd HH:mm" if time else "yyyy/MM/dd")
        return
    edit.setDisplayFormat("yyyy-MM-dd HH:mm" if time else "yyyy-MM-dd")

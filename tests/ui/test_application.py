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


def test_the_app_starts_paints_and_tells_missed_reminders_after_its_first_frame(
        restore_app_state, db_path, monkeypatch) -> None:
    import gc
    from datetime import UTC, datetime, timedelta

    import shiboken6
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from crm_desktop.cli import parse_args, start_gui
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.db.models import Reminder, RemovedFile
    from crm_desktop.ui import home_region
    from crm_desktop.ui.main_window import MainWindow

    open_database(db_path)
    Reminder.create(title="Call Anna", due_at=datetime.now(UTC) - timedelta(days=2))
    # a document removed in the last run, held for an undo that ended with it
    RemovedFile.create(file_id=7, contact_id=1, name="scan.pdf", size=3, content=b"PDF",
                       added_at=datetime.now(UTC), removed_at=datetime.now(UTC))
    close_database()
    monkeypatch.setattr(home_region, "suggested_region", lambda: "RU")  # a Russian laptop
    seen: list[tuple[bool, str]] = []
    icons: list[bool] = []
    QApplication.setWindowIcon(QIcon())  # none yet: the start sets it

    def after_first_paint() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append((gc.isenabled(), window.statusBar().currentMessage()))
        icons.append(window.windowIcon().isNull())
        window.close()  # as the owner would: the app then quits

    def painted() -> None:  # told first; the app's own after-paint work follows it
        seen.append((gc.isenabled(), "painted"))
        QTimer.singleShot(0, after_first_paint)

    assert gc.get_freeze_count() == 0
    try:
        status = start_gui(parse_args(["--db", str(db_path)]),
                           on_first_paint=painted)
        frozen = gc.get_freeze_count()
    finally:
        gc.unfreeze()  # (the rest of the test session collects as usual)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                shiboken6.delete(widget)  # its timers must not outlive its database
    assert status == 0
    # collection resumed with the first frame, start-up's objects set aside (frozen)
    assert gc.isenabled() and frozen > 0
    assert seen[0] == (False, "painted") and len(seen) == 2 and seen[1][0]
    assert "Fell due while crm-desktop was closed: 1" in seen[1][1]
    assert icons == [False]  # the app's icon, set once the first frame was up
    assert not (db_path.parent / (db_path.name + ".lock")).exists()  # released on exit
    # nothing was priced yet: the new database took the country's currency
    from crm_desktop.services.settings import stored_setting

    open_database(db_path)
    try:
        assert stored_setting("currency") == "RUB"
        assert RemovedFile.select().count() == 0  # forgotten once the window was up
    finally:
        close_database()


@pytest.mark.parametrize(("lang", "file_menu", "header", "group", "stage", "lost_customer"), [
    ("ru", "&Файл", "Компания", "Просрочено", "Интерес", "Потерянный клиент"),
    ("fa", "پرونده", "شرکت", "سررسید گذشته", "علاقه", "مشتری از دست رفته"),
])
def test_the_window_speaks_russian_and_persian(restore_app_state, qtbot, demo_db, tmp_path,
                                               lang, file_menu, header, group,
                                               stage, lost_customer) -> None:
    from PySide6.QtCore import QSettings

    from crm_desktop.ui.main_window import MainWindow
    from tests.fixed_time import NOW

    try:
        create_application(lang=lang)
        window = MainWindow(tmp_path / "crm.sqlite3",
                            QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                            lambda: NOW)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == file_menu
        assert window.contacts.model.headerData(1, Qt.Orientation.Horizontal) == header
        assert window.reminders.model.data(
            window.reminders.model.index(0, 0)).startswith(group)
        # a seeded stage speaks the language; one the owner renamed keeps its name
        from crm_desktop.db.models import Stage

        Stage.update(name="Walk-ins").where(Stage.key == "decision").execute()
        window.show()
        window.tabs.setCurrentIndex(1)  # the board reads its deals when it is shown
        board = window.funnel
        assert stage in board.column_for("interest").title.text()
        assert "Walk-ins" in board.column_for("decision").title.text()
        # a lost customer is not said as a lost deal is ("Проиграна")
        from crm_desktop.db.models import Contact

        lost = Contact.select().where(Contact.status == "lost").first()
        window.tabs.setCurrentIndex(0)
        assert window.contacts.select_contact(lost.id)
        assert lost_customer in window.contacts.detail.summary.text() + \
            window.contacts.detail.header.text()
    finally:
        create_application(lang="en")
    english = MainWindow(tmp_path / "crm.sqlite3",
                         QSettings(str(tmp_path / "ui2.ini"), QSettings.Format.IniFormat),
                         lambda: NOW)
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"  # the language was put back


def test_date_fields_show_solar_dates_in_a_persian_window(restore_app_state, qtbot,
                                                          db) -> None:
    """As every date the window shows: by the Solar Hijri calendar, in Latin digits, left to
    right (not ۰۳-۱۰-۱۴۰۵); the calendar that pops up speaks Persian, right to left, and
    pages through Persian months. The day underneath stays the same."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

    create_application(lang="fa")
    from tests.fixed_time import NOW

    dialog = ReminderDialog(lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 24), QTime(9, 30)))
    assert dialog.when.text() == "1405/10/03 09:30"
    assert dialog.when.date() == QDate(2026, 12, 24)
    assert dialog.when.layoutDirection() == Qt.LayoutDirection.LeftToRight
    calendar = dialog.when.calendarWidget()
    assert calendar.locale().language() == QLocale.Language.Persian
    assert calendar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert calendar.calendar().name() == "Jalali"
    create_application(lang="en")


def test_the_language_chosen_in_the_window_is_the_next_start_s(restore_app_state,
                                                               db_path) -> None:
    """View > Language stores a language; a start without --lang speaks it, --lang wins."""
    import gc

    import shiboken6
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from crm_desktop.cli import parse_args, start_gui
    from crm_desktop.paths import settings_path
    from crm_desktop.ui.application import LANGUAGE_KEY
    from crm_desktop.ui.main_window import MainWindow

    stored = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    stored.setValue(LANGUAGE_KEY, "ru")
    stored.sync()
    menus: list[str] = []

    def look_and_close() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        menus.append(window.menuBar().actions()[0].text())
        window.close()

    try:
        for argv in (["--db", str(db_path)], ["--db", str(db_path), "--lang", "en"]):
            assert start_gui(parse_args(argv),
                             on_first_paint=lambda: QTimer.singleShot(0, look_and_close)) == 0
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow):
                    shiboken6.delete(widget)
    finally:
        gc.unfreeze()  # (start_gui set its start-up objects aside)
        create_application(lang="en")
    assert menus == ["&Файл", "&File"]


def test_a_persian_window_dates_the_record_by_the_solar_calendar(restore_app_state, qtbot,
                                                                 db) -> None:
    from datetime import date

    from crm_desktop.services import contacts, customer_record
    from crm_desktop.ui.widgets.contact_detail import ContactDetail

    create_application(lang="fa")
    try:
        cid = contacts.create_contact({"name": "کاوه"}).id
        customer_record.add_payment(cid, "100", "IRR", due_on=date(2026, 3, 31),
                                    paid_on=date(2026, 3, 20), invoice_number="F-1")
        panel = ContactDetail(lambda: date(2026, 4, 1))
        qtbot.addWidget(panel)
        panel.show_contact(cid)
        row = panel.payments.topLevelItem(0)
        assert (row.text(2), row.text(3)) == ("\u20661405/01/11\u2069", "\u20661404/12/29\u2069")
    finally:
        create_application(lang="en")

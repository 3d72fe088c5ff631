"""Edit > Your business, and the phone region offered before the owner has chosen one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog

from crm_desktop.services.business_profile import business_profile
from crm_desktop.services.settings import stored_setting
from crm_desktop.ui.dialogs.business_dialog import BusinessDialog
from crm_desktop.ui.home_region import suggested_currency, suggested_region


@pytest.fixture
def window_language():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_the_computer_s_country_is_offered_then_the_window_language_s() -> None:
    c = QLocale(QLocale.Language.C)
    assert suggested_region(QLocale("de_DE"), QLocale("ru")) == "DE"
    assert suggested_region(c, QLocale("ru")) == "RU"
    assert suggested_region(c, QLocale("fa")) == "IR"
    # English is written in too many countries to pick one
    assert suggested_region(c, QLocale("en")) is None


def test_a_country_s_currency_is_named_by_its_code() -> None:
    assert [suggested_currency(r) for r in ("RU", "IR", "GB", "DE", "AF")] == [
        "RUB", "IRR", "GBP", "EUR", "AFN"]
    assert suggested_currency(None) is None
    assert suggested_currency("XX") is None


def test_the_dialog_saves_what_is_typed(qtbot, db, window_language) -> None:
    window_language(QLocale("fa"))
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    assert dialog.region.text() == "IR"  # the test run's computer names no country
    assert stored_setting("phone_region") is None  # offered, not stored
    dialog.name.setText("Kaveh Trading")
    dialog.details.setPlainText("خیابان ولیعصر، پلاک ۱۲\nتلفن ۰۲۱ ۸۸۷۷ ۶۶۵۵")
    dialog.currency.setText("irr")
    dialog.region.setText("ru")
    assert "8 (912) 345-67-89" in dialog.example.text()
    assert dialog.hourly_cost.text() == ""  # not set
    dialog.hourly_cost.setText("۲۵۰٬۰۰۰")  # as a Persian keyboard types 250,000
    assert dialog.minutes["meeting"].value() == 60  # the typical lengths, to change
    dialog.minutes["meeting"].setValue(90)
    with qtbot.waitSignal(dialog.finished):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = business_profile()
    assert (profile.name, profile.currency, profile.phone_region) == ("Kaveh Trading", "IRR",
                                                                      "RU")
    assert profile.hourly_cost_minor == 250000
    assert profile.details == "خیابان ولیعصر، پلاک ۱۲\nتلفن ۰۲۱ ۸۸۷۷ ۶۶۵۵"
    from crm_desktop.services.cost_to_serve import minutes_by_kind

    assert minutes_by_kind()["meeting"] == 90 and minutes_by_kind()["call"] == 15
    from crm_desktop.ui.dialogs.contact_editor import ContactEditor

    editor = ContactEditor(None)  # says how it will read a number typed without +code
    qtbot.addWidget(editor)
    assert "RU's, such as 8 (912) 345-67-89" in editor.phones.toolTip()


def test_a_wrong_field_is_told_under_it_and_the_dialog_stays(qtbot, db) -> None:
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.currency.setText("$")
    dialog.region.setText("XX")
    dialog.hourly_cost.setText("a lot")
    dialog.details.setPlainText("\n".join(f"line {i}" for i in range(8)))
    assert dialog.example.text() == ""
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["hourly_cost"].isVisible()
    assert "not an amount" in dialog.errors["hourly_cost"].text()
    assert dialog.errors["currency"].isVisible()
    assert "USD" in dialog.errors["currency"].text()
    assert dialog.errors["phone_region"].isVisible()
    assert not dialog.errors["business_name"].isVisible()
    assert "has more than" in dialog.errors["business_details"].text()
    assert stored_setting("currency") is None


def test_payments_in_another_currency_are_pointed_out(qtbot, db) -> None:
    from datetime import date

    from crm_desktop.db.models import Payment
    from crm_desktop.services import contacts

    cid = contacts.create_contact({"name": "Olga"}).id
    for currency in ("USD", "USD", "RUB"):
        Payment.create(contact=cid, amount_minor=100, currency=currency,
                       due_on=date(2026, 1, 1))
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "RUB: 1" in dialog.currency_note.text() and "USD" not in dialog.currency_note.text()
    dialog.currency.setText("rub")
    assert "USD: 2" in dialog.currency_note.text()
    dialog.currency.setText("EUR")
    assert "USD: 2, RUB: 1" in dialog.currency_note.text()

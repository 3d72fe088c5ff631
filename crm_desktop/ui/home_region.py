"""The country the computer says it is in, offered as the phone region until the owner
chooses one (Edit > Your business), and its currency for a new database."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def suggested_region(system: QLocale | None = None,
                     window: QLocale | None = None) -> str | None:
    """The system locale's country (ru_RU: RU); else the window language's when the
    language names one country's numbering (ru: RU, fa: IR; English does not); else None."""
    system = QLocale.system() if system is None else system
    if system.territory() != QLocale.Country.AnyTerritory:
        return QLocale.territoryToCode(system.territory())
    window = QLocale() if window is None else window
    if window.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    if window.territory() == QLocale.Country.AnyTerritory:
        return None
    return QLocale.territoryToCode(window.territory())


def suggested_currency(region: str | None) -> str | None:
    """The currency of the country `region` names (RU: RUB, IR: IRR), or None."""
    territory = QLocale.codeToTerritory(region or "")
    if territory == QLocale.Country.AnyTerritory:
        return None
    code = QLocale(QLocale.Language.AnyLanguage, territory).currencySymbol(
        QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code or None

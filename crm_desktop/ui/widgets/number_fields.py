"""Number fields that show Latin digits whatever the window's language, as counts, amounts
and dates are shown (display_text, iso_dates), and take digits typed in either script.

Left to a Persian window's locale, a spin box drew ۵۰ beside dates and amounts in 50.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

# Persian and Arabic-Indic digits and separators, as a Persian keyboard types them
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789.,")


class _LatinDigits:
    """For a spin box: Latin digits shown when the locale writes others; both taken."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        if QLocale().zeroDigit() != "0":  # the locale writes other digits: Latin, with .
            self.setLocale(QLocale.c())

    def validate(self, text: str, pos: int) -> object:
        return super().validate(text.translate(_TO_LATIN), pos)

    def valueFromText(self, text: str) -> int | float:  # noqa: N802 (Qt's name)
        return super().valueFromText(text.translate(_TO_LATIN))


class NumberField(_LatinDigits, QSpinBox):
    pass


class DecimalField(_LatinDigits, QDoubleSpinBox):
    pass

"""A message over an empty list saying why it is empty and what to do, with buttons for it
(a new owner's first screen, a search that found nothing, an empty Trash)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Actions = Sequence[tuple[str, Callable[[], None]]]


class EmptyHint(QWidget):
    """Lies over `viewport` (a view's), following its size; shown by `show_text`."""

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self._buttons)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []
        viewport.installEventFilter(self)
        self._fit(viewport)
        self.hide()

    def _fit(self, viewport: QWidget) -> None:
        self.setGeometry(viewport.rect())
        self._size_text()

    def _size_text(self) -> None:
        # a definite size: a layout that centres a wrapped label does not ask it how tall
        # its lines are at that width
        width = max(160, min(460, self.width() - 40))
        self.text.setFixedSize(width, max(0, self.text.heightForWidth(width)))  # (-1: no text)

    def show_text(self, text: str, actions: Actions = ()) -> None:
        self.text.setText(text)
        self._size_text()
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for label, act in actions:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, act=act: act())  # (not `checked`)
            self._buttons.insertWidget(self._buttons.count() - 1, button)
            self.buttons.append(button)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self._fit(watched)
        return False


def say_over(view: QAbstractItemView, hint: EmptyHint | None,
             why: tuple[str, Actions] | None) -> EmptyHint | None:
    """The hint over `view` saying `why` (text, buttons), made on first need; hidden when
    there is nothing to say (the list has rows)."""
    if why is None:
        if hint is not None:
            hint.hide()
        return hint
    hint = hint or EmptyHint(view.viewport())
    hint.show_text(*why)
    return hint

"""Answering the message boxes a test's action asks, and keeping what they asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def answering(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
              ) -> list[str]:
    """From now on every QMessageBox.question gets `answer`; the list of their texts."""
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked

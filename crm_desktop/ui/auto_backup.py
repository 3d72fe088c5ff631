"""The daily automatic backup, started a little after the window has painted and run in the
background (services.auto_backup), with its copy to the owner's second folder; the owner
hears of it only if one fails."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.services import auto_backup
from crm_desktop.ui.messages import error_text
from crm_desktop.ui.workers import Background

DELAY_MS = 3000  # after start-up's own reading of the database


class AutoBackup(QObject):
    def __init__(self, db_path: Path, clock: Callable[[], datetime], status: QStatusBar,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db_path = db_path
        self._clock = clock
        self._status = status
        self.task: Background | None = None
        self.made: Path | None = None

    def schedule(self, delay_ms: int = DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.start)

    def start(self) -> None:
        if self.task is not None:
            return
        self.task = Background(lambda progress: auto_backup.daily_backup(
            self._db_path, self._clock(), progress), self)
        self.task.ended.connect(self._ended)
        self.task.start()

    def stop(self) -> None:
        """(When the app quits) cancel a backup under way; no partial file is left."""
        if self.task is not None:
            self.task.stop()

    def _ended(self, done: auto_backup.DailyBackup | None,
               error: BaseException | None) -> None:
        self.made = done.made if done is not None else None
        if done is not None and done.copy_failed is not None:
            self._status.showMessage(self.tr(
                "The daily backup was made, but not its copy elsewhere: {0}").format(
                    error_text(done.copy_failed)), 30000)
        if error is None or isinstance(error, CancelledError):
            return
        text = error_text(error) if isinstance(error, CrmError) else str(error)
        self._status.showMessage(self.tr("The automatic backup failed: {0}").format(text),
                                 30000)

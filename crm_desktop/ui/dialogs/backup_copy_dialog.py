"""File > Automatic backups: where the daily backups are, and a second folder for a copy of
each (services.auto_backup), chosen, changed or given up here."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services import auto_backup
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.display_text import left_to_right, local_minutes
from crm_desktop.ui.messages import error_text


def _newest(backups: list[Path]) -> str | None:
    if not backups:
        return None
    return local_minutes(datetime.fromtimestamp(backups[-1].stat().st_mtime, UTC))


class BackupCopyDialog(QDialog):
    """Save keeps the folder chosen (checked by services.auto_backup.set_copy_folder);
    `chosen` is then that folder, or None for no copy."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        self._db_path = db_path
        self.chosen: Path | None = auto_backup.copy_folder()
        daily = auto_backup.automatic_backups(db_path)
        newest = _newest(daily)
        where = QLabel(self.tr(
            "Once a day crm-desktop backs up this database by itself into {0}, keeping the "
            "last {1}.").format(left_to_right(str(auto_backup.folder_for(db_path))),
                                auto_backup.KEEP)
            + " " + (self.tr("The newest was made {0}.").format(newest) if newest
                     else self.tr("None has been made yet.")), self)
        why = QLabel(self.tr(
            "<b>A copy elsewhere.</b> A backup beside the database is lost with its disk, or "
            "with the laptop. Name a folder on another disk, a USB drive, or one your cloud "
            "storage syncs, and each day's backup is copied there too (the last {0} kept; a "
            "drive that was not plugged in gets the newest when it is).").format(
                auto_backup.KEEP), self)
        for label in (where, why):
            label.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # (a path)
        self.folder.setPlaceholderText(self.tr("No copy elsewhere"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose)
        self.stop = QPushButton(self.tr("Stop copying"), self)
        self.stop.clicked.connect(lambda: self._show(None))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.stop)
        self.there = QLabel(self)
        self.there.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (where, why):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.there)
        layout.addStretch(1)
        layout.addWidget(confirm_buttons(self, self.try_accept))
        self._show(self.chosen)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _show(self, folder: Path | None) -> None:
        self.chosen = folder
        self.folder.setText(str(folder) if folder else "")
        self.stop.setEnabled(folder is not None)
        if folder is None:
            self.there.clear()
        elif not folder.is_dir():
            self.there.setText(self.tr("The folder is not there now (a drive not plugged in?)."))
        else:
            newest = _newest(auto_backup.automatic_backups(self._db_path, folder))
            self.there.setText(self.tr("The newest copy there was made {0}.").format(newest)
                               if newest else self.tr("No copy is there yet."))

    def choose(self) -> None:
        start = str(self.chosen or Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("A folder for the copies"), start)
        if name:
            self._show(Path(name))

    def try_accept(self) -> None:
        try:
            auto_backup.set_copy_folder(self.chosen, self._db_path)
        except CrmError as exc:
            self.there.setText(error_text(exc))
            return
        self.accept()

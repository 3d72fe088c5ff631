"""Run as a script by test_startup.py: start, paint the first frame, print the time, quit.

`bare` shows a QMainWindow with one label (the floor); `app` shows crm-desktop's main
window on the database given as the third argument.
"""

import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.done)
            obj.removeEventFilter(self)
        return False

    def done(self):
        print(f"painted {time.perf_counter() - START:.4f}", flush=True)
        QApplication.instance().quit()


def main() -> None:
    kind = sys.argv[1]
    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("hello"))
    else:
        from pathlib import Path

        from PySide6.QtCore import QSettings

        from crm_desktop.db.connection import open_database
        from crm_desktop.ui.application import create_application, utc_clock
        from crm_desktop.ui.main_window import MainWindow

        app = create_application()
        open_database(sys.argv[2])
        settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
        window = MainWindow(Path(sys.argv[2]), settings, utc_clock)
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


main()

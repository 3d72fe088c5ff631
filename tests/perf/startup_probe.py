"""Run as a script by test_startup.py: start, paint the first frame, print the time, quit.

`bare` shows a QMainWindow with one label (the floor). `app` starts crm-desktop the way the
`crm-desktop --db FILE` command does (cli.start_gui: lock, database, settings, window,
reminders) and reports from the window's own first-paint signal.
"""

import sys
import time

START = time.perf_counter()


def painted() -> None:
    print(f"painted {time.perf_counter() - START:.4f}", flush=True)
    from PySide6.QtWidgets import QApplication

    QApplication.instance().quit()


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, painted)
                obj.removeEventFilter(self)
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    return app.exec()


def app(db_path: str) -> int:
    from crm_desktop.cli import parse_args, start_gui

    return start_gui(parse_args(["--db", db_path]), on_first_paint=painted)


sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))

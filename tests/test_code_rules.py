"""The architecture rules the code must keep: layers, lint."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "crm_desktop"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
UI_IMPORT = re.compile(r"^\s*(from|import)\s+crm_desktop\.ui", re.MULTILINE)


def _modules_below_ui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


def test_nothing_below_the_ui_imports_qt() -> None:
    offenders = [str(p) for p in _modules_below_ui()
                 if QT_IMPORT.search(p.read_text(encoding="utf-8"))
                 and p.name not in ("cli.py", "__main__.py")]
    assert offenders == []


def test_nothing_below_the_ui_imports_the_ui_at_module_level() -> None:
    # cli.py starts the GUI, importing it inside the function that does so
    offenders = [str(p) for p in _modules_below_ui()
                 if UI_IMPORT.search(p.read_text(encoding="utf-8")) and p.name != "cli.py"]
    assert offenders == []


def test_services_and_db_run_without_qt() -> None:
    code = ("import sys; import crm_desktop.cli, crm_desktop.services.demo, "
            "crm_desktop.services.database_info, crm_desktop.services.backup, "
            "crm_desktop.services.contact_query, crm_desktop.services.funnel, "
            "crm_desktop.services.reminders; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "crm_desktop", "tests"],
                            cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_messages_the_window_shows_are_marked_for_translation() -> None:
    """An error or refused row built from a bare string would reach a Persian owner in
    English: below the UI they are built with translatable.msg (the CLI keeps its own)."""
    import ast

    shown = {"InputError", "StorageError", "CancelledError", "Refused"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in shown and node.args):
                text = node.args[2] if node.func.id == "Refused" else node.args[0]
                if isinstance(text, ast.Constant | ast.JoinedStr):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_a_messages_first_argument_does_not_start_with_a_string() -> None:
    """pyside6-lupdate reads msg("...", "x", n) like QT_TR_NOOP with a comment and a plural
    count whenever the argument after the template starts with a string (a literal, an
    f-string, a conditional): the translation then never applies. Name such a value first."""
    import ast

    offenders = []
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "msg" and len(node.args) > 1):
                continue
            first = ast.get_source_segment(source, node.args[1]) or ""
            if first.lstrip("rbfuRBFU")[:1] in ('"', "'"):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []

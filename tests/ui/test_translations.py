"""The Persian and Russian translations cover every string the interface marks, and the
compiled .qm files say what the .ts sources say (pyside6-lupdate / pyside6-lrelease, as the
README tells)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fa", "ru")
LUPDATE_OPTIONS = ("-tr-function-alias", "QT_TR_NOOP+=msg")  # translatable.msg, as README says


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None where unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            out[(name, message.findtext("source") or "")] = (
                translation.text if done and translation is not None else None)
    return out


def test_every_marked_string_has_a_persian_and_a_russian_translation(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "crm_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *sources, *LUPDATE_OPTIONS, "-locations", "none",
                    "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(_messages(fresh))
    assert len(wanted) > 400
    for lang in LANGUAGES:
        have = _messages(I18N / f"crm_desktop_{lang}.ts")
        missing = sorted(key for key in wanted if not have.get(key))
        assert not missing, f"{lang}: untranslated {missing[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_translations_are_those_of_the_sources(lang: str) -> None:
    from PySide6.QtCore import QTranslator

    compiled = QTranslator()
    assert compiled.load(str(I18N / f"crm_desktop_{lang}.qm"))
    stale = [(context, source) for (context, source), text
             in _messages(I18N / f"crm_desktop_{lang}.ts").items()
             if text and compiled.translate(context, source) != text]
    assert not stale, f"{lang}: run pyside6-lrelease; differs: {stale[:10]}"

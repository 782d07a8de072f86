"""The translation files are complete and current (starting in each language: tests/ui).

When a test here fails after new texts were added to the code, run
``make translations`` and translate what it reports as unfinished
(docs/translations.md).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.i18n_qt import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
REFUSAL_CLASSES = {
    "ValidationError",
    "DuplicateError",
    "NotFoundError",
    "ConflictError",
    "AccessDenied",
    "MileageWarning",
}


def ts_messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def sources_of(path: Path) -> set[tuple[str, str]]:
    return {(context, m.findtext("source") or "") for context, m in ts_messages(path)}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_is_translated(code: str) -> None:
    unfinished = []
    for context, message in ts_messages(TRANSLATIONS / f"pitstop_{code}.ts"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            texts = [form.text for form in translation.iter("numerusform")]
        else:
            texts = [translation.text]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
            unfinished.append(f"{context}: {message.findtext('source')}")
    assert not unfinished, f"{len(unfinished)} unfinished in pitstop_{code}.ts: {unfinished[:10]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_file_is_there(code: str) -> None:
    assert (TRANSLATIONS / f"pitstop_{code}.qm").stat().st_size > 0


def test_the_translation_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate run now finds no text the committed files lack (nor any they have extra)."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT
    )
    now = sources_of(fresh)
    for code in LANGUAGES:
        committed = sources_of(TRANSLATIONS / f"pitstop_{code}.ts")
        assert now - committed == set(), f"pitstop_{code}.ts lacks texts: run make translations"
        assert committed - now == set(), f"pitstop_{code}.ts has stale texts: make translations"


def refusal_templates() -> Iterator[tuple[str, int, str]]:
    """Every literal message of a ValidationError (or kin) raised outside the widgets."""
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "app").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            is_super = name == "__init__" and isinstance(getattr(func, "value", None), ast.Call)
            if name not in REFUSAL_CLASSES and not is_super:
                continue
            message = node.args[1] if len(node.args) > 1 else None
            if isinstance(message, ast.Call) and getattr(message.func, "id", "") == (
                "QT_TRANSLATE_NOOP"
            ):
                message = message.args[1]
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                yield str(path.relative_to(ROOT)), node.lineno, message.value


def test_every_refusal_template_is_marked_for_translation() -> None:
    marked = {source for context, source in sources_of(TRANSLATIONS / "pitstop_en.ts")}
    templates = list(refusal_templates())
    assert len(templates) > 80
    missing = [f"{path}:{line}: {text}" for path, line, text in templates if text not in marked]
    assert not missing, 'wrap them in QT_TRANSLATE_NOOP("Refusals", ...): ' + "; ".join(missing)

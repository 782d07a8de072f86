"""style.md's one-way data flow, checked on the source: widgets never import the
database layer, and the domain never imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (APP / folder).rglob("*.py"))


@pytest.mark.parametrize("path", python_files("ui"), ids=lambda p: str(p.relative_to(APP)))
def test_widgets_do_not_touch_the_database(path: Path) -> None:
    bad = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] == "sqlalchemy" or m == "app.models" or m.startswith("app.models.")
    }
    assert not bad, f"{path} imports {bad}; go through a service"


@pytest.mark.parametrize(
    "path",
    python_files("models", "services", "exchange", "demo")
    + sorted((APP / "reports").glob("*.py"))
    + [APP / "db.py", APP / "cli.py", APP / "clock.py", APP / "config.py"],
    ids=lambda p: str(p.relative_to(APP)),
)
def test_domain_does_not_import_qt(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "pyqtgraph")}
    assert not bad, f"{path} imports {bad}; the domain stays free of Qt"


AUDITED_MODELS = {"Client", "Vehicle", "Visit", "VisitItem", "Reminder", "Inquiry"}


def bulk_writes(path: Path) -> set[str]:
    """``update(Model)`` / ``delete(Model)`` / ``insert(Model)`` calls on audited models."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("update", "delete", "insert")
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in AUDITED_MODELS
        ):
            found.add(f"{node.func.id}({node.args[0].id}) line {node.lineno}")
    return found


@pytest.mark.parametrize(
    "path",
    [p for p in python_files("services") if p.name not in ("derived.py", "audit.py")],
    ids=lambda p: str(p.relative_to(APP)),
)
def test_services_change_audited_tables_through_the_session(path: Path) -> None:
    """The audit log listens to the session's flushes: a bulk statement would go unrecorded.

    Derived columns (derived.py) are bookkeeping and are not audited.
    """
    assert not bulk_writes(path), f"{path}: {bulk_writes(path)}; change records one by one"

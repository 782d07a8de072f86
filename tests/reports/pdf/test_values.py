"""Printed values: money with the currency, shares as percentages, phones grouped."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from app.reports.base import Money
from app.reports.pdf import values

PDF_PACKAGE = Path(__file__).resolve().parents[3] / "app" / "reports" / "pdf"


def test_money_groups_digits_and_names_the_currency() -> None:
    assert values.money(Money(125050), "UAH") == "1 250.50 UAH"
    assert values.money(Money(5), "MDL") == "0.05 MDL"
    assert values.money(Money(-123456789), "EUR") == "-1 234 567.89 EUR"
    assert values.text(Money(100), "money", "MDL") == "1.00 MDL"


def test_shares_print_as_percentages_and_nulls_as_a_dash() -> None:
    assert values.text(0.4838, "share", "UAH") == "48.38%"
    assert values.text(1.0, "share", "UAH") == "100.00%"
    assert values.text(0.0001, "share", "UAH") == "0.01%"
    assert values.text(None, "share", "UAH") == "—"


def test_other_values() -> None:
    assert values.text(1234567, "int", "UAH") == "1 234 567"
    assert values.text(41.6, "number", "UAH") == "41.6"
    assert values.text(4.5, "number", "UAH", places=2) == "4.50"
    assert values.text(dt.date(2026, 1, 31), "date", "UAH") == "2026-01-31"
    assert values.text(["Ana", "Олег"], "list", "UAH") == "Ana; Олег"
    assert values.text(1234, "id", "UAH") == "1234"
    assert values.phone("+380671234567") == "+380 67 123 4567"
    assert values.phone("+37369123456") == "+373 691 23 456"  # phonenumbers' grouping
    assert values.phone("call the office") == "call the office"
    assert values.compact(3_389_175.5) == "3.4M"
    assert values.compact(12_000) == "12k"
    assert values.compact(950) == "950"


def test_the_pdf_package_does_not_import_qt() -> None:
    for path in PDF_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not [n for n in names if n.split(".")[0] in ("PySide6", "pyqtgraph")], path

"""Report PDFs: the figures and the Cyrillic and Romanian names print, the fonts are
embedded DejaVu Sans, long tables break across pages under a repeated header."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from app.reports import REPORTS, run_report
from app.reports.base import Column, Money, Table, make_params
from app.reports.pdf import write_report_pdf
from app.reports.pdf.document import build_pdf
from app.reports.pdf.tables import data_table
from tests.reports.pdf.reading import fonts_of, page_texts, text_of
from tests.reports.shop import Shop

GENERATED = dt.datetime(2026, 7, 1, 8, 30)
SHOP_NAME = "СТО «Колесо» Chișinău"


def write(conn: Connection, tmp_path: Path, name: str, currency: str = "MDL", **kw: Any) -> Path:
    params = make_params(dt.date(2026, 6, 30), **kw)
    path = tmp_path / f"{name}.pdf"
    result = run_report(conn, name, params)
    write_report_pdf(result, path, SHOP_NAME, currency, generated_at=GENERATED)
    return path


@pytest.fixture
def three_clients(shop: Shop) -> None:
    """Olena, Ștefan and Anna, with revenue in the period 2025-07-01 .. 2026-06-30."""
    maintenance = shop.department("Maintenance")
    oil = shop.service("Oil change", maintenance)
    tyres = shop.service("Tyre fitting", shop.department("Tyres"))
    olena = shop.client("Олена Ковальчук")
    stefan = shop.client("Ștefan Munteanu")
    anna = shop.client("Anna Smith")
    # Olena: 1250.50 + 2 x 400 = 2050.50 on the first visit, 0 (a declined item) on the
    # second; 2 visits, average check 2050.50 / 2 = 1025.25.
    shop.visit(olena, "2026-03-02 09:00", [(oil, "1250.50"), (tyres, "400", "2")])
    shop.visit(olena, "2026-05-10 23:59:59", [(oil, "500", "1", True)])
    # Ștefan: 1000.00 (the declined 500 does not count).
    shop.visit(stefan, "2026-04-01", [(oil, "1000"), (tyres, "500", "1", True)])
    # Anna: 50.00; her cancelled visit and the one after as_of do not count.
    shop.visit(anna, "2026-06-30 00:00:00", [(oil, "50")])
    shop.visit(anna, "2026-06-15", [(oil, "700")], status="cancelled")
    shop.visit(anna, "2026-07-01 00:00:00", [(oil, "900")])
    shop.done()


def test_top_prints_the_names_and_figures(conn, tmp_path, three_clients) -> None:
    text = text_of(write(conn, tmp_path, "top"))
    # Total 2050.50 + 1000 + 50 = 3100.50. Shares: 2050.50 / 3100.50 = 0.66134 -> 66.13%,
    # 1000 / 3100.50 = 0.32253 -> 32.25%, 50 / 3100.50 = 0.01613 -> 1.61%; running:
    # 66.13%, 3050.50 / 3100.50 = 0.98387 -> 98.39%, 100.00%. Classes: A (0 before),
    # A (0.6613 before < 0.75), C (0.9839 before >= 0.95).
    assert SHOP_NAME in text
    assert "Top clients" in text
    assert "Period 2025-07-01 – 2026-06-30" in text
    assert "as of 2026-06-30" in text
    assert "generated 2026-07-01 08:30" in text
    assert "Олена Ковальчук" in text
    assert "Ștefan Munteanu" in text
    for figure in ("2 050.50 MDL", "1 025.25 MDL", "1 000.00 MDL", "50.00 MDL"):
        assert figure in text
    for figure in ("66.13%", "32.25%", "1.61%", "98.39%", "100.00%"):
        assert figure in text
    # Rows cell by cell: rank, id, name, visits, revenue, average check, last visit,
    # share, cumulative share, class.
    cells = [line.strip() for line in text.splitlines()]
    anna = cells.index("Anna Smith")
    assert cells[anna - 2 : anna + 8] == [
        "3", cells[anna - 1], "Anna Smith", "1", "50.00 MDL", "50.00 MDL", "2026-06-30",
        "1.61%", "100.00%", "C",
    ]  # fmt: skip
    olena = cells.index("Олена Ковальчук")
    assert cells[olena + 1 : olena + 8] == [
        "2", "2 050.50 MDL", "1 025.25 MDL", "2026-05-10", "66.13%", "66.13%", "A",
    ]  # fmt: skip
    # The Pareto chart's guide lines at the ABC thresholds.
    assert "A: 75%" in text and "B: 95%" in text
    assert "page 1 of 1" in text


def test_fonts_are_embedded_dejavu_without_helvetica(conn, tmp_path, three_clients) -> None:
    for name in ("top", "kpi", "heatmap", "gaps"):
        fonts = fonts_of(write(conn, tmp_path, name))
        names = sorted(str(f["/BaseFont"]) for f in fonts)
        assert [n.split("+", 1)[1] for n in names] == ["DejaVuSans", "DejaVuSans-Bold"], names
        for font in fonts:
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert not any("Helvetica" in n for n in names)


def test_a_long_table_spans_pages_with_its_header_on_each(shop, conn, tmp_path) -> None:
    # 150 do-not-contact clients: segments has a row for each (kind "do_not_contact").
    names = [f"Клієнт Ștefănescu {n:03d}" for n in range(1, 151)]
    for name in names:
        shop.client(name, do_not_contact=True)
    shop.done()
    pages = page_texts(write(conn, tmp_path, "segments"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        # "Why" titles the reasons column and is printed nowhere else.
        assert len(re.findall(r"\bWhy\b", page)) == 1, number
        assert f"page {number} of {len(pages)}" in page
    per_page = [sum(name in page for name in names) for page in pages]
    assert sum(per_page) == 150
    assert all(count > 0 for count in per_page)
    assert names[0] in pages[0] and names[-1] in pages[-1]


def test_kpi_cards_show_the_changes(shop, conn, tmp_path) -> None:
    oil = shop.service("Oil change", shop.department("Maintenance"))
    ion = shop.client("Ion Țurcanu")
    # Period 2025-07-01 .. 2026-06-30: 1500.00; the 365 days before it: 1000.00;
    # change +50.0%. A year ago is the same as the previous period here.
    shop.visit(ion, "2025-03-01", [(oil, "1000")])
    shop.visit(ion, "2026-03-01", [(oil, "1500")])
    shop.done()
    text = text_of(write(conn, tmp_path, "kpi", currency="UAH"))
    assert "1 500.00 UAH" in text
    assert "vs previous: +50.0% (1 000.00 UAH)" in text
    assert "vs year ago: +50.0% (1 000.00 UAH)" in text
    # Visits by returning clients: 1 of 1 now, 0 of 1 before: +100.00 percentage points.
    assert "100.00%" in text and "+100.00 pp" in text
    # Days between visits: 365 (2025-03-01 .. 2026-03-01).
    assert "365" in text


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_prints_on_an_empty_database(conn, tmp_path, name: str) -> None:
    pages = page_texts(write(conn, tmp_path, name))
    assert REPORTS[name].title in pages[0]
    assert f"page 1 of {len(pages)}" in pages[0]


# What each report must print for the shop of ``test_every_report_prints_with_data``.
EXPECTED = {
    "churn": ["Переїхав", "Anna Smith", "100.00%"],
    "cohorts": ["2025-08", "2025-09"],
    # 2 inquiries, 1 linked to a completed visit.
    "conversion": ["Inquiries: 2 · Converted: 1 · Conversion: 50.00%"],
    # Active: Olena and Ștefan; only Olena used the tyre department.
    "gaps": [
        "Шиномонтаж",
        "50.00%",
        "Call to offer Шиномонтаж: active clients who have not used it",
        "Ștefan Munteanu",
        "+380 50 000 1001",
    ],
    "growth": ["2025-08", "2026-02"],
    "heatmap": ["Sat", "23:00"],
    # 1250.50 + 4 x 400 + 4.5 x 380 = 1250.50 + 1600 + 1710 = 4560.50 in 3 visits.
    "kpi": ["4 560.50 UAH", "1 520.17 UAH"],
    # Olena: last visit 2025-10-02, 271 days before as_of > 2 x 61.
    "lost": ["Олена Ковальчук", "271", "61.0"],
    "masters": ["Ion Rusu", "4 560.50 UAH", "4.00"],
    "referrals": ["Олена Ковальчук", "Ștefan Munteanu", "Петро Бондар", "1 710.00 UAH"],
    # Both first visits were maintenance; Olena came back on 2025-10-02.
    "retention": ["Maintenance", "Total: New clients: 2 · Returned: 1 · Return rate: 50.00%"],
    "rfm": ["Олена Ковальчук", "Ștefan Munteanu", "2 850.50 UAH"],
    "segments": ["Олена Ковальчук", "Advocates", "referred 2 clients"],
    "sources": ["Radio", "no source"],
    "top": ["Олена Ковальчук", "2 850.50 UAH", "62.50%"],
    "trends": ["Шиномонтаж", "1 600.00 UAH"],
}


def test_every_report_has_its_expectations() -> None:
    assert sorted(EXPECTED) == sorted(REPORTS)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_prints_with_data(shop, conn, tmp_path, name: str) -> None:
    maintenance = shop.department("Maintenance")
    tyres = shop.department("Шиномонтаж")
    oil = shop.service("Oil change", maintenance)
    fitting = shop.service("Tyre fitting", tyres)
    radio = shop.source("Radio")
    moved = shop.reason("Переїхав")
    master = shop.master("Ion Rusu", maintenance)
    olena = shop.client("Олена Ковальчук", "2025-08-01", source=radio)
    stefan = shop.client("Ștefan Munteanu", "2025-09-01", referred_by=olena)
    shop.client("Петро Бондар", "2025-10-01", referred_by=olena)
    anna = shop.client("Anna Smith", "2024-01-01", left_on="2026-02-01", reason=moved)
    first = shop.visit(olena, "2025-08-02 10:00", [(oil, "1250.50")], master=master, rating=5)
    shop.visit(olena, "2025-10-02 15:00", [(fitting, "400", "4")], master=master, rating=5)
    shop.visit(stefan, "2025-09-06 23:10", [(oil, "380", "4.5")], master=master, rating=2)
    shop.visit(anna, "2024-02-01", [(oil, "300")])
    shop.visit(anna, "2024-03-01", [(oil, "300")])
    shop.inquiry("2025-08-01 09:00", source=radio, client=olena, visit=first)
    shop.inquiry("2025-08-05 09:00", source=radio)
    shop.done()
    department = {"department_id": tyres} if name == "gaps" else {}
    text = text_of(write(conn, tmp_path, name, currency="UAH", **department))
    assert REPORTS[name].title in text
    for expected in EXPECTED[name]:
        assert expected in text, expected


def test_long_tables_of_wrapped_rows_keep_every_row_once(tmp_path) -> None:
    # 260 rows, every third with a note too long for one line: every row prints once,
    # in order, under a header on every page.
    columns = [Column("n", "Row", "int"), Column("note", "Note"), Column("sum", "Sum", "money")]
    rows = [
        {"n": n, "note": f"row{n:03d} " + ("долгий текст ș " * 12 if n % 3 == 0 else ""),
         "sum": Money(n * 100)}
        for n in range(1, 261)
    ]  # fmt: skip
    path = tmp_path / "wrapped.pdf"
    build_pdf(
        path, shop_name="Pitstop", title="Wrapped", params=make_params(dt.date(2026, 6, 30)),
        generated_at=GENERATED, story=[data_table(Table(tuple(columns), tuple(rows)), "UAH")],
    )  # fmt: skip
    pages = page_texts(path)
    assert len(pages) >= 4
    found = [int(n) for page in pages for n in re.findall(r"row(\d{3})", page)]
    assert found == list(range(1, 261))
    for page in pages:
        assert len(re.findall(r"\bNote\b", page)) == 1
    assert "260.00 UAH" in pages[-1]

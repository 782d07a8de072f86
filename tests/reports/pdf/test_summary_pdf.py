"""The owner's summary: every section's figures in one PDF, and ``pitstop report ... pdf``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import insert

from app.models import Setting
from app.reports.base import make_params
from app.reports.pdf import write_summary_pdf
from tests.cli.running import run
from tests.reports.pdf.reading import page_texts, text_of
from tests.reports.shop import Shop


def small_shop(shop: Shop) -> None:
    """As of 2026-06-30, period 2025-07-01 .. 2026-06-30 (previous: 2024-07-01 .. 2025-06-30)."""
    oil = shop.service("Oil change", shop.department("Maintenance"))
    tyres = shop.service("Tyre fitting", shop.department("Tyres"))
    moved = shop.reason("Переїхав")
    olena = shop.client("Олена Ковальчук", "2024-01-10", phone="+380671234567")
    stefan = shop.client("Ștefan Munteanu", "2025-08-01", phone="+37369123456")
    anna = shop.client("Anna Smith", "2024-05-05", left_on="2026-03-01", reason=moved)
    # Olena: two visits before the period, 31 days apart; 2000.00 in all.
    shop.visit(olena, "2025-01-10", [(oil, "1000")])
    shop.visit(olena, "2025-02-10", [(oil, "1000")])
    # Ștefan: 1250.50 + 2 x 400 = 2050.50, then 500: 2550.50 in the period.
    shop.visit(stefan, "2025-09-01", [(oil, "1250.50"), (tyres, "400", "2")])
    shop.visit(stefan, "2026-06-01", [(oil, "500")])
    # Anna: 300.00 in the period, departed on 2026-03-01.
    shop.visit(anna, "2025-08-15", [(oil, "300")])
    shop.done()


def test_the_summary_has_every_section(shop, conn, tmp_path) -> None:
    small_shop(shop)
    path = tmp_path / "summary.pdf"
    params = make_params(dt.date(2026, 6, 30))
    write_summary_pdf(
        conn, params, path, shop_name="Pitstop Київ", currency="UAH",
        generated_at=dt.datetime(2026, 7, 1, 9, 0),
    )  # fmt: skip
    pages = page_texts(path)
    text = "\n".join(pages)
    assert "Pitstop Київ" in text and "Owner's summary" in text
    assert "generated 2026-07-01 09:00" in text
    # Key numbers: revenue 2550.50 + 300 = 2850.50 against 2000.00 before: +42.5%;
    # 3 visits against 2: +50.0%.
    assert "2 850.50 UAH" in text
    assert "vs previous: +42.5% (2 000.00 UAH)" in text
    assert "vs previous: +50.0% (2)" in text
    # Growth: Ștefan registered in 2025-08, Anna left in 2026-03.
    assert "Client base growth" in text and "2025-08" in text and "2026-03" in text
    # Churn: the one departure, all of them.
    assert "Переїхав" in text and "100.00%" in text
    # Gaps over the 2 active clients (Ștefan, Anna): tyres used by Ștefan only.
    assert "Department gaps" in text and "50.00%" in text
    # Top: 2550.50 / 2850.50 = 0.89475 -> 89.48%; 300 / 2850.50 = 0.10525 -> 10.52%.
    assert "2 550.50 UAH" in text and "89.48%" in text and "10.52%" in text
    # Call list: Olena, 505 days since 2025-02-10 (365 + 140) > max(90, 2 x 31).
    assert "Call list: lost regular clients (1)" in text
    assert "Олена Ковальчук" in text and "+380 67 123 4567" in text
    assert "505" in text and "2 000.00 UAH" in text
    assert "Ștefan Munteanu" in text
    assert f"page {len(pages)} of {len(pages)}" in pages[-1]


@pytest.fixture
def filled(engine, db_path: Path) -> Path:
    with engine.connect() as conn:
        small_shop(Shop(conn))
        conn.execute(insert(Setting.__table__).values(key="shop_name", value="СТО Ștefan"))
        conn.execute(insert(Setting.__table__).values(key="currency", value="MDL"))
        conn.commit()
    return db_path


def test_report_pdf_from_the_command_line(capsys, filled, tmp_path) -> None:
    target = tmp_path / "top.pdf"
    status, out, err = run(
        capsys, "--db", str(filled), "report", "top", "--as-of", "2026-06-30",
        "--format", "pdf", "--out", str(target),
    )  # fmt: skip
    assert (status, out) == (0, ""), err
    text = text_of(target)
    assert "СТО Ștefan" in text and "Top clients" in text
    assert "2 550.50 MDL" in text and "89.48%" in text


def test_summary_from_the_command_line(capsys, filled, tmp_path) -> None:
    target = tmp_path / "summary.pdf"
    status, _, err = run(
        capsys, "--db", str(filled), "report", "summary", "--as-of", "2026-06-30",
        "--format", "pdf", "--out", str(target),
    )  # fmt: skip
    assert status == 0, err
    text = text_of(target)
    assert "Owner's summary" in text and "+380 67 123 4567" in text and "2 850.50 MDL" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "top", "--format", "pdf"], "--format pdf needs --out FILE"),
        (["report", "summary"], "'summary' is only made as a PDF"),
        (["report", "summary", "--format", "json"], "'summary' is only made as a PDF"),
        (["report", "nosuch", "--format", "pdf", "--out", "x.pdf"], "unknown report 'nosuch'"),
    ],
)
def test_pdf_usage_errors_exit_2(capsys, db_path, argv: list[str], message: str) -> None:
    status, out, err = run(capsys, "--db", str(db_path), *argv)
    assert status == 2
    assert message in err
    assert out == ""


def test_an_unwritable_out_file_is_a_clear_error(capsys, db_path, tmp_path) -> None:
    target = tmp_path / "no such folder" / "summary.pdf"
    status, _, err = run(
        capsys, "--db", str(db_path), "report", "summary", "--format", "pdf", "--out", str(target)
    )
    assert status == 2
    assert f"cannot write {target}" in err

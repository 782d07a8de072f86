"""``pdf``: the owner's summary PDF written from the scale database (reports and layout)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy.orm import Session

from app.reports.base import make_params
from app.reports.pdf import write_summary_pdf
from app.services.settings import load_settings
from benchmarks.harness import BenchContext, Operation, register_group


@register_group("pdf")
def pdf_group(ctx: BenchContext) -> list[Operation]:
    def run(path: Path) -> None:
        with ctx.engine.connect() as conn:
            with Session(conn) as session:
                settings = load_settings(session)
                params = make_params(ctx.today, abc_a=settings.abc_a, abc_b=settings.abc_b)
            write_summary_pdf(
                conn, params, path, shop_name=settings.shop_name, currency=settings.currency
            )

    def remove(path: Path) -> None:
        shutil.rmtree(path.parent, ignore_errors=True)

    return [
        Operation(
            "owner's summary PDF (6 reports, full call list)",
            run,
            setup=lambda: ctx.scratch_path("summary").with_suffix(".pdf"),
            cleanup=remove,
        )
    ]

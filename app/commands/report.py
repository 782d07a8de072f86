"""``pitstop report NAME``: any report of reports.md as a table, JSON, CSV or PDF.

``pitstop report summary --format pdf --out FILE`` writes the owner's summary
(several reports in one PDF); "summary" exists only as a PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from sqlalchemy import Connection

from app.commands.base import CommandContext, UsageError
from app.reports import REPORTS, run_report
from app.reports.base import ParamsError, ReportParams, make_params
from app.reports.output import to_csv, to_json, to_text
from app.reports.pdf import write_report_pdf, write_summary_pdf
from app.services.settings import ShopSettings, load_settings

FORMATS = {"table": to_text, "json": to_json, "csv": to_csv}
PDF = "pdf"
SUMMARY = "summary"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-01-31") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("report", help="print a report (see reports.md)")
    parser.add_argument(
        "name",
        metavar="NAME",
        help=f"one of: {', '.join(sorted(REPORTS))}; or {SUMMARY} (the owner's summary, PDF only)",
    )
    parser.add_argument("--from", dest="date_from", type=_date, metavar="D")
    parser.add_argument("--to", dest="date_to", type=_date, metavar="D")
    parser.add_argument("--as-of", dest="as_of", type=_date, metavar="D")
    parser.add_argument("--limit", type=int, metavar="N")
    parser.add_argument("--department", type=int, metavar="ID")
    parser.add_argument("--format", choices=sorted([*FORMATS, PDF]), default="table")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write here (needed for pdf)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.name not in REPORTS and args.name != SUMMARY:
        raise UsageError(
            f"unknown report '{args.name}'; known reports: {', '.join(sorted(REPORTS))}"
            f" (and {SUMMARY}, as a PDF)"
        )
    if args.name == SUMMARY and args.format != PDF:
        raise UsageError(f"'{SUMMARY}' is only made as a PDF: use --format pdf --out FILE")
    if args.format == PDF and args.out is None:
        raise UsageError("--format pdf needs --out FILE (a PDF is not printed to the terminal)")
    with ctx.sessions() as session:
        settings = load_settings(session)
        try:
            params = make_params(
                ctx.clock.today(),
                as_of=args.as_of,
                date_from=args.date_from,
                date_to=args.date_to,
                limit=args.limit,
                department_id=args.department,
                abc_a=settings.abc_a,
                abc_b=settings.abc_b,
            )
        except ParamsError as error:
            raise UsageError(str(error)) from None
        conn = session.connection()
        if args.format == PDF:
            _write_pdf(args, conn, params, settings, ctx)
            return 0
        result = run_report(conn, args.name, params)
    text = FORMATS[args.format](result)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        ctx.out.write(text)
    return 0


def _write_pdf(
    args: argparse.Namespace,
    conn: Connection,
    params: ReportParams,
    settings: ShopSettings,
    ctx: CommandContext,
) -> None:
    shop, currency, now = settings.shop_name, settings.currency, ctx.clock.now()
    try:
        if args.name == SUMMARY:
            write_summary_pdf(
                conn, params, args.out, shop_name=shop, currency=currency, generated_at=now
            )
        else:
            result = run_report(conn, args.name, params)
            write_report_pdf(result, args.out, shop, currency, generated_at=now)
    except OSError as error:
        raise UsageError(f"cannot write {args.out}: {error.strerror or error}") from None

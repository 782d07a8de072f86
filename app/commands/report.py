"""``pitstop report NAME``: any report of reports.md as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.commands.base import CommandContext, UsageError
from app.reports import REPORTS, run_report
from app.reports.base import ParamsError, make_params
from app.reports.output import to_csv, to_json, to_text
from app.services.settings import load_settings

FORMATS = {"table": to_text, "json": to_json, "csv": to_csv}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-01-31") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("report", help="print a report (see reports.md)")
    parser.add_argument("name", metavar="NAME", help="one of: " + ", ".join(sorted(REPORTS)))
    parser.add_argument("--from", dest="date_from", type=_date, metavar="D")
    parser.add_argument("--to", dest="date_to", type=_date, metavar="D")
    parser.add_argument("--as-of", dest="as_of", type=_date, metavar="D")
    parser.add_argument("--limit", type=int, metavar="N")
    parser.add_argument("--department", type=int, metavar="ID")
    parser.add_argument("--format", choices=sorted(FORMATS), default="table")
    parser.add_argument("--out", type=Path, metavar="FILE")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.name not in REPORTS:
        raise UsageError(
            f"unknown report '{args.name}'; known reports: {', '.join(sorted(REPORTS))}"
        )
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
        result = run_report(session.connection(), args.name, params)
    text = FORMATS[args.format](result)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        ctx.out.write(text)
    return 0

"""``pitstop reminders``: the reminders due by as-of + N days, as reports.md defines them."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from app.commands.base import CommandContext, UsageError
from app.reports.base import Column, Table
from app.reports.output import json_value, render_table
from app.services.reminders_due import JSON_KEYS, DueReminder, due_reminders

COLUMNS = (
    Column("reminder_id", "Reminder", "id"),
    Column("client_id", "Client", "id"),
    Column("name", "Name"),
    Column("phone", "Phone"),
    Column("vehicle", "Car"),
    Column("service", "Service"),
    Column("due_on", "Due on", "date"),
    Column("due_mileage", "Due km", "int"),
    Column("predicted_mileage", "Predicted km", "int"),
    Column("overdue_days", "Overdue days", "int"),
    Column("note", "Note"),
)
MAX_DAYS = 3660


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-01-31") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "reminders", help="list the reminders due by --as-of + --days (see reports.md)"
    )
    parser.add_argument("--as-of", dest="as_of", type=_date, metavar="D", help="default: today")
    parser.add_argument("--days", type=int, default=0, metavar="N", help="look ahead N days")
    parser.add_argument(
        "--all",
        dest="include_all",
        action="store_true",
        help="include do-not-contact and departed clients",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not 0 <= args.days <= MAX_DAYS:
        raise UsageError(f"--days must lie between 0 and {MAX_DAYS}")
    as_of = args.as_of or ctx.clock.today()
    with ctx.sessions() as session:
        rows = due_reminders(session, as_of, args.days, args.include_all)
    if args.format == "json":
        ctx.out.write(to_json(as_of, args.days, rows) + "\n")
    else:
        ctx.out.write(to_text(as_of, args.days, rows))
    return 0


def to_json(as_of: dt.date, days: int, rows: tuple[DueReminder, ...]) -> str:
    data = {
        "report": "reminders",
        "as_of": as_of.isoformat(),
        "days": days,
        "rows": [{key: json_value(getattr(row, key)) for key in JSON_KEYS} for row in rows],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_text(as_of: dt.date, days: int, rows: tuple[DueReminder, ...]) -> str:
    until = as_of + dt.timedelta(days=days)
    heading = f"Reminders due by {until.isoformat()} (as of {as_of.isoformat()}): {len(rows)}"
    table = Table(COLUMNS, [row._asdict() for row in rows])
    return f"{heading}\n\n{render_table(table)}\n"

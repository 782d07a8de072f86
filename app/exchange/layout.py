"""The files of the exchange format (spec/exchange.md) and how their columns map to tables.

Each file lists its columns in the order they are written. Visits and
reminders carry one trailing column beyond exchange.md (``mileage_note``,
``snoozed_until``) so that an export followed by an import loses nothing;
the import accepts files without them.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from sqlalchemy import Table

from app.models import (
    INQUIRY_CHANNELS,
    REMINDER_STATUSES,
    VISIT_STATUSES,
    ChurnReason,
    Client,
    Department,
    Employee,
    Inquiry,
    Reminder,
    Service,
    Source,
    Vehicle,
    Visit,
    VisitItem,
)

Kind = Literal[
    "id",  # a positive whole number naming the row; references follow it
    "int",  # a whole number, within minimum..maximum when given
    "text",  # a one-line text, trimmed, at most max_length characters
    "note",  # free text kept exactly as written (line breaks, spaces)
    "money",  # "1250.50": at most two places, stored in minor units
    "quantity",  # "4.5": at most three places, stored in thousandths
    "bool",  # 0 or 1
    "date",  # YYYY-MM-DD
    "datetime",  # YYYY-MM-DD HH:MM[:SS]
    "phone",  # normalised to E.164 with the shop's phone region
    "plate",  # upper case without spaces
    "vin",  # 17 characters without I, O, Q
    "choice",  # one of choices
]


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    required: bool = False
    target: str | None = None  # for references: the file whose ids they name
    unique: bool = False  # unique within the file and against the database
    default: Any = None  # stored for an empty cell of an optional column
    max_length: int = 200
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    attr: str = ""  # the table column, when its name differs

    @property
    def field(self) -> str:
        return self.attr or self.name


@dataclasses.dataclass(frozen=True)
class FileSpec:
    name: str  # "clients.csv"
    entity: str  # "client": how problems name one of its rows
    table: Table
    columns: tuple[Column, ...]

    @property
    def sheet(self) -> str:
        """The sheet of an .xlsx workbook that holds this file."""
        return self.name.removesuffix(".csv")


def _id() -> Column:
    return Column("id", "id", required=True)


def _ref(name: str, target: str, required: bool = False) -> Column:
    return Column(name, "id", required=required, target=target)


def _name(max_length: int = 200, unique: bool = False) -> Column:
    return Column("name", "text", required=True, max_length=max_length, unique=unique)


# In dependency order: a file refers only to files before it (and clients to clients).
FILES: tuple[FileSpec, ...] = (
    FileSpec("departments.csv", "department", Department.__table__, (_id(), _name(100, True))),
    FileSpec(
        "services.csv",
        "service",
        Service.__table__,
        (
            _id(),
            _name(),
            _ref("department_id", "departments.csv", required=True),
            Column("price", "money", required=True),
            Column("interval_months", "int", minimum=1),
            Column("interval_km", "int", minimum=1),
        ),
    ),
    FileSpec(
        "employees.csv",
        "employee",
        Employee.__table__,
        (
            _id(),
            _name(),
            _ref("department_id", "departments.csv"),
            Column("active", "bool", default=True),
        ),
    ),
    FileSpec("sources.csv", "source", Source.__table__, (_id(), _name(100, True))),
    FileSpec("churn_reasons.csv", "churn reason", ChurnReason.__table__, (_id(), _name(100, True))),
    FileSpec(
        "clients.csv",
        "client",
        Client.__table__,
        (
            _id(),
            _name(),
            Column("phone", "phone", required=True, unique=True),
            Column("email", "text"),
            Column("registered_on", "date", required=True),
            _ref("source_id", "sources.csv"),
            _ref("referred_by_id", "clients.csv"),
            Column("do_not_contact", "bool", default=False),
            Column("left_on", "date"),
            _ref("churn_reason_id", "churn_reasons.csv"),
            Column("churn_note", "note"),
            Column("notes", "note", default=""),
        ),
    ),
    FileSpec(
        "vehicles.csv",
        "vehicle",
        Vehicle.__table__,
        (
            _id(),
            _ref("client_id", "clients.csv", required=True),
            Column("make", "text", required=True, max_length=100),
            Column("model", "text", default="", max_length=100),
            Column("year", "int", minimum=1900, maximum=2100),
            Column("plate", "plate", unique=True),
            Column("vin", "vin", unique=True),
        ),
    ),
    FileSpec(
        "visits.csv",
        "visit",
        Visit.__table__,
        (
            _id(),
            _ref("client_id", "clients.csv", required=True),
            _ref("vehicle_id", "vehicles.csv"),
            Column("started_at", "datetime", required=True),
            Column("mileage", "int", minimum=0),
            _ref("employee_id", "employees.csv"),
            Column("status", "choice", required=True, choices=VISIT_STATUSES),
            Column("rating", "int", minimum=1, maximum=5),
            Column("feedback", "note"),
            Column("mileage_note", "note"),
        ),
    ),
    FileSpec(
        "visit_items.csv",
        "visit item",
        VisitItem.__table__,
        (
            _id(),
            _ref("visit_id", "visits.csv", required=True),
            _ref("service_id", "services.csv", required=True),
            Column("quantity", "quantity", required=True, attr="quantity_milli"),
            Column("price", "money", required=True),
            Column("declined", "bool", default=False),
        ),
    ),
    FileSpec(
        "inquiries.csv",
        "inquiry",
        Inquiry.__table__,
        (
            _id(),
            Column("received_at", "datetime", required=True),
            _ref("client_id", "clients.csv"),
            Column("name", "text"),
            Column("phone", "phone"),
            _ref("source_id", "sources.csv"),
            Column("channel", "choice", required=True, choices=INQUIRY_CHANNELS),
            _ref("visit_id", "visits.csv"),
        ),
    ),
    FileSpec(
        "reminders.csv",
        "reminder",
        Reminder.__table__,
        (
            _id(),
            _ref("client_id", "clients.csv", required=True),
            _ref("vehicle_id", "vehicles.csv"),
            _ref("service_id", "services.csv"),
            Column("due_on", "date"),
            Column("due_mileage", "int", minimum=1),
            Column("note", "note", default=""),
            Column("status", "choice", required=True, choices=REMINDER_STATUSES),
            Column("created_on", "date", required=True),
            Column("done_on", "date"),
            Column("snoozed_until", "date"),
        ),
    ),
)

FILES_BY_NAME = {spec.name: spec for spec in FILES}
# Files whose ids other rows refer to (their ids are kept in memory during an import).
REFERENCED = frozenset(c.target for spec in FILES for c in spec.columns if c.target)

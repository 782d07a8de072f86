"""One plain test per bug the property tests found: each used to raise something other
than a ValidationError (or to store what cannot be stored everywhere)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.services import catalog, clients, inquiries, reminders, vehicles, visits
from app.services.catalog import ServiceInput
from app.services.clients import ClientInput
from app.services.errors import ValidationError
from app.services.money import parse_money, parse_quantity, quantity_from_decimal
from app.services.reminders import ReminderInput
from app.services.vehicles import VehicleInput
from app.services.visits import ItemInput, VisitInput
from tests.properties.support import attempt


def refused(session, field: str, write) -> ValidationError:
    """``write`` is refused on ``field`` and writes nothing (``attempt`` checks the tables)."""
    with pytest.raises(ValidationError) as caught:
        write()
    assert caught.value.field == field, caught.value
    assert attempt(session, write, [field]) is None
    return caught.value


def test_an_id_past_64_bits_is_not_found(session, clock, world) -> None:
    """Was OverflowError: Python int too large to convert to SQLite INTEGER."""
    error = refused(
        session,
        "client_id",
        lambda: clients.update_client(
            session, 2**63, ClientInput("Ann", "050 111 22 33"), clock, expected_version=1
        ),
    )
    assert error.text() == f"there is no record with id {2**63}"
    refused(
        session,
        "items[0].service_id",
        lambda: visits.create_visit(
            session,
            VisitInput(world.ann, dt.datetime(2026, 1, 5, 9), items=(ItemInput(-(2**64)),)),
            clock,
        ),
    )


def test_numbers_past_the_limits_are_refused(session, clock, world) -> None:
    """Were OverflowError on flush (price, mileage, interval, due mileage)."""
    error = refused(
        session,
        "price",
        lambda: catalog.create_service(session, ServiceInput("Big", world.maintenance, 2**63)),
    )
    assert error.text() == "must be at most 1000000000000000"
    visit = VisitInput(world.ann, dt.datetime(2026, 1, 5, 9), mileage=10**20)
    refused(session, "mileage", lambda: visits.create_visit(session, visit, clock))
    refused(
        session,
        "due_mileage",
        lambda: reminders.create_reminder(
            session, ReminderInput(world.ann, due_mileage=2**64), clock
        ),
    )


def test_a_quantity_that_is_not_finite_or_too_big_is_refused() -> None:
    """NaN raised decimal.InvalidOperation, Infinity OverflowError, 1e400 overflowed SQLite."""
    for value in (Decimal("NaN"), float("nan"), "Infinity", float("inf")):
        with pytest.raises(ValidationError) as caught:
            quantity_from_decimal(value)
        assert caught.value.text() == f"'{value}' is not a number"
    for value in ("1e400", 10**30, Decimal("100000.001")):
        with pytest.raises(ValidationError) as caught:
            quantity_from_decimal(value)
        assert caught.value.text() == "must be at most 100000"
    assert quantity_from_decimal("100000") == 10**8


def test_import_amounts_past_the_limits_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money("100000000.01")
    assert caught.value.text() == "must be at most 100000000.00"
    assert parse_money("100000000.00") == 10**10
    with pytest.raises(ValidationError):
        parse_quantity("9" * 30)


def test_nul_and_broken_surrogates_are_refused(session, clock, world) -> None:
    """NUL was stored (PostgreSQL refuses it); a lone surrogate raised UnicodeEncodeError."""
    for text in ("Олена\x00", "\ud800"):
        error = refused(
            session,
            "name",
            lambda text=text: clients.create_client(
                session, ClientInput(text, "067 123 45 67"), clock
            ),
        )
        assert error.text() == "holds a character that cannot be stored"
    refused(
        session,
        "notes",
        lambda: clients.create_client(
            session, ClientInput("Олена", "067 123 45 67", notes="a\x00b"), clock
        ),
    )
    refused(
        session,
        "plate",
        lambda: vehicles.add_vehicle(
            session, world.ann, VehicleInput("VW", plate="AA\x0012"), clock
        ),
    )
    refused(
        session,
        "note",
        lambda: reminders.create_reminder(
            session, ReminderInput(world.ann, due_mileage=1000, note="\x00"), clock
        ),
    )


def test_a_moment_with_a_time_zone_is_refused(session, clock, world) -> None:
    """A visit stored it silently without its zone; an inquiry raised TypeError."""
    aware = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    error = refused(
        session,
        "started_at",
        lambda: visits.create_visit(session, VisitInput(world.ann, aware), clock),
    )
    assert error.text() == "must be a local time without a zone"
    refused(
        session, "received_at", lambda: inquiries.log_inquiry(session, clock, received_at=aware)
    )


def _import(tmp_path: Path, migrated_template: Path, clients_csv: str) -> tuple[int, list[str]]:
    db = tmp_path / "shop.db"
    shutil.copyfile(migrated_template, db)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clients.csv").write_text(clients_csv, encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main(["--db", str(db), "import", str(folder)])
    return status, err.getvalue().splitlines()


HEADER = "id,name,phone,registered_on,do_not_contact,notes\n"


def test_import_ids_and_numbers_past_64_bits_are_problems(tmp_path, migrated_template) -> None:
    """Was OverflowError (an id of 2**63) and ValueError (a number of 5000 digits)."""
    status, lines = _import(
        tmp_path,
        migrated_template,
        HEADER
        + "9223372036854775808,Ann,067 1000001,2026-01-01,0,\n"
        + f"{'9' * 5000},Bob,067 1000002,2026-01-01,0,\n",
    )
    assert status == 1
    assert lines == [
        "clients.csv:2: id: must lie between 1 and 9223372036854775807",
        "clients.csv:3: id: must lie between 1 and 9223372036854775807",
        "import refused: 2 problem(s), nothing was written",
    ]


def test_import_problems_stay_one_line_each(tmp_path, migrated_template) -> None:
    """A cell's line break echoed in a message split the problem over two lines; NUL in a
    note was imported."""
    status, lines = _import(
        tmp_path,
        migrated_template,
        HEADER + '1,Ann,067 1000001,2026-01-01,"line\nbreak","a\x00b"\n',
    )
    assert status == 1
    assert lines == [
        "clients.csv:2: do_not_contact: 'line\\nbreak' is not 0 or 1",
        "clients.csv:2: notes: holds a character that cannot be stored",
        "import refused: 2 problem(s), nothing was written",
    ]

"""Export then import into an empty database reproduces every table exactly."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import Engine

from app.clock import FixedClock
from app.exchange import export_database, import_path
from tests.exchange.sample import CHURN_NOTE, CLIENT_NOTES, FEEDBACK, all_rows, schema

COUNTS = {
    "departments.csv": 3,
    "services.csv": 4,
    "employees.csv": 2,
    "sources.csv": 2,
    "churn_reasons.csv": 1,
    "clients.csv": 4,
    "vehicles.csv": 3,
    "visits.csv": 6,
    "visit_items.csv": 7,
    "inquiries.csv": 3,
    "reminders.csv": 4,
}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_round_trip_reproduces_every_column(
    sample: Engine, other_engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "out"
    assert export_database(sample, folder) == COUNTS
    tables_and_indexes = schema(other_engine)
    assert import_path(other_engine, folder, clock=clock) == COUNTS
    assert schema(other_engine) == tables_and_indexes
    before, after = all_rows(sample), all_rows(other_engine)
    for table, rows in before.items():
        assert after[table] == rows, table
    # The derived columns were rebuilt, not copied: visit 1 earns 380.00 + 4.5 x 320.50.
    visits = {row[0]: row for row in after["visits"]}
    assert visits[1][10] == 38000 + 144225  # revenue; the declined 1250.50 is left out
    # A second export of the copy is byte for byte the first.
    again = tmp_path / "again"
    export_database(other_engine, again)
    for name in COUNTS:
        assert (again / name).read_bytes() == (folder / name).read_bytes(), name


def test_exported_cells(sample: Engine, tmp_path: Path) -> None:
    export_database(sample, tmp_path)
    items = read(tmp_path / "visit_items.csv")
    assert list(items[0]) == ["id", "visit_id", "service_id", "quantity", "price", "declined"]
    assert [(i["quantity"], i["price"], i["declined"]) for i in items[:4]] == [
        ("1", "380.00", "0"),
        ("4.5", "320.50", "0"),
        ("1", "1250.50", "1"),
        ("0.333", "320.50", "0"),
    ]
    clients = {c["id"]: c for c in read(tmp_path / "clients.csv")}
    assert clients["1"]["name"] == "Олена Ковальчук"
    assert clients["1"]["notes"] == CLIENT_NOTES
    assert clients["2"]["name"] == "Ștefan Munteanu"
    assert clients["2"]["churn_note"] == CHURN_NOTE
    assert (clients["2"]["left_on"], clients["2"]["do_not_contact"]) == ("2026-06-01", "1")
    assert clients["4"]["email"] == "" and clients["4"]["notes"] == ""
    visits = read(tmp_path / "visits.csv")
    assert list(visits[0])[-1] == "mileage_note"
    assert visits[0]["feedback"] == FEEDBACK
    assert visits[1]["started_at"] == "2026-04-15 14:05:30"
    assert visits[4]["mileage_note"] == "одометр замінено"
    assert "revenue" not in visits[0]
    reminders = read(tmp_path / "reminders.csv")
    assert list(reminders[0])[-1] == "snoozed_until"
    assert reminders[2]["snoozed_until"] == "2026-12-01"
    assert reminders[1]["due_on"] == "" and reminders[1]["due_mileage"] == "60000"

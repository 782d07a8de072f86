"""Importing into a database that has data: new ids, references follow them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.clock import FixedClock
from app.exchange import ImportFailed, import_path
from tests.exchange.sample import all_rows

FILES = {
    "departments.csv": "id,name\n1,Кузовний ремонт\n",
    "services.csv": "id,name,department_id,price\n1,Фарбування крила,1,4200\n",
    "clients.csv": (
        "id,name,phone,registered_on,referred_by_id\n"
        "1,Марія Шевченко,+380661234567,2026-02-01,\n"
        "2,Mihai Ceban,+37368111222,2026-03-01,1\n"
        "3,Оксана Ткач,+380687654321,2026-03-02,2\n"
    ),
    "vehicles.csv": "id,client_id,make,model,plate\n1,2,Toyota,Corolla,AE 5555 KA\n",
    # employee 1 is not in the import: it is the database's Іван Петренко.
    "visits.csv": (
        "id,client_id,vehicle_id,started_at,employee_id,status\n"
        "1,2,1,2026-03-05 10:00,1,completed\n"
    ),
    "visit_items.csv": ("id,visit_id,service_id,quantity,price\n1,1,1,1,4200\n2,1,4,2,150.25\n"),
    "reminders.csv": (
        "id,client_id,vehicle_id,due_mileage,status,created_on\n1,2,1,90000,pending,2026-03-05\n"
    ),
}


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def test_rows_get_new_ids_and_references_follow(
    sample: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    before = all_rows(sample)
    counts = import_path(sample, write(tmp_path / "in", FILES), clock=clock)
    assert counts["clients.csv"] == 3 and counts["visit_items.csv"] == 2
    after = all_rows(sample)
    for table, rows in before.items():  # what was there is untouched
        assert [r[:3] for r in after[table][: len(rows)]] == [r[:3] for r in rows], table
    new = {table: after[table][len(rows) :] for table, rows in before.items()}
    assert [r[:2] for r in new["departments"]] == [(4, "Кузовний ремонт")]
    assert [r[:3] for r in new["services"]] == [(5, "Фарбування крила", 4)]
    # id, name, ..., referred_by_id (column 6): client 2 -> 6 referred by 5, 3 -> 7 by 6
    assert [(r[0], r[1], r[6]) for r in new["clients"]] == [
        (5, "Марія Шевченко", None),
        (6, "Mihai Ceban", 5),
        (7, "Оксана Ткач", 6),
    ]
    assert [r[:2] for r in new["vehicles"]] == [(4, 6)]
    visit = new["visits"][0]
    # id, client, vehicle, ..., employee (the database's), ..., revenue 4200 + 2 x 150.25
    assert (visit[0], visit[1], visit[2], visit[5], visit[10]) == (7, 6, 4, 1, 450050)
    assert visit[11] == 1  # the client's first completed visit
    assert [(r[0], r[1], r[2]) for r in new["visit_items"]] == [(8, 7, 5), (9, 7, 4)]
    assert [(r[0], r[1], r[2], r[5]) for r in new["reminders"]] == [(5, 6, 4, 90000)]


def test_duplicates_of_rows_in_the_database_are_refused(
    sample: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    before = all_rows(sample)
    folder = write(
        tmp_path / "dup",
        {
            "departments.csv": "id,name\n1,Шиномонтаж\n",
            "clients.csv": (
                "id,name,phone,registered_on\n"
                "1,Олена Ковальчук,050 123 45 67,2024-03-01\n"
                "2,Ново Клієнт,+380661234567,2026-11-24\n"
            ),
            "vehicles.csv": "id,client_id,make,vin\n1,1,Škoda,tmbjj7ne8f0123456\n"
            "2,3,Škoda,TMBJJ7NE8F012345O\n",
            "visits.csv": "id,client_id,vehicle_id,started_at,status\n"
            "1,2,1,2026-01-01 10:00,completed\n",
        },
    )
    with pytest.raises(ImportFailed) as failed:
        import_path(sample, folder, clock=clock)
    assert [str(p) for p in failed.value.problems] == [
        "departments.csv:2: name: Шиномонтаж belongs to an existing department",
        "clients.csv:2: phone: +380501234567 belongs to an existing client",
        "clients.csv:3: registered_on: 2026-11-24 is after today (2026-11-23)",
        "vehicles.csv:2: vin: TMBJJ7NE8F0123456 belongs to an existing vehicle",
        "vehicles.csv:3: vin: may hold only digits and letters other than I, O and Q",
        "visits.csv:2: vehicle_id: the vehicle belongs to another client",
    ]
    assert all_rows(sample) == before

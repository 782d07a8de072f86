"""`pitstop import` / `pitstop export`: the error report, usage errors, a 10,000-visit folder."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from app.models import Client, Visit, VisitItem
from tests.cli.running import run
from tests.exchange.generator import write_shop
from tests.exchange.sample import all_rows, fill_sample


def write_files(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


BAD_FOLDER = {
    "departments.csv": "id,name\n1,Кузовний ремонт\n2,Електрика\n",
    "services.csv": (
        "id,name,department_id,price,interval_months,interval_km\n"
        "1,Рихтування,1,1250.50,,\n"
        "2,Діагностика,9,-5,,\n"
        "3,Олива,2,320.505,,\n"
    ),
    "clients.csv": (
        "id,name,phone,email,registered_on,source_id,referred_by_id,do_not_contact,"
        "left_on,churn_reason_id,churn_note,notes\n"
        '1,Олена Ковальчук,050 765 43 21,,2024-03-01,,,0,,,,"Перший рядок\n'
        'другий, ""у лапках"""\n'
        "2,Ștefan Munteanu,12345,,2024-02-30,,,0,,,,\n"
    ),
    "vehicles.csv": (
        "id,client_id,make,model,year,plate,vin\n"
        "1,1,Škoda,Octavia,2015,BC 7777 AX,\n"
        "2,2,Dacia,Logan,,bc7777ax,\n"
    ),
    "visits.csv": (
        "id,client_id,vehicle_id,started_at,mileage,employee_id,status,rating,feedback\n"
        "1,1,1,2025-03-01 09:30,120000,,completed,7,\n"
    ),
    "visit_items.csv": (
        "id,visit_id,service_id,quantity,price,declined\n1,1,1,1,380,0\n2,1,3,4.5,320.5,0\n"
    ),
    "reminders.csv": (
        "id,client_id,vehicle_id,service_id,due_on,due_mileage,note,created_on\n"
        "1,1,1,1,,,Заміна оливи,2025-03-01\n"
    ),
}


def test_import_prints_every_problem_and_writes_nothing(
    capsys, database, engine, tmp_path: Path
) -> None:
    fill_sample(engine)
    before = all_rows(engine)
    folder = write_files(tmp_path / "bad", BAD_FOLDER)
    status, out, err = run(capsys, *database.argv, "import", str(folder))
    assert status == 1
    assert out == ""
    assert err.splitlines() == [
        "services.csv:3: department_id: there is no department with id 9",
        "services.csv:3: price: must not be negative",
        "services.csv:4: price: '320.505' is not an amount like 1250.50",
        "clients.csv:4: phone: '12345' is not a phone number",
        "clients.csv:4: registered_on: '2024-02-30' is not a date like 2025-03-01",
        "vehicles.csv:3: plate: BC7777AX is already on line 2",
        "visits.csv:2: rating: must lie between 1 and 5",
        "reminders.csv:1: status: the column is missing",
        "reminders.csv:2: due_on: a reminder needs due_on or due_mileage (or both)",
        "import refused: 9 problem(s), nothing was written",
    ]
    assert all_rows(engine) == before


def test_file_level_problems(capsys, database, tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "odd",
        {
            "client.csv": "id,name\n",
            "departments.csv": "id,name,colour\n1,Шиномонтаж,red\n2,Шиномонтаж,blue,extra\n",
            "readme.txt": "not part of the format, ignored",
        },
    )
    status, _, err = run(capsys, *database.argv, "import", str(folder))
    assert status == 1
    assert err.splitlines()[:-1] == [
        "client.csv:1: -: is not a file of the exchange format",
        "clients.csv:1: -: the file is missing",
        "departments.csv:1: colour: is not a column of this file",
        "departments.csv:3: -: has 4 cells, the header has 3",
        "departments.csv:3: name: Шиномонтаж is already on line 2",
    ]


def test_usage_errors(capsys, database, tmp_path: Path) -> None:
    status, _, err = run(capsys, *database.argv, "import", str(tmp_path / "nowhere"))
    assert (status, err) == (2, f"pitstop: {tmp_path / 'nowhere'} does not exist\n")
    (tmp_path / "shop.txt").write_text("x")
    status, _, err = run(capsys, *database.argv, "import", str(tmp_path / "shop.txt"))
    assert status == 2
    assert "neither a folder of CSV files nor an .xlsx workbook" in err
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    status, _, err = run(capsys, *database.argv, "import", str(tmp_path / "broken.xlsx"))
    assert status == 2
    assert "cannot read the workbook" in err
    status, _, err = run(capsys, *database.argv, "export", str(tmp_path / "shop.txt"))
    assert (status, err) == (2, f"pitstop: {tmp_path / 'shop.txt'} is not a folder\n")


def test_export_then_import_prints_counts(
    capsys, database, engine, new_database, tmp_path: Path
) -> None:
    fill_sample(engine)
    status, out, _ = run(capsys, *database.argv, "export", str(tmp_path / "out"))
    assert status == 0
    assert "exported visit_items.csv           7 rows" in out.splitlines()
    other = new_database()
    status, out, _ = run(capsys, *other.argv, "import", str(tmp_path / "out"))
    assert status == 0
    assert "imported clients.csv               4 rows" in out.splitlines()
    copy = other.engine()
    assert all_rows(copy) == all_rows(engine)
    copy.dispose()


def test_import_of_a_generated_10000_visit_folder(capsys, database, engine, tmp_path) -> None:
    shop = write_shop(tmp_path / "shop", clients=1000, visits=10_000)
    assert shop.counts["visits.csv"] == 10_000
    started = time.perf_counter()
    status, out, err = run(capsys, *database.argv, "import", str(tmp_path / "shop"))
    elapsed = time.perf_counter() - started
    assert (status, err) == (0, "")
    printed = {line.split()[1]: int(line.split()[2].replace(",", "")) for line in out.splitlines()}
    assert printed == shop.counts
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Client)) == 1000
        assert conn.scalar(select(func.count()).select_from(Visit)) == 10_000
        items = conn.scalar(select(func.count()).select_from(VisitItem))
        revenue = conn.scalar(select(func.sum(Visit.revenue)).where(Visit.status == "completed"))
        last = conn.scalar(select(func.max(Visit.cum_revenue)))
    assert items == shop.counts["visit_items.csv"]
    assert Decimal(revenue) / 100 == shop.completed_revenue
    assert last is not None and last > 0
    assert elapsed < 20

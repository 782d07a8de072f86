"""Row rules and file troubles, each reported once with its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.clock import FixedClock
from app.exchange import ImportFailed, import_path

CLIENTS = "id,name,phone,registered_on,referred_by_id,left_on,churn_reason_id,do_not_contact\n"


def problems(engine: Engine, folder: Path, clock: FixedClock) -> list[str]:
    with pytest.raises(ImportFailed) as failed:
        import_path(engine, folder, clock=clock)
    return [str(p) for p in failed.value.problems]


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir()
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
    return folder


def test_row_rules(engine: Engine, tmp_path: Path, clock: FixedClock) -> None:
    folder = write(
        tmp_path / "in",
        {
            "churn_reasons.csv": "id,name\n1,Переїхав\n",
            "clients.csv": CLIENTS
            + "1,Олена,0501234567,2024-01-01,1,,,0\n"  # refers to itself
            + "2,Петро,0671112233,2024-01-01,9,2025-01-01,,yes\n"  # no client 9
            + "2,Ion,+37369123456,2024-01-01,,,1,\n"  # id again, reason without a date
            + "3,  ,0931234567,2024-01-01,,,,\n",
            "inquiries.csv": "id,received_at,channel\n1,2025-03-01 9:30,phone\n",
            "visits.csv": "id,client_id,started_at,status\n1,3,2025-03-01 09:30,completed\n",
            "visit_items.csv": "id,visit_id,service_id,quantity,price\n1,1,,0,1.5\n",
        },
    )
    assert problems(engine, folder, clock) == [
        "clients.csv:2: referred_by_id: a client cannot refer to itself",
        "clients.csv:3: do_not_contact: 'yes' is not 0 or 1",
        "clients.csv:3: churn_reason_id: must be given with left_on",
        "clients.csv:3: referred_by_id: there is no client with id 9",
        "clients.csv:4: id: id 2 is already on line 3",
        "clients.csv:4: left_on: must be given with churn_reason_id",
        "clients.csv:5: name: must not be empty",
        "visit_items.csv:2: service_id: must not be empty",
        "visit_items.csv:2: quantity: must be above zero",
        "inquiries.csv:2: received_at: '2025-03-01 9:30' is not a date and time like "
        "2025-03-01 09:30",
        "inquiries.csv:2: channel: 'phone' is not one of call, walk_in, online, other",
    ]


def test_unreadable_text_is_a_problem_of_its_file(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    folder = write(
        tmp_path / "in",
        {
            "clients.csv": "\ufeff" + CLIENTS + "1,Олена,0501234567,2024-01-01,,,,0\n",
            "sources.csv": b"id,name\n1," + "Вивіска".encode("cp1251") + b"\n",
        },
    )
    assert problems(engine, folder, clock) == ["sources.csv:2: -: is not UTF-8 text"]

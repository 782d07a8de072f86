"""`pitstop reminders`: the JSON of reports.md on a hand-built shop, the table, usage errors."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine

from tests.cli.running import run
from tests.reports.shop import Shop
from tests.services import reminder_shop
from tests.services.reminder_shop import Data


@pytest.fixture
def data(engine: Engine) -> Data:
    with engine.begin() as conn:
        return reminder_shop.build(Shop(conn))


def test_json_matches_the_worked_answers(capsys, database, data) -> None:
    status, out, _ = run(
        capsys, *database.argv, "reminders", "--as-of", "2026-11-23", "--days", "30",
        "--format", "json",
    )  # fmt: skip
    assert status == 0
    expected = reminder_shop.expected_rows(data)
    assert json.loads(out) == {
        "report": "reminders",
        "as_of": "2026-11-23",
        "days": 30,
        "rows": [expected[n] for n in (1, 3, 4, 6, 9, 11, 13, 15, 16, 17, 21)],
    }


def test_all_adds_do_not_contact_and_departed_clients(capsys, database, data) -> None:
    status, out, _ = run(
        capsys, *database.argv, "reminders", "--as-of", "2026-11-23", "--days", "30",
        "--all", "--format", "json",
    )  # fmt: skip
    assert status == 0
    rows = json.loads(out)["rows"]
    expected = reminder_shop.expected_rows(data)
    assert rows == [expected[n] for n in (1, 3, 4, 6, 9, 11, 13, 15, 16, 17, 19, 20, 21)]


def test_days_default_to_zero(capsys, database, data) -> None:
    status, out, _ = run(
        capsys, *database.argv, "reminders", "--as-of", "2026-11-23", "--format", "json"
    )
    assert status == 0
    found = json.loads(out)
    assert found["days"] == 0
    assert [r["reminder_id"] for r in found["rows"]] == [data.r[n] for n in (3, 6, 9, 11, 13, 21)]
    assert found["rows"][0]["predicted_mileage"] == 71500  # car A1 on 2026-11-23


def test_table(capsys, database, data) -> None:
    status, out, _ = run(capsys, *database.argv, "reminders", "--as-of", "2026-11-23")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Reminders due by 2026-11-23 (as of 2026-11-23): 6"
    assert lines[2].split()[:4] == ["Reminder", "Client", "Name", "Phone"]
    assert "Ann Smith" in lines[4] and "call about tyres" in lines[5]
    assert len(lines) == 4 + 6


def test_empty_database(capsys, database) -> None:
    status, out, _ = run(capsys, *database.argv, "reminders", "--format", "json")
    assert status == 0
    assert json.loads(out)["rows"] == []
    status, out, _ = run(capsys, *database.argv, "reminders")
    assert status == 0 and "(no rows)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--days", "-1"], "--days must lie between 0 and 3660"),
        (["--days", "x"], "invalid int value"),
        (["--as-of", "2026-02-30"], "is not a date"),
        (["--format", "csv"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(capsys, database, argv: list[str], message: str) -> None:
    status, _, err = run(capsys, *database.argv, "reminders", *argv)
    assert status == 2
    assert message in err

"""`pitstop report`: formats, usage errors, the empty database."""

from __future__ import annotations

import json

import pytest

from app.config import ENV_DATABASE_URL
from app.reports import REPORTS
from tests.cli.running import run
from tests.reports.shop import Shop


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_runs_on_an_empty_database(capsys, database, name: str) -> None:
    status, out, _ = run(
        capsys, *database.argv, "report", name, "--as-of", "2026-06-30", "--format", "json"
    )
    assert status == 0
    data = json.loads(out)
    assert data["report"] == name
    assert (data["as_of"], data["to"], data["from"]) == ("2026-06-30", "2026-06-30", "2025-07-01")
    assert isinstance(data["rows"], list)
    for fmt in ("table", "csv"):
        assert run(capsys, *database.argv, "report", name, "--format", fmt)[0] == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "nosuch"], "unknown report 'nosuch'"),
        (["report", "heatmap", "--from", "2026-02-30"], "is not a date"),
        (["report", "heatmap", "--from", "2026-05-02", "--to", "2026-05-01"], "after --to"),
        (["report", "heatmap", "--to", "2026-05-02", "--as-of", "2026-05-01"], "after --as-of"),
        (["report", "heatmap", "--limit", "0"], "--limit"),
        (["report", "heatmap", "--format", "yaml"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(capsys, database, argv: list[str], message: str) -> None:
    status, _, err = run(capsys, *database.argv, *argv)
    assert status == 2
    assert message in err


def test_csv_and_out_file(capsys, database, tmp_path) -> None:
    target = tmp_path / "heat.csv"
    status, out, _ = run(
        capsys, *database.argv, "report", "heatmap", "--format", "csv", "--out", str(target)
    )
    assert status == 0 and out == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "weekday,hour,visits"
    assert lines[1] == "1,0,0"
    assert len(lines) == 169


def test_refused_input_exits_1_with_the_field(capsys, database) -> None:
    status, _, err = run(capsys, *database.argv, "report", "gaps", "--department", "999")
    assert status == 1
    assert err.startswith("pitstop: department:")


def test_the_database_may_come_from_the_environment(capsys, database, engine, monkeypatch) -> None:
    with engine.begin() as conn:
        Shop(conn).client("Ганна Шевчук", "2026-03-05")
    monkeypatch.setenv(ENV_DATABASE_URL, database.url)
    status, out, _ = run(capsys, "report", "growth", "--as-of", "2026-06-30", "--format", "json")
    assert status == 0
    rows = {row["month"]: row["new_clients"] for row in json.loads(out)["rows"]}
    assert rows["2026-03"] == 1
    assert sum(rows.values()) == 1

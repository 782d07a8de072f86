"""The import: any CSV content is imported completely, or refused with one
``file:line: column: message`` line per problem and exit status 1, the database unchanged."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import itertools
import re
import shutil
import sqlite3
from pathlib import Path

from hypothesis import event, given
from hypothesis import strategies as st

from app.cli import main
from tests.properties import strategies as gen
from tests.properties.support import PROPERTY_SETTINGS

PROBLEM = re.compile(r"^[a-z_]+\.csv:\d+: [^:\n]+: .+$")
REFUSED = re.compile(r"^import refused: (\d+) problem\(s\), nothing was written$")
CLIENT_COLUMNS = (
    "id",
    "name",
    "phone",
    "email",
    "registered_on",
    "source_id",
    "referred_by_id",
    "do_not_contact",
    "left_on",
    "churn_reason_id",
    "churn_note",
    "notes",
)
VEHICLE_COLUMNS = ("id", "client_id", "make", "model", "year", "plate", "vin")
_NUMBERS = itertools.count()


def cells() -> st.SearchStrategy[str]:
    """What a cell may hold: any text, numbers of any size, dates of any form."""
    return st.one_of(
        gen.texts(),
        st.integers().map(str),
        st.sampled_from([str(n) for n in gen.HUGE]),
        st.decimals(allow_nan=True).map(str),
        st.dates().map(str),
        st.sampled_from(["0", "1", "-1", "2026-02-30", "9999-12-31", "0001-01-01 00:00"]),
    )


def client_row(data: st.DataObject, n: int) -> list[str]:
    good = {
        "id": st.just(str(n)),
        "name": gen.good_names(),
        "phone": st.just(f"067 {1_000_000 + n}"),
        "email": st.sampled_from(["", "a@b.ua"]),
        "registered_on": gen.good_days().map(str),
        "source_id": st.just(""),
        "referred_by_id": st.sampled_from(["", "1"] if n > 1 else [""]),
        "do_not_contact": st.sampled_from(["", "0", "1"]),
        "left_on": st.just(""),
        "churn_reason_id": st.just(""),
        "churn_note": st.just(""),
        "notes": gen.good_texts(),
    }
    values = gen.mixed(data, {name: (good[name], cells()) for name in CLIENT_COLUMNS})
    return [str(values[name]) for name in CLIENT_COLUMNS]


def vehicle_row(data: st.DataObject, n: int) -> list[str]:
    good = {
        "id": st.just(str(n)),
        "client_id": st.just("1"),
        "make": gen.good_names(),
        "model": gen.good_texts(),
        "year": st.sampled_from(["", "1999", "2026"]),
        "plate": st.just(f"AA{n:04d}BC"),
        "vin": st.just(""),
    }
    values = gen.mixed(data, {name: (good[name], cells()) for name in VEHICLE_COLUMNS})
    return [str(values[name]) for name in VEHICLE_COLUMNS]


def state(path: Path) -> dict[str, tuple[int, str]]:
    """Per table: the row count and a checksum of all its rows."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        result = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return result
    finally:
        conn.close()


def write_csv(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_csv_imports_whole_or_is_refused_line_by_line(
    tmp_path: Path, migrated_template: Path, data
) -> None:
    number = next(_NUMBERS)
    db = tmp_path / f"shop{number}.db"
    shutil.copyfile(migrated_template, db)
    folder = tmp_path / f"in{number}"
    folder.mkdir()
    clients = [client_row(data, n) for n in range(1, data.draw(st.integers(0, 3)) + 1)]
    vehicles = [vehicle_row(data, n) for n in range(1, data.draw(st.integers(0, 2)) + 1)]
    write_csv(folder / "clients.csv", CLIENT_COLUMNS, clients)
    if vehicles:
        write_csv(folder / "vehicles.csv", VEHICLE_COLUMNS, vehicles)
    before = state(db)

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--db", str(db), "import", str(folder)])

    lines = err.getvalue().splitlines()
    if status == 0:
        event("imported")
        assert lines == []
        after = state(db)
        assert after["clients"][0] == len(clients)
        assert after["vehicles"][0] == len(vehicles)
        assert re.search(rf"^imported clients.csv +{len(clients)} rows$", out.getvalue(), re.M)
    else:
        event("refused")
        assert status == 1, err.getvalue()
        *problems, last = lines
        assert REFUSED.match(last), last
        assert int(REFUSED.match(last).group(1)) == len(problems)
        assert problems
        for line in problems:
            assert PROBLEM.match(line), line
        assert state(db) == before

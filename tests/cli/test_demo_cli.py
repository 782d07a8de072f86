"""`pitstop demo`: fills an empty database, refuses a filled one, checks its numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import inspect

from tests.cli.running import run
from tests.conftest import DatabaseUnderTest

NewDatabase = Callable[[], DatabaseUnderTest]


def count_clients(database: DatabaseUnderTest) -> int:
    engine = database.engine()
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM clients").scalar_one()
    finally:
        engine.dispose()


def test_demo_fills_a_new_database_and_prints_the_counts(
    capsys: pytest.CaptureFixture[str], new_database: NewDatabase
) -> None:
    database = new_database()
    status, out, err = run(
        capsys, *database.argv, "demo", "--clients", "120", "--years", "2", "--seed", "5"
    )
    assert status == 0, err
    lines = dict(line.split(maxsplit=1) for line in out.splitlines() if line)
    assert lines["clients"] == "120"
    assert int(lines["visits"].replace(",", "")) > 500
    assert "Computing derived columns" in err  # progress goes to standard error
    assert count_clients(database) == 120


def test_demo_refuses_a_database_that_has_clients(
    capsys: pytest.CaptureFixture[str], new_database: NewDatabase
) -> None:
    database = new_database()
    assert run(capsys, *database.argv, "demo", "--clients", "30", "--years", "1")[0] == 0
    status, out, err = run(capsys, *database.argv, "demo", "--clients", "30", "--years", "1")
    assert status == 1
    assert out == ""
    assert "already has 30 clients" in err
    assert "empty database" in err
    assert count_clients(database) == 30


def test_demo_refuses_numbers_out_of_range(
    capsys: pytest.CaptureFixture[str], new_database: NewDatabase
) -> None:
    database = new_database()
    status, _out, err = run(capsys, *database.argv, "demo", "--clients", "0")
    assert status == 1
    assert "clients: must be at least 1" in err
    status, _out, err = run(capsys, *database.argv, "demo", "--years", "99")
    assert status == 1
    assert "years: must be between 1 and 30" in err
    status, _out, err = run(capsys, *database.argv, "demo", "--clients", "many")
    assert status == 2  # argparse: not a number
    assert count_clients(database) == 0


def schema_of(database: DatabaseUnderTest) -> dict[str, tuple[list, list]]:
    """Every table's foreign keys and indexes, as the database reports them."""
    engine = database.engine()
    try:
        found = inspect(engine)
        return {
            table: (
                sorted(str(key) for key in found.get_foreign_keys(table)),
                sorted(str(index) for index in found.get_indexes(table)),
            )
            for table in found.get_table_names()
        }
    finally:
        engine.dispose()


def test_demo_leaves_every_index_and_foreign_key_as_the_migrations_made_them(
    capsys: pytest.CaptureFixture[str], new_database: NewDatabase
) -> None:
    database = new_database()
    before = schema_of(database)
    assert any(keys for keys, _ in before.values())
    assert run(capsys, *database.argv, "demo", "--clients", "40", "--years", "1")[0] == 0
    assert schema_of(database) == before

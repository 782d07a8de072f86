"""Shared fixtures: a fresh migrated database per test, a fixed clock.

The tests of services, reports, exchange and the command line run twice: on a
SQLite file (``[sqlite]``) and on a PostgreSQL server (``[pg]``) named by
``PITSTOP_TEST_PG_URL`` (a database the role may create others beside: each
test gets a copy of one migrated template database). Without that variable the
``[pg]`` runs are skipped; with ``PITSTOP_REQUIRE_PG=1`` (CI) an unset variable
or an unreachable server fails them instead. A test that asks for ``db_path``
or is marked ``sqlite_only`` runs on SQLite alone, and so does every other
test directory (the UI's).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.db import create_db_engine, make_session_factory, open_database, sqlite_url
from app.services.access import SYSTEM

TODAY = dt.date(2026, 11, 23)

PG_URL_ENV = "PITSTOP_TEST_PG_URL"
REQUIRE_PG_ENV = "PITSTOP_REQUIRE_PG"
BOTH_BACKENDS = frozenset({"services", "reports", "exchange", "cli"})
TESTS_DIR = Path(__file__).parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of SQLite itself (files, PRAGMA)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``backend`` is "sqlite" everywhere, and also "pg" where both databases are tested."""
    if "backend" not in metafunc.fixturenames:
        return
    relative = Path(metafunc.definition.path).relative_to(TESTS_DIR)
    if (
        relative.parts[0] not in BOTH_BACKENDS
        or "db_path" in metafunc.fixturenames
        or metafunc.definition.get_closest_marker("sqlite_only")
    ):
        return
    pg_marks = []
    if not os.environ.get(PG_URL_ENV) and not os.environ.get(REQUIRE_PG_ENV):
        pg_marks.append(pytest.mark.skip(reason=f"{PG_URL_ENV} is not set"))
    metafunc.parametrize(
        "backend", ["sqlite", pytest.param("pg", marks=pg_marks)], indirect=True
    )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on: "sqlite" or "pg"."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head, copied for each test (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = open_database(sqlite_url(path))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


class PgServer:
    """Databases on the test server: one migrated template, a copy of it per test."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"{self.url.database}_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.numbers = itertools.count(1)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def make_template(self) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.execute(f'CREATE DATABASE "{self.template}"')
        open_database(self.url_of(self.template)).dispose()

    def create(self) -> str:
        name = f"{self.prefix}_{next(self.numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_URL_ENV)
    required = bool(os.environ.get(REQUIRE_PG_ENV))
    if not url:
        pytest.fail(f"{REQUIRE_PG_ENV} is set but {PG_URL_ENV} is not")
    server = PgServer(url)
    try:
        server.make_template()
    except Exception as error:  # the driver's errors differ: any failure to reach it
        server.admin.dispose()
        message = f"PostgreSQL at {PG_URL_ENV} is unusable: {error}"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    yield server
    server.drop(server.template)
    server.admin.dispose()


@dataclasses.dataclass(frozen=True)
class TestDatabase:
    """A fresh migrated database: its URL, and its file on SQLite."""

    url: str
    path: Path | None

    @property
    def argv(self) -> list[str]:
        """How the ``pitstop`` command is pointed at it."""
        return ["--db", str(self.path)] if self.path is not None else ["--url", self.url]

    def engine(self) -> Engine:
        if self.path is not None:
            return create_db_engine(self.url)
        # Tests need no durable commits: the server's fsync per commit is the slow part.
        return create_engine(self.url, connect_args={"options": "-c synchronous_commit=off"})


@pytest.fixture
def new_database(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], TestDatabase]]:
    """Makes more empty migrated databases of the test's backend (a second shop)."""
    made: list[str] = []
    server: PgServer | None = request.getfixturevalue("pg_server") if backend == "pg" else None
    template: Path | None = (
        request.getfixturevalue("migrated_template") if server is None else None
    )

    def make() -> TestDatabase:
        if server is not None:
            name = server.create()
            made.append(name)
            return TestDatabase(server.url_of(name), None)
        assert template is not None
        path = tmp_path / f"other{len(made) or ''}.db"
        made.append(str(path))
        shutil.copyfile(template, path)
        return TestDatabase(sqlite_url(path), path)

    yield make
    if server is not None:
        for name in made:
            server.drop(name)


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "pitstop.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest) -> TestDatabase:
    """The test's database; ``database.argv`` points the ``pitstop`` command at it."""
    if backend == "sqlite":
        path = request.getfixturevalue("db_path")
        return TestDatabase(sqlite_url(path), path)
    return request.getfixturevalue("new_database")()


@pytest.fixture
def engine(database: TestDatabase) -> Iterator[Engine]:
    engine = database.engine()
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine, clock: FixedClock) -> sessionmaker[Session]:
    return make_session_factory(engine, SYSTEM, clock)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(10, 0)))

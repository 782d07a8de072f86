"""Shared fixtures: a fresh migrated database per test, a fixed clock.

The tests of services, reports, exchange and the command line run twice: on a
SQLite file (``[sqlite]``) and on a PostgreSQL server (``[pg]``) named by
``PITSTOP_TEST_PG_URL`` (a database the role may create others beside: each
test gets an empty migrated database, a copy of one template emptied and reused
between tests). Without that variable the
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
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.db import create_db_engine, make_session_factory, open_database, sqlite_url
from app.models import Base
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
    metafunc.parametrize("backend", ["sqlite", pytest.param("pg", marks=pg_marks)], indirect=True)


def _on_pg(nodeid: str) -> bool:
    return "[pg]" in nodeid or "[pg-" in nodeid or "test_backends" in nodeid


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line saying how many tests ran on PostgreSQL (CI must show them run)."""
    counts = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        reports = terminalreporter.stats.get(outcome, [])
        counts[outcome] = len({r.nodeid for r in reports if _on_pg(getattr(r, "nodeid", ""))})
    if any(counts.values()):
        terminalreporter.write_line(
            "PostgreSQL: " + ", ".join(f"{n} {outcome}" for outcome, n in counts.items() if n)
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
    """Databases on the test server, each a copy of one migrated template.

    A test's database is emptied afterwards (DELETE of every table, sequences back
    to 1: milliseconds on a test's few rows, where TRUNCATE makes new files) and
    handed to the next test: dropping one costs a checkpoint of the whole server,
    up to seconds after a big test.
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"{self.url.database}_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.numbers = itertools.count(1)
        self.free: list[str] = []
        self.made: list[str] = []
        self.emptying = ""

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def execute(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        with self.admin.connect() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []

    def drop(self, name: str) -> None:
        self.disconnect(name)
        self.execute(f'DROP DATABASE IF EXISTS "{name}"')

    def disconnect(self, name: str) -> None:
        """Ends this role's sessions on the database (a test may leave some open)."""
        self.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name "
            "AND usename = current_user AND pid <> pg_backend_pid()",
            name=name,
        )

    def start(self) -> None:
        """Drops what crashed runs left, makes the template."""
        pattern = f"{self.url.database}_%"
        for (name,) in self.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE :pattern", pattern=pattern
        ):
            pid = str(name)[len(str(self.url.database)) + 1 :].split("_")[0]
            if pid.isdigit() and not _alive(int(pid)):
                self.drop(str(name))
        self.execute(f'CREATE DATABASE "{self.template}"')
        engine = open_database(self.url_of(self.template))
        # Every table the migrations made, children before parents; sequences back to 1.
        order = [t.name for t in reversed(Base.metadata.sorted_tables)]
        with engine.connect() as conn:
            tables = set(
                conn.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                        "AND tablename <> 'alembic_version'"
                    )
                ).scalars()
            )
            sequences = conn.execute(
                text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
            ).scalars()
            statements = [f'DELETE FROM "{name}"' for name in order if name in tables]
            statements += [f'DELETE FROM "{name}"' for name in sorted(tables - set(order))]
            statements += [f'ALTER SEQUENCE "{name}" RESTART' for name in sequences]
        self.emptying = "; ".join(statements)
        engine.dispose()

    def take(self) -> str:
        if self.free:
            return self.free.pop()
        name = f"{self.prefix}_{next(self.numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.append(name)
        return name

    def give_back(self, name: str) -> None:
        self.disconnect(name)
        engine = DatabaseUnderTest(self.url_of(name), None).engine()
        with engine.begin() as conn:
            conn.exec_driver_sql(self.emptying)
        engine.dispose()
        self.free.append(name)

    def stop(self) -> None:
        for name in [*self.made, self.template]:
            self.drop(name)
        self.admin.dispose()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_URL_ENV)
    required = bool(os.environ.get(REQUIRE_PG_ENV))
    if not url:
        if required:
            pytest.fail(f"{REQUIRE_PG_ENV} is set but {PG_URL_ENV} is not")
        pytest.skip(f"{PG_URL_ENV} is not set")
    server = PgServer(url)
    try:
        server.start()
    except Exception as error:  # the driver's errors differ: any failure to reach it
        server.admin.dispose()
        message = f"PostgreSQL at {PG_URL_ENV} is unusable: {error}"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    yield server
    server.stop()


@dataclasses.dataclass(frozen=True)
class DatabaseUnderTest:
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
        options = "-c synchronous_commit=off -c jit=off"
        return create_engine(self.url, connect_args={"options": options})


@pytest.fixture
def new_database(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], DatabaseUnderTest]]:
    """Makes more empty migrated databases of the test's backend (a second shop)."""
    made: list[str] = []
    server: PgServer | None = request.getfixturevalue("pg_server") if backend == "pg" else None
    template: Path | None = request.getfixturevalue("migrated_template") if server is None else None

    def make() -> DatabaseUnderTest:
        if server is not None:
            name = server.take()
            made.append(name)
            return DatabaseUnderTest(server.url_of(name), None)
        assert template is not None
        path = tmp_path / f"other{len(made) or ''}.db"
        made.append(str(path))
        shutil.copyfile(template, path)
        return DatabaseUnderTest(sqlite_url(path), path)

    yield make
    if server is not None:
        for name in made:
            server.give_back(name)


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "pitstop.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest) -> DatabaseUnderTest:
    """The test's database; ``database.argv`` points the ``pitstop`` command at it."""
    if backend == "sqlite":
        path = request.getfixturevalue("db_path")
        return DatabaseUnderTest(sqlite_url(path), path)
    return request.getfixturevalue("new_database")()


@pytest.fixture
def engine(database: DatabaseUnderTest) -> Iterator[Engine]:
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

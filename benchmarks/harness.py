"""What benchmark groups build on: the registry, operations, scale databases, the floor.

A group is a function ``group(ctx) -> list[Operation]`` registered with
``@register_group("name")`` in a module of ``benchmarks/groups/``; the runner
imports every module there. An operation is timed around ``run`` only:
``setup`` makes what one run needs (a fresh database, an empty folder) and
``cleanup`` removes it. Light operations get a warm-up run and ``--repeat``
timed runs; heavy ones (seconds to minutes each: generating, exporting,
importing) get ``--heavy-repeat`` runs without a warm-up.

The "floor" is the cheapest full pass over the visits, ``SELECT count(*),
sum(revenue) FROM visits``, measured on the same database in the same run: an
operation with ``vs_floor=True`` is also reported as a multiple of the floor
measured right after it (performance.md: each report within 3x the floor).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, make_url

from app.db import (
    create_db_engine,
    current_revision,
    head_revision,
    open_database,
    sqlite_url,
    upgrade,
)
from app.demo import generate

DATA_DIR = Path(__file__).resolve().parent / "data"
DEMO_SOURCES = Path(__file__).resolve().parent.parent / "app" / "demo"
BENCH_TODAY = dt.date(2026, 11, 23)
BENCH_SEED = 1
FLOOR_SQL = "SELECT count(*), sum(revenue) FROM visits"


@dataclasses.dataclass(frozen=True)
class Scale:
    name: str
    clients: int
    years: int


SCALES = {
    "shop": Scale("shop", 5_000, 5),
    "chain": Scale("chain", 100_000, 10),
}


def _no_setup() -> None:
    return None


def _no_cleanup(_prepared: Any) -> None:
    return None


@dataclasses.dataclass(frozen=True)
class Operation:
    """One timed thing: ``run(setup())``, then ``cleanup(...)`` untimed."""

    name: str
    run: Callable[[Any], object]
    setup: Callable[[], Any] = _no_setup
    cleanup: Callable[[Any], None] = _no_cleanup
    heavy: bool = False
    vs_floor: bool = False
    self_timed: bool = False  # ``run`` returns the seconds to report (e.g. the longest pause)


GroupFactory = Callable[["BenchContext"], list[Operation]]
GROUPS: dict[str, GroupFactory] = {}
#: Groups that only read the scale database, and so run on a database server too
#: (the others copy SQLite files or make empty SQLite databases).
SERVER_GROUPS = frozenset({"reports", "search", "pdf"})


def register_group(name: str) -> Callable[[GroupFactory], GroupFactory]:
    def decorate(factory: GroupFactory) -> GroupFactory:
        if name in GROUPS:
            raise ValueError(f"benchmark group {name!r} is registered twice")
        GROUPS[name] = factory
        return factory

    return decorate


@dataclasses.dataclass
class BenchContext:
    """One scale's database (reused between runs) and a scratch folder for this run.

    Operations must not change ``engine``'s database: write into a copy or a
    database from ``empty_database``.
    """

    scale: Scale
    engine: Engine
    scratch: Path
    today: dt.date = BENCH_TODAY
    _template: Path | None = None

    def scratch_path(self, prefix: str) -> Path:
        """A new, not yet existing path in the scratch folder."""
        return Path(tempfile.mkdtemp(prefix=f"{prefix}-", dir=self.scratch)) / prefix

    def empty_database(self) -> tuple[Engine, Path]:
        """A new database migrated to the newest schema, with no rows."""
        if self._template is None:
            self._template = self.scratch / "empty-template.db"
            engine = open_database(sqlite_url(self._template))
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
        path = self.scratch_path("db").with_suffix(".db")
        shutil.copyfile(self._template, path)
        return create_db_engine(sqlite_url(path)), path


def drop_database(prepared: tuple[Engine, Path]) -> None:
    """Cleanup for operations whose setup is ``ctx.empty_database``."""
    engine, path = prepared
    engine.dispose()
    shutil.rmtree(path.parent, ignore_errors=True)


# --- timing -------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Timing:
    seconds: tuple[float, ...]

    @property
    def min(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def max(self) -> float:
        return max(self.seconds)


def measure(operation: Operation, repeat: int, heavy_repeat: int) -> Timing:
    warmups, runs = (0, heavy_repeat) if operation.heavy else (1, repeat)
    seconds = []
    for index in range(warmups + runs):
        prepared = operation.setup()
        started = time.perf_counter()
        try:
            reported = operation.run(prepared)
            elapsed = time.perf_counter() - started
            if operation.self_timed:
                elapsed = float(reported)  # type: ignore[arg-type]
        finally:
            operation.cleanup(prepared)
        if index >= warmups:
            seconds.append(elapsed)
    return Timing(tuple(seconds))


def measure_floor(engine: Engine, repeat: int) -> Timing:
    """The floor: one full-scan aggregate over all visits (see the module docstring)."""
    with engine.connect() as conn:
        return measure(
            Operation("floor", lambda _: conn.exec_driver_sql(FLOOR_SQL).one()),
            repeat,
            repeat,
        )


# --- scale databases ----------------------------------------------------------


def _demo_fingerprint() -> str:
    """Changes whenever the generator's code does, so its data is made again."""
    digest = hashlib.sha256()
    for source in sorted(DEMO_SOURCES.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _wanted_meta(scale: Scale) -> dict[str, Any]:
    return {
        "schema_revision": head_revision(),
        "generator": _demo_fingerprint(),
        "clients": scale.clients,
        "years": scale.years,
        "seed": BENCH_SEED,
        "today": BENCH_TODAY.isoformat(),
    }


@contextmanager
def scale_database(
    scale: Scale, rebuild: bool, say: Callable[[str], None], url: str | None = None
) -> Iterator[Engine]:
    """The scale's database, made again when out of date: a file under
    benchmarks/data/, or the database at ``url`` (PostgreSQL)."""
    if url is not None:
        with server_scale_database(scale, rebuild, say, url) as engine:
            yield engine
        return
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"{scale.name}.db"
    meta_path = path.with_suffix(".json")
    wanted = _wanted_meta(scale)
    stored = json.loads(meta_path.read_text()) if meta_path.exists() else None
    fresh = not rebuild and path.exists() and stored == wanted
    if fresh:
        engine = create_db_engine(sqlite_url(path))
        fresh = current_revision(engine) == wanted["schema_revision"]
        if not fresh:
            engine.dispose()
    if not fresh:
        say(f"building the {scale.name} database ({scale.clients:,} clients, {scale.years} years)")
        meta_path.unlink(missing_ok=True)
        for leftover in DATA_DIR.glob(f"{scale.name}.db*"):
            leftover.unlink()
        started = time.perf_counter()
        engine = open_database(sqlite_url(path))
        generate(
            engine,
            clients=scale.clients,
            years=scale.years,
            seed=BENCH_SEED,
            today=BENCH_TODAY,
        )
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        meta_path.write_text(json.dumps(wanted, indent=2) + "\n")
        say(f"built in {time.perf_counter() - started:.1f} s")
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def server_scale_database(
    scale: Scale, rebuild: bool, say: Callable[[str], None], url: str
) -> Iterator[Engine]:
    """The scale's data in the server database at ``url``.

    What it holds is noted in benchmarks/data/ (one file per server and
    database). Only a database without tables, or one this script filled
    before, is emptied and filled again: anything else is refused.
    """
    parsed = make_url(url)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    meta_path = DATA_DIR / f"{scale.name}.{parsed.host}-{parsed.port}-{parsed.database}.json"
    wanted = {**_wanted_meta(scale), "url": parsed.render_as_string(hide_password=True)}
    stored = json.loads(meta_path.read_text()) if meta_path.exists() else None
    engine = create_db_engine(url)
    try:
        fresh = not rebuild and stored == wanted and current_revision(engine) == head_revision()
        if not fresh:
            if stored is None and inspect(engine).get_table_names():
                raise SystemExit(
                    f"{parsed.database} has tables this script did not make: "
                    "give the URL of an empty database"
                )
            say(f"building the {scale.name} database in {parsed.database} on {parsed.host}")
            meta_path.unlink(missing_ok=True)
            started = time.perf_counter()
            with engine.begin() as conn:
                conn.exec_driver_sql("DROP SCHEMA public CASCADE")
                conn.exec_driver_sql("CREATE SCHEMA public")
            upgrade(engine)
            generate(
                engine,
                clients=scale.clients,
                years=scale.years,
                seed=BENCH_SEED,
                today=BENCH_TODAY,
            )
            meta_path.write_text(json.dumps(wanted, indent=2) + "\n")
            say(f"built in {time.perf_counter() - started:.1f} s")
        yield engine
    finally:
        engine.dispose()

"""Engine and sessions: which database, SQLite pragmas, migrations on start.

The database comes from ``--db PATH`` or ``--url URL`` (the command line), else
``PITSTOP_DATABASE_URL``, else the default file in the user's data folder.
SQLite runs in WAL mode with foreign keys on, a busy timeout and
``synchronous=FULL`` so that an acknowledged commit survives a power cut.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.clock import Clock, SystemClock
from app.config import ENV_DATABASE_URL, MIGRATIONS_DIR, default_database_path
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit
from app.services.access import Actor
from app.services.errors import ValidationError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def resolve_url(
    db: str | os.PathLike[str] | None = None, url: str | None = None, desk: str | None = None
) -> str:
    """The database URL by precedence: ``db`` path, ``url``, environment, the desk's
    choice (Settings > Database), default file."""
    if db is not None:
        return sqlite_url(Path(db))
    if url:
        return url
    env = os.environ.get(ENV_DATABASE_URL)
    if env:
        return env
    if desk:
        return desk
    return sqlite_url(default_database_path())


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """A psycopg 3 URL with every part quoted as URLs need."""
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port or None,
        database=database or None,
    )
    return url.render_as_string(hide_password=False)


def server_parts(url: str) -> tuple[str, int | None, str, str, str]:
    """(host, port, database, user, password) of a server URL, for a form to show."""
    parsed = make_url(url)
    return (
        parsed.host or "",
        parsed.port,
        parsed.database or "",
        parsed.username or "",
        parsed.password or "",
    )


def check_connection(url: str, timeout_s: int = 5) -> str:
    """Connects once; the server's version, or a ValidationError on "url" saying why not."""
    try:
        parsed = make_url(url)
        args = {"connect_timeout": timeout_s} if parsed.get_backend_name() == "postgresql" else {}
        engine = create_engine(parsed, connect_args=args)
        try:
            with engine.connect() as conn:
                return str(conn.dialect.server_version_info or "")
        finally:
            engine.dispose()
    except Exception as error:  # any reason is told to the person
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        template = QT_TRANSLATE_NOOP("Refusals", "cannot connect: {reason}")
        raise ValidationError("url", template, reason=reason) from None


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_db_engine(url: str) -> Engine:
    """An engine with the pragmas and transaction handling this program relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        if parsed.drivername == "postgresql":
            # psycopg 3 is the driver installed (SQLAlchemy 2.0 would look for psycopg2).
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.get_backend_name() == "postgresql":
            # The JIT compiler costs 100-400 ms per report query at the chain scale
            # and saves nothing on queries of well under a second (benchmarks/RESULTS.md).
            return create_engine(parsed, pool_pre_ping=True, connect_args={"options": "-c jit=off"})
        return create_engine(parsed, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin
        # (the recipe of SQLAlchemy's SQLite dialect documentation).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A writer takes the lock up front: a deferred transaction that later
        # upgrades to a write can fail at once with "database is locked".
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(
    engine: Engine, actor: Actor, clock: Clock | None = None
) -> sessionmaker[Session]:
    """Sessions acting for ``actor``: its permissions are checked and its changes audited."""
    factory = sessionmaker(engine, expire_on_commit=False, info={"actor": actor})
    audit.install(factory, clock or SystemClock())
    return factory


class DatabaseBusy(ValidationError):
    """Another desk or program held the database's write lock past the busy timeout
    (a long import, say): nothing was saved, the person may simply try again."""

    def __init__(self) -> None:
        super().__init__(
            "database",
            QT_TRANSLATE_NOOP(
                "Refusals",
                "The database is busy (a long save elsewhere): nothing was saved; try again.",
            ),
        )


@contextmanager
def write_session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work that writes: committed on success, rolled back on any error.

    A write lock still held by someone else after the busy timeout becomes
    ``DatabaseBusy``, a refusal the screens show, instead of a driver error.
    """
    with factory() as session:
        try:
            session.connection(execution_options={"sqlite_immediate": True})
            yield session
            session.commit()
        except OperationalError as error:
            session.rollback()
            if "database is locked" in str(error.orig):
                raise DatabaseBusy() from error
            raise
        except BaseException:
            session.rollback()
            raise


# --- migrations -------------------------------------------------------------


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def has_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(engine).get_table_names())


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``.

    An existing SQLite database that needs migrating is first copied next to
    itself (with SQLite's online backup, safe with a WAL file present); the
    copy's path is returned.
    """
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    copy = None
    path = sqlite_path(str(engine.url))
    if path is not None and current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}.before-{target}-{stamp}{path.suffix}")
        backup_sqlite(engine, copy)
        log.info("copied %s to %s before migrating", path, copy)
    with engine.connect() as conn:
        is_sqlite = engine.dialect.name == "sqlite"
        if is_sqlite:
            # Batch migrations rebuild tables: foreign keys must be off meanwhile,
            # which SQLite only accepts outside a transaction.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
        if is_sqlite:
            raw = conn.connection.driver_connection
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys=ON")
            if problems:
                raise RuntimeError(f"foreign key problems after migration: {problems[:5]}")
    return copy


def backup_sqlite(engine: Engine, target: Path) -> None:
    """A consistent copy of a live SQLite database (never a plain file copy under WAL)."""
    source = sqlite_path(str(engine.url))
    if source is None:
        raise ValueError("only a SQLite database can be copied to a file")
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


def open_database(url: str) -> Engine:
    """An engine on ``url`` whose schema is at the newest revision."""
    engine = create_db_engine(url)
    upgrade(engine)
    return engine

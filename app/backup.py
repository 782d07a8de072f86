"""Backups of the SQLite database: online copies, daily rotation, integrity check, restore.

Every copy goes through SQLite's online backup API (``app.db.backup_sqlite``),
never a file copy: a file copied while a ``-wal`` file exists is stale or
corrupt. Copies are written to a ``.partial`` file and renamed, so a copy cut
short by a crash never looks like a finished one.

Daily backups live in a ``backups`` folder next to the database, named after
it: ``pitstop.db`` -> ``backups/pitstop-2026-11-23.db``; making them and their
rotation is ``app.backup_daily``.

A PostgreSQL database is refused with a pointer to ``pg_dump``: the server
has its own tools, and a copy of it is no file of ours.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from app.clock import Clock
from app.db import (
    alembic_config,
    backup_sqlite,
    head_revision,
    open_database,
    sqlite_path,
    sqlite_url,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services.access import AccessDenied, Actor, Permission
from app.services.errors import ValidationError

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
PITSTOP_TABLES = frozenset({"alembic_version", "clients", "vehicles", "visits", "visit_items"})
"""Tables every Pitstop database has had since the first revision."""

_PG_ADVICE = {
    "backup": QT_TRANSLATE_NOOP(
        "Refusals", "PostgreSQL is backed up with its own tools: use pg_dump"
    ),
    "restore": QT_TRANSLATE_NOOP(
        "Refusals", "PostgreSQL is restored with its own tools: use pg_restore or psql"
    ),
    "check": QT_TRANSLATE_NOOP(
        "Refusals",
        "PostgreSQL checks its own data: use pg_amcheck; pitstop check is for SQLite files",
    ),
}


@dataclasses.dataclass(frozen=True)
class CheckResult:
    """What ``check`` found; ``problems`` is empty for a sound Pitstop database."""

    path: Path
    revision: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def at_head(self) -> bool:
        return self.revision == head_revision()


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    source: Path
    database: Path
    before_restore: Path | None
    """The copy of the data as it was before the restore (None: there was no file)."""
    revision_restored: str
    revision_now: str


@dataclasses.dataclass(frozen=True)
class BackupFile:
    path: Path
    day: dt.date | None
    """The day of a daily backup; None for other copies (before a restore)."""
    size: int
    modified: dt.datetime


# --- locating ---------------------------------------------------------------


def database_file(url: str, action: str) -> Path:
    """The SQLite file behind ``url``; PostgreSQL and in-memory databases are refused."""
    path = sqlite_path(url)
    if path is None:
        if url.startswith("sqlite"):
            raise ValidationError(
                "database",
                QT_TRANSLATE_NOOP("Refusals", "an in-memory database has no file to {action}"),
                action=action,
            )
        raise ValidationError("database", _PG_ADVICE[action])
    return path


def backup_folder(database: Path) -> Path:
    """Where the daily backups of ``database`` go: a ``backups`` folder next to it."""
    return database.parent / BACKUP_FOLDER


def daily_name(database: Path, day: dt.date) -> str:
    return f"{database.stem}-{day.isoformat()}{database.suffix}"


def _daily_pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(database.stem) + r"-(\d{4}-\d{2}-\d{2})" + re.escape(database.suffix) + "$"
    )


def list_backups(database: Path, folder: Path | None = None) -> tuple[BackupFile, ...]:
    """Every finished copy of ``database`` in its backup folder, newest first."""
    folder = folder or backup_folder(database)
    if not folder.is_dir():
        return ()
    pattern = _daily_pattern(database)
    found = []
    for path in folder.glob(f"{database.stem}-*{database.suffix}"):
        match = pattern.match(path.name)
        day = _parse_day(match.group(1)) if match else None
        stat = path.stat()
        modified = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        found.append(BackupFile(path, day, stat.st_size, modified))
    found.sort(key=lambda b: (b.modified, b.path.name), reverse=True)
    return tuple(found)


def _parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


# --- backing up -------------------------------------------------------------


def backup_to(source: Engine | str, target: Path, *, actor: Actor) -> Path:
    """A consistent copy of the live database in ``target`` (replaced if it exists).

    Safe while other connections read and write: the copy holds every
    transaction committed when it started and nothing of one in flight.
    """
    if not actor.may(Permission.BACKUP):
        raise AccessDenied(Permission.BACKUP)
    url = source if isinstance(source, str) else source.url.render_as_string(hide_password=False)
    database = database_file(url, "backup")
    if not database.is_file():
        raise ValidationError(
            "database",
            QT_TRANSLATE_NOOP("Refusals", "there is no database at {path}"),
            path=str(database),
        )
    target = Path(target).expanduser().resolve()
    if target == database.resolve():
        raise ValidationError(
            "target", QT_TRANSLATE_NOOP("Refusals", "the backup cannot replace the database itself")
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    os.close(handle)  # an empty file: SQLite takes it as a new database
    partial = Path(name)
    engine = source if isinstance(source, Engine) else create_engine(url)
    try:
        backup_sqlite(engine, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        if engine is not source:
            engine.dispose()
    log.info("backed up %s to %s", database, target)
    return target


# --- checking ---------------------------------------------------------------


def check(url: str) -> CheckResult:
    """Integrity of a SQLite file: pages, foreign keys and a schema revision this program knows.

    Reads only; a missing file is a problem, not created.
    """
    path = database_file(url, "check")
    if not path.is_file():
        return CheckResult(path, None, (f"there is no database file at {path}",))
    problems: list[str] = []
    revision = None
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        problems += [f"integrity: {row[0]}" for row in rows if row[0] != "ok"]
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        missing = sorted(PITSTOP_TABLES - tables)
        if missing:
            problems.append(f"not a Pitstop database: no table {', '.join(missing)}")
        else:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            revision = found[0][0] if len(found) == 1 else None
            problems += _revision_problems(revision, len(found))
    except sqlite3.DatabaseError as error:
        problems.append(f"unreadable: {error}")
    finally:
        connection.close()
    return CheckResult(path, revision, tuple(problems))


def _revision_problems(revision: str | None, rows: int) -> list[str]:
    if rows != 1 or revision is None:
        return [f"schema revision: expected one row in alembic_version, found {rows}"]
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return [
            f"schema revision {revision} is unknown to this program "
            "(made by a newer Pitstop? update the program first)"
        ]
    return []


# --- restoring --------------------------------------------------------------


def restore(source: Path, url: str, *, actor: Actor, clock: Clock) -> RestoreResult:
    """Replace the database's content with a backup's, keeping a copy of what was there.

    The backup is checked first (a sound Pitstop database of a known revision);
    nothing is touched when it is refused. The current data is copied to the
    backup folder (``NAME-before-restore-TIME.db``), then the content is
    replaced through the backup API, which is safe while other connections
    are open; last the schema is brought to this program's revision.
    """
    if not actor.may(Permission.BACKUP):
        raise AccessDenied(Permission.BACKUP)
    database = database_file(url, "restore")
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise ValidationError(
            "source", QT_TRANSLATE_NOOP("Refusals", "there is no file {path}"), path=str(source)
        )
    if database.exists() and source.samefile(database):
        raise ValidationError(
            "source", QT_TRANSLATE_NOOP("Refusals", "this is the database itself, not a backup")
        )
    found = check(sqlite_url(source))
    if not found.ok:
        raise ValidationError(
            "source",
            QT_TRANSLATE_NOOP("Refusals", "{path} is not a sound Pitstop database: {problems}"),
            path=str(source),
            problems="; ".join(found.problems[:3]),
        )
    assert found.revision is not None
    before = None
    if database.exists():
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        before = backup_folder(database) / f"{database.stem}-before-restore-{stamp}.db"
        backup_to(url, before, actor=actor)
    database.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=database.parent, prefix=".restore-") as staging:
        _put_in_place(source, database, Path(staging) / "staged.db")
    log.info("restored %s from %s (copy before: %s)", database, source, before)
    engine = open_database(url)  # migrates an older backup to this program's revision
    engine.dispose()
    return RestoreResult(source, database, before, found.revision, head_revision())


# --- for the desk's database worker (a function of a Session) ------------------


@dataclasses.dataclass(frozen=True)
class BackupOverview:
    """What the Settings screen shows; ``database`` None: not a SQLite file (PostgreSQL)."""

    database: Path | None
    folder: Path | None
    backups: tuple[BackupFile, ...]


def _url_of(session: Session) -> str:
    return session.get_bind().url.render_as_string(hide_password=False)


def overview(session: Session) -> BackupOverview:
    database = sqlite_path(_url_of(session))
    if database is None:
        return BackupOverview(None, None, ())
    return BackupOverview(database, backup_folder(database), list_backups(database))


def back_up_now(session: Session, *, actor: Actor, clock: Clock) -> Path:
    """Today's backup made now (a fresher copy replaces one made earlier today)."""
    url = _url_of(session)
    database = database_file(url, "backup")
    target = backup_folder(database) / daily_name(database, clock.today())
    return backup_to(url, target, actor=actor)


def restore_database(
    session: Session, source: Path, *, actor: Actor, clock: Clock
) -> RestoreResult:
    """``restore`` into the session's database; the session itself is not used to read."""
    return restore(source, _url_of(session), actor=actor, clock=clock)


def _put_in_place(source: Path, database: Path, staged: Path) -> None:
    """Copy ``source`` over ``database`` with the backup API, in one step (all or nothing).

    A WAL database only takes a copy of its own page size: a backup with
    another one (made by another tool) is first rewritten to it in ``staged``.
    """
    dst = sqlite3.connect(database, timeout=10)
    src = sqlite3.connect(source)
    try:
        page_size = dst.execute("PRAGMA page_size").fetchone()[0]
        if database.stat().st_size and src.execute("PRAGMA page_size").fetchone()[0] != page_size:
            stage = sqlite3.connect(staged, isolation_level=None)
            src.backup(stage)
            stage.execute("PRAGMA journal_mode=DELETE")
            stage.execute(f"PRAGMA page_size={int(page_size)}")
            stage.execute("VACUUM")
            src.close()
            src = stage
        src.backup(dst)
    except sqlite3.Error as error:
        raise ValidationError(
            "source",
            QT_TRANSLATE_NOOP("Refusals", "the backup could not be put in place: {reason}"),
            reason=str(error),
        ) from error
    finally:
        src.close()
        dst.close()

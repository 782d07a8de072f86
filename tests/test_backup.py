"""Backups: online copies under a writer, rotation worked by hand, check, restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import text

from app import backup
from app.backup import check, restore
from app.backup_daily import DailyBackup, run_daily_backup, to_keep
from app.clock import FixedClock
from app.db import create_db_engine, make_session_factory, sqlite_url, upgrade, write_session
from app.scheduler import BackupScheduler
from app.services import clients
from app.services.access import SYSTEM, AccessDenied, Actor, Role
from app.services.clients import ClientInput
from app.services.errors import ValidationError

ADMIN = Actor(7, "anna", Role.ADMIN)
D = dt.date
PHONES = itertools.count(1234500)


def add_clients(sessions, clock, *names: str) -> None:
    with write_session(sessions) as session:
        for name in names:
            phone = f"050 {next(PHONES):07d}"
            clients.create_client(session, ClientInput(name, phone), clock)


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM clients ORDER BY id").fetchall()
    conn.close()
    return [row[0] for row in rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- online backup ----------------------------------------------------------


def test_backup_under_an_open_write_transaction_holds_every_committed_row(
    engine, sessions, clock, db_path, tmp_path
) -> None:
    add_clients(sessions, clock, "Олена Ковальчук", "Петро Бондар", "Ірина Мельник")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0  # the commits are in the WAL, not yet in the main file
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO clients (name, phone, registered_on, do_not_contact, notes, search_text)"
        " VALUES ('Uncommitted', '+380501112233', '2026-11-23', 0, '', 'uncommitted')"
    )
    try:
        copy = backup.backup_to(engine, tmp_path / "copy.db", actor=SYSTEM)
    finally:
        writer.rollback()
        writer.close()
    assert names_in(copy) == ["Олена Ковальчук", "Петро Бондар", "Ірина Мельник"]
    assert check(sqlite_url(copy)).ok
    # What a plain file copy would have given: the main file alone lacks the WAL's commits.
    shutil.copyfile(db_path, tmp_path / "plain.db")
    assert names_in(tmp_path / "plain.db") == []
    assert not list(tmp_path.glob("*.partial"))


def test_backup_by_url_replaces_an_older_copy(sessions, clock, db_path, tmp_path) -> None:
    add_clients(sessions, clock, "Олена Ковальчук")
    target = tmp_path / "copy.db"
    backup.backup_to(sqlite_url(db_path), target, actor=SYSTEM)
    add_clients(sessions, clock, "Петро Бондар")
    backup.backup_to(sqlite_url(db_path), target, actor=SYSTEM)
    assert names_in(target) == ["Олена Ковальчук", "Петро Бондар"]


def test_an_admin_may_not_back_up_or_restore(engine, db_path, tmp_path, clock) -> None:
    with pytest.raises(AccessDenied):
        backup.backup_to(engine, tmp_path / "copy.db", actor=ADMIN)
    with pytest.raises(AccessDenied):
        restore(db_path, sqlite_url(tmp_path / "other.db"), actor=ADMIN, clock=clock)
    assert not (tmp_path / "copy.db").exists()


def test_postgresql_is_sent_to_its_own_tools(tmp_path, clock) -> None:
    url = "postgresql+psycopg://shop@localhost/pitstop"
    with pytest.raises(ValidationError) as refused:
        backup.backup_to(url, tmp_path / "copy.db", actor=SYSTEM)
    assert refused.value.text() == "PostgreSQL is backed up with its own tools: use pg_dump"
    with pytest.raises(ValidationError, match="pg_restore"):
        restore(tmp_path / "copy.db", url, actor=SYSTEM, clock=clock)
    with pytest.raises(ValidationError, match="pg_amcheck"):
        check(url)


def test_a_missing_database_is_not_created_by_a_backup(tmp_path) -> None:
    missing = tmp_path / "none.db"
    with pytest.raises(ValidationError, match="there is no database"):
        backup.backup_to(sqlite_url(missing), tmp_path / "copy.db", actor=SYSTEM)
    assert not missing.exists()
    assert check(sqlite_url(missing)).problems == (f"there is no database file at {missing}",)
    assert not missing.exists()


# --- rotation ---------------------------------------------------------------


def test_rotation_of_400_daily_backups() -> None:
    """Daily files from 2025-10-20 to Monday 2026-11-23 (400 days).

    Daily: the 7 newest days, 17..23 November. Weekly (ISO weeks, newest day of
    each): Mon 23 Nov (this week), Sundays 22, 15 and 8 Nov. Monthly: 23 Nov and
    the last day of each of the 11 months before, Oct 2026 back to Dec 2025.
    Nothing of Oct/Nov 2025 stays.
    """
    today = D(2026, 11, 23)
    days = [today - dt.timedelta(days=n) for n in range(400)]
    assert days[-1] == D(2025, 10, 20)
    kept = to_keep(days, today)
    assert sorted(kept) == [
        D(2025, 12, 31),
        D(2026, 1, 31),
        D(2026, 2, 28),
        D(2026, 3, 31),
        D(2026, 4, 30),
        D(2026, 5, 31),
        D(2026, 6, 30),
        D(2026, 7, 31),
        D(2026, 8, 31),
        D(2026, 9, 30),
        D(2026, 10, 31),
        D(2026, 11, 8),
        D(2026, 11, 15),
        *(D(2026, 11, day) for day in range(17, 24)),
    ]


def test_rotation_counts_only_periods_that_have_a_backup() -> None:
    """A shop whose program was off for weeks keeps its older backups: the 7 newest days
    are whatever days have one. Weekly: weeks 48 (23 Nov), 45 (5 Nov), 44 (28 Oct),
    41 (10 Oct). Monthly: Nov, Oct, Sep, Aug -> 23 Nov, 28 Oct, 30 Sep, 31 Aug;
    everything else of August goes."""
    days = [
        D(2026, 8, 1), D(2026, 8, 2), D(2026, 8, 31), D(2026, 9, 30), D(2026, 10, 9),
        D(2026, 10, 10), D(2026, 10, 27), D(2026, 10, 28), D(2026, 11, 4), D(2026, 11, 5),
        D(2026, 11, 23),
    ]  # fmt: skip
    kept = to_keep(days, D(2026, 11, 23))
    daily = {D(2026, 11, 23), D(2026, 11, 5), D(2026, 11, 4), D(2026, 10, 28)}
    daily |= {D(2026, 10, 27), D(2026, 10, 10), D(2026, 10, 9)}
    assert kept == daily | {D(2026, 9, 30), D(2026, 8, 31)}
    assert set(days) - kept == {D(2026, 8, 1), D(2026, 8, 2)}


def test_rotation_keeps_days_after_today_and_everything_when_few() -> None:
    assert to_keep([], D(2026, 11, 23)) == set()
    assert to_keep([D(2026, 11, 20), D(2026, 11, 21)], D(2026, 11, 23)) == {
        D(2026, 11, 20),
        D(2026, 11, 21),
    }
    days = [D(2026, 11, 23) - dt.timedelta(days=n) for n in range(10)] + [D(2027, 3, 1)]
    kept = to_keep(days, D(2026, 11, 23))
    # 7 daily 17..23 Nov, weekly also Sundays 15 Nov (16 Nov is a Monday of that week:
    # the week 9..15 Nov is the one before), monthly only November: 14 Nov goes.
    assert sorted(kept) == [
        D(2026, 11, 15),
        *(D(2026, 11, d) for d in range(17, 24)),
        D(2027, 3, 1),
    ]


def test_daily_backup_is_made_once_a_day_and_rotated(sessions, clock, db_path, tmp_path) -> None:
    add_clients(sessions, clock, "Олена Ковальчук")
    folder = db_path.parent / "backups"
    folder.mkdir()
    # 30 older daily files (their content does not matter to rotation), and a copy
    # made before a restore, which rotation never touches.
    for n in range(1, 31):
        (folder / f"pitstop-{D(2026, 11, 23) - dt.timedelta(days=n)}.db").write_bytes(b"x")
    (folder / "pitstop-before-restore-20261101-120000.db").write_bytes(b"x")
    (folder / "other-2020-01-01.db").write_bytes(b"x")  # another database's backup
    url = sqlite_url(db_path)
    first = run_daily_backup(url, None, clock)
    assert first.made == folder / "pitstop-2026-11-23.db"
    assert names_in(first.made) == ["Олена Ковальчук"]
    # Kept: 17..23 Nov; weekly Sundays 22, 15, 8 Nov; monthly 31 Oct. Of the 30 older
    # files (24 Oct..22 Nov) 30 - 6 - 2 - 1 = 21 go.
    assert len(first.deleted) == 21
    remaining = sorted(p.name for p in folder.iterdir())
    assert remaining == [
        "other-2020-01-01.db",
        "pitstop-2026-10-31.db",
        "pitstop-2026-11-08.db",
        "pitstop-2026-11-15.db",
        *(f"pitstop-2026-11-{d}.db" for d in range(17, 24)),
        "pitstop-before-restore-20261101-120000.db",
    ]
    again = run_daily_backup(url, None, clock)
    assert again == DailyBackup(None, ())
    listed = backup.list_backups(db_path)
    assert [b.day for b in listed if b.day][:1] == [D(2026, 11, 23)]
    assert {b.path.name for b in listed if b.day is None} == {
        "pitstop-before-restore-20261101-120000.db"
    }


# --- check ------------------------------------------------------------------


def test_check_finds_garbage_written_into_a_copys_pages(engine, sessions, clock, tmp_path) -> None:
    add_clients(sessions, clock, *(f"Client {n}" for n in range(300)))
    copy = backup.backup_to(engine, tmp_path / "copy.db", actor=SYSTEM)
    assert check(sqlite_url(copy)).ok
    page = 4096
    with copy.open("r+b") as file:
        size = file.seek(0, 2)
        for offset in range(2 * page, size, 7 * page):  # every 7th page from the third
            file.seek(offset + 100)
            file.write(b"\xde\xad\xbe\xef" * 200)
    found = check(sqlite_url(copy))
    assert not found.ok
    assert all(p.startswith(("integrity:", "unreadable:")) for p in found.problems)


def test_check_finds_a_broken_foreign_key_and_an_unknown_revision(engine, tmp_path) -> None:
    copy = backup.backup_to(engine, tmp_path / "copy.db", actor=SYSTEM)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "INSERT INTO vehicles (client_id, make, model) VALUES (999, 'Toyota', 'Corolla')"
        )
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    found = check(sqlite_url(copy))
    assert found.problems == (
        "foreign key: vehicles row 1 refers to a missing clients",
        "schema revision 9999 is unknown to this program (made by a newer Pitstop? "
        "update the program first)",
    )


# --- restore ----------------------------------------------------------------


def test_restore_round_trip_keeps_a_copy_of_what_was_there(
    engine, sessions, clock, db_path, tmp_path
) -> None:
    add_clients(sessions, clock, "Олена Ковальчук", "Петро Бондар")
    saved = backup.backup_to(engine, tmp_path / "saved.db", actor=SYSTEM)
    add_clients(sessions, clock, "Ірина Мельник")
    with sessions() as session:  # a connection of the program stays open meanwhile
        assert session.execute(text("SELECT count(*) FROM clients")).scalar() == 3
        done = restore(saved, sqlite_url(db_path), actor=SYSTEM, clock=clock)
    assert (
        done.before_restore == db_path.parent / "backups/pitstop-before-restore-20261123-100000.db"
    )
    assert names_in(done.before_restore) == ["Олена Ковальчук", "Петро Бондар", "Ірина Мельник"]
    assert (done.revision_restored, done.revision_now) == (backup.head_revision(),) * 2
    with engine.connect() as conn:  # the open engine reads the restored content
        rows = conn.exec_driver_sql("SELECT name FROM clients ORDER BY id").scalars().all()
    assert rows == ["Олена Ковальчук", "Петро Бондар"]
    assert check(sqlite_url(db_path)).ok
    add_clients(sessions, clock, "Ірина Мельник")  # and the program writes on
    assert names_in(db_path)[-1] == "Ірина Мельник"


def test_restore_of_an_older_backup_migrates_it(db_path, clock, tmp_path) -> None:
    old = tmp_path / "old.db"
    old_engine = create_db_engine(sqlite_url(old))
    upgrade(old_engine, "0010")
    old_engine.dispose()
    done = restore(old, sqlite_url(db_path), actor=SYSTEM, clock=clock)
    assert done.revision_restored == "0010"
    assert done.revision_now == backup.head_revision() != "0010"
    result = check(sqlite_url(db_path))
    assert result.ok and result.at_head


@pytest.mark.parametrize("kind", ["garbage", "foreign", "corrupt", "itself"])
def test_restore_refuses_what_is_no_sound_pitstop_database(
    kind, engine, sessions, clock, db_path, tmp_path
) -> None:
    add_clients(sessions, clock, "Олена Ковальчук")
    source = tmp_path / f"{kind}.db"
    if kind == "garbage":
        source.write_bytes(b"This is a shopping list, not a database.\n" * 500)
        reason = "unreadable: file is not a database"
    elif kind == "foreign":
        with sqlite3.connect(source) as conn:
            conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.close()
        reason = "not a Pitstop database: no table alembic_version, clients, vehicles, visit_items"
    elif kind == "corrupt":
        backup.backup_to(engine, source, actor=SYSTEM)
        with source.open("r+b") as file:
            for page in range(1, 12):  # the headers of pages 2..12
                file.seek(page * 4096)
                file.write(b"\xff" * 64)
        reason = "is not a sound Pitstop database"
    else:
        source = db_path
        reason = "this is the database itself"
    engine.dispose()
    before = digest(db_path)
    with pytest.raises(ValidationError) as refused:
        restore(source, sqlite_url(db_path), actor=SYSTEM, clock=clock)
    assert refused.value.field == "source"
    assert reason in refused.value.text()
    assert digest(db_path) == before
    assert names_in(db_path) == ["Олена Ковальчук"]
    assert not (db_path.parent / "backups").exists()


def test_make_session_factory_over_a_restored_file_acts_as_usual(db_path, tmp_path, clock) -> None:
    """A restore into a file that does not exist yet (a new PC) makes it, with no copy before."""
    target = tmp_path / "new" / "pitstop.db"
    done = restore(db_path, sqlite_url(target), actor=SYSTEM, clock=clock)
    assert done.before_restore is None
    engine = create_db_engine(sqlite_url(target))
    add_clients(make_session_factory(engine, SYSTEM), FixedClock(D(2026, 11, 23)), "Олена")
    engine.dispose()
    assert names_in(target) == ["Олена"]


def test_the_program_makes_the_daily_backup_at_start_on_its_own_thread(
    sessions, clock, db_path
) -> None:
    add_clients(sessions, clock, "Олена Ковальчук")
    scheduler = BackupScheduler(sqlite_url(db_path), clock)
    scheduler.start()
    try:
        assert isinstance(scheduler.jobs()["daily"], CronTrigger)
        copy = db_path.parent / "backups" / "pitstop-2026-11-23.db"
        deadline = time.monotonic() + 20
        while not copy.exists():
            assert time.monotonic() < deadline, "no backup was made at start"
            time.sleep(0.02)
    finally:
        scheduler.shutdown()
    assert names_in(copy) == ["Олена Ковальчук"]
    postgres = BackupScheduler("postgresql+psycopg://shop@localhost/pitstop", clock)
    postgres.start()
    assert postgres.jobs() == {}
    postgres.shutdown()


def test_restore_of_a_copy_with_another_page_size(
    engine, sessions, clock, db_path, tmp_path
) -> None:
    """A WAL database takes only copies of its own page size: another tool's backup with
    1 KiB pages is rewritten to 4 KiB on the way in."""
    add_clients(sessions, clock, "Олена Ковальчук")
    small = backup.backup_to(engine, tmp_path / "small.db", actor=SYSTEM)
    add_clients(sessions, clock, "Петро Бондар")
    conn = sqlite3.connect(small, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA page_size=1024")
    conn.execute("VACUUM")
    conn.close()
    restore(small, sqlite_url(db_path), actor=SYSTEM, clock=clock)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        names = conn.exec_driver_sql("SELECT name FROM clients").scalars().all()
    assert names == ["Олена Ковальчук"]
    assert check(sqlite_url(db_path)).ok
    assert not list(db_path.parent.glob(".restore-*"))

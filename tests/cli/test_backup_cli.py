"""`pitstop backup`, `pitstop restore`, `pitstop check`: what they print, exit statuses."""

from __future__ import annotations

import sqlite3

from app.clock import SystemClock
from app.db import write_session
from app.services import clients
from app.services.clients import ClientInput
from tests.cli.running import run


def names_in(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = [row[0] for row in conn.execute("SELECT name FROM clients ORDER BY id")]
    conn.close()
    return rows


def add_client(sessions, name: str, phone: str) -> None:
    with write_session(sessions) as session:
        clients.create_client(session, ClientInput(name, phone), SystemClock())


def test_backup_then_restore_round_trip(capsys, sessions, db_path, tmp_path) -> None:
    add_client(sessions, "Олена Ковальчук", "050 123 45 67")
    copy = tmp_path / "saved.db"
    status, out, err = run(capsys, "--db", str(db_path), "backup", str(copy))
    assert (status, err) == (0, "")
    assert out.startswith(f"Backed up {db_path} to {copy} (") and out.endswith(" KB).\n")
    add_client(sessions, "Петро Бондар", "067 765 43 21")
    status, out, err = run(capsys, "--db", str(db_path), "restore", str(copy))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Restored {db_path} from {copy} (schema ")
    kept = lines[1].removeprefix("The data it held before is kept in ").removesuffix(".")
    assert kept.startswith(str(db_path.parent / "backups" / "pitstop-before-restore-"))
    assert names_in(db_path) == ["Олена Ковальчук"]
    assert names_in(kept) == ["Олена Ковальчук", "Петро Бондар"]
    assert run(capsys, "--db", str(db_path), "check") == (0, "ok\n", "")


def test_restore_refuses_a_file_that_is_not_a_pitstop_database(
    capsys, sessions, db_path, tmp_path
) -> None:
    add_client(sessions, "Олена Ковальчук", "050 123 45 67")
    notes = tmp_path / "notes.txt"
    notes.write_text("oil change on Friday\n" * 300)
    status, out, err = run(capsys, "--db", str(db_path), "restore", str(notes))
    assert (status, out) == (1, "")
    assert err == (
        f"pitstop: source: {notes} is not a sound Pitstop database: "
        "unreadable: file is not a database\n"
    )
    assert names_in(db_path) == ["Олена Ковальчук"]
    status, _, err = run(capsys, "--db", str(db_path), "restore", str(tmp_path / "none.db"))
    assert (status, err) == (1, f"pitstop: source: there is no file {tmp_path / 'none.db'}\n")


def test_check_lists_the_problems_of_a_damaged_file(capsys, engine, db_path, tmp_path) -> None:
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO vehicles (client_id, make, model) VALUES (42, 'VW', 'Golf')")
    conn.close()
    status, out, err = run(capsys, "--db", str(db_path), "check")
    assert (status, err) == (1, "")
    assert out == (
        f"{db_path}: 1 problem(s)\n  foreign key: vehicles row 1 refers to a missing clients\n"
    )


def test_postgresql_is_refused_with_pg_dump(capsys, tmp_path) -> None:
    url = "postgresql+psycopg://shop@localhost/pitstop"
    status, out, err = run(capsys, "--url", url, "backup", str(tmp_path / "copy.db"))
    assert (status, out) == (1, "")
    assert err == "pitstop: database: PostgreSQL is backed up with its own tools: use pg_dump\n"

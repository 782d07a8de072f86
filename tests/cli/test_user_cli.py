"""`pitstop user`: accounts from the command line (also the way back in for a lost password)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.clock import FixedClock
from app.models import User
from app.services import accounts
from app.services.access import Actor, Role
from tests.cli.running import run as run_pitstop


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    """``pitstop --db DB ARGV...`` with ``stdin`` as its standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_pitstop(capsys, "--db", str(db), *argv)


def test_add_list_password_disable(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    engine: Engine,
    clock: FixedClock,
) -> None:
    add = ("user", "add", "olena", "--role", "owner", "--password-stdin")
    assert run(capsys, monkeypatch, db_path, *add, stdin="correct horse\n")[:2] == (
        0,
        "Added olena (owner).\n",
    )
    desk = ("user", "add", "desk1", "--role", "admin", "--password-stdin")
    assert run(capsys, monkeypatch, db_path, *desk, stdin="front desk pw\n")[0] == 0
    status, out, _ = run(capsys, monkeypatch, db_path, "user", "list")
    assert (status, out) == (0, "desk1\tadmin\nolena\towner\n")

    password = ("user", "password", "desk1", "--password-stdin")
    assert run(capsys, monkeypatch, db_path, *password, stdin="a new password\n")[0] == 0
    with Session(engine) as session:
        actor = accounts.log_in(session, "desk1", "a new password", clock)
        assert actor == Actor(actor.user_id, "desk1", Role.ADMIN)  # type: ignore[union-attr]

    assert run(capsys, monkeypatch, db_path, "user", "disable", "desk1")[:2] == (
        0,
        "desk1 is disabled.\n",
    )
    with Session(engine) as session:
        assert session.scalar(select(User.active).where(User.login == "desk1")) is False


def test_refusals_name_the_field(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    add = ("user", "add", "olena", "--role", "owner", "--password-stdin")
    status, _, err = run(capsys, monkeypatch, db_path, *add, stdin="short\n")
    assert (status, err) == (1, "pitstop: password: a password needs at least 8 characters\n")
    status, _, err = run(capsys, monkeypatch, db_path, "user", "disable", "nobody")
    assert (status, err) == (1, "pitstop: login: no account nobody\n")
    status, _, err = run(capsys, monkeypatch, db_path, "user", "add", "x", "--role", "owner")
    assert status == 2 and "--password-stdin" in err
    status, _, err = run(capsys, monkeypatch, db_path, "user", "add", "x", "--role", "boss")
    assert status == 2 and "invalid choice" in err

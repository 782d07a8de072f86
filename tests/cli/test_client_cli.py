"""`pitstop client export` and `pitstop client anonymise`: the file, the confirmation, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client
from tests.cli.running import run
from tests.services import privacy_client


@pytest.fixture
def olena(sessions, clock) -> privacy_client.Olena:
    with sessions() as session:
        built = privacy_client.build(session, clock)
        session.commit()
    return built


def test_export_writes_the_dossier(capsys, db_path: Path, tmp_path: Path, olena) -> None:
    target = tmp_path / "dossier.json"
    status, out, err = run(
        capsys, "--db", str(db_path), "client", "export", str(olena.id), str(target)
    )
    assert (status, err) == (0, "")
    assert out == (
        f"Exported client #{olena.id} to {target} "
        "(1 vehicles, 2 visits, 1 reminders, 2 inquiries, "
        f"{len(json.loads(target.read_text(encoding='utf-8'))['audit'])} audit).\n"
    )
    dossier = json.loads(target.read_text(encoding="utf-8"))
    assert dossier["client"]["name"] == "Олена Ковальчук"
    assert [v["revenue"] for v in dossier["visits"]] == [190679, 80000]


def test_anonymise_needs_yes(capsys, db_path: Path, olena, sessions) -> None:
    status, out, err = run(capsys, "--db", str(db_path), "client", "anonymise", str(olena.id))
    assert status == 2
    assert out == ""
    assert "cannot be undone: add --yes" in err
    with sessions() as session:
        assert privacy_client.NAME in {row.name for row in _clients(session)}


def test_anonymise_erases_the_client(capsys, db_path: Path, olena, sessions) -> None:
    status, out, err = run(
        capsys, "--db", str(db_path), "client", "anonymise", str(olena.id), "--yes"
    )
    assert (status, err) == (0, "")
    assert out == (
        f"Client #{olena.id} (Олена Ковальчук) is anonymised: personal data erased, "
        "2 visit(s) kept.\n"
    )
    with sessions() as session:
        names = {row.id: row.name for row in _clients(session)}
    assert names[olena.id] == f"Anonymised client #{olena.id}"

    status, _out, err = run(
        capsys, "--db", str(db_path), "client", "anonymise", str(olena.id), "--yes"
    )
    assert status == 1
    assert err == "pitstop: client_id: the client is already anonymised\n"


def test_an_unknown_client_exits_1(capsys, db_path: Path, tmp_path: Path, olena) -> None:
    status, _out, err = run(
        capsys, "--db", str(db_path), "client", "export", "999", str(tmp_path / "x.json")
    )
    assert status == 1
    assert err == "pitstop: client_id: there is no record with id 999\n"
    assert not (tmp_path / "x.json").exists()


def _clients(session: Session) -> list:
    return session.execute(select(Client.id, Client.name)).all()

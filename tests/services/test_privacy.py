"""Privacy: one client's dossier, and anonymising erases every personal field for good
while every report's numbers stay as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Text, cast, func, inspect, literal, literal_column, select
from sqlalchemy import table as table_clause
from sqlalchemy.orm import Session

from app.db import create_db_engine, make_session_factory, sqlite_url
from app.exchange import export_database, import_path
from app.models import AuditEntry, Client, Inquiry, Reminder, ReminderEvent, Vehicle, Visit
from app.reports import run_report
from app.reports.base import make_params
from app.reports.sql import text_position
from app.services import client_search, clients, privacy
from app.services.access import AccessDenied, Actor, Permission, Role
from app.services.clients import ClientInput
from app.services.errors import ValidationError
from tests.services import privacy_client
from tests.services.privacy_client import Olena

ADMIN = Actor(7, "maria", Role.ADMIN)


@pytest.fixture
def olena(session: Session, clock) -> Olena:
    return privacy_client.build(session, clock)


def test_the_dossier_holds_everything_about_the_client(session, olena) -> None:
    dossier = privacy.client_dossier(session, olena.id)

    assert dossier["format"] == "pitstop-client-dossier"
    client = dossier["client"]
    assert (client["id"], client["name"], client["phone"], client["email"]) == (
        olena.id,
        "Олена Ковальчук",
        "+380501234567",
        "olena.kovalchuk@example.com",
    )
    assert client["registered_on"] == "2025-03-01"
    assert (client["source"], client["notes"]) == ("Google Maps", "Любить каву без цукру")
    assert "search_text" not in client
    assert [(v["plate"], v["vin"], v["year"]) for v in dossier["vehicles"]] == [
        ("AA1234BC", "WVWZZZ1JZXW000001", 2015)
    ]
    first, second = dossier["visits"]
    assert (first["started_at"], first["revenue"], first["rating"], first["master"]) == (
        "2026-03-02 09:00:00",
        190679,
        5,
        "Петро",
    )
    assert first["feedback"] == "Дуже задоволена"
    assert [
        (i["service"], i["quantity_milli"], i["price"], i["amount"]) for i in first["items"]
    ] == [
        ("Заміна оливи", 1000, 50000, 50000),
        ("Олива 5W-30", 4500, 31262, 140679),
    ]
    assert (second["revenue"], second["mileage_note"]) == (80000, "Пробіг після заміни панелі")
    assert [(i["service"], i["declined"]) for i in second["items"]] == [
        ("Шиномонтаж R16", False),
        ("Огляд", True),
    ]
    (reminder,) = dossier["reminders"]
    assert (reminder["note"], reminder["status"], reminder["service"]) == (
        "Нагадати про оливу восени",
        "dismissed",
        "Заміна оливи",
    )
    assert [(e["outcome"], e["note"], e["recorded_by"]) for e in reminder["events"]] == [
        ("dismissed", "Продала авто сестрі", "Марія")
    ]
    assert [(i["id"], i["name"], i["phone"]) for i in dossier["inquiries"]] == [
        (olena.inquiries[0], "Олена з Google", "+380501234567"),
        (olena.inquiries[1], None, "+380501234567"),
    ]
    assert dossier["referrals"] == {
        "referred_by": {"id": olena.referrer, "name": "Петро Referrer", "phone": "+380671112233"},
        "referred": [{"id": olena.referred, "name": "Ігор Бондар", "phone": "+380639998877"}],
    }
    audited = {(e["entity"], e["action"]) for e in dossier["audit"]}
    assert {("client", "create"), ("vehicle", "create"), ("visit", "create")} <= audited
    assert ("inquiry", "create") in audited
    json.dumps(dossier)  # JSON-ready as it is


def test_export_writes_readable_utf8_json(session, olena, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "olena.json"
    written = privacy.export_dossier(session, olena.id, path)

    assert written.path == path
    assert written.counts["vehicles"] == 1 and written.counts["visits"] == 2
    assert (written.counts["reminders"], written.counts["inquiries"]) == (1, 2)
    raw = path.read_text(encoding="utf-8")
    assert '"name": "Олена Ковальчук"' in raw  # letters as they are, not \u escapes
    assert raw.startswith("{\n  ")
    assert json.loads(raw) == privacy.client_dossier(session, olena.id)
    assert list(path.parent.iterdir()) == [path]  # no partial file left behind


def test_export_into_a_missing_folder_is_refused(session, olena, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        privacy.export_dossier(session, olena.id, tmp_path / "no" / "such.json")
    assert caught.value.field == "path"


def test_an_unknown_client_is_refused(session, clock, olena) -> None:
    for call in (
        lambda: privacy.client_dossier(session, 999),
        lambda: privacy.anonymise_client(session, 999, clock),
    ):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.field == "client_id"


def _numbers(conn: Any, clock) -> dict[str, Any]:
    """Every number of the kpi and top reports (names left out: they are what changes)."""
    params = make_params(clock.today())
    kpi = run_report(conn, "kpi", params)
    top = run_report(conn, "top", params)
    return {
        "kpi": [dict(row) for row in kpi.table.rows],
        "top": [
            {key: value for key, value in dict(row).items() if key not in ("name", "phone")}
            for row in top.table.rows
        ],
    }


def test_anonymising_erases_personal_data_and_keeps_the_totals(session, clock, olena) -> None:
    before = _numbers(session.connection(), clock)
    assert before["top"][0]["revenue"] == 190679 + 80000

    saved = privacy.anonymise_client(session, olena.id, clock)

    assert saved.value == olena.id
    assert saved.changes.clients == {olena.id}
    assert saved.changes.visits == set(olena.visits)
    assert saved.changes.inquiries == set(olena.inquiries)
    assert _numbers(session.connection(), clock) == before
    client = session.get(Client, olena.id)
    assert (client.name, client.phone, client.email, client.notes, client.churn_note) == (
        f"Anonymised client #{olena.id}",
        f"anon-{olena.id}",
        None,
        "",
        None,
    )
    assert client.do_not_contact is True
    assert client.search_text == f"anonymised client #{olena.id} | {olena.id}"
    assert client.registered_on.isoformat() == "2025-03-01"
    assert client.referred_by_id == olena.referrer
    car = session.get(Vehicle, olena.vehicle)
    assert (car.make, car.model, car.year, car.plate, car.vin) == (
        "Toyota",
        "Corolla",
        2015,
        None,
        None,
    )
    visits = session.scalars(select(Visit).where(Visit.client_id == olena.id).order_by(Visit.id))
    assert [(v.revenue, v.rating, v.employee_id, v.feedback, v.mileage_note) for v in visits] == [
        (190679, 5, olena.petro, None, None),
        (80000, None, None, None, None),
    ]
    assert session.get(Reminder, olena.reminder).note == ""
    assert session.scalars(select(ReminderEvent.note)).all() == [""]
    assert session.execute(select(Inquiry.name, Inquiry.phone)).all() == [(None, None)] * 2
    assert client_search.find_clients(session, "Ковальчук").rows == ()
    assert client_search.find_clients(session, "AA1234").rows == ()


def test_no_personal_text_is_left_anywhere_in_the_tables(session, clock, olena) -> None:
    privacy.anonymise_client(session, olena.id, clock)
    found = _texts_holding(session, privacy_client.PERSONAL_TEXTS)
    assert found == []
    # The audit log still says what happened, without the values.
    updates = session.scalars(
        select(AuditEntry.after).where(
            AuditEntry.entity == "client",
            AuditEntry.entity_id == olena.id,
            AuditEntry.action == "update",
        )
    ).all()
    assert updates and all("name" in json.loads(after) for after in updates)


def _texts_holding(session: Session, needles: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(table, column, needle) for every text column of every table that holds a needle."""
    found = []
    inspector = inspect(session.connection())
    for table in inspector.get_table_names():
        for name in (c["name"] for c in inspector.get_columns(table)):
            value = cast(literal_column(f'"{name}"'), Text)
            for needle in needles:
                hit = session.execute(
                    select(literal(1))
                    .select_from(table_clause(table))
                    .where(text_position(value, needle) > 0)
                ).first()
                if hit:
                    found.append((table, name, needle))
    return found


@pytest.mark.sqlite_only
def test_after_vacuum_the_database_file_holds_none_of_it(
    sessions, engine: Engine, db_path: Path, clock
) -> None:
    with sessions() as session:
        olena = privacy_client.build(session, clock)
        session.commit()
    with sessions() as session:
        privacy.anonymise_client(session, olena.id, clock)
        session.commit()
    engine.dispose()
    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute("VACUUM")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )
    assert b"Anonymised client" in data
    left = [t for t in privacy_client.PERSONAL_TEXTS if t.encode() in data]
    assert left == []


def test_anonymising_twice_is_refused_and_the_place_of_the_phone_is_free(
    session, clock, olena
) -> None:
    privacy.anonymise_client(session, olena.id, clock)
    with pytest.raises(ValidationError) as caught:
        privacy.anonymise_client(session, olena.id, clock)
    assert caught.value.field == "client_id"
    again = clients.create_client(session, ClientInput("Олена Нова", "050 123 45 67"), clock)
    assert again.value.phone == "+380501234567"


def test_a_stale_card_cannot_save_the_old_name_back(session, clock, olena) -> None:
    version = session.get(Client, olena.id).version
    privacy.anonymise_client(session, olena.id, clock)
    assert session.get(Client, olena.id).version == version + 1


def test_an_admin_may_neither_export_nor_anonymise(engine: Engine, clock, session, olena) -> None:
    session.commit()
    with make_session_factory(engine, ADMIN)() as desk:
        for call, permission in (
            (lambda: privacy.client_dossier(desk, olena.id), Permission.EXPORT),
            (lambda: privacy.anonymise_client(desk, olena.id, clock), Permission.DELETE),
        ):
            with pytest.raises(AccessDenied) as caught:
                call()
            assert caught.value.permission is permission
        assert desk.get(Client, olena.id).name == "Олена Ковальчук"
        assert desk.scalar(select(func.count()).select_from(AuditEntry)) > 0


@pytest.mark.sqlite_only
def test_an_anonymised_client_exports_and_imports(
    sessions, engine: Engine, clock, tmp_path: Path, migrated_template: Path
) -> None:
    """The placeholder phone is no phone number, yet the exchange format carries it."""
    with sessions() as session:
        olena = privacy_client.build(session, clock)
        privacy.anonymise_client(session, olena.id, clock)
        session.commit()
    export_database(engine, tmp_path / "out")
    other_path = tmp_path / "other.db"
    shutil.copyfile(migrated_template, other_path)
    other = create_db_engine(sqlite_url(other_path))
    try:
        counts = import_path(other, tmp_path / "out", clock=clock)
        with other.connect() as conn:
            phone = conn.scalar(select(Client.phone).where(Client.id == olena.id))
    finally:
        other.dispose()
    assert counts["clients.csv"] == 3
    assert phone == f"anon-{olena.id}"

"""The database layer: URL precedence, pragmas, migrations on start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db import (
    create_db_engine,
    current_revision,
    head_revision,
    open_database,
    resolve_url,
    sqlite_url,
    upgrade,
)


def test_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PITSTOP_DATABASE_URL", "postgresql+psycopg://desk@server/shop")
    assert resolve_url(db=tmp_path / "a.db") == sqlite_url(tmp_path / "a.db")
    assert resolve_url(url="sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_url() == "postgresql+psycopg://desk@server/shop"
    monkeypatch.delenv("PITSTOP_DATABASE_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_url().endswith("pitstop.db")
    assert str(tmp_path / "data") in resolve_url()


def test_sqlite_pragmas(engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_foreign_keys_are_enforced(engine) -> None:
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            text("INSERT INTO vehicles (client_id, make, model) VALUES (999, 'Skoda', 'Octavia')")
        )


def test_new_database_is_created_at_head(tmp_path: Path) -> None:
    engine = open_database(sqlite_url(tmp_path / "new" / "shop.db"))
    assert current_revision(engine) == head_revision()
    assert not list((tmp_path / "new").glob("*.before-*"))


def test_upgrade_from_first_migration_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_db_engine(sqlite_url(path))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO departments (id, name) VALUES (1, 'Шиномонтаж')"))
        conn.execute(
            text(
                "INSERT INTO clients (id, name, phone, registered_on, do_not_contact, notes, "
                "search_text) VALUES (7, 'Олена Ковальчук', '+380501234567', '2024-03-01', 0, "
                "'notes', 'олена ковальчук')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO visits (id, client_id, started_at, status, revenue) "
                "VALUES (3, 7, '2024-03-02 09:30:00', 'completed', 125050)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO services (id, name, department_id, price) "
                "VALUES (5, 'Балансування', 1, 40000)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO visit_items (id, visit_id, service_id, quantity_milli, price, "
                "declined, amount) VALUES (11, 3, 5, 4000, 31262, 0, 125048), "
                "(12, 3, 5, 1000, 500, 1, 500)"
            )
        )
    engine.dispose()

    engine = open_database(sqlite_url(path))
    assert current_revision(engine) == head_revision() != "0001"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM departments")).scalar() == "Шиномонтаж"
        assert conn.execute(text("SELECT name, phone FROM clients WHERE id = 7")).one() == (
            "Олена Ковальчук",
            "+380501234567",
        )
        assert conn.execute(text("SELECT revenue FROM visits WHERE id = 3")).scalar() == 125050
        items = conn.execute(
            text(
                "SELECT id, amount, department_id, client_id, started_at, bought "
                "FROM visit_items ORDER BY id"
            )
        ).all()
        assert items == [
            (11, 125048, 1, 7, "2024-03-02 09:30:00", 1),
            (12, 500, 1, 7, "2024-03-02 09:30:00", 0),
        ]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    copies = list(tmp_path.glob("old.before-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM clients").fetchone() == ("Олена Ковальчук",)


def test_migrations_match_the_models(engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models import Base

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []

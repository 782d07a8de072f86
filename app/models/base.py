"""Declarative base, naming convention and the column types the models share."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, MetaData
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase

# Named constraints survive Alembic's batch table rebuilds on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Local wall-clock time without a zone, stored to the second. On SQLite the text
# "YYYY-MM-DD HH:MM:SS" sorts and compares as the time does, and its first 10
# and 7 characters are the day and the month.
LocalDateTime = DateTime().with_variant(
    sqlite.DATETIME(
        storage_format="%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d",
        regexp=r"(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)(?:\.(\d+))?",
    ),
    "sqlite",
)
LocalDate = Date


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        dt.datetime: LocalDateTime,
        dt.date: LocalDate,
    }

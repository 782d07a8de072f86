"""Fixtures of the exchange tests: the small shop of sample.py, a second database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.db import create_db_engine, sqlite_url
from tests.exchange.sample import fill_sample


@pytest.fixture
def sample(engine: Engine) -> Engine:
    """The fixture database filled with the small shop."""
    fill_sample(engine)
    return engine


@pytest.fixture
def other_engine(tmp_path: Path, migrated_template: Path) -> Iterator[Engine]:
    """A second, empty database."""
    path = tmp_path / "other.db"
    shutil.copyfile(migrated_template, path)
    engine = create_db_engine(sqlite_url(path))
    yield engine
    engine.dispose()

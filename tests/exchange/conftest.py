"""Fixtures of the exchange tests: the small shop of sample.py, a second database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine

from tests.conftest import DatabaseUnderTest
from tests.exchange.sample import fill_sample


@pytest.fixture
def sample(engine: Engine) -> Engine:
    """The fixture database filled with the small shop."""
    fill_sample(engine)
    return engine


@pytest.fixture
def other_engine(new_database: Callable[[], DatabaseUnderTest]) -> Iterator[Engine]:
    """A second, empty database of the same kind."""
    engine = new_database().engine()
    yield engine
    engine.dispose()

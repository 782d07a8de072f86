from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine

from app.reports import run_report
from app.reports.base import make_params
from app.reports.output import to_json_dict
from tests.reports.shop import Shop


@pytest.fixture
def conn(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        yield conn


@pytest.fixture
def shop(conn: Connection) -> Shop:
    return Shop(conn)


@pytest.fixture
def report(conn: Connection) -> Callable[..., dict[str, Any]]:
    """``report("heatmap", date_from="2026-01-01", ...)`` -> the JSON dict of reports.md."""

    def run(name: str, **kw: Any) -> dict[str, Any]:
        for key in ("as_of", "date_from", "date_to"):
            if isinstance(kw.get(key), str):
                kw[key] = dt.date.fromisoformat(kw[key])
        today = kw.pop("today", dt.date(2026, 11, 23))
        return to_json_dict(run_report(conn, name, make_params(today, **kw)))

    return run

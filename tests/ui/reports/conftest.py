"""A small known shop for the report screens, and the Reports page over it.

The fixed clock's today is 2026-11-23, so every screen starts on the last 12
months, 2025-11-24 .. 2026-11-23, as of 2026-11-23.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.reports import run_report
from app.reports.base import ReportResult, make_params
from app.ui.reports.page import ReportsPage
from tests.reports.shop import Shop

TODAY = dt.date(2026, 11, 23)
FROM = dt.date(2025, 11, 24)
SCREEN_TIMEOUT = 20_000


@pytest.fixture
def ids(engine) -> dict[str, int]:
    """Ann brings Bob and Fay; Dan and Eve left; Gus stopped coming; Cat asked not to be called."""
    with engine.begin() as conn:
        s = Shop(conn)
        maint, tyres = s.department("Maintenance"), s.department("Tyres")
        oil, fit = s.service("Oil change", maint), s.service("Tyre fitting", tyres)
        check = s.service("Check", maint)
        google, radio = s.source("Google"), s.source("Radio")
        moved, price = s.reason("Moved away"), s.reason("Prices")
        petro, ivan = s.master("Petro", maint), s.master("Ivan", tyres)
        ann = s.client("Ann", "2025-12-01", source=google)
        bob = s.client("Bob", "2026-01-15", referred_by=ann)
        fay = s.client("Fay", "2026-03-03", referred_by=ann, source=radio)
        cat = s.client("Cat", "2026-02-10", source=radio, do_not_contact=True)
        dan = s.client("Dan", "2025-06-01", left_on="2026-05-05", reason=moved)
        eve = s.client("Eve", "2025-07-01", left_on="2026-06-20", reason=price)
        gus = s.client("Gus", "2023-01-01")
        hal = s.client("Hal", "2024-02-01")
        ann_march = s.visit(
            ann, "2026-03-02 10:00", [(oil, "500"), (fit, "800")], master=ivan, rating=5
        )
        s.visit(ann, "2025-12-02 09:00", [(oil, "500")], master=petro, rating=5)
        s.visit(ann, "2026-09-14 11:00", [(fit, "800")], master=ivan)
        s.visit(bob, "2026-01-16 09:30", [(oil, "450")], master=petro, rating=1)
        s.visit(bob, "2026-04-20 14:00", [(oil, "450")], master=petro, rating=2)
        s.visit(bob, "2026-11-02 15:00", [(check, "0")], master=petro)
        s.visit(bob, "2026-11-30 09:00", [(oil, "450")], status="planned")
        s.visit(fay, "2026-03-04 16:00", [(fit, "900")], master=ivan)
        s.visit(fay, "2026-05-05 10:00", [(fit, "900")], status="cancelled")
        s.visit(cat, "2026-02-11 12:00", [(oil, "520")], master=petro)
        s.visit(dan, "2025-06-03 09:00", [(oil, "400")])
        s.visit(dan, "2026-01-10 09:00", [(oil, "400")], master=petro)
        s.visit(eve, "2025-07-02 09:00", [(fit, "700")])
        s.visit(eve, "2025-12-20 13:00", [(fit, "700")], master=ivan)
        for day in ("2024-01-10", "2024-03-10", "2024-05-10"):
            s.visit(gus, f"{day} 10:00", [(oil, "600")])
        for day in ("2024-02-02", "2024-08-01", "2025-12-15"):
            s.visit(hal, f"{day} 11:00", [(oil, "300")])
        s.inquiry("2026-03-01 09:00", source=google, client=ann, visit=ann_march)
        s.inquiry("2026-03-01 12:00", source=radio, client=fay)
        s.inquiry("2026-11-20 10:00", source=google, name="A stranger")
        s.done()
    return {
        "ann": ann, "bob": bob, "fay": fay, "cat": cat, "dan": dan, "eve": eve,
        "gus": gus, "hal": hal, "maint": maint, "tyres": tyres, "moved": moved,
    }  # fmt: skip


@pytest.fixture
def page(qtbot, ui, ids) -> ReportsPage:
    page = ReportsPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    return page


@pytest.fixture
def open_screen(qtbot, page) -> Callable[[str], Any]:
    """``open_screen("growth")``: show the screen and wait until its report is drawn."""

    def run(key: str) -> Any:
        screen = page.screens.get(key)
        if screen is not None and not screen.stale and not screen.busy.isVisible():
            page.open_screen(key)  # already drawn
            return screen
        with qtbot.waitSignal(
            page.sig_screen_shown,
            check_params_cb=lambda shown: shown == key,
            timeout=SCREEN_TIMEOUT,
        ):
            page.open_screen(key)
        return page.screens[key]

    return run


@pytest.fixture
def expected(engine) -> Callable[..., ReportResult]:
    """The report computed straight from the engine, for the screen to be compared with."""

    def run(name: str, **kw: Any) -> ReportResult:
        with engine.connect() as conn:
            return run_report(conn, name, make_params(TODAY, **kw))

    return run

"""``screens``: the report screens never block the window (performance.md).

The Reports page runs on a copy of the scale's database (made once with
SQLite's backup API; the scale database itself is never written) with a
real database worker thread, offscreen. A 5 ms heartbeat timer on the GUI
thread records the longest gap between two of its ticks while the person
goes through every report screen: each screen is made, its report computed
on the worker and drawn; then every screen is visited again (already drawn).
The reported number is that longest gap, in seconds: it must stay under
100 ms. The wall time of the first pass is printed along.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from app.clock import FixedClock
from app.db import create_db_engine, make_session_factory, sqlite_url
from app.services.access import SYSTEM
from benchmarks.harness import BenchContext, Operation, register_group

HEARTBEAT_MS = 5
SCREEN_TIMEOUT_S = 120


class Heartbeat:
    """Ticks on the GUI thread; ``longest`` is the largest gap seen between two ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.where = ""
        self.label = ""
        self.slow: list[tuple[float, str]] = []  # gaps over 50 ms, for the curious
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > self.longest:
            self.longest, self.where = gap, self.label
        if gap > 0.05:
            self.slow.append((gap, self.label))
        self._last = now


def switch_screens(path: Path, today: dt.date) -> dict[str, Any]:
    """Go through every report screen twice on the database at ``path``; returns the longest
    GUI-thread gap (seconds), where it happened, and the first pass's wall time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.context import UiContext
    from app.ui.events import AppEvents
    from app.ui.reports.page import SCREENS, ReportsPage
    from app.ui.worker import DatabaseWorker

    app = QApplication.instance() or QApplication([])
    engine = create_db_engine(sqlite_url(path))
    events = AppEvents()
    worker = DatabaseWorker(make_session_factory(engine, SYSTEM), events)
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    settings.clear()
    clock = FixedClock(dt.datetime.combine(today, dt.time(18, 0)))
    page = ReportsPage(UiContext(worker, events, clock, settings, SYSTEM))
    page.resize(1100, 720)
    heartbeat = Heartbeat()
    loop = QEventLoop()
    shown: list[str] = []
    page.sig_screen_shown.connect(shown.append)

    def wait_for(key: str) -> None:
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(SCREEN_TIMEOUT_S * 1000)

        def done(name: str) -> None:
            if name == key:
                loop.quit()

        page.sig_screen_shown.connect(done)
        if key not in shown:
            loop.exec()
        page.sig_screen_shown.disconnect(done)
        if key not in shown:
            raise TimeoutError(f"screen {key} not drawn in {SCREEN_TIMEOUT_S} s")

    try:
        heartbeat.start()
        page.show()
        started = time.perf_counter()
        for key in SCREENS:
            heartbeat.label = f"{key} (first visit)"
            page.open_screen(key)
            wait_for(key)
        first_pass = time.perf_counter() - started
        for key in reversed(SCREENS):
            heartbeat.label = f"{key} (again)"
            page.open_screen(key)
            pause = QTimer()
            pause.setSingleShot(True)
            pause.timeout.connect(loop.quit)
            pause.start(50)  # let it paint
            loop.exec()
        heartbeat.timer.stop()
    finally:
        page.close()
        worker.shutdown()
        engine.dispose()
        app.processEvents()
    return {
        "longest": heartbeat.longest,
        "where": heartbeat.where,
        "first_pass": first_pass,
        "slow": heartbeat.slow,
    }


def copy_database(source: str, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (the source is only read)."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@register_group("screens")
def screens_group(ctx: BenchContext) -> list[Operation]:
    copy: list[Path] = []

    def prepared() -> Path:
        if not copy:
            copy.append(copy_database(str(ctx.engine.url.database), ctx.scratch / "screens.db"))
        return copy[0]

    def longest_gap(path: Path) -> float:
        run = switch_screens(path, ctx.today)
        print(
            f"  longest GUI gap at {run['where']}; first visit of every screen "
            f"{run['first_pass']:.1f} s",
            flush=True,
        )
        return run["longest"]

    return [
        Operation(
            "longest GUI-thread gap switching the report screens",
            longest_gap,
            setup=prepared,
            heavy=True,
            self_timed=True,
        )
    ]

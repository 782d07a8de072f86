"""The database worker: work off the GUI thread, answers on it, errors routed."""

from __future__ import annotations

import threading
from functools import partial

from sqlalchemy import func, select

from app.models import Department
from app.services import catalog
from app.services.errors import ValidationError
from app.ui.worker import Latest


def test_read_runs_off_the_gui_thread_and_answers_on_it(qtbot, ui) -> None:
    seen = {}

    def work(session):
        seen["work_thread"] = threading.current_thread()
        return session.scalar(select(func.count()).select_from(Department))

    with qtbot.waitCallback() as done:
        ui.worker.read(work, done)
    assert done.args == [0]
    assert seen["work_thread"] is not threading.main_thread()


def test_write_commits_and_announces_changes(qtbot, ui, sessions) -> None:
    with qtbot.waitSignal(ui.events.sig_data_changed) as changed, qtbot.waitCallback() as done:
        ui.worker.write(partial(catalog.create_department, name="Tyres"), done)
    assert done.args[0].value.name == "Tyres"
    assert changed.args[0].departments == {done.args[0].value.id}
    with sessions() as session:
        assert session.scalar(select(Department.name)) == "Tyres"


def test_refusal_goes_to_on_error_and_nothing_is_written(qtbot, ui, sessions) -> None:
    def two_then_refuse(session):
        catalog.create_department(session, name="Tyres")
        catalog.create_department(session, name="")

    with qtbot.waitCallback() as refused:
        ui.worker.write(two_then_refuse, lambda _: None, refused)
    error = refused.args[0]
    assert isinstance(error, ValidationError) and error.field == "name"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Department)) == 0


def test_unexpected_error_reaches_the_central_handler(qtbot, ui) -> None:
    def broken(_session):
        raise RuntimeError("disk on fire")

    with qtbot.waitSignal(ui.worker.sig_failed) as failed:
        ui.worker.read(broken, lambda _: None, name="broken")
    assert failed.args[0] == "broken"
    assert str(failed.args[1]) == "disk on fire"


def test_latest_drops_superseded_answers(qtbot, ui) -> None:
    gate = threading.Event()
    answers = []
    latest = Latest(ui.worker)

    def slow(_session):
        gate.wait(5)
        return "old"

    latest.read(slow, answers.append)
    with qtbot.waitCallback() as done:
        latest.read(lambda _session: "new", done)
        gate.set()
    assert done.args == ["new"]
    qtbot.wait(50)
    assert answers == []


def test_callbacks_are_released_on_the_gui_thread(qtbot, ui) -> None:
    """A widget's last reference must never be dropped (and the widget destroyed) off it."""
    released = []

    class Callback:
        def __call__(self, _value) -> None:
            pass

        def __del__(self) -> None:
            released.append(threading.current_thread())

    gate = threading.Event()

    def work(_session):
        gate.wait(5)
        return 1

    ui.worker.read(work, Callback(), Callback())
    gate.set()
    qtbot.waitUntil(lambda: len(released) == 2)
    assert released == [threading.main_thread()] * 2

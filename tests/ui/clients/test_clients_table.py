"""The clients table: pages fetched as the view scrolls, search as you type, filters."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import insert

from app.models import Vehicle
from app.services import client_status
from app.ui.clients.page import ClientsPage
from app.ui.clients.table_model import PAGE, ClientQuery, ClientTableModel
from tests.reports.shop import Shop
from tests.ui.clients.conftest import names, type_text

MANY = 2 * PAGE + 37


@pytest.fixture
def many(session) -> Shop:
    """237 clients "Client 001".."Client 237" (ids 1..237) with plates AA0001AA..;

    every 10th is do-not-contact, every 25th departed; client 7 is lost: visits
    2026-01-10 and 2026-02-09, 287 days before today > max(90, 2 x 30).
    """
    shop = Shop(session.connection())
    reason = shop.reason("Moved away")  # id 1
    assert reason == 1
    for n in range(2, MANY + 2):
        number = n - 1
        client = shop.client(
            f"Client {number:03d}",
            do_not_contact=number % 10 == 0,
            left_on="2026-06-01" if number % 25 == 0 else None,
            reason=reason if number % 25 == 0 else None,
        )
        session.execute(
            insert(Vehicle).values(
                client_id=client, make="Skoda", model="", plate=f"AA{number:04d}AA"
            )
        )
    seventh = 8  # ids follow the reason's
    shop.visit(seventh, "2026-01-10")
    shop.visit(seventh, "2026-02-09")
    shop.done()
    session.commit()
    return shop


def loaded(qtbot, model: ClientTableModel, rows: int) -> None:
    qtbot.waitUntil(lambda: model.rowCount() == rows and not model.loading)


def fetch_all(qtbot, model: ClientTableModel) -> list[int]:
    """Ask for page after page as a scrolling view would; the row counts seen on the way."""
    counts = []
    while True:
        qtbot.waitUntil(lambda: not model.loading)
        counts.append(model.rowCount())
        if model.complete:
            return counts
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # one page at a time


def test_the_model_passes_the_model_tester_while_paging_and_searching(
    qtbot, qtmodeltester, ui, many
) -> None:
    model = ClientTableModel(ui.worker, ui.clock)
    qtmodeltester.check(model)  # empty
    with qtbot.waitSignal(model.sig_loaded):
        model.set_query(ClientQuery())
    assert model.rowCount() == PAGE
    # The tester stays attached: the inserts and resets below are checked too (and
    # it may ask for the next page itself).
    qtmodeltester.check(model)
    assert fetch_all(qtbot, model)[-1] == MANY
    assert model.index(MANY - 1, model.NAME).data() == "Client 237"
    assert model.index(MANY - 1, model.PLATES).data() == "AA0237AA"

    model.set_query(ClientQuery("aa01"))  # plates AA0100AA..AA0199AA
    loaded(qtbot, model, PAGE)
    assert model.index(0, model.PLATES).data() == "AA0100AA"
    assert model.complete
    model.set_query(ClientQuery("", "departed"))  # 25, 50, ..., 225
    loaded(qtbot, model, 9)
    assert model.index(0, model.FLAGS).data() == "departed"
    assert model.index(1, model.FLAGS).data() == "do not contact, departed"  # 50
    qtmodeltester.check(model)


def test_the_table_fetches_more_as_it_scrolls(qtbot, ui, many) -> None:
    page = ClientsPage(ui)
    qtbot.addWidget(page)
    page.resize(800, 400)
    page.show()
    loaded(qtbot, page.model, PAGE)
    assert page.status.text() == "First 100 clients; scroll for more"
    page.table.scrollToBottom()
    loaded(qtbot, page.model, 2 * PAGE)
    page.table.scrollToBottom()
    loaded(qtbot, page.model, MANY)
    qtbot.waitUntil(lambda: page.status.text() == f"{MANY} client(s)")


@pytest.mark.parametrize(
    ("filter_key", "expected"),
    [
        ("all", MANY),
        ("active", 1),  # client 7: visits this year
        ("lost", 1),
        ("departed", 9),  # 25, 50, ..., 225
        ("do_not_contact", 23),  # 10, 20, ..., 230
    ],
)
def test_filters(qtbot, ui, many, filter_key, expected) -> None:
    page = ClientsPage(ui)
    qtbot.addWidget(page)
    loaded(qtbot, page.model, PAGE)
    page.filter.setCurrentIndex(page.filter.findData(filter_key))
    qtbot.waitUntil(lambda: page.model.query.filter == filter_key and not page.model.loading)
    assert fetch_all(qtbot, page.model)[-1] == expected
    if filter_key in ("active", "lost"):
        assert names(page) == ["Client 007"]


def test_search_as_you_type_and_open_with_enter_or_double_click(qtbot, page, desk) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, "ka 77")
    qtbot.waitUntil(lambda: names(page) == ["Olena Kovalchuk"])
    assert page.model.index(0, page.model.PHONE).data() == "+380 50 123 4567"
    assert page.model.index(0, page.model.LAST_VISIT).data() == "14 10 2026"
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the table
    assert page.table.hasFocus() or page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.olena in page.cards)
    page.cards[desk.olena].close()
    assert desk.olena not in page.cards

    type_text(qtbot, page.search, "765 43")  # Petro's phone digits
    qtbot.waitUntil(lambda: names(page) == ["Petro Bondar"])
    cell = page.table.visualRect(page.model.index(0, page.model.NAME)).center()
    # A person's double click: the first press selects, the second opens.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: desk.petro in page.cards)

    type_text(qtbot, page.search, "nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.status.text() == "0 client(s)"


def test_a_hidden_page_refreshes_when_shown_again(qtbot, page, desk, ui) -> None:
    page.hide()
    write = partial(
        client_status.set_do_not_contact,
        client_id=desk.petro,
        flag=True,
        clock=ui.clock,
        expected_version=1,
    )
    with qtbot.waitCallback() as done:
        ui.worker.write(write, done)
    # The notice came before the answer: a shown page would be loading again by now.
    assert not page.model.loading
    assert page.model.index(0, page.model.FLAGS).data() == ""
    page.show()
    qtbot.waitUntil(lambda: page.model.index(0, page.model.FLAGS).data() == "do not contact")

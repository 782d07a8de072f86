"""The due list and the mileage prediction of reports.md, on reminder_shop's worked answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.services.reminders_due import (
    JSON_KEYS,
    DueReminder,
    MileagePrediction,
    Readings,
    due_reminders,
    predicted_mileage,
    reminder_board,
)
from tests.reports.shop import Shop
from tests.services import reminder_shop
from tests.services.reminder_shop import Data

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture
def data(session: Session) -> Data:
    return reminder_shop.build(Shop(session.connection()))


def as_json(row: DueReminder) -> dict[str, object]:
    values = row._asdict()
    out = {key: values[key] for key in JSON_KEYS}
    if out["due_on"] is not None:
        out["due_on"] = out["due_on"].isoformat()
    return out


def numbers(data: Data, rows: tuple[DueReminder, ...]) -> list[int]:
    by_id = {rid: n for n, rid in data.r.items()}
    return [by_id[row.reminder_id] for row in rows]


def test_due_within_30_days_as_worked_out_by_hand(session, data) -> None:
    rows = due_reminders(session, AS_OF, 30)
    expected = reminder_shop.expected_rows(data)
    assert numbers(data, rows) == [1, 3, 4, 6, 9, 11, 13, 15, 16, 17, 21]
    assert [as_json(r) for r in rows] == [
        expected[n] for n in (1, 3, 4, 6, 9, 11, 13, 15, 16, 17, 21)
    ]


def test_due_today_whichever_comes_first(session, data) -> None:
    due = due_reminders(session, AS_OF)
    rows = dict(zip(numbers(data, due), due, strict=True))
    # 3: due by mileage (71,500 >= 70,000) long before its date; 1 (74,500) and
    # 4 (2026-12-23) wait; 16, 17 are not reached yet (18,300 and 21,251.52).
    assert list(rows) == [3, 6, 9, 11, 13, 21]
    assert (rows[3].predicted_mileage, rows[3].overdue_days) == (71500, -98)
    assert rows[11].predicted_mileage == 121000


def test_the_mileage_is_compared_unrounded(session, data) -> None:
    rows = {r.reminder_id: r for r in due_reminders(session, AS_OF, 30)}
    # 21,580.87 is shown as 21,581 but does not reach a reminder at 21,581.
    assert rows[data.r[17]].predicted_mileage == 21581
    assert data.r[18] not in rows


def test_do_not_contact_and_departed_clients_only_with_all(session, data) -> None:
    everyone = due_reminders(session, AS_OF, 30, include_all=True)
    assert numbers(data, everyone) == [1, 3, 4, 6, 9, 11, 13, 15, 16, 17, 19, 20, 21]
    flags = {r.reminder_id: (r.do_not_contact, r.departed) for r in everyone}
    assert flags[data.r[19]] == (True, False)
    assert flags[data.r[20]] == (False, True)
    assert flags[data.r[21]] == (False, False)  # leaves on 2026-12-01, after as_of


def test_snoozed_until_a_day_shows_again_that_day(session, data) -> None:
    assert data.r[8] not in {r.reminder_id for r in due_reminders(session, AS_OF)}
    on_the_day = due_reminders(session, dt.date(2026, 11, 30))
    assert data.r[8] in {r.reminder_id for r in on_the_day}


def test_as_of_a_past_day(session, data) -> None:
    # As of 2026-10-08 car A1's readings are 40,000 (01-12) and 52,000 (05-01):
    # 109 days, 12,000 km; on 2026-10-08, 160 days after the last reading:
    # 52,000 + 12,000 x 160 / 109 = 69,614.68 -> 3 (70,000) is not due yet.
    # B1 and C2 have one reading each (120,000; 20,000): 11, 16 and 17 wait too.
    rows = due_reminders(session, dt.date(2026, 10, 8), 0, include_all=True)
    assert numbers(data, rows) == [13]  # B2 read 30,000 on 2026-06-01
    assert predicted_mileage(session, data.a1, dt.date(2026, 10, 8)) == MileagePrediction(
        vehicle_id=data.a1,
        on=dt.date(2026, 10, 8),
        km=69615,
        km_per_day=Decimal("110.1"),
        last_km=52000,
        last_on=dt.date(2026, 5, 1),
    )


def test_predicted_mileage_of_a_car(session, data) -> None:
    assert predicted_mileage(session, data.a1, AS_OF) == MileagePrediction(
        vehicle_id=data.a1,
        on=AS_OF,
        km=71500,
        km_per_day=Decimal("100.0"),
        last_km=67000,
        last_on=dt.date(2026, 10, 9),
    )
    # readings 24 days apart: the last reading stands, no km per day
    b1 = predicted_mileage(session, data.b1, dt.date(2027, 6, 1))
    assert (b1.km, b1.km_per_day, b1.last_on) == (121000, None, dt.date(2026, 10, 25))
    # a single reading
    assert predicted_mileage(session, data.b2, AS_OF).km == 30000
    # no reading at all
    assert predicted_mileage(session, data.b3, AS_OF) is None
    # before the first reading
    assert predicted_mileage(session, data.a1, dt.date(2026, 1, 11)) is None


def test_predicted_mileage_refuses_bad_input(session, data, refused) -> None:
    refused("vehicle_id", predicted_mileage, session, 404, AS_OF)
    refused("on_date", predicted_mileage, session, data.a1, "2026-11-23")


def test_readings_arithmetic() -> None:
    days = Readings(first_day=100, first_km=1000, last_day=130, last_km=1300)  # 30 days
    assert days.fraction(140) == (1300 * 30 + 300 * 10, 30)
    assert days.predict_km(140) == 1400
    half = Readings(first_day=0, first_km=0, last_day=30, last_km=1)  # 1/30 km a day
    assert half.predict_km(45) == 2  # 1.5 rounds half up
    assert Readings(0, 0, 29, 2900).predict_km(400) == 2900  # 29 days: too close


def test_board_splits_overdue_due_and_upcoming(session, data) -> None:
    board = reminder_board(session, AS_OF, 30)
    assert numbers(data, board.overdue) == [3, 6, 9, 21]  # 3: 71,500 km today > 70,000
    assert numbers(data, board.due) == [11, 13]  # exactly at their mileage today
    assert numbers(data, board.upcoming) == [1, 4, 15, 16, 17]
    # the board predicts for today, not for the end of the look-ahead
    assert board.upcoming[0].predicted_mileage == 71500
    with_all = reminder_board(session, AS_OF, 30, include_all=True)
    assert numbers(data, with_all.overdue) == [3, 6, 9, 19, 20, 21]


@pytest.mark.parametrize(
    ("field", "kw"),
    [("days", {"days": -1}), ("days", {"days": "7"}), ("as_of", {"as_of": "2026-11-23"})],
)
def test_bad_parameters_are_refused(session, refused, field, kw) -> None:
    args = {"as_of": AS_OF, "days": 0, **kw}
    refused(field, due_reminders, session, args["as_of"], args["days"])


def test_nothing_due_in_an_empty_database(session) -> None:
    assert due_reminders(session, AS_OF, 30) == ()
    board = reminder_board(session, AS_OF)
    assert (board.overdue, board.due, board.upcoming, board.days) == ((), (), (), 30)

"""Known answers of the drill-downs: the clients behind a report's bar, cell or row."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import drilldown
from tests.reports.shop import Shop

D = dt.date
MARCH = (D(2026, 3, 1), D(2026, 3, 31))
AS_OF = D(2026, 11, 23)


@pytest.fixture
def shop(session) -> Shop:
    return Shop(session.connection())


def names(found) -> list[str]:
    return [c.name for c in found]


def test_registrations_by_month_source_and_referrer(session, shop) -> None:
    google = shop.source("Google")
    ann = shop.client("Ann", "2026-03-01", source=google)
    shop.client("Bob", "2026-03-31", referred_by=ann)  # no source
    shop.client("Cat", "2026-04-01", source=google)  # after March
    shop.client("Dan", "2026-02-28", referred_by=ann)  # before March
    shop.done()
    assert names(drilldown.registered(session, *MARCH)) == ["Ann", "Bob"]
    assert names(drilldown.registered_from_source(session, *MARCH, google)) == ["Ann"]
    assert names(drilldown.registered_from_source(session, *MARCH, None)) == ["Bob"]
    # Dan was referred too, but registered in February.
    assert names(drilldown.referred_by(session, *MARCH, ann)) == ["Bob"]
    found = drilldown.registered(session, *MARCH)[0]
    assert (found.client_id, found.do_not_contact, found.left_on) == (ann, False, None)


def test_departures_by_reason(session, shop) -> None:
    moved, price = shop.reason("Moved"), shop.reason("Price")
    shop.client("Eve", left_on="2026-03-10", reason=moved)
    shop.client("Fay", left_on="2026-03-31", reason=price)
    shop.client("Gus", left_on="2026-04-01", reason=moved)
    shop.client("Hal")
    shop.done()
    assert names(drilldown.departed(session, *MARCH)) == ["Eve", "Fay"]
    assert names(drilldown.departed(session, *MARCH, moved)) == ["Eve"]
    assert drilldown.departed(session, *MARCH)[0].left_on == D(2026, 3, 10)


@pytest.fixture
def first_visits(shop) -> dict[str, int]:
    """Clients whose first visits fall around March 2026 (as_of 2026-11-23).

    ann: first 03-02 (oil; tyre fitting declined), again 06-01 -> returned
    bob: first 03-31 23:59:59 (fitting), again 12-01 -> after as_of, not returned
    cat: a planned visit 03-05, first completed visit 04-02 -> no March first visit
    dan: first visit 02-10, again 03-03 -> not a March first visit
    eve: first 03-15 (oil), again 03-20 (same month), a cancelled one 05-05
    """
    maint, tyres = shop.department("Maintenance"), shop.department("Tyres")
    oil, fit = shop.service("Oil", maint), shop.service("Fitting", tyres)
    ids = {n: shop.client(n.title()) for n in ("ann", "bob", "cat", "dan", "eve")}
    shop.visit(ids["ann"], "2026-03-02", [(oil, "500"), (fit, "800", "1", True)])
    shop.visit(ids["ann"], "2026-06-01", [(oil, "500")])
    shop.visit(ids["bob"], "2026-03-31 23:59:59", [(fit, "800")])
    shop.visit(ids["bob"], "2026-12-01", [(fit, "800")])
    shop.visit(ids["cat"], "2026-03-05", [(oil, "500")], status="planned")
    shop.visit(ids["cat"], "2026-04-02", [(oil, "500")])
    shop.visit(ids["dan"], "2026-02-10", [(oil, "500")])
    shop.visit(ids["dan"], "2026-03-03", [(oil, "500")])
    shop.visit(ids["eve"], "2026-03-15", [(oil, "500")])
    shop.visit(ids["eve"], "2026-03-20", [(oil, "500")])
    shop.visit(ids["eve"], "2026-05-05", [(oil, "500")], status="cancelled")
    shop.done()
    return {**ids, "maint": maint, "tyres": tyres}


def test_first_visits_and_returns(session, first_visits) -> None:
    ids = first_visits
    assert names(drilldown.first_visits(session, *MARCH)) == ["Ann", "Bob", "Eve"]
    # Ann's fitting was declined: she counts under maintenance only.
    assert names(drilldown.first_visits(session, *MARCH, ids["maint"])) == ["Ann", "Eve"]
    assert names(drilldown.first_visits(session, *MARCH, ids["tyres"])) == ["Bob"]
    # Bob's second visit is after as_of.
    assert names(drilldown.returned_after_first(session, *MARCH, AS_OF)) == ["Ann", "Eve"]
    assert names(drilldown.returned_after_first(session, *MARCH, AS_OF, ids["tyres"])) == []
    # As of 2026-12-01 Bob has come back too.
    later = drilldown.returned_after_first(session, *MARCH, D(2026, 12, 1))
    assert names(later) == ["Ann", "Bob", "Eve"]


def test_return_within_365_days_of_the_first_visit(session, shop) -> None:
    hal, ida = shop.client("Hal"), shop.client("Ida")
    shop.visit(hal, "2025-03-01")
    shop.visit(hal, "2026-03-02")  # 366 days later: too late
    shop.visit(ida, "2025-03-05")
    shop.visit(ida, "2026-03-05 18:00")  # 365 days later: returned
    shop.done()
    march_2025 = (D(2025, 3, 1), D(2025, 3, 31))
    assert names(drilldown.first_visits(session, *march_2025)) == ["Hal", "Ida"]
    assert names(drilldown.returned_after_first(session, *march_2025, AS_OF)) == ["Ida"]


def test_cohort_cells_and_dropouts(session, first_visits) -> None:
    assert names(drilldown.cohort_returns(session, "2026-03", 0, *MARCH, AS_OF)) == [
        "Ann",
        "Bob",
        "Eve",
    ]
    assert names(drilldown.cohort_returns(session, "2026-03", 1, *MARCH, AS_OF)) == []
    assert names(drilldown.cohort_returns(session, "2026-03", 3, *MARCH, AS_OF)) == ["Ann"]
    # Bob came back on 2026-12-01, after as_of.
    assert names(drilldown.cohort_returns(session, "2026-03", 9, *MARCH, AS_OF)) == []
    assert names(drilldown.cohort_dropouts(session, "2026-03", *MARCH, AS_OF)) == ["Bob"]
    # A period starting 03-15 clips the cohort to Bob and Eve.
    clipped = (D(2026, 3, 15), D(2026, 3, 31))
    assert names(drilldown.cohort_returns(session, "2026-03", 0, *clipped, AS_OF)) == [
        "Bob",
        "Eve",
    ]


def test_weekday_hour_cell_and_masters(session, shop) -> None:
    petro = shop.master("Petro")
    ann, bob, cat, dan, eve = (shop.client(n) for n in ("Ann", "Bob", "Cat", "Dan", "Eve"))
    # 2026-03-02 and 03-09 are Mondays (weekday 1), 03-03 a Tuesday.
    shop.visit(ann, "2026-03-02 09:00", master=petro)
    shop.visit(ann, "2026-03-02 09:59:59")
    shop.visit(bob, "2026-03-09 09:30", master=petro, status="cancelled")
    shop.visit(bob, "2026-03-09 09:45")
    shop.visit(cat, "2026-03-02 10:00", master=petro)
    shop.visit(dan, "2026-03-02 09:10", status="no_show")
    shop.visit(eve, "2026-03-03 09:00")
    shop.visit(eve, "2026-04-06 09:00", master=petro)  # a Monday in April
    shop.done()
    assert names(drilldown.visited_at(session, *MARCH, 1, 9)) == ["Ann", "Bob"]
    assert names(drilldown.visited_at(session, *MARCH, 1, 10)) == ["Cat"]
    assert names(drilldown.visited_at(session, *MARCH, 2, 9)) == ["Eve"]
    assert names(drilldown.visited_at(session, *MARCH, 7, 9)) == []
    # Bob's visit with Petro was cancelled, Eve's is in April.
    assert names(drilldown.master_clients(session, *MARCH, petro)) == ["Ann", "Cat"]


def test_department_window_of_gaps_and_trends(session, shop) -> None:
    """as_of 2026-11-23: the window is 2025-11-24 .. 2026-11-23."""
    maint, tyres = shop.department("Maintenance"), shop.department("Tyres")
    oil, fit = shop.service("Oil", maint), shop.service("Fitting", tyres)
    check = shop.service("Free check", maint)
    ann, bob, cat, dan, eve, fay = (
        shop.client(n) for n in ("Ann", "Bob", "Cat", "Dan", "Eve", "Fay")
    )
    shop.visit(ann, "2026-05-01", [(oil, "500"), (fit, "800")])
    shop.visit(bob, "2026-06-01", [(oil, "500"), (fit, "800", "1", True)])
    shop.visit(cat, "2025-11-24 00:00:00", [(fit, "800")])  # first moment of the window
    shop.visit(dan, "2025-11-23 23:59:59", [(oil, "500")])  # just before it: not active
    shop.visit(eve, "2026-11-24 08:00", [(oil, "500")])  # after as_of: not active
    shop.visit(fay, "2026-07-01", [(check, "0")])  # a free check uses the department
    shop.done()
    assert names(drilldown.department_users(session, AS_OF, maint)) == ["Ann", "Bob", "Fay"]
    assert names(drilldown.department_users(session, AS_OF, maint, using=False)) == ["Cat"]
    assert names(drilldown.department_users(session, AS_OF, tyres)) == ["Ann", "Cat"]
    assert names(drilldown.department_users(session, AS_OF, tyres, using=False)) == [
        "Bob",
        "Fay",
    ]
    assert names(drilldown.used_not_used(session, AS_OF, maint, tyres)) == ["Bob", "Fay"]
    assert names(drilldown.used_not_used(session, AS_OF, tyres, maint)) == ["Cat"]
    may = (D(2026, 5, 1), D(2026, 5, 31))
    assert names(drilldown.bought_department(session, *may, maint)) == ["Ann"]
    june = (D(2026, 6, 1), D(2026, 6, 30))
    assert names(drilldown.bought_department(session, *june, tyres)) == []  # declined


def test_inquiry_clients_of_a_day(session, shop) -> None:
    ann, bob, cat, dan = (shop.client(n) for n in ("Ann", "Bob", "Cat", "Dan"))
    ann_visit = shop.visit(ann, "2026-03-05")
    bob_visit = shop.visit(bob, "2026-03-02 15:00")
    cat_visit = shop.visit(cat, "2026-03-20", status="planned")
    shop.inquiry("2026-03-02 08:00", client=ann, visit=ann_visit)
    shop.inquiry("2026-03-02 09:00", visit=bob_visit)  # the client known from the visit
    shop.inquiry("2026-03-02 23:59:59", client=cat, visit=cat_visit)
    shop.inquiry("2026-03-02 12:00", name="A stranger")  # no client: not listed
    shop.inquiry("2026-03-03 00:00:00", client=dan)
    shop.done()
    day = (D(2026, 3, 2), D(2026, 3, 2))
    assert names(drilldown.inquiry_clients(session, *day, AS_OF)) == ["Ann", "Bob", "Cat"]
    assert names(drilldown.inquiry_clients(session, *day, AS_OF, converted=True)) == [
        "Ann",
        "Bob",
    ]
    # As of 03-04 Ann's visit (03-05) had not happened yet.
    early = drilldown.inquiry_clients(session, *day, D(2026, 3, 4), converted=True)
    assert names(early) == ["Bob"]


def test_rfm_segments_and_cells(session, shop) -> None:
    """as_of 2026-11-23.

    ann: 10 visits, last 2026-11-01 (22 days: r 5), f 5 -> champions
    bob: 3 visits, last 2025-06-01 (540 days: r 1), f 3 -> at_risk
    cat: 1 visit 2026-10-01 (53 days: r 5), f 1 -> new
    dan: like bob but departed -> not in rfm
    eve: 4 visits, last 2025-09-01 (448 days: r 2), f 3 -> at_risk
    """
    moved = shop.reason("Moved")
    ann, bob, cat = shop.client("Ann"), shop.client("Bob"), shop.client("Cat")
    dan = shop.client("Dan", left_on="2026-01-10", reason=moved)
    eve = shop.client("Eve")
    for month in range(2, 12):  # 2026-02-01 .. 2026-11-01: 10 visits
        shop.visit(ann, f"2026-{month:02d}-01")
    for client in (bob, dan):
        for day in ("2025-01-01", "2025-03-01", "2025-06-01"):
            shop.visit(client, day)
    shop.visit(cat, "2026-10-01")
    for day in ("2025-03-01", "2025-05-01", "2025-07-01", "2025-09-01"):
        shop.visit(eve, day)
    shop.done()
    assert names(drilldown.rfm_clients(session, AS_OF, segment="at_risk")) == ["Bob", "Eve"]
    assert names(drilldown.rfm_clients(session, AS_OF, segment="champions")) == ["Ann"]
    assert names(drilldown.rfm_clients(session, AS_OF, r=5)) == ["Ann", "Cat"]
    assert names(drilldown.rfm_clients(session, AS_OF, r=5, f=1)) == ["Cat"]
    assert names(drilldown.rfm_clients(session, AS_OF, r=2, f=3)) == ["Eve"]


def test_clients_by_ids_skips_unknown_ids(session, shop) -> None:
    ann = shop.client("Ann", do_not_contact=True)
    bob = shop.client("Bob")
    shop.done()
    found = drilldown.clients_by_ids(session, [bob, ann, ann, 999])
    assert [(c.client_id, c.name, c.do_not_contact) for c in found] == [
        (ann, "Ann", True),
        (bob, "Bob", False),
    ]

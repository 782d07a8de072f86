from __future__ import annotations


def test_churn_groups_departures_by_reason_and_lists_the_clients(shop, report) -> None:
    # Period 2026-01-01 .. 2026-03-31, as of 2026-04-10.
    moved = shop.reason("moved away")
    prices = shop.reason("prices")
    quality = shop.reason("quality complaint")
    rival = shop.reason("went to a competitor")
    shop.reason("sold the car")  # nobody: no row
    oil = shop.service("Oil change", shop.department("Maintenance"))

    ann = shop.client("Ann", left_on="2026-01-01", reason=prices)  # first day of the period
    bob = shop.client("Bob", left_on="2026-03-31", reason=moved)  # last day, never came
    cat = shop.client("Cat", left_on="2026-02-15", reason=moved)
    dan = shop.client("Dan", left_on="2025-12-31", reason=prices)  # before the period
    eve = shop.client("Eve", left_on="2026-04-01", reason=quality)  # after the period
    fay = shop.client("Fay", left_on="2026-02-15", reason=prices)  # same day as Cat
    gus = shop.client("Gus")  # still a client
    shop.client("Hal", do_not_contact=True)  # do-not-contact is not departed
    ida = shop.client("Ida", left_on="2026-03-01", reason=moved)
    jon = shop.client("Jon", left_on="2026-01-20", reason=quality)
    kim = shop.client("Kim", left_on="2026-03-15", reason=rival)

    shop.visit(ann, "2025-05-01", [(oil, "1000")])
    shop.visit(ann, "2025-09-01", [(oil, "500.50"), (oil, "300", "1", True)])  # declined 300
    shop.visit(ann, "2025-10-01", [(oil, "200")], status="cancelled")
    shop.visit(cat, "2026-02-10", [(oil, "250")])
    shop.visit(cat, "2026-04-11 00:00:00", [(oil, "999")])  # after as_of
    shop.visit(dan, "2025-06-01", [(oil, "10")])
    shop.visit(eve, "2025-06-01", [(oil, "10")])
    shop.visit(fay, "2026-02-15 00:00:00", [(oil, "100")])
    shop.visit(fay, "2026-02-15 00:00:00", [(oil, "50")])
    shop.visit(gus, "2026-02-01", [(oil, "10")])
    shop.visit(ida, "2026-01-10", [(oil, "33.33")])
    shop.visit(jon, "2026-01-05", [(oil, "70")], status="no_show")
    shop.visit(kim, "2026-03-20", [(oil, "80")])  # after leaving, before as_of: counts
    shop.done()

    data = report("churn", date_from="2026-01-01", date_to="2026-03-31", as_of="2026-04-10")

    # 7 departed: moved Bob, Cat, Ida = 3/7; prices Ann, Fay = 2/7; quality Jon and
    # competitor Kim = 1/7 each, the tie in reason id order.
    assert data["rows"] == [
        {"reason_id": moved, "reason": "moved away", "clients": 3, "share": 0.4286},
        {"reason_id": prices, "reason": "prices", "clients": 2, "share": 0.2857},
        {"reason_id": quality, "reason": "quality complaint", "clients": 1, "share": 0.1429},
        {"reason_id": rival, "reason": "went to a competitor", "clients": 1, "share": 0.1429},
    ]
    assert data["clients"] == [
        # Ann: 1000 + 500.50 (the declined 300 and the cancelled visit do not count).
        {
            "client_id": ann,
            "name": "Ann",
            "left_on": "2026-01-01",
            "reason": "prices",
            "visits": 2,
            "lifetime_revenue": 1500.5,
            "last_visit": "2025-09-01",
        },
        {
            "client_id": jon,
            "name": "Jon",
            "left_on": "2026-01-20",
            "reason": "quality complaint",
            "visits": 0,
            "lifetime_revenue": 0.0,
            "last_visit": None,
        },
        # Cat's visit of 2026-04-11 is after as_of.
        {
            "client_id": cat,
            "name": "Cat",
            "left_on": "2026-02-15",
            "reason": "moved away",
            "visits": 1,
            "lifetime_revenue": 250.0,
            "last_visit": "2026-02-10",
        },
        {
            "client_id": fay,
            "name": "Fay",
            "left_on": "2026-02-15",
            "reason": "prices",
            "visits": 2,
            "lifetime_revenue": 150.0,
            "last_visit": "2026-02-15",
        },
        {
            "client_id": ida,
            "name": "Ida",
            "left_on": "2026-03-01",
            "reason": "moved away",
            "visits": 1,
            "lifetime_revenue": 33.33,
            "last_visit": "2026-01-10",
        },
        {
            "client_id": kim,
            "name": "Kim",
            "left_on": "2026-03-15",
            "reason": "went to a competitor",
            "visits": 1,
            "lifetime_revenue": 80.0,
            "last_visit": "2026-03-20",
        },
        {
            "client_id": bob,
            "name": "Bob",
            "left_on": "2026-03-31",
            "reason": "moved away",
            "visits": 0,
            "lifetime_revenue": 0.0,
            "last_visit": None,
        },
    ]


def test_churn_as_of_a_past_date_counts_history_up_to_then(shop, report) -> None:
    prices = shop.reason("prices")
    oil = shop.service("Oil change", shop.department("Maintenance"))
    ann = shop.client("Ann", left_on="2026-01-10", reason=prices)
    shop.visit(ann, "2026-01-10 23:59:59", [(oil, "100")])
    shop.visit(ann, "2026-01-11 00:00:00", [(oil, "40")])  # the day after the first as_of
    shop.done()

    data = report("churn", date_from="2026-01-01", date_to="2026-01-10", as_of="2026-01-10")
    assert data["rows"] == [{"reason_id": prices, "reason": "prices", "clients": 1, "share": 1.0}]
    ann_row = data["clients"][0]
    assert (ann_row["visits"], ann_row["lifetime_revenue"], ann_row["last_visit"]) == (
        1,
        100.0,
        "2026-01-10",
    )

    data = report("churn", date_from="2026-01-01", date_to="2026-01-11", as_of="2026-01-11")
    ann_row = data["clients"][0]
    assert (ann_row["visits"], ann_row["lifetime_revenue"], ann_row["last_visit"]) == (
        2,
        140.0,
        "2026-01-11",
    )


def test_churn_of_a_period_without_departures_is_empty(shop, report) -> None:
    prices = shop.reason("prices")
    shop.client("Ann", left_on="2025-12-31", reason=prices)
    shop.client("Bob", left_on="2026-02-01", reason=prices)
    shop.done()

    data = report("churn", date_from="2026-01-01", date_to="2026-01-31", as_of="2026-03-01")
    assert data["rows"] == []
    assert data["clients"] == []


def test_churn_of_an_empty_database_is_empty(report) -> None:
    data = report("churn")
    assert data["rows"] == []
    assert data["clients"] == []

from __future__ import annotations

from decimal import Decimal

import pytest


@pytest.fixture
def top_shop(shop) -> dict[str, int]:
    """Period 2026-01-01 .. 2026-06-30, as of 2026-07-15; period revenue 1000 in all."""
    maint = shop.department("Maintenance")
    oil = shop.service("oil change", maint)
    ann = shop.client("Ann")
    shop.visit(ann, "2026-01-01 00:00:00", [(oil, "300")])
    shop.visit(ann, "2026-06-30 23:59:59", [(oil, "200")])
    shop.visit(ann, "2026-07-10", [(oil, "50")])  # after the period: only the last visit
    shop.visit(ann, "2026-07-20", [(oil, "50")])  # after as_of: ignored
    # Ann: 2 visits, 500, average 250, last visit 2026-07-10.
    bob = shop.client("Bob")
    shop.visit(bob, "2026-03-03", [(oil, "100")])
    shop.visit(bob, "2026-03-04", [(oil, "100")])
    shop.visit(bob, "2026-03-05", [(oil, "50"), (oil, "70", "1", True)])  # 70 declined
    shop.visit(bob, "2026-03-06", [(oil, "1000")], status="cancelled")
    # Bob: 3 visits, 250, average 83.333.. -> 83.33.
    cid = shop.client("Cid")
    shop.visit(cid, "2026-04-01", [(oil, "100")])
    shop.visit(cid, "2026-04-02", [(oil, "0")])  # a free visit still counts as a visit
    # Cid: 2 visits, 100, average 50.
    dan = shop.client("Dan")
    shop.visit(dan, "2026-04-03", [(oil, "100")])  # ties with Cid; Cid has the lower id
    hal = shop.client("Hal")
    shop.visit(hal, "2026-05-05", [(oil, "50")])
    shop.visit(hal, "2025-12-31 23:59:59", [(oil, "500")])  # before the period
    eve = shop.client("Eve")
    shop.visit(eve, "2026-02-02", [(oil, "0")])  # revenue 0: not listed
    fay = shop.client("Fay")
    shop.visit(fay, "2026-02-03", [(oil, "100", "1", True)])  # only declined: not listed
    gus = shop.client("Gus")
    shop.visit(gus, "2026-02-04", [(oil, "900")], status="planned")
    shop.visit(gus, "2026-02-05", [(oil, "900")], status="no_show")
    shop.done()
    return {"ann": ann, "bob": bob, "cid": cid, "dan": dan, "hal": hal}


def test_top_ranks_clients_with_abc_classes(top_shop, report) -> None:
    c = top_shop
    data = report("top", date_from="2026-01-01", date_to="2026-06-30", as_of="2026-07-15")

    # Total 1000. Running share before each client: Ann 0 -> A; Bob 0.5 -> A;
    # Cid 0.75 (not < 0.75) -> B; Dan 0.85 -> B; Hal 0.95 (not < 0.95) -> C.
    assert data["rows"] == [
        {
            "rank": 1,
            "client_id": c["ann"],
            "name": "Ann",
            "visits": 2,
            "revenue": 500.0,
            "avg_check": 250.0,
            "last_visit": "2026-07-10",
            "share": 0.5,
            "cumulative_share": 0.5,
            "abc": "A",
        },
        {
            "rank": 2,
            "client_id": c["bob"],
            "name": "Bob",
            "visits": 3,
            "revenue": 250.0,
            "avg_check": 83.33,
            "last_visit": "2026-03-05",  # the cancelled 03-06 visit does not count
            "share": 0.25,
            "cumulative_share": 0.75,
            "abc": "A",
        },
        {
            "rank": 3,
            "client_id": c["cid"],
            "name": "Cid",
            "visits": 2,
            "revenue": 100.0,
            "avg_check": 50.0,
            "last_visit": "2026-04-02",
            "share": 0.1,
            "cumulative_share": 0.85,
            "abc": "B",
        },
        {
            "rank": 4,
            "client_id": c["dan"],
            "name": "Dan",
            "visits": 1,
            "revenue": 100.0,
            "avg_check": 100.0,
            "last_visit": "2026-04-03",
            "share": 0.1,
            "cumulative_share": 0.95,
            "abc": "B",
        },
        {
            "rank": 5,
            "client_id": c["hal"],
            "name": "Hal",
            "visits": 1,
            "revenue": 50.0,
            "avg_check": 50.0,
            "last_visit": "2026-05-05",
            "share": 0.05,
            "cumulative_share": 1.0,
            "abc": "C",
        },
    ]


def test_top_limit_cuts_rows_not_classes_and_thresholds_are_settings(top_shop, report) -> None:
    data = report(
        "top",
        date_from="2026-01-01",
        date_to="2026-06-30",
        as_of="2026-07-15",
        limit=3,
        abc_a=Decimal("0.5"),
        abc_b=Decimal("0.8"),
    )

    # Before: Ann 0 < 0.5 -> A; Bob 0.5 -> B; Cid 0.75 < 0.8 -> B. Shares still of 1000.
    assert [(r["name"], r["share"], r["cumulative_share"], r["abc"]) for r in data["rows"]] == [
        ("Ann", 0.5, 0.5, "A"),
        ("Bob", 0.25, 0.75, "B"),
        ("Cid", 0.1, 0.85, "B"),
    ]


def test_top_lists_fifty_by_default_and_rounds_the_average_half_up(shop, report) -> None:
    maint = shop.department("Maintenance")
    oil = shop.service("oil change", maint)
    first = shop.client("First")
    shop.visit(first, "2026-05-01", [(oil, "0.01")])
    shop.visit(first, "2026-05-02", [(oil, "0.02")])  # 0.03 / 2 = 0.015 -> 0.02
    clients = [shop.client(f"Client {n:02d}") for n in range(55)]
    for client in clients:
        shop.visit(client, "2026-05-03", [(oil, "10")])
    shop.done()

    data = report("top", date_from="2026-05-01", date_to="2026-05-31", as_of="2026-05-31")

    # 55 clients at 10.00 tie and go by id; First (0.03) is last and cut off.
    # Total 550.03; after 50 clients 500 / 550.03 = 0.90904...
    assert len(data["rows"]) == 50
    assert [r["client_id"] for r in data["rows"]] == clients[:50]
    assert data["rows"][-1]["cumulative_share"] == 0.909
    full = report(
        "top", date_from="2026-05-01", date_to="2026-05-31", as_of="2026-05-31", limit=100
    )
    assert len(full["rows"]) == 56
    assert full["rows"][-1]["client_id"] == first
    assert full["rows"][-1]["avg_check"] == 0.02
    assert full["rows"][-1]["share"] == 0.0001  # 0.03 / 550.03 = 0.0000545.. -> 0.0001
    assert full["rows"][-1]["abc"] == "C"


def test_top_of_an_empty_period_has_no_rows(top_shop, report) -> None:
    assert report("top", date_from="2026-08-01", date_to="2026-08-31")["rows"] == []


def test_top_of_an_empty_database(report) -> None:
    assert report("top")["rows"] == []

from __future__ import annotations


def metrics(data: dict) -> dict:
    return {r["metric"]: (r["value"], r["previous"], r["year_ago"]) for r in data["rows"]}


def test_kpi_of_the_period_the_previous_period_and_a_year_ago(shop, report) -> None:
    fit = shop.service("Fitting", shop.department("Tyres"))
    # Period 2026-03-01 .. 2026-03-10 (10 days); previous 2026-02-19 .. 2026-02-28;
    # a year ago 2025-03-01 .. 2025-03-10.
    ann = shop.client("Ann", "2026-02-20")
    shop.visit(ann, "2026-02-20", [(fit, "100")])
    shop.visit(ann, "2026-03-01 00:00:00", [(fit, "200")])  # gap 9 days (Feb 20 -> Mar 1)
    shop.visit(ann, "2026-03-05", [(fit, "300")])  # gap 4
    moved = shop.reason("Moved away")
    # Bob leaves after the period and asked not to be called: his visits still count.
    bob = shop.client("Bob", "2026-03-02", left_on="2026-03-12", reason=moved, do_not_contact=True)
    shop.visit(bob, "2026-03-02 10:00:00", [(fit, "400")])  # Bob's first visit ever
    shop.visit(bob, "2026-03-10 23:59:59", [(fit, "500")])  # gap 8 (dates, not hours)
    shop.visit(bob, "2026-03-11 00:00:00", [(fit, "999")])  # after the period
    cid = shop.client("Cid", "2025-03-05")
    shop.visit(cid, "2025-03-05", [(fit, "1000")])
    shop.visit(cid, "2026-03-03", [(fit, "0")])  # a free check; gap 365 - 2 = 363
    dan = shop.client("Dan", "2026-03-01")  # registered, never completed a visit
    shop.visit(dan, "2026-03-04", [(fit, "50")], status="cancelled")
    shop.visit(dan, "2026-03-06", [(fit, "50")], status="planned")
    shop.visit(dan, "2026-03-07", [(fit, "50")], status="no_show")
    eve = shop.client("Eve", "2026-03-10")
    shop.visit(eve, "2026-03-08 09:00:00", [(fit, "600"), (fit, "2000", "1", True)])
    shop.visit(eve, "2026-03-08 15:00:00", [(fit, "100")])  # gap 0: the same day
    shop.client("Fay", "2026-03-11")  # registered after the period
    gus = shop.client("Gus", "2026-02-28")
    shop.visit(gus, "2026-02-28 23:59:59", [(fit, "0.05")])
    hal = shop.client("Hal", "2026-02-18")  # the day before the previous period
    shop.visit(hal, "2026-02-18 23:59:59", [(fit, "70")])
    ivy = shop.client("Ivy", "2025-02-27")
    shop.visit(ivy, "2025-02-27", [(fit, "5")])
    shop.visit(ivy, "2025-03-01 00:00:00", [(fit, "10")])  # gap 2 (2025 is not a leap year)
    shop.visit(ivy, "2025-03-09", [(fit, "20")])  # gap 8
    shop.done()

    data = report("kpi", date_from="2026-03-01", date_to="2026-03-10", as_of="2026-03-15")

    # Period: Ann 200 + 300, Bob 400 + 500, Cid 0, Eve 600 (declined 2000 left out) + 100:
    #   7 visits, 2100.00, 4 clients; registered Dan, Bob, Eve; check 2100 / 7 = 300.00;
    #   gaps 9, 4, 8, 363, 0 -> 384 / 5 = 76.8; clients seen before 03-01: Ann (2 visits)
    #   and Cid (1) -> 3 / 7 = 0.4286.
    # Previous: Ann 100, Gus 0.05 (Hal's 02-18 visit is a second too early): 2 visits,
    #   100.05, 2 clients, registered Ann and Gus; check 50.025 -> 50.03; no gaps;
    #   nobody came before 02-19 -> 0 / 2.
    # A year ago: Cid 1000, Ivy 10 + 20: 3 visits, 1030.00, 2 clients, registered Cid;
    #   check 343.333.. -> 343.33; gaps 2, 8 -> 5.0; Ivy came on 2025-02-27 -> 2 / 3.
    assert metrics(data) == {
        "revenue": (2100.0, 100.05, 1030.0),
        "visits": (7, 2, 3),
        "clients": (4, 2, 2),
        "new_clients": (3, 2, 1),
        "avg_check": (300.0, 50.03, 343.33),
        "avg_interval_days": (76.8, None, 5.0),
        "returning_share": (0.4286, 0.0, 0.6667),
    }
    assert [r["metric"] for r in data["rows"]] == [
        "revenue",
        "visits",
        "clients",
        "new_clients",
        "avg_check",
        "avg_interval_days",
        "returning_share",
    ]
    assert data["periods"] == [
        {"period": "current", "from": "2026-03-01", "to": "2026-03-10"},
        {"period": "previous", "from": "2026-02-19", "to": "2026-02-28"},
        {"period": "year_ago", "from": "2025-03-01", "to": "2025-03-10"},
    ]


def test_kpi_returning_needs_a_visit_before_the_period_not_an_earlier_one_in_it(
    shop, report
) -> None:
    oil = shop.service("Oil change", shop.department("Service"))
    ann = shop.client("Ann")
    shop.visit(ann, "2026-04-01", [(oil, "10")])
    shop.visit(ann, "2026-04-02", [(oil, "10")])
    shop.visit(ann, "2026-04-03", [(oil, "10")])
    bob = shop.client("Bob")
    shop.visit(bob, "2026-03-31 23:59:59", [(oil, "10")])
    shop.visit(bob, "2026-04-02", [(oil, "10")])
    shop.done()

    data = report("kpi", date_from="2026-04-01", date_to="2026-04-30", as_of="2026-04-30")

    # 4 visits in April by 2 clients; only Bob came before April: 1 / 4.
    # Gaps: Ann 1, 1; Bob 2 (Mar 31 -> Apr 2) -> 4 / 3 = 1.33.. -> 1.3.
    assert metrics(data)["visits"][0] == 4
    assert metrics(data)["clients"][0] == 2
    assert metrics(data)["returning_share"][0] == 0.25
    assert metrics(data)["avg_interval_days"][0] == 1.3


def test_kpi_periods_around_29_february_on_an_empty_database(report) -> None:
    data = report("kpi", date_from="2028-02-29", date_to="2028-03-01", as_of="2028-03-01")

    # Two days; the two days before them; a year earlier 29 February becomes 28 February.
    assert data["periods"] == [
        {"period": "current", "from": "2028-02-29", "to": "2028-03-01"},
        {"period": "previous", "from": "2028-02-27", "to": "2028-02-28"},
        {"period": "year_ago", "from": "2027-02-28", "to": "2027-03-01"},
    ]
    assert metrics(data) == {
        "revenue": (0.0, 0.0, 0.0),
        "visits": (0, 0, 0),
        "clients": (0, 0, 0),
        "new_clients": (0, 0, 0),
        "avg_check": (None, None, None),
        "avg_interval_days": (None, None, None),
        "returning_share": (None, None, None),
    }


def test_kpi_default_periods(report) -> None:
    data = report("kpi")

    # 2025-11-24 .. 2026-11-23 is 365 days; the 365 days before end on 2025-11-23.
    assert data["periods"][1:] == [
        {"period": "previous", "from": "2024-11-24", "to": "2025-11-23"},
        {"period": "year_ago", "from": "2024-11-24", "to": "2025-11-23"},
    ]

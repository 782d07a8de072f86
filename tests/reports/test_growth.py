from __future__ import annotations


def test_growth_counts_registrations_departures_totals_and_first_visits(shop, report) -> None:
    # Period 2026-01-15 .. 2026-03-10: months 2026-01 (15..31), 2026-02, 2026-03 (1..10).
    moved = shop.reason("moved away")
    ann = shop.client("Ann", "2025-06-01")
    shop.client("Bob", "2025-12-31", left_on="2026-01-14", reason=moved)  # left before
    cat = shop.client("Cat", "2026-01-14")  # registered the day before the period
    dan = shop.client("Dan", "2026-01-15")  # first day of the period
    eve = shop.client("Eve", "2026-01-31", left_on="2026-02-01", reason=moved)
    fay = shop.client("Fay", "2026-02-28")
    gus = shop.client("Gus", "2026-03-10")  # last day of the period
    hal = shop.client("Hal", "2026-03-11")  # after the period
    ida = shop.client("Ida", "2025-01-01", left_on="2026-03-10", reason=moved)
    jon = shop.client("Jon", "2025-01-01", left_on="2026-03-11", reason=moved)  # after the period
    kim = shop.client("Kim", "2026-02-10", left_on="2026-02-10", reason=moved)  # came and went

    shop.visit(ann, "2025-12-01")  # Ann's first visit is before the period
    shop.visit(ann, "2026-01-20")
    shop.visit(cat, "2026-01-15 10:00:00", status="cancelled")
    shop.visit(cat, "2026-01-15 00:00:00")  # first visit, first second of the period
    shop.visit(dan, "2026-01-31 23:59:59")  # last second of January
    shop.visit(eve, "2026-01-20", status="planned")
    shop.visit(eve, "2026-01-21", status="no_show")
    shop.visit(eve, "2026-02-01 00:00:00")  # Eve's first completed visit: February
    shop.visit(fay, "2026-03-10 23:59:59")  # last second of the period
    shop.visit(gus, "2026-03-11 00:00:00")  # first second after the period
    shop.visit(hal, "2026-03-12")
    shop.visit(ida, "2026-01-14 23:59:59")  # first visit, the second before the period
    shop.visit(ida, "2026-01-16")
    shop.visit(jon, "2026-02-05 10:00:00")  # two at the same time: one first visit
    shop.visit(jon, "2026-02-05 10:00:00")
    shop.visit(kim, "2026-02-10", [(shop.service("Check", shop.department("Diag")), "0")])
    shop.done()

    data = report("growth", date_from="2026-01-15", date_to="2026-03-10", as_of="2026-03-20")

    assert data["rows"] == [
        # new: Dan, Eve. Departed: none (Bob left on the 14th). Total: Ann, Bob, Cat, Ida,
        # Jon, Dan, Eve registered by Jan 31 = 7, minus Bob = 6. First visits: Cat, Dan.
        {
            "month": "2026-01",
            "new_clients": 2,
            "departed": 0,
            "net": 2,
            "total_clients": 6,
            "first_visits": 2,
        },
        # new: Kim, Fay. Departed: Eve, Kim. Total: 7 + 2 = 9 registered, minus Bob, Eve,
        # Kim = 6. First visits: Eve, Jon (once), Kim.
        {
            "month": "2026-02",
            "new_clients": 2,
            "departed": 2,
            "net": 0,
            "total_clients": 6,
            "first_visits": 3,
        },
        # new: Gus (Hal is after the 10th). Departed: Ida (Jon leaves on the 11th).
        # Total: 10 registered minus Bob, Eve, Kim, Ida = 6. First visits: Fay (not Gus).
        {
            "month": "2026-03",
            "new_clients": 1,
            "departed": 1,
            "net": 0,
            "total_clients": 6,
            "first_visits": 1,
        },
    ]


def test_growth_as_of_a_past_date_ignores_later_registrations_and_departures(shop, report) -> None:
    moved = shop.reason("moved away")
    shop.client("Ann", "2026-01-05")
    shop.client("Bob", "2026-01-10", left_on="2026-01-20", reason=moved)
    shop.client("Cat", "2026-01-25")  # after as_of
    late = shop.client("Dan", "2025-12-01", left_on="2026-01-25", reason=moved)  # after as_of
    shop.visit(late, "2026-01-22")  # Dan's first visit, after as_of
    shop.done()

    data = report("growth", date_from="2026-01-01", date_to="2026-01-20", as_of="2026-01-20")

    # Registered by Jan 20: Dan, Ann, Bob = 3, minus Bob who left on the 20th = 2.
    assert data["rows"] == [
        {
            "month": "2026-01",
            "new_clients": 2,
            "departed": 1,
            "net": 1,
            "total_clients": 2,
            "first_visits": 0,
        }
    ]


def test_growth_of_an_empty_database_has_a_zero_row_for_every_month(report) -> None:
    data = report("growth")  # 2025-11-24 .. 2026-11-23: 13 months

    assert [r["month"] for r in data["rows"]] == [
        "2025-11",
        "2025-12",
        *(f"2026-{m:02d}" for m in range(1, 12)),
    ]
    assert {
        (r["new_clients"], r["departed"], r["net"], r["total_clients"], r["first_visits"])
        for r in data["rows"]
    } == {(0, 0, 0, 0, 0)}


def test_growth_in_quiet_months_carries_the_total(shop, report) -> None:
    moved = shop.reason("moved away")
    ann = shop.client("Ann", "2025-03-01")
    shop.client("Bob", "2025-04-01", left_on="2025-05-01", reason=moved)
    shop.visit(ann, "2025-03-02")
    shop.done()

    data = report("growth", date_from="2026-01-01", date_to="2026-02-28", as_of="2026-03-01")

    # Ann and Bob registered, Bob left: 1 client, nothing new.
    assert data["rows"] == [
        {
            "month": month,
            "new_clients": 0,
            "departed": 0,
            "net": 0,
            "total_clients": 1,
            "first_visits": 0,
        }
        for month in ("2026-01", "2026-02")
    ]

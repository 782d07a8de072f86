from __future__ import annotations


def _first_quarter(shop) -> None:
    ann = shop.client("Ann")
    bob = shop.client("Bob")
    cat = shop.client("Cat")
    dan = shop.client("Dan", left_on="2026-04-15", reason=shop.reason("moved"))  # still counted
    eve = shop.client("Eve")
    fay = shop.client("Fay")
    gus = shop.client("Gus", do_not_contact=True)  # still counted
    shop.visit(ann, "2026-01-09 23:59:59")  # first visit the second before the period
    shop.visit(ann, "2026-02-02")
    shop.visit(bob, "2026-01-10 00:00:00")  # first visit, first second of the period
    shop.visit(bob, "2026-01-20")
    shop.visit(bob, "2026-03-05")
    shop.visit(bob, "2026-05-15 23:59:59")  # last second of as_of
    shop.visit(cat, "2026-01-31 23:59:59")
    shop.visit(cat, "2026-02-01 00:00:00")
    shop.visit(cat, "2026-03-10", status="cancelled")
    shop.visit(cat, "2026-05-16 00:00:00")  # after as_of
    shop.visit(dan, "2026-03-01 00:00:00")
    shop.visit(dan, "2026-03-20", status="planned")
    shop.visit(dan, "2026-04-01")
    shop.visit(eve, "2026-03-31 23:59:59")
    shop.visit(eve, "2026-04-02")
    shop.visit(eve, "2026-04-20")  # the same month again: Eve counts once
    shop.visit(fay, "2026-04-01 00:00:00")  # first visit after the period
    shop.visit(gus, "2026-02-10", status="cancelled")
    shop.visit(gus, "2026-03-03")  # Gus's first completed visit
    shop.done()


def test_cohorts_follow_first_visit_months_up_to_as_of(shop, report) -> None:
    _first_quarter(shop)

    data = report("cohorts", date_from="2026-01-10", date_to="2026-03-31", as_of="2026-05-15")

    # January (10..31): Bob, Cat. Feb: Cat; Mar: Bob (Cat's visit was cancelled); Apr: none;
    # May: Bob (Cat's visit is after as_of). February: no first visit, no row.
    # March: Dan, Eve, Gus. April: Dan, Eve; May: none.
    assert data["rows"] == [
        {"cohort": "2026-01", "size": 2, "retained": [2, 1, 1, 0, 1]},
        {"cohort": "2026-03", "size": 3, "retained": [3, 2, 0]},
    ]


def test_a_cohort_of_the_month_of_as_of_has_only_its_size(shop, report) -> None:
    _first_quarter(shop)

    data = report("cohorts", date_from="2026-03-01", date_to="2026-03-31", as_of="2026-03-31")

    assert data["rows"] == [{"cohort": "2026-03", "size": 3, "retained": [3]}]


def test_cohorts_follow_at_most_twelve_months_across_the_year_end(shop, report) -> None:
    hal = shop.client("Hal")
    ida = shop.client("Ida")
    shop.visit(hal, "2025-11-05")
    shop.visit(hal, "2026-01-05")  # k = 2
    shop.visit(hal, "2026-10-31 23:59:59")  # k = 11
    shop.visit(hal, "2026-11-01 00:00:00")  # k = 12: not followed
    shop.visit(ida, "2025-02-28")
    shop.visit(ida, "2026-01-15")  # k = 11
    shop.visit(ida, "2026-02-15")  # k = 12: not followed
    shop.done()

    data = report("cohorts", date_from="2025-01-01", date_to="2025-12-31", as_of="2026-11-23")

    assert data["rows"] == [
        {"cohort": "2025-02", "size": 1, "retained": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]},
        {"cohort": "2025-11", "size": 1, "retained": [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]},
    ]


def test_cohorts_of_a_period_without_first_visits_are_empty(shop, report) -> None:
    _first_quarter(shop)

    # Bob, Cat and Ann come back in February, but nobody comes for the first time.
    data = report("cohorts", date_from="2026-02-01", date_to="2026-02-28", as_of="2026-05-15")
    assert data["rows"] == []


def test_cohorts_of_an_empty_database_are_empty(report) -> None:
    assert report("cohorts")["rows"] == []

from __future__ import annotations


def test_retention_counts_first_visits_by_department_and_returns(shop, report) -> None:
    # Period 2026-01-01 .. 2026-03-31, as of 2026-06-30.
    maintenance = shop.department("Maintenance")
    tyres = shop.department("Tyres")
    diagnostics = shop.department("Diagnostics")
    body = shop.department("Body")
    oil = shop.service("Oil change", maintenance)
    tyre = shop.service("Tyre fitting", tyres)
    check = shop.service("Free check", diagnostics)
    paint = shop.service("Paint", body)
    moved = shop.reason("moved away")

    ann = shop.client("Ann")
    bob = shop.client("Bob", left_on="2026-04-01", reason=moved)  # departed: still counted
    cat = shop.client("Cat")
    dan = shop.client("Dan")
    eve = shop.client("Eve")
    fay = shop.client("Fay")
    gus = shop.client("Gus", do_not_contact=True)  # still counted

    shop.visit(ann, "2026-01-01 00:00:00", [(oil, "100"), (tyre, "200")])
    shop.visit(ann, "2026-06-30 23:59:59", [(oil, "100")])  # back, last second of as_of
    shop.visit(bob, "2026-01-15", [(oil, "100"), (paint, "900", "1", True)])  # paint declined
    shop.visit(bob, "2026-02-01", [(oil, "100")], status="cancelled")
    shop.visit(cat, "2026-02-10", [(check, "0")])  # free, still uses Diagnostics
    shop.visit(cat, "2026-07-01 00:00:00", [(oil, "100")])  # back after as_of
    shop.visit(dan, "2026-03-31 23:59:59", [(tyre, "200"), (tyre, "200")])
    shop.visit(dan, "2026-04-01", [(tyre, "200")])
    shop.visit(eve, "2025-12-31 23:59:59", [(oil, "100")])  # first visit before the period
    shop.visit(eve, "2026-01-05", [(oil, "100")])
    shop.visit(fay, "2026-02-01")  # a first visit with no items
    shop.visit(fay, "2026-03-01")
    shop.visit(gus, "2026-03-01", [(oil, "100")])
    shop.visit(gus, "2026-03-15", [(oil, "100")], status="planned")
    shop.visit(gus, "2026-03-20", [(oil, "100")], status="no_show")
    shop.done()

    data = report("retention", date_from="2026-01-01", date_to="2026-03-31", as_of="2026-06-30")

    # Maintenance: Ann, Bob, Gus; back: Ann. Tyres: Ann, Dan (twice in one visit: once);
    # back: both. Diagnostics: Cat, back after as_of only. Body: Bob's paint was declined.
    assert data["rows"] == [
        {
            "department_id": maintenance,
            "department": "Maintenance",
            "new_clients": 3,
            "returned": 1,
            "return_rate": 0.3333,
        },
        {
            "department_id": tyres,
            "department": "Tyres",
            "new_clients": 2,
            "returned": 2,
            "return_rate": 1.0,
        },
        {
            "department_id": diagnostics,
            "department": "Diagnostics",
            "new_clients": 1,
            "returned": 0,
            "return_rate": 0.0,
        },
    ]
    # Ann, Bob, Cat, Dan, Fay, Gus; back: Ann, Dan, Fay.
    assert data["total"] == {"new_clients": 6, "returned": 3, "return_rate": 0.5}

    # A day earlier Ann has not come back yet.
    data = report("retention", date_from="2026-01-01", date_to="2026-03-31", as_of="2026-06-29")
    assert data["rows"][0]["returned"] == 0
    assert data["total"] == {"new_clients": 6, "returned": 2, "return_rate": 0.3333}


def test_a_return_counts_up_to_365_days_after_the_first_visit_date(shop, report) -> None:
    oil = shop.service("Oil change", shop.department("Maintenance"))
    hal = shop.client("Hal")
    ida = shop.client("Ida")
    shop.visit(hal, "2025-01-10 23:59:59", [(oil, "100")])
    shop.visit(hal, "2026-01-10 00:00:00", [(oil, "100")])  # 365 days after 2025-01-10
    shop.visit(ida, "2025-01-10 00:00:00", [(oil, "100")])
    shop.visit(ida, "2026-01-11 23:59:59", [(oil, "100")])  # 366 days
    shop.done()

    data = report("retention", date_from="2025-01-01", date_to="2025-01-31", as_of="2026-06-30")

    assert [(r["new_clients"], r["returned"], r["return_rate"]) for r in data["rows"]] == [
        (2, 1, 0.5)
    ]
    assert data["total"] == {"new_clients": 2, "returned": 1, "return_rate": 0.5}


def test_retention_of_a_period_without_first_visits(shop, report) -> None:
    oil = shop.service("Oil change", shop.department("Maintenance"))
    ann = shop.client("Ann")
    shop.visit(ann, "2025-12-31 23:59:59", [(oil, "100")])
    shop.visit(ann, "2026-01-10", [(oil, "100")])  # a return, not a first visit
    shop.done()

    data = report("retention", date_from="2026-01-01", date_to="2026-01-31", as_of="2026-03-01")
    assert data["rows"] == []
    assert data["total"] == {"new_clients": 0, "returned": 0, "return_rate": None}


def test_retention_of_an_empty_database(report) -> None:
    data = report("retention")
    assert data["rows"] == []
    assert data["total"] == {"new_clients": 0, "returned": 0, "return_rate": None}

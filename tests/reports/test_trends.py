from __future__ import annotations


def test_trends_split_each_months_revenue_by_department(shop, report) -> None:
    maint = shop.department("Maintenance")
    tyres = shop.department("Tyres")
    shop.department("Body")  # nothing bought: no rows
    oil = shop.service("oil change", maint)
    filt = shop.service("oil filter", maint)
    tyre = shop.service("tyre fitting", tyres)
    ann = shop.client("Ann")
    bob = shop.client("Bob")
    cid = shop.client("Cid")

    # Period 2026-01-15 .. 2026-03-10 (clipped months), as of 2026-03-31.
    shop.visit(ann, "2026-01-15 00:00:00", [(oil, "100"), (filt, "50")])  # M 150, one visit
    shop.visit(ann, "2026-01-14 23:59:59", [(oil, "999")])  # before the period
    shop.visit(bob, "2026-01-20", [(tyre, "400"), (oil, "300", "1", True)])  # T 400; M declined
    # 4.5 x 33.33 = 149.985 -> 149.99 (half up)
    shop.visit(bob, "2026-01-31 23:59:59", [(oil, "33.33", "4.5")])
    shop.visit(ann, "2026-02-10", [(tyre, "500")], status="cancelled")
    shop.visit(ann, "2026-02-10", [(tyre, "200")], status="planned")
    shop.visit(ann, "2026-02-10", [(tyre, "200")], status="no_show")
    shop.visit(ann, "2026-02-11", [(tyre, "0")])  # free: the department is used, revenue 0
    shop.visit(cid, "2026-03-10 23:59:59", [(oil, "200"), (tyre, "300")])
    shop.visit(cid, "2026-03-11 00:00:00", [(oil, "100")])  # after the period
    shop.done()

    data = report("trends", date_from="2026-01-15", date_to="2026-03-10", as_of="2026-03-31")

    # January: M 150 + 149.99 = 299.99 in 2 visits, T 400 in 1; all 699.99.
    # 299.99 / 699.99 = 0.428563.. ; 400 / 699.99 = 0.571436..
    # February: only the free tyre fitting: the month earned nothing, share null.
    # March: M 200, T 300 of 500.
    assert data["rows"] == [
        {
            "month": "2026-01",
            "department_id": maint,
            "department": "Maintenance",
            "revenue": 299.99,
            "visits": 2,
            "share": 0.4286,
        },
        {
            "month": "2026-01",
            "department_id": tyres,
            "department": "Tyres",
            "revenue": 400.0,
            "visits": 1,
            "share": 0.5714,
        },
        {
            "month": "2026-02",
            "department_id": tyres,
            "department": "Tyres",
            "revenue": 0.0,
            "visits": 1,
            "share": None,
        },
        {
            "month": "2026-03",
            "department_id": maint,
            "department": "Maintenance",
            "revenue": 200.0,
            "visits": 1,
            "share": 0.4,
        },
        {
            "month": "2026-03",
            "department_id": tyres,
            "department": "Tyres",
            "revenue": 300.0,
            "visits": 1,
            "share": 0.6,
        },
    ]


def test_trends_of_an_empty_database_or_period_have_no_rows(shop, report) -> None:
    assert report("trends")["rows"] == []
    maint = shop.department("Maintenance")
    oil = shop.service("oil change", maint)
    ann = shop.client("Ann")
    shop.visit(ann, "2026-03-01", [(oil, "100")])
    shop.visit(ann, "2026-04-01", [(oil, "100", "1", True)])  # only a declined item
    shop.done()
    assert report("trends", date_from="2026-04-01", date_to="2026-04-30")["rows"] == []


def test_trends_over_many_months_and_departments(shop, report) -> None:
    # 21 departments x 20 months = 420 month-department cells: more than one statement.
    deps = [shop.department(f"Department {n:02d}") for n in range(21)]
    first = shop.service("first", deps[0])
    last = shop.service("last", deps[20])
    ann = shop.client("Ann")
    shop.visit(ann, "2025-01-01 00:00:00", [(first, "10")])
    shop.visit(ann, "2026-08-31 23:59:59", [(last, "20"), (first, "5")])
    shop.done()

    data = report("trends", date_from="2025-01-01", date_to="2026-08-31", as_of="2026-08-31")

    assert [(r["month"], r["department_id"], r["revenue"], r["share"]) for r in data["rows"]] == [
        ("2025-01", deps[0], 10.0, 1.0),
        ("2026-08", deps[0], 5.0, 0.2),  # 5 of 25
        ("2026-08", deps[20], 20.0, 0.8),
    ]

from __future__ import annotations


def test_masters_sum_visits_revenue_clients_and_ratings(shop, report) -> None:
    maint = shop.department("Maintenance")
    oil = shop.service("oil change", maint)
    ivan = shop.master("Ivan", maint)
    oleg = shop.master("Oleg", maint, active=False)  # inactive masters keep their history
    petro = shop.master("Petro")
    sara = shop.master("Sara")
    zina = shop.master("Zina")  # ties with Ivan on revenue; Ivan has the lower id
    ann = shop.client("Ann")
    bob = shop.client("Bob")
    cid = shop.client("Cid")
    dan = shop.client("Dan")

    # Period 2026-05-01 .. 2026-05-31, as of 2026-06-05.
    shop.visit(ann, "2026-05-01 00:00:00", [(oil, "100")], master=ivan, rating=5)
    shop.visit(ann, "2026-05-10", [(oil, "200"), (oil, "80", "1", True)], master=ivan, rating=2)
    shop.visit(bob, "2026-05-31 23:59:59", [(oil, "0")], master=ivan)  # free, not rated
    shop.visit(bob, "2026-05-12", [(oil, "900")], master=ivan, rating=1, status="cancelled")
    shop.visit(bob, "2026-05-13", [(oil, "900")], master=ivan, status="no_show")
    shop.visit(bob, "2026-05-14", [(oil, "900")], master=ivan, status="planned")
    shop.visit(bob, "2026-06-01 00:00:00", [(oil, "900")], master=ivan, rating=1)  # after
    # Ivan: 3 visits, 300, average 100, clients Ann and Bob, rating (5 + 2) / 2 = 3.5, one low.

    shop.visit(cid, "2026-05-05", [(oil, "150")], master=oleg, rating=1)
    shop.visit(cid, "2026-05-06", [(oil, "100")], master=oleg, rating=2)
    shop.visit(cid, "2026-05-07", [(oil, "50.01")], master=oleg, rating=5)
    # Oleg: 3 visits, 300.01, average 100.0033.. -> 100.00, one client,
    # rating 8 / 3 = 2.666.. -> 2.67, two low.

    shop.visit(dan, "2026-05-08", [(oil, "300")], master=zina)
    # Zina: 1 visit, 300, no rating: null.
    shop.visit(dan, "2026-04-30 23:59:59", [(oil, "300")], master=petro, rating=1)  # before
    shop.visit(dan, "2026-05-09", [(oil, "300")], master=sara, status="cancelled")
    shop.visit(dan, "2026-05-10", [(oil, "500")], rating=1)  # no master: no row
    shop.done()

    data = report("masters", date_from="2026-05-01", date_to="2026-05-31", as_of="2026-06-05")

    assert data["rows"] == [
        {
            "employee_id": oleg,
            "name": "Oleg",
            "visits": 3,
            "revenue": 300.01,
            "avg_check": 100.0,
            "clients": 1,
            "avg_rating": 2.67,
            "low_ratings": 2,
        },
        {
            "employee_id": ivan,
            "name": "Ivan",
            "visits": 3,
            "revenue": 300.0,
            "avg_check": 100.0,
            "clients": 2,
            "avg_rating": 3.5,
            "low_ratings": 1,
        },
        {
            "employee_id": zina,
            "name": "Zina",
            "visits": 1,
            "revenue": 300.0,
            "avg_check": 300.0,
            "clients": 1,
            "avg_rating": None,
            "low_ratings": 0,
        },
    ]


def test_masters_average_rating_rounds_half_up(shop, report) -> None:
    ivan = shop.master("Ivan")
    ann = shop.client("Ann")
    # Ratings 5, 5, 5, 5, 5, 4, 4, 4: 37 / 8 = 4.625 -> 4.63.
    for n, rating in enumerate([5, 5, 5, 5, 5, 4, 4, 4]):
        shop.visit(ann, f"2026-05-{n + 1:02d}", master=ivan, rating=rating)
    # Average check of 0 over 8 visits is 0.
    shop.done()

    data = report("masters", date_from="2026-05-01", date_to="2026-05-31", as_of="2026-05-31")

    assert [(r["visits"], r["revenue"], r["avg_check"], r["avg_rating"]) for r in data["rows"]] == [
        (8, 0.0, 0.0, 4.63)
    ]


def test_masters_of_an_empty_database_or_period_have_no_rows(shop, report) -> None:
    assert report("masters")["rows"] == []
    ivan = shop.master("Ivan")
    ann = shop.client("Ann")
    shop.visit(ann, "2026-05-01", master=ivan)
    shop.done()
    assert report("masters", date_from="2026-06-01", date_to="2026-06-30")["rows"] == []

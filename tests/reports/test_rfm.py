from __future__ import annotations


def row(client_id, name, recency, frequency, monetary, r, f, m, segment) -> dict:
    return {
        "client_id": client_id,
        "name": name,
        "recency_days": recency,
        "frequency": frequency,
        "monetary": monetary,
        "r": r,
        "f": f,
        "m": m,
        "segment": segment,
    }


def test_rfm_scores_and_segments_as_of_a_day(shop, report) -> None:
    tyres = shop.department("Tyres")
    fit = shop.service("Fitting", tyres)
    moved = shop.reason("Moved away")
    # as_of = 2026-06-30; recency = days from the last visit's date to 2026-06-30.
    ann = shop.client("Ann")
    for month in ("2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"):
        shop.visit(ann, f"{month}-10", [(fit, "100")])
    for month in ("2026-03", "2026-04", "2026-05"):
        shop.visit(ann, f"{month}-10", [(fit, "100")])
    shop.visit(ann, "2026-06-30 23:59:59", [(fit, "100")])  # 10th visit, the last second
    shop.visit(ann, "2026-07-01 00:00:00", [(fit, "5000")])  # after as_of: not counted
    shop.visit(ann, "2026-06-15", [(fit, "999")], status="cancelled")
    bob = shop.client("Bob")
    shop.visit(bob, "2026-05-01 00:00:00", [(fit, "300")])
    cid = shop.client("Cid")
    shop.visit(cid, "2026-01-15", [(fit, "150")])
    shop.visit(cid, "2026-03-02", [(fit, "150")])
    dan = shop.client("Dan")
    for day in ("2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"):
        shop.visit(dan, day, [(fit, "100")])
    shop.visit(dan, "2026-03-01", [(fit, "100")])
    eve = shop.client("Eve")
    for day in ("2025-05-02", "2025-08-02", "2025-11-02"):
        shop.visit(eve, day, [(fit, "30")])
    fay = shop.client("Fay")  # free checks: monetary 0
    for day in ("2025-05-01", "2025-08-01", "2025-11-01"):
        shop.visit(fay, day, [(fit, "0")])
    gus = shop.client("Gus")
    shop.visit(gus, "2025-01-06", [(fit, "25")])
    shop.visit(gus, "2025-03-06", [(fit, "25")])
    hal = shop.client("Hal", left_on="2026-06-30", reason=moved)  # departed on as_of
    shop.visit(hal, "2026-06-01", [(fit, "500")])
    # Leaves only after as_of, and do-not-contact: still in the report.
    ivy = shop.client("Ivy", left_on="2026-07-01", reason=moved, do_not_contact=True)
    shop.visit(ivy, "2024-01-10", [(fit, "700")])
    joe = shop.client("Joe")  # no completed visit
    shop.visit(joe, "2026-06-01", [(fit, "100")], status="cancelled")
    shop.visit(joe, "2026-06-02", [(fit, "100")], status="no_show")
    shop.visit(joe, "2026-07-05", [(fit, "100")], status="planned")
    kim = shop.client("Kim")  # completed only after as_of
    shop.visit(kim, "2026-07-01 00:00:00", [(fit, "400")])
    lea = shop.client("Lea")
    shop.visit(lea, "2026-06-20", [(fit, "200"), (fit, "1000", "1", True)])  # declined 1000
    zed = shop.client("Zed", registered_on="2026-07-05")  # registered after as_of
    shop.visit(zed, "2026-06-01", [(fit, "100")])
    shop.done()

    data = report("rfm", date_from="2026-06-01", date_to="2026-06-30", as_of="2026-06-30")

    # Recency: Ann 0, Lea 10, Bob 60 -> r 5; Cid 120 -> 4; Dan 121, Eve 240 -> 3; Fay 241 -> 2;
    # Gus 481 (2025-03-06: 116 days to 2025-06-30, then 365), Ivy 902 (366 + 365 + 171) -> 1.
    # Monetary ascending over the 9 clients: Fay 0, Gus 50, Eve 90, Lea 200, Bob 300, Cid 300,
    # Dan 600, Ivy 700, Ann 1000; clients with a smaller monetary: 0, 1, 2, 3, 4, 4, 6, 7, 8;
    # m = 1 + floor(5 x smaller / 9): 1, 1 (5/9), 2 (10/9), 2 (15/9), 3, 3 (20/9), 4 (30/9),
    # 4 (35/9), 5 (40/9).
    # Rows by monetary desc, ties (Bob, Cid) by client id.
    assert data["rows"] == [
        row(ann, "Ann", 0, 10, 1000.0, 5, 5, 5, "champions"),
        row(ivy, "Ivy", 902, 1, 700.0, 1, 1, 4, "hibernating"),
        row(dan, "Dan", 121, 6, 600.0, 3, 4, 4, "loyal"),
        row(bob, "Bob", 60, 1, 300.0, 5, 1, 3, "new"),
        row(cid, "Cid", 120, 2, 300.0, 4, 2, 3, "promising"),
        row(lea, "Lea", 10, 1, 200.0, 5, 1, 2, "new"),
        row(eve, "Eve", 240, 3, 90.0, 3, 3, 2, "needs_attention"),
        row(gus, "Gus", 481, 2, 50.0, 1, 2, 1, "hibernating"),
        row(fay, "Fay", 241, 3, 0.0, 2, 3, 1, "at_risk"),
    ]
    assert data["segments"] == [
        {"segment": "champions", "clients": 1, "monetary": 1000.0},
        {"segment": "promising", "clients": 1, "monetary": 300.0},
        {"segment": "new", "clients": 2, "monetary": 500.0},  # Bob 300 + Lea 200
        {"segment": "loyal", "clients": 1, "monetary": 600.0},
        {"segment": "needs_attention", "clients": 1, "monetary": 90.0},
        {"segment": "at_risk", "clients": 1, "monetary": 0.0},
        {"segment": "hibernating", "clients": 2, "monetary": 750.0},  # Ivy 700 + Gus 50
    ]
    grid = {(c["r"], c["f"]): c["clients"] for c in data["grid"]}
    assert len(grid) == 25
    assert {k: v for k, v in grid.items() if v} == {
        (5, 5): 1,  # Ann
        (5, 1): 2,  # Bob, Lea
        (4, 2): 1,  # Cid
        (3, 4): 1,  # Dan
        (3, 3): 1,  # Eve
        (2, 3): 1,  # Fay
        (1, 2): 1,  # Gus
        (1, 1): 1,  # Ivy
    }


def test_rfm_as_of_a_past_day_uses_the_chain_up_to_that_day(shop, report) -> None:
    oil = shop.service("Oil change", shop.department("Service"))
    moved = shop.reason("Moved away")
    ann = shop.client("Ann")
    shop.visit(ann, "2026-01-10", [(oil, "100")])
    shop.visit(ann, "2026-02-10 00:00:00", [(oil, "100")])
    shop.visit(ann, "2026-02-11 00:00:00", [(oil, "500")])  # the first moment after as_of
    shop.visit(ann, "2026-03-10", [(oil, "100")])
    bob = shop.client("Bob", left_on="2026-02-11", reason=moved)  # not departed yet on 02-10
    shop.visit(bob, "2025-12-01", [(oil, "50")])
    cid = shop.client("Cid", registered_on="2026-02-11")
    shop.visit(cid, "2026-02-11", [(oil, "80")])
    shop.done()

    data = report("rfm", date_from="2026-02-01", date_to="2026-02-10", as_of="2026-02-10")

    # Ann: 2 visits, 200, recency 0 -> r 5, f 2: promising; 1 client below her: m = 1 + 5 // 2.
    # Bob: 2025-12-01 -> 2026-02-10 is 30 + 31 + 10 = 71 days -> r 4, f 1: new; m 1.
    assert data["rows"] == [
        row(ann, "Ann", 0, 2, 200.0, 5, 2, 3, "promising"),
        row(bob, "Bob", 71, 1, 50.0, 4, 1, 1, "new"),
    ]


def test_rfm_of_an_empty_database(report) -> None:
    data = report("rfm")

    assert data["rows"] == []
    assert [s["clients"] for s in data["segments"]] == [0] * 7
    assert {c["clients"] for c in data["grid"]} == {0}

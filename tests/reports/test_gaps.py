from __future__ import annotations

import pytest

from app.services.errors import NotFoundError


@pytest.fixture
def gaps_shop(shop) -> dict[str, int]:
    """As of 2026-06-30 the window is 2025-07-01 .. 2026-06-30."""
    maint = shop.department("Maintenance")
    tyres = shop.department("Tyres")
    body = shop.department("Body")
    glass = shop.department("Glass")  # nobody uses it
    oil = shop.service("oil change", maint)
    tyre = shop.service("tyre fitting", tyres)
    dent = shop.service("dent repair", body)
    left = shop.reason("moved away")

    ann = shop.client("Ann", phone="+380501110001")
    shop.visit(ann, "2025-07-01 00:00:00", [(oil, "100"), (tyre, "50")])  # first second
    # Ann: active, uses M and T, window revenue 150.
    bob = shop.client("Bob", phone="+380501110002", do_not_contact=True)
    shop.visit(bob, "2026-06-30 23:59:59", [(oil, "300")])  # last second
    # Bob: active, uses M; never a candidate (do-not-contact).
    cid = shop.client("Cid", phone="+380501110003")
    shop.visit(cid, "2025-06-30 23:59:59", [(dent, "1000")])  # just before the window
    shop.visit(cid, "2026-03-01", [(tyre, "200", "1", True), (oil, "0")])
    # Cid: active, uses M only (a free check counts, a declined tyre does not), revenue 0.
    dan = shop.client("Dan", phone="+380501110004")
    shop.visit(dan, "2026-02-01", [(dent, "500")], status="cancelled")
    shop.visit(dan, "2026-02-02", [(dent, "500")], status="planned")
    shop.visit(dan, "2026-02-03", [(dent, "500")], status="no_show")
    # Dan: not active.
    eve = shop.client("Eve", phone="+380501110005", left_on="2026-05-01", reason=left)
    shop.visit(eve, "2026-01-15", [(tyre, "400"), (dent, "600")])
    # Eve: active, uses T and B, departed: counted, never a candidate.
    fay = shop.client("Fay", phone="+380501110006")
    shop.visit(fay, "2026-07-01 00:00:00", [(oil, "100")])  # after as_of: not active
    gus = shop.client("Gus", phone="+380501110007")
    shop.visit(gus, "2026-04-01")  # a completed visit without items: active, uses nothing
    hal = shop.client("Hal", phone="+380501110008", left_on="2026-08-01", reason=left)
    shop.visit(hal, "2026-02-02", [(oil, "200")])
    shop.visit(hal, "2026-03-03", [(oil, "100")])
    # Hal: leaves after as_of, so not departed yet; active, uses M, revenue 300.
    shop.done()
    return {
        "maint": maint,
        "tyres": tyres,
        "body": body,
        "glass": glass,
        "ann": ann,
        "cid": cid,
        "gus": gus,
        "hal": hal,
    }


def test_gaps_count_users_and_missing_per_department(gaps_shop, report) -> None:
    d = gaps_shop
    data = report("gaps", as_of="2026-06-30", date_from="2026-06-01", date_to="2026-06-30")

    # Active: Ann, Bob, Cid, Eve, Gus, Hal = 6 (the period does not matter, the window does).
    # M: Ann, Bob, Cid, Hal = 4; T: Ann, Eve = 2; B: Eve = 1; Glass: 0.
    assert data["rows"] == [
        {
            "department_id": d["maint"],
            "department": "Maintenance",
            "users": 4,
            "missing": 2,
            "penetration": 0.6667,
        },
        {
            "department_id": d["tyres"],
            "department": "Tyres",
            "users": 2,
            "missing": 4,
            "penetration": 0.3333,
        },
        {
            "department_id": d["body"],
            "department": "Body",
            "users": 1,
            "missing": 5,
            "penetration": 0.1667,
        },
        {
            "department_id": d["glass"],
            "department": "Glass",
            "users": 0,
            "missing": 6,
            "penetration": 0.0,
        },
    ]
    assert "candidates" not in data

    matrix = {(m["from_id"], m["to_id"]): m["clients"] for m in data["matrix"]}
    assert len(data["matrix"]) == 12  # every ordered pair of 4 departments
    assert [(m["from_id"], m["to_id"]) for m in data["matrix"]][:3] == [
        (d["maint"], d["tyres"]),
        (d["maint"], d["body"]),
        (d["maint"], d["glass"]),
    ]
    assert matrix == {
        # M users {Ann, Bob, Cid, Hal} without T {Ann, Eve}: Bob, Cid, Hal.
        (d["maint"], d["tyres"]): 3,
        (d["maint"], d["body"]): 4,
        (d["maint"], d["glass"]): 4,
        # T users {Ann, Eve}: Eve lacks M, Ann lacks B.
        (d["tyres"], d["maint"]): 1,
        (d["tyres"], d["body"]): 1,
        (d["tyres"], d["glass"]): 2,
        # B users {Eve}: lacks M, has T.
        (d["body"], d["maint"]): 1,
        (d["body"], d["tyres"]): 0,
        (d["body"], d["glass"]): 1,
        (d["glass"], d["maint"]): 0,
        (d["glass"], d["tyres"]): 0,
        (d["glass"], d["body"]): 0,
    }


def test_gaps_candidates_for_a_department(gaps_shop, report) -> None:
    d = gaps_shop
    data = report("gaps", as_of="2026-06-30", department_id=d["body"], limit=1)

    # Missing Body: Ann, Bob, Cid, Gus, Hal; Bob is do-not-contact. By window revenue desc:
    # Hal 300, Ann 150, then Cid and Gus at 0 by id (Cid's 1000 was before the window).
    # --limit does not cut the list.
    assert data["candidates"] == [
        {"client_id": d["hal"], "name": "Hal", "phone": "+380501110008", "window_revenue": 300.0},
        {"client_id": d["ann"], "name": "Ann", "phone": "+380501110001", "window_revenue": 150.0},
        {"client_id": d["cid"], "name": "Cid", "phone": "+380501110003", "window_revenue": 0.0},
        {"client_id": d["gus"], "name": "Gus", "phone": "+380501110007", "window_revenue": 0.0},
    ]

    # Missing Maintenance: Eve (departed) and Gus: only Gus.
    maint = report("gaps", as_of="2026-06-30", department_id=d["maint"])
    assert [c["name"] for c in maint["candidates"]] == ["Gus"]

    # As of 2026-08-01 the window is 2025-08-02 .. 2026-08-01: Ann is no longer active,
    # Fay (100 on 2026-07-01) now is, and Hal has left (left_on = as_of).
    later = report("gaps", as_of="2026-08-01", department_id=d["body"])
    assert [c["name"] for c in later["candidates"]] == ["Fay", "Cid", "Gus"]


def test_gaps_refuse_an_unknown_department(gaps_shop, report) -> None:
    with pytest.raises(NotFoundError) as error:
        report("gaps", as_of="2026-06-30", department_id=999)
    assert error.value.field == "department"


def test_gaps_without_active_clients_have_null_penetration(shop, report) -> None:
    assert report("gaps")["rows"] == []
    assert report("gaps")["matrix"] == []
    maint = shop.department("Maintenance")
    tyres = shop.department("Tyres")
    oil = shop.service("oil change", maint)
    ann = shop.client("Ann")
    shop.visit(ann, "2024-01-01", [(oil, "100")])  # long before the window
    shop.done()

    data = report("gaps", as_of="2026-06-30", department_id=tyres)

    assert data["rows"] == [
        {
            "department_id": maint,
            "department": "Maintenance",
            "users": 0,
            "missing": 0,
            "penetration": None,
        },
        {
            "department_id": tyres,
            "department": "Tyres",
            "users": 0,
            "missing": 0,
            "penetration": None,
        },
    ]
    assert data["matrix"] == [
        {"from_id": maint, "to_id": tyres, "clients": 0},
        {"from_id": tyres, "to_id": maint, "clients": 0},
    ]
    assert data["candidates"] == []


def test_gaps_with_more_departments_than_one_bit_mask_holds(shop, report) -> None:
    deps = [shop.department(f"Department {n:02d}") for n in range(65)]
    services = [shop.service(f"service {n:02d}", dep) for n, dep in enumerate(deps)]
    ann = shop.client("Ann")
    shop.visit(ann, "2026-06-01", [(services[0], "10"), (services[64], "10")])
    bob = shop.client("Bob")
    shop.visit(bob, "2026-06-02", [(services[61], "10"), (services[64], "0")])
    shop.done()

    data = report("gaps", as_of="2026-06-30")

    # Active: Ann and Bob. Users: 00 {Ann}, 61 {Bob}, 64 {Ann, Bob}, the other 62: nobody.
    users = {r["department_id"]: r["users"] for r in data["rows"]}
    assert (users[deps[0]], users[deps[61]], users[deps[64]]) == (1, 1, 2)
    assert sum(users.values()) == 4
    assert len(data["matrix"]) == 65 * 64
    matrix = {(m["from_id"], m["to_id"]): m["clients"] for m in data["matrix"]}
    assert matrix[deps[64], deps[0]] == 1  # Bob
    assert matrix[deps[64], deps[61]] == 1  # Ann
    assert matrix[deps[0], deps[64]] == 0
    assert matrix[deps[61], deps[0]] == 1  # Bob
    assert matrix[deps[61], deps[64]] == 0


def test_gaps_as_of_a_past_day_ignore_later_visits(shop, report) -> None:
    maint = shop.department("Maintenance")
    tyres = shop.department("Tyres")
    oil = shop.service("oil change", maint)
    tyre = shop.service("tyre fitting", tyres)
    ann = shop.client("Ann")
    shop.visit(ann, "2026-01-10", [(oil, "100")])
    shop.visit(ann, "2026-03-01", [(tyre, "200")])  # after as_of
    bob = shop.client("Bob")
    shop.visit(bob, "2026-01-20", [(tyre, "50")])
    shop.visit(bob, "2026-01-25", [(oil, "30")])
    shop.visit(bob, "2026-04-01", [(oil, "30")])  # after as_of
    cid = shop.client("Cid")
    shop.visit(cid, "2025-12-01", [(tyre, "70")])  # no later visit at all
    shop.done()

    # As of 2026-02-01 (window 2025-02-02 .. 2026-02-01) Ann and Bob have visits after
    # as_of, Cid none. Active 3; M: Ann, Bob; T: Bob, Cid.
    data = report("gaps", as_of="2026-02-01", department_id=tyres)

    assert [(r["users"], r["missing"], r["penetration"]) for r in data["rows"]] == [
        (2, 1, 0.6667),
        (2, 1, 0.6667),
    ]
    assert data["matrix"] == [
        {"from_id": maint, "to_id": tyres, "clients": 1},  # Ann
        {"from_id": tyres, "to_id": maint, "clients": 1},  # Cid
    ]
    # Ann's window revenue is her 100 of January, not March's 200.
    assert [(c["client_id"], c["window_revenue"]) for c in data["candidates"]] == [(ann, 100.0)]
    maint_data = report("gaps", as_of="2026-02-01", department_id=maint)
    assert [(c["client_id"], c["window_revenue"]) for c in maint_data["candidates"]] == [
        (cid, 70.0)
    ]

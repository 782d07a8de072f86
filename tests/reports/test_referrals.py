from __future__ import annotations


def test_referrals_rank_referrers_by_count_then_revenue_then_id(shop, report) -> None:
    dep = shop.department("Maintenance")
    oil = shop.service("oil change", dep)
    rita = shop.client("Rita")
    sam = shop.client("Sam", left_on="2026-01-10", reason=shop.reason("moved away"))
    tom = shop.client("Tom")
    uma = shop.client("Uma")
    wes = shop.client("Wes")  # lower id than Vic: wins the tie below
    vic = shop.client("Vic")

    # Period 2026-01-01 .. 2026-06-30, as of 2026-06-30.
    zoe = shop.client("Zoe", "2026-01-01", referred_by=rita)  # first day of the period
    shop.visit(zoe, "2026-02-01", [(oil, "100")])
    abe = shop.client("Abe", "2026-06-30", referred_by=rita)  # last day of the period
    shop.visit(abe, "2026-06-30 23:59:59", [(oil, "50")])
    shop.client("Юлия", "2026-03-01", referred_by=rita)  # no visits; sorts after Latin names
    # Rita: 3 referred, 100 + 50 = 150.

    max_ = shop.client("Max", "2026-02-02", referred_by=sam)
    shop.visit(max_, "2026-02-03", [(oil, "400")])
    shop.visit(max_, "2026-07-01", [(oil, "400")])  # after the period and as_of
    lea = shop.client("Lea", "2026-04-04", referred_by=sam)
    shop.visit(lea, "2026-04-05", [(oil, "200"), (oil, "999", "1", True)])  # declined 999
    # Sam (departed, still a referrer): 2 referred, 400 + 200 = 600.

    shop.client("Kim", "2025-12-31", referred_by=tom)  # registered before the period
    shop.client("Ned", "2026-07-01", referred_by=tom)  # after the period (and as_of)
    # Tom: no row.

    ola = shop.client("Ola", "2026-05-05", referred_by=uma)
    shop.visit(ola, "2026-05-06", [(oil, "600")], status="cancelled")
    shop.visit(ola, "2026-05-07", [(oil, "0")])  # free
    shop.visit(ola, "2026-05-08", [(oil, "600")], status="planned")
    # Uma: 1 referred, 0.

    pia = shop.client("Pia", "2026-05-06", referred_by=vic)
    shop.visit(pia, "2026-05-07", [(oil, "600")])
    quin = shop.client("Quin", "2026-05-06", referred_by=wes)
    shop.visit(quin, "2026-05-07", [(oil, "300")])
    shop.visit(quin, "2025-12-31 23:59:59", [(oil, "111")])  # before the period
    shop.visit(quin, "2026-06-01", [(oil, "300")])
    # Vic and Wes: 1 referred, 600 each; Wes has the lower id.
    shop.done()

    data = report("referrals", date_from="2026-01-01", date_to="2026-06-30", as_of="2026-06-30")

    assert data["rows"] == [
        {
            "referrer_id": rita,
            "referrer": "Rita",
            "referred": 3,
            "referred_names": ["Abe", "Zoe", "Юлия"],
            "referred_revenue": 150.0,
        },
        {
            "referrer_id": sam,
            "referrer": "Sam",
            "referred": 2,
            "referred_names": ["Lea", "Max"],
            "referred_revenue": 600.0,
        },
        {
            "referrer_id": wes,
            "referrer": "Wes",
            "referred": 1,
            "referred_names": ["Quin"],
            "referred_revenue": 600.0,
        },
        {
            "referrer_id": vic,
            "referrer": "Vic",
            "referred": 1,
            "referred_names": ["Pia"],
            "referred_revenue": 600.0,
        },
        {
            "referrer_id": uma,
            "referrer": "Uma",
            "referred": 1,
            "referred_names": ["Ola"],
            "referred_revenue": 0.0,
        },
    ]


def test_referrals_keep_clients_with_the_same_name_apart(shop, report) -> None:
    rita = shop.client("Rita")
    shop.client("Oleg", "2026-03-01", referred_by=rita)
    shop.client("Oleg", "2026-03-02", referred_by=rita)
    shop.client("Anna", "2026-03-03", referred_by=rita)
    shop.done()

    data = report("referrals", date_from="2026-03-01", date_to="2026-03-31", as_of="2026-04-01")

    assert [(r["referred"], r["referred_names"]) for r in data["rows"]] == [
        (3, ["Anna", "Oleg", "Oleg"])
    ]


def test_referrals_of_an_empty_database_or_period_have_no_rows(shop, report) -> None:
    assert report("referrals")["rows"] == []
    rita = shop.client("Rita")
    shop.client("Zoe", "2026-03-01", referred_by=rita)
    shop.client("Abe", "2026-03-01")  # not referred
    shop.done()
    assert report("referrals", date_from="2026-04-01", date_to="2026-04-30")["rows"] == []

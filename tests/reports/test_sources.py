from __future__ import annotations


def test_sources_count_new_clients_their_revenue_and_inquiries(shop, report) -> None:
    radio = shop.source("radio")
    google = shop.source("Google Maps")
    instagram = shop.source("Instagram")
    signboard = shop.source("signboard")
    shop.source("TV")  # nothing at all: no row
    dep = shop.department("Maintenance")
    oil = shop.service("oil change", dep)

    # Period 2026-03-01 .. 2026-03-31, as of 2026-04-10.
    ann = shop.client("Ann", "2026-03-01", source=radio)  # first day of the period
    ann_first = shop.visit(ann, "2026-03-05", [(oil, "1000")])  # 1000.00
    shop.visit(ann, "2026-03-31 23:59:59", [(oil, "500"), (oil, "300", "1", True)])  # 500.00
    ann_april = shop.visit(ann, "2026-04-01 00:00:00", [(oil, "200")])  # after the period
    ann_cancelled = shop.visit(ann, "2026-03-10", [(oil, "700")], status="cancelled")
    shop.client("Bob", "2026-03-31", source=radio)  # last day, no visits
    cid = shop.client("Cid", "2026-02-28", source=radio)  # registered before the period
    shop.visit(cid, "2026-03-06", [(oil, "400")])
    dan = shop.client("Dan", "2026-03-15", source=google)
    dan_planned = shop.visit(dan, "2026-03-20", [(oil, "900")], status="planned")
    shop.visit(dan, "2026-03-21", [(oil, "900")], status="no_show")
    shop.visit(dan, "2026-03-22", [(oil, "100.10", "2.5")])  # 2.5 x 100.10 = 250.25
    eve = shop.client("Eve", "2026-03-10")  # no source
    eve_visit = shop.visit(eve, "2026-03-12", [(oil, "300")])
    eve_later = shop.visit(eve, "2026-04-15", [(oil, "300")])  # completed, but after as_of
    shop.client("Fay", "2026-04-01", source=radio)  # registered after the period
    gus = shop.client("Gus", "2026-03-05", source=signboard)
    shop.visit(gus, "2026-03-07", [(oil, "0")])  # a free check: revenue 0

    shop.inquiry("2026-03-01 00:00:00", source=radio, visit=ann_first)  # converted
    shop.inquiry("2026-03-31 23:59:59", source=radio, visit=ann_april)  # converted (visit <= as_of)
    shop.inquiry("2026-03-15", source=radio, visit=ann_cancelled)  # not converted
    shop.inquiry("2026-03-16", source=radio)  # not converted
    shop.inquiry("2026-02-28 23:59:59", source=radio, visit=ann_first)  # before the period
    shop.inquiry("2026-04-02", source=radio)  # after the period
    shop.inquiry("2026-03-20", source=google, visit=dan_planned)  # planned: not converted
    shop.inquiry("2026-03-28", source=google, visit=eve_later)  # visit after as_of: not converted
    shop.inquiry("2026-03-25", source=instagram)
    shop.inquiry("2026-03-26", visit=eve_visit)  # no source, converted
    shop.done()

    data = report("sources", date_from="2026-03-01", date_to="2026-03-31", as_of="2026-04-10")

    assert data["rows"] == [
        # Ann and Bob; Ann's 1000 + 500 (the declined 300 and April's 200 do not count);
        # 4 inquiries in March, 2 linked to completed visits: 2 / 4.
        {
            "source_id": radio,
            "source": "radio",
            "new_clients": 2,
            "revenue": 1500.0,
            "inquiries": 4,
            "converted": 2,
            "conversion": 0.5,
        },
        # Dan: only his completed visit, 250.25; 2 inquiries, neither converted as of 04-10.
        {
            "source_id": google,
            "source": "Google Maps",
            "new_clients": 1,
            "revenue": 250.25,
            "inquiries": 2,
            "converted": 0,
            "conversion": 0.0,
        },
        {
            "source_id": instagram,
            "source": "Instagram",
            "new_clients": 0,
            "revenue": 0.0,
            "inquiries": 1,
            "converted": 0,
            "conversion": 0.0,
        },
        # Gus: a new client without inquiries: the rate has a zero denominator.
        {
            "source_id": signboard,
            "source": "signboard",
            "new_clients": 1,
            "revenue": 0.0,
            "inquiries": 0,
            "converted": 0,
            "conversion": None,
        },
        # Eve: 300 in March (the April visit is after the period).
        {
            "source_id": None,
            "source": "no source",
            "new_clients": 1,
            "revenue": 300.0,
            "inquiries": 1,
            "converted": 1,
            "conversion": 1.0,
        },
    ]


def test_sources_as_of_the_day_before_a_visit_does_not_convert_yet(shop, report) -> None:
    radio = shop.source("radio")
    ann = shop.client("Ann", "2026-03-01", source=radio)
    visit = shop.visit(ann, "2026-03-11 00:00:00")
    shop.inquiry("2026-03-02", source=radio, visit=visit)
    shop.done()

    before = report("sources", date_from="2026-03-01", date_to="2026-03-10", as_of="2026-03-10")
    after = report("sources", date_from="2026-03-01", date_to="2026-03-10", as_of="2026-03-11")

    assert [(r["inquiries"], r["converted"]) for r in before["rows"]] == [(1, 0)]
    assert [(r["inquiries"], r["converted"]) for r in after["rows"]] == [(1, 1)]


def test_sources_of_an_empty_database_or_period_have_no_rows(shop, report) -> None:
    assert report("sources")["rows"] == []
    radio = shop.source("radio")
    shop.client("Ann", "2026-03-01", source=radio)
    shop.done()
    assert report("sources", date_from="2026-04-01", date_to="2026-04-30")["rows"] == []

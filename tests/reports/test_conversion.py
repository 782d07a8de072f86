from __future__ import annotations


def build(shop) -> None:
    """Inquiries around the period 2026-03-02 .. 2026-03-04."""
    ann = shop.client("Ann")
    done_0303 = shop.visit(ann, "2026-03-03 10:00:00")
    done_0304 = shop.visit(ann, "2026-03-04 15:00:00")
    cancelled = shop.visit(ann, "2026-03-03 11:00:00", status="cancelled")
    planned = shop.visit(ann, "2026-03-12 09:00:00", status="planned")
    no_show = shop.visit(ann, "2026-03-04 12:00:00", status="no_show")
    # Completed, but at the first moment of 2026-03-11: after an as_of of 2026-03-10.
    done_0311 = shop.visit(ann, "2026-03-11 00:00:00")
    done_0301 = shop.visit(ann, "2026-03-01 12:00:00")

    # 2026-03-02: three inquiries, one converted.
    shop.inquiry("2026-03-02 00:00:00", visit=done_0303)  # first second of the period
    shop.inquiry("2026-03-02 12:00:00", visit=cancelled)
    shop.inquiry("2026-03-02 13:00:00")
    # 2026-03-03: nothing.
    # 2026-03-04: four inquiries, one converted as of 03-10, two as of 03-11.
    shop.inquiry("2026-03-04 09:00:00", visit=done_0304)
    shop.inquiry("2026-03-04 10:00:00", visit=planned)
    shop.inquiry("2026-03-04 11:00:00", visit=no_show)
    shop.inquiry("2026-03-04 23:59:59", visit=done_0311)  # last second of the period
    # Outside the period.
    shop.inquiry("2026-03-01 23:59:59", visit=done_0301)
    shop.inquiry("2026-03-05 00:00:00", visit=done_0304)
    shop.done()


def test_conversion_counts_inquiries_per_day_and_those_with_a_completed_visit(shop, report) -> None:
    build(shop)

    data = report("conversion", date_from="2026-03-02", date_to="2026-03-04", as_of="2026-03-10")

    assert data["rows"] == [
        # 1 of 3 -> 0.3333
        {"date": "2026-03-02", "inquiries": 3, "converted": 1, "rate": 0.3333},
        # a day without inquiries still has its row; its rate has a zero denominator
        {"date": "2026-03-03", "inquiries": 0, "converted": 0, "rate": None},
        # the 23:59:59 inquiry's visit is completed only on 03-11, after as_of: 1 of 4
        {"date": "2026-03-04", "inquiries": 4, "converted": 1, "rate": 0.25},
    ]
    # 2 of 7 = 0.285714.. -> 0.2857
    assert data["total"] == {"inquiries": 7, "converted": 2, "rate": 0.2857}


def test_conversion_as_of_a_later_day_sees_the_visit_completed_meanwhile(shop, report) -> None:
    build(shop)

    data = report("conversion", date_from="2026-03-02", date_to="2026-03-04", as_of="2026-03-11")

    assert data["rows"][2] == {"date": "2026-03-04", "inquiries": 4, "converted": 2, "rate": 0.5}
    # 3 of 7 = 0.428571.. -> 0.4286
    assert data["total"] == {"inquiries": 7, "converted": 3, "rate": 0.4286}


def test_conversion_of_an_empty_database_has_a_zero_row_for_every_day(report) -> None:
    data = report("conversion")

    # 2025-11-24 .. 2026-11-23: 365 days.
    assert len(data["rows"]) == 365
    assert data["rows"][0] == {"date": "2025-11-24", "inquiries": 0, "converted": 0, "rate": None}
    assert data["rows"][-1]["date"] == "2026-11-23"
    assert {r["inquiries"] for r in data["rows"]} == {0}
    assert data["total"] == {"inquiries": 0, "converted": 0, "rate": None}

from __future__ import annotations


def test_segments_find_advocates_complainers_and_do_not_contact(shop, report) -> None:
    # as_of = 2026-06-30; "still coming" = a completed visit in 2025-07-01 .. 2026-06-30.
    moved = shop.reason("moved away")
    ann = shop.client("Ann")
    shop.client("Bob", "2026-01-01", referred_by=ann)
    shop.client("Cat", "2026-06-30", referred_by=ann)  # registered on as_of: counts
    dan = shop.client("Dan")
    shop.client("Eve", "2026-01-01", referred_by=dan)
    shop.client("Fay", "2026-07-01", referred_by=dan)  # after as_of: Dan referred only 1
    gus = shop.client("Gus")
    hal = shop.client("Hal")
    ida = shop.client("Ida")
    jon = shop.client("Jon")
    kim = shop.client("Kim")
    lee = shop.client("Lee")
    max_ = shop.client("Max")
    ned = shop.client("Ned")
    oli = shop.client("Oli", do_not_contact=True, left_on="2026-05-01", reason=moved)
    pat = shop.client("Pat", do_not_contact=True)
    shop.client("Quinn", "2026-07-05", do_not_contact=True)  # registered after as_of

    shop.visit(ann, "2026-01-10", rating=5)
    shop.visit(ann, "2026-02-10", rating=5)
    shop.visit(gus, "2025-01-10", rating=5)
    shop.visit(gus, "2025-02-10", rating=5)
    shop.visit(gus, "2025-03-10", rating=4)
    shop.visit(hal, "2026-01-10", rating=5)  # three fives, but also a 2
    shop.visit(hal, "2026-02-10", rating=5)
    shop.visit(hal, "2026-03-10", rating=5)
    shop.visit(hal, "2026-04-10", rating=2)
    shop.visit(ida, "2026-01-10", rating=5)
    shop.visit(ida, "2026-02-10", rating=5, status="cancelled")  # not a completed visit
    shop.visit(jon, "2026-06-30 23:59:59", rating=5)
    shop.visit(jon, "2026-07-01 00:00:00", rating=5)  # after as_of
    shop.visit(kim, "2026-01-10", rating=5)
    shop.visit(kim, "2026-02-10", rating=5)
    shop.visit(kim, "2026-07-01 00:00:00", rating=1)  # after as_of: Kim is still an advocate
    shop.visit(lee, "2025-03-01", rating=2)
    shop.visit(lee, "2025-04-01", rating=2)
    shop.visit(lee, "2025-07-01 00:00:00")  # first day of the 365-day window
    shop.visit(max_, "2025-03-01", rating=1)
    shop.visit(max_, "2025-06-30 23:59:59", rating=2)  # the day before the window
    shop.visit(max_, "2026-03-01", status="planned")
    shop.visit(ned, "2026-03-01", rating=1)
    shop.visit(ned, "2026-03-02", rating=1, status="no_show")
    shop.visit(oli, "2026-01-10", rating=1)
    shop.visit(oli, "2026-02-10", rating=1)
    shop.visit(oli, "2026-03-10", rating=2)
    shop.done()

    data = report("segments", as_of="2026-06-30")

    assert data["rows"] == [
        {
            "client_id": ann,
            "name": "Ann",
            "kind": "advocates",
            "reason": "referred 2 clients; rated 5 on 2 visits",
        },
        {"client_id": gus, "name": "Gus", "kind": "advocates", "reason": "rated 5 on 2 visits"},
        {"client_id": kim, "name": "Kim", "kind": "advocates", "reason": "rated 5 on 2 visits"},
        {
            "client_id": lee,
            "name": "Lee",
            "kind": "complainers",
            "reason": "rated 2 or lower on 2 visits",
        },
        {
            "client_id": oli,
            "name": "Oli",
            "kind": "complainers",
            "reason": "rated 2 or lower on 3 visits",
        },
        {
            "client_id": oli,
            "name": "Oli",
            "kind": "do_not_contact",
            "reason": "asked not to be contacted",
        },
        {
            "client_id": pat,
            "name": "Pat",
            "kind": "do_not_contact",
            "reason": "asked not to be contacted",
        },
    ]


def test_segments_as_of_a_later_date(shop, report) -> None:
    ann = shop.client("Ann")
    shop.visit(ann, "2026-01-10", rating=1)
    shop.visit(ann, "2026-02-10", rating=2)
    shop.done()

    # Still coming on 2027-02-09 (2026-02-10 is the first day of the window) ...
    assert [
        r["kind"] for r in report("segments", as_of="2027-02-09", today="2027-03-01")["rows"]
    ] == ["complainers"]
    # ... and no longer a day later.
    assert report("segments", as_of="2027-02-10", today="2027-03-01")["rows"] == []


def test_segments_of_an_empty_database_are_empty(report) -> None:
    assert report("segments")["rows"] == []

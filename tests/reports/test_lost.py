from __future__ import annotations

import datetime as dt


def test_lost_lists_regular_clients_past_their_usual_interval(shop, report) -> None:
    # as_of = 2026-06-30. Lost: days_since > max(90, 2 x avg_interval_days).
    oil = shop.service("Oil change", shop.department("Maintenance"))
    check = shop.service("Free check", shop.department("Diagnostics"))
    moved = shop.reason("moved away")
    ann = shop.client("Ann")
    carl = shop.client("Carl")
    bob = shop.client("Bob")
    dee = shop.client("Dee")
    fred = shop.client("Fred")
    gil = shop.client("Gil", left_on="2026-05-01", reason=moved)
    hal = shop.client("Hal", left_on="2026-07-15", reason=moved)  # leaves after as_of
    ivy = shop.client("Ivy", do_not_contact=True)
    jay = shop.client("Jay")
    kay = shop.client("Kay")
    lee = shop.client("Lee")
    max_ = shop.client("Max")

    # Ann: avg 59 days (Jan 31 + Feb 28); 486 days since 2025-03-01 > 118. 300 + 200.
    shop.visit(ann, "2025-01-01", [(oil, "300")])
    shop.visit(ann, "2025-03-01", [(oil, "200"), (oil, "1000", "1", True)])  # declined 1000
    # Carl: avg 30; 2026-03-31 is 91 days before as_of > 90.
    shop.visit(carl, "2026-03-01", [(oil, "100")])
    shop.visit(carl, "2026-03-31 00:00:00", [(check, "0")])
    # Bob: 2026-04-01 is exactly 90 days before as_of: not more than 90.
    shop.visit(bob, "2026-03-01", [(oil, "100")])
    shop.visit(bob, "2026-04-01 23:59:59", [(oil, "100")])
    # Dee: avg 100 (2025-09-03 .. 2025-12-12); 200 days since, not more than 2 x 100.
    shop.visit(dee, "2025-09-03", [(oil, "100")])
    shop.visit(dee, "2025-12-12", [(oil, "100")])
    # Fred: 12 visits from 2022-12-02 to 2025-12-11 = 1105 days (1096 for the 3 years to
    # 2025-12-02, with 2024-02-29, + 9): avg 1105 / 11 = 100.4545, shown 100.5.
    # 201 days since 2025-12-11 > 200.909 (the rounded 100.5 x 2 = 201 would not be).
    first = dt.datetime(2022, 12, 2, 10)
    for n in range(11):
        shop.visit(fred, first + dt.timedelta(days=n * 100), [(oil, "10")])
    shop.visit(fred, "2025-12-11", [(oil, "10")])
    # Gil departed; Hal departs after as_of: avg 31, 880 days since 2024-02-01
    # (366 + 365 to 2026-02-01, + 120 to 2026-06-01, + 29).
    shop.visit(gil, "2024-01-01", [(oil, "100")])
    shop.visit(gil, "2024-02-01", [(oil, "100")])
    shop.visit(hal, "2024-01-01", [(oil, "500")])
    shop.visit(hal, "2024-02-01")
    shop.visit(ivy, "2024-01-01", [(oil, "100")])  # do-not-contact
    shop.visit(ivy, "2024-02-01", [(oil, "100")])
    shop.visit(jay, "2024-01-01", [(oil, "100")])  # one visit only
    shop.visit(kay, "2025-01-01", [(oil, "100")])
    shop.visit(kay, "2025-02-01", [(oil, "100")], status="cancelled")
    shop.visit(kay, "2025-03-01", [(oil, "100")], status="no_show")
    # Lee: as of 2026-06-30 two visits (40 + 60), avg 31, 514 days since 2025-02-01;
    # the visit after as_of does not count.
    shop.visit(lee, "2025-01-01", [(oil, "40")])
    shop.visit(lee, "2025-02-01", [(oil, "60")])
    shop.visit(lee, "2026-07-01 00:00:00", [(oil, "1000")])
    shop.visit(lee, "2026-06-20", [(oil, "1000")], status="planned")
    # Max: two visits the same day, avg 0; 394 days since 2025-06-01 (365 + 29).
    shop.visit(max_, "2025-06-01 09:00", [(check, "0")])
    shop.visit(max_, "2025-06-01 15:00", [(check, "0")])
    shop.done()

    data = report("lost", as_of="2026-06-30")

    def row(client, name, visits, first, last, avg, since, revenue):
        return {
            "client_id": client,
            "name": name,
            "visits": visits,
            "first_visit": first,
            "last_visit": last,
            "avg_interval_days": avg,
            "days_since_last": since,
            "lifetime_revenue": revenue,
        }

    # By lifetime revenue desc; Ann and Hal tie at 500, Carl and Lee at 100: by client id.
    assert [{k: v for k, v in r.items() if k != "phone"} for r in data["rows"]] == [
        row(ann, "Ann", 2, "2025-01-01", "2025-03-01", 59.0, 486, 500.0),
        row(hal, "Hal", 2, "2024-01-01", "2024-02-01", 31.0, 880, 500.0),
        row(fred, "Fred", 12, "2022-12-02", "2025-12-11", 100.5, 201, 120.0),
        row(carl, "Carl", 2, "2026-03-01", "2026-03-31", 30.0, 91, 100.0),
        row(lee, "Lee", 2, "2025-01-01", "2025-02-01", 31.0, 514, 100.0),
        row(max_, "Max", 2, "2025-06-01", "2025-06-01", 0.0, 394, 0.0),
    ]
    assert data["rows"][0]["phone"].startswith("+380")


def test_lost_of_an_empty_database_is_empty(report) -> None:
    assert report("lost")["rows"] == []

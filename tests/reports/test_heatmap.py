from __future__ import annotations


def cell(data: dict, weekday: int, hour: int) -> int:
    return next(r["visits"] for r in data["rows"] if (r["weekday"], r["hour"]) == (weekday, hour))


def test_heatmap_counts_completed_visits_by_weekday_and_hour(shop, report) -> None:
    ann = shop.client("Ann")
    # The period is Mon 2026-03-02 .. Sun 2026-03-08.
    shop.visit(ann, "2026-03-02 00:00:00")  # Monday 0h, first second of the period
    shop.visit(ann, "2026-03-08 23:59:59")  # Sunday 23h, last second of the period
    shop.visit(ann, "2026-03-04 09:15:00")  # Wednesday 9h
    shop.visit(ann, "2026-03-04 09:45:00")  # Wednesday 9h
    shop.visit(ann, "2026-03-04 09:50:00", status="cancelled")
    shop.visit(ann, "2026-03-04 09:55:00", status="planned")
    shop.visit(ann, "2026-03-04 09:56:00", status="no_show")
    shop.visit(ann, "2026-03-01 23:59:59")  # Sunday before the period
    shop.visit(ann, "2026-03-09 00:00:00")  # Monday after the period
    shop.done()

    data = report("heatmap", date_from="2026-03-02", date_to="2026-03-08", as_of="2026-03-10")

    assert len(data["rows"]) == 168
    assert data["rows"][0] == {"weekday": 1, "hour": 0, "visits": 1}
    assert data["rows"][-1] == {"weekday": 7, "hour": 23, "visits": 1}
    assert cell(data, 3, 9) == 2
    assert sum(r["visits"] for r in data["rows"]) == 4


def test_heatmap_of_an_empty_database_has_168_zero_cells(report) -> None:
    data = report("heatmap")
    assert len(data["rows"]) == 168
    assert {r["visits"] for r in data["rows"]} == {0}
    assert (data["from"], data["to"], data["as_of"]) == ("2025-11-24", "2026-11-23", "2026-11-23")


def test_the_shop_builder_makes_cars(shop, conn) -> None:
    ann = shop.client("Ann")
    car = shop.vehicle(ann, "Dacia", "Logan", plate="B123XYZ")
    row = conn.exec_driver_sql("SELECT client_id, make, model, plate FROM vehicles").one()
    assert (car, tuple(row)) == (car, (ann, "Dacia", "Logan", "B123XYZ"))

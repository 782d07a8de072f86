"""A hand-built set of reminders with the due list worked out by hand (as of 2026-11-23).

Cars and their readings (completed visits with a mileage, up to 2026-11-23):

- A1 (Ann): 2026-01-12 40,000 .. 2026-10-09 67,000, 270 days apart: 100 km a
  day. The 52,000 in May is neither first nor last; a cancelled visit's
  90,000 and a visit dated 2026-11-24 (after as_of) are no readings.
  Predicted: 2026-11-23 (45 days on) 71,500; 2026-12-23 (75 days on) 74,500.
- B1 (Bob): 2026-10-01 120,000 and 2026-10-25 121,000, 24 days apart: too
  close, the prediction is the last reading, 121,000.
- B2 (Bob): one reading, 2026-06-01 30,000: the prediction is 30,000.
- B3 (Bob): a visit without a mileage only: no prediction.
- C1 (Cleo): 2026-09-01 10,000 and 2026-10-01 13,000, exactly 30 days: 100 km
  a day; on 2026-12-23 (83 days on) 21,300; on 2026-11-23 (53 days on) 18,300.
- C2 (Cleo): 2026-08-01 20,000 and 2026-11-01 21,010, 92 days: 1,010 / 92 km a
  day; on 2026-12-23 (52 days on) 21,010 + 52,520 / 92 = 21,580.87 (shown
  21,581); on 2026-11-23 (22 days on) 21,010 + 22,220 / 92 = 21,251.52.

Dana is do-not-contact, Egor departed on 2026-11-01, Fedir departs on
2026-12-01 (after as_of: not departed yet).
"""

from __future__ import annotations

import dataclasses

from tests.reports.shop import Shop

AS_OF = "2026-11-23"


@dataclasses.dataclass(frozen=True)
class Data:
    ann: int
    bob: int
    cleo: int
    dana: int
    egor: int
    fedir: int
    oil: int
    a1: int
    b1: int
    b2: int
    b3: int
    c1: int
    c2: int
    r: dict[int, int]  # reminder number in the docs above -> id


def build(shop: Shop) -> Data:
    dept = shop.department("Maintenance")
    oil = shop.service("Oil change", dept, "500", interval_months=12, interval_km=10000)
    moved = shop.reason("Moved away")
    ann = shop.client("Ann Smith", phone="+380501110001")
    bob = shop.client("Bob Jones", phone="+380501110002")
    cleo = shop.client("Cleo Park", phone="+380501110003")
    dana = shop.client("Dana Doe", phone="+380501110004", do_not_contact=True)
    egor = shop.client("Egor Li", phone="+380501110005", left_on="2026-11-01", reason=moved)
    fedir = shop.client("Fedir Bo", phone="+380501110006", left_on="2026-12-01", reason=moved)

    a1 = shop.vehicle(ann, "Skoda", "Octavia", plate="AA0001AA")
    b1 = shop.vehicle(bob, "Toyota", "Corolla", plate="BB0001BB")
    b2 = shop.vehicle(bob, "Toyota", "Yaris")
    b3 = shop.vehicle(bob, "Lada", "Niva", plate="BB0003BB")
    c1 = shop.vehicle(cleo, "Kia", "Ceed", plate="CC0001CC")
    c2 = shop.vehicle(cleo, "Kia", "Rio", plate="CC0002CC")

    shop.visit(ann, "2026-01-12 09:00", vehicle=a1, mileage=40000)
    shop.visit(ann, "2026-05-01 09:00", vehicle=a1, mileage=52000)
    shop.visit(ann, "2026-10-09 17:30", vehicle=a1, mileage=67000)
    shop.visit(ann, "2026-10-20 09:00", vehicle=a1, mileage=90000, status="cancelled")
    shop.visit(ann, "2026-11-24 09:00", vehicle=a1, mileage=99000)
    shop.visit(ann, "2026-11-23 15:00", vehicle=a1, status="planned")
    shop.visit(bob, "2026-10-01 09:00", vehicle=b1, mileage=120000)
    shop.visit(bob, "2026-10-25 09:00", vehicle=b1, mileage=121000)
    shop.visit(bob, "2026-06-01 09:00", vehicle=b2, mileage=30000)
    shop.visit(bob, "2026-06-02 09:00", vehicle=b3)
    shop.visit(cleo, "2026-09-01 09:00", vehicle=c1, mileage=10000)
    shop.visit(cleo, "2026-10-01 09:00", vehicle=c1, mileage=13000)
    shop.visit(cleo, "2026-08-01 09:00", vehicle=c2, mileage=20000)
    shop.visit(cleo, "2026-11-01 09:00", vehicle=c2, mileage=21010)

    def rem(client: int, **kw: object) -> int:
        kw.setdefault("status", "pending")
        kw.setdefault("note", "")
        return shop.reminder(client, kw.pop("created_on", "2026-01-01"), **kw)

    r = {
        1: rem(ann, vehicle_id=a1, service_id=oil, due_mileage=74500, note="oil"),
        2: rem(ann, vehicle_id=a1, due_mileage=74501),
        3: rem(ann, vehicle_id=a1, due_on="2027-03-01", due_mileage=70000),
        4: rem(ann, vehicle_id=a1, due_on="2026-12-23"),
        5: rem(ann, vehicle_id=a1, due_on="2026-12-24"),
        6: rem(ann, due_on="2026-11-01", note="call about tyres"),
        7: rem(ann, due_on="2026-01-01", status="done", done_on="2026-02-01"),
        8: rem(ann, due_on="2026-11-01", snoozed_until="2026-11-30"),
        9: rem(ann, due_on="2026-11-20", snoozed_until="2026-11-23"),
        10: rem(ann, due_on="2026-11-01", created_on="2026-11-24"),
        11: rem(bob, vehicle_id=b1, due_mileage=121000),
        12: rem(bob, vehicle_id=b1, due_mileage=121001),
        13: rem(bob, vehicle_id=b2, due_mileage=30000),
        14: rem(bob, vehicle_id=b3, due_mileage=1),
        15: rem(bob, vehicle_id=b3, due_on="2026-12-01", due_mileage=5000),
        16: rem(cleo, vehicle_id=c1, due_mileage=21300),
        17: rem(cleo, vehicle_id=c2, due_mileage=21580),
        18: rem(cleo, vehicle_id=c2, due_mileage=21581),
        19: rem(dana, due_on="2026-11-10"),
        20: rem(egor, due_on="2026-11-15"),
        21: rem(fedir, due_on="2026-11-20"),
        22: rem(ann, vehicle_id=a1, due_on="2026-10-01", status="dismissed"),
    }
    shop.done()
    return Data(ann, bob, cleo, dana, egor, fedir, oil, a1, b1, b2, b3, c1, c2, r)


def expected_rows(d: Data) -> dict[int, dict[str, object]]:
    """Every reminder that can be due, as a JSON row of ``--days 30`` (keyed by number)."""

    def row(n: int, client: int, name: str, phone: str, **kw: object) -> dict[str, object]:
        base = {
            "reminder_id": d.r[n],
            "client_id": client,
            "name": name,
            "phone": phone,
            "vehicle": None,
            "service": None,
            "due_on": None,
            "due_mileage": None,
            "predicted_mileage": None,
            "overdue_days": None,
            "note": "",
        }
        return {**base, **kw}

    ann = (d.ann, "Ann Smith", "+380501110001")
    bob = (d.bob, "Bob Jones", "+380501110002")
    cleo = (d.cleo, "Cleo Park", "+380501110003")
    a1 = {"vehicle": "Skoda Octavia AA0001AA", "predicted_mileage": 74500}
    return {
        1: row(1, *ann, **a1, service="Oil change", due_mileage=74500, note="oil"),
        3: row(3, *ann, **a1, due_on="2027-03-01", due_mileage=70000, overdue_days=-98),
        4: row(4, *ann, **a1, due_on="2026-12-23", overdue_days=-30),
        6: row(6, *ann, due_on="2026-11-01", overdue_days=22, note="call about tyres"),
        9: row(9, *ann, due_on="2026-11-20", overdue_days=3),
        11: row(
            11,
            *bob,
            vehicle="Toyota Corolla BB0001BB",
            due_mileage=121000,
            predicted_mileage=121000,
        ),
        13: row(13, *bob, vehicle="Toyota Yaris", due_mileage=30000, predicted_mileage=30000),
        15: row(
            15,
            *bob,
            vehicle="Lada Niva BB0003BB",
            due_on="2026-12-01",
            due_mileage=5000,
            overdue_days=-8,
        ),
        16: row(16, *cleo, vehicle="Kia Ceed CC0001CC", due_mileage=21300, predicted_mileage=21300),
        17: row(17, *cleo, vehicle="Kia Rio CC0002CC", due_mileage=21580, predicted_mileage=21581),
        19: row(19, d.dana, "Dana Doe", "+380501110004", due_on="2026-11-10", overdue_days=13),
        20: row(20, d.egor, "Egor Li", "+380501110005", due_on="2026-11-15", overdue_days=8),
        21: row(21, d.fedir, "Fedir Bo", "+380501110006", due_on="2026-11-20", overdue_days=3),
    }

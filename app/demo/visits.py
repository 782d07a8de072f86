"""Each client's visits: when, which car, what was done, how it went.

A client's visits come from two streams: its own rhythm (maintenance and
repairs, every ``interval`` days give or take its ``jitter``) and, for tyre
clients, the spring and autumn tyre changes. Repairs follow the seasons too
(air conditioning in summer, batteries in winter). Past visits are mostly
completed, some cancelled or no-shows; an active client may have its next
visit booked as a planned one. Completed visits may carry recommended work
the client declined, a mileage reading and a rating.
"""

from __future__ import annotations

import datetime as dt
import random

from app.demo.calendar import SLOT_COUNT, season_days, slot, working_day
from app.demo.catalog import (
    AIR_CONDITIONING,
    BODY,
    BRAKES,
    DIAGNOSTICS,
    ELECTRICS,
    FEEDBACK,
    MAINTENANCE,
    QUALITY_COMPLAINT,
)
from app.demo.clients import (
    ACTIVE,
    DEPARTED,
    PLANNING_HORIZON_DAYS,
    TYRE_SEASON_SHOW_UP,
    ClientPlan,
)
from app.demo.draw import Picker, pick
from app.demo.shop import Shop

FIRST, OWN_RHYTHM, TYRE_SEASON = 0, 1, 2

# Repairs by department and month (January first): A/C in summer, electrics in winter.
_REPAIR_DEPARTMENTS = (DIAGNOSTICS, BODY, ELECTRICS, AIR_CONDITIONING, BRAKES, MAINTENANCE)
_REPAIR_MONTH_WEIGHTS = tuple(
    (1.0, body, electrics, ac, 1.2, 0.6)
    for body, electrics, ac in zip(
        (1.0, 1.0, 1.4, 1.4, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
        (2.2, 2.0, 1.3, 1.0, 0.8, 0.8, 0.8, 0.8, 1.0, 1.3, 1.8, 2.2),
        (0.1, 0.1, 0.3, 0.6, 1.4, 2.4, 2.8, 2.4, 1.0, 0.3, 0.1, 0.1),
        strict=True,
    )
)
_REPAIRS = {
    DIAGNOSTICS: (
        ("computer_diag", 5),
        ("suspension_check", 3),
        ("alignment", 4),
        ("pre_purchase", 1),
    ),
    BODY: (("panel_paint", 3), ("dent_repair", 3), ("polishing", 2), ("bumper_repair", 2)),
    ELECTRICS: (("battery", 5), ("bulbs", 4), ("alternator", 2), ("starter", 2), ("wiring", 2)),
    AIR_CONDITIONING: (("ac_refill", 3), ("ac_clean", 2)),
    BRAKES: (("brake_pads", 5), ("brake_discs", 2), ("brake_fluid", 2), ("shock_absorbers", 2)),
    MAINTENANCE: (("timing_belt", 3), ("coolant", 2), ("spark_plugs", 2)),
}
_MAINTENANCE_EXTRAS = (
    ("air_filter", 0.35),
    ("cabin_filter", 0.3),
    ("spark_plugs", 0.1),
    ("brake_fluid", 0.08),
    ("coolant", 0.05),
    ("timing_belt", 0.04),
)
_OIL_LITRES = (3500, 4000, 4500, 4500, 5500)
_RECOMMENDED = ("brake_pads", "timing_belt", "shock_absorbers", "alignment", "coolant", "polishing")
_RATINGS = (5, 4, 3, 2, 1)
_RATING_BY_MOOD = {
    "happy": Picker(_RATINGS, (70, 25, 4, 0.6, 0.4)),
    "neutral": Picker(_RATINGS, (20, 45, 25, 7, 3)),
    "grumpy": Picker(_RATINGS, (5, 15, 30, 25, 25)),
}
_REPAIR_BY_MONTH = [Picker(_REPAIR_DEPARTMENTS, weights) for weights in _REPAIR_MONTH_WEIGHTS]
_REPAIR_SERVICES = {
    department: Picker([key for key, _ in options], [weight for _, weight in options])
    for department, options in _REPAIRS.items()
}


class Visit:
    """A visit while generating; ``id`` is given after all visits are sorted by time."""

    __slots__ = (
        "car", "client_id", "day", "employee_id", "feedback", "id", "items", "key", "mileage",
        "rating", "slot", "status",
    )  # fmt: skip


class VisitMaker:
    def __init__(self, rng: random.Random, shop: Shop, today: int) -> None:
        self.rng = rng
        self.shop = shop
        self.today = today
        self.department_of = {
            shop.service_ids[key]: shop.department_ids[spec.department]
            for key, spec in shop.specs.items()
        }

    def add_visits(self, plan: ClientPlan) -> None:
        """Fill ``plan.visits`` in time order and, for a departed client, its left_on."""
        rng = self.rng
        today = self.today
        last_day = 0
        for day, kind in self._events(plan):
            if day == last_day or day < plan.first:
                continue
            last_day = day
            if day > today:
                booked = plan.fate == ACTIVE and day <= today + PLANNING_HORIZON_DAYS
                if booked and rng.random() < 0.5:
                    self._visit(plan, day, kind, "planned")
                break
            roll = rng.random()
            if kind == FIRST or roll >= 0.07:
                status = "completed"
            else:
                status = "cancelled" if roll < 0.04 else "no_show"
            self._visit(plan, day, kind, status)
        if plan.fate == DEPARTED:
            self._depart(plan)

    def _depart(self, plan: ClientPlan) -> None:
        """left_on some weeks or months after the last visit, with a reason."""
        rng = self.rng
        last = plan.visits[-1].day if plan.visits else plan.registered
        plan.left_on = min(self.today, last + rng.randint(14, 200))
        plan.churn_reason_id = rng.choices(self.shop.churn_ids, self.shop.churn_weights)[0]
        if rng.random() < 0.35:
            plan.churn_note = rng.choice(self.shop.churn_notes[plan.churn_reason_id])
        if plan.churn_reason_id == self.shop.churn_id_of[QUALITY_COMPLAINT] and rng.random() < 0.5:
            plan.do_not_contact = True

    def _events(self, plan: ClientPlan) -> list[tuple[int, int]]:
        """(day, kind) of the visits the client would make, in time order."""
        rng = self.rng
        events = [(plan.first, FIRST)]
        if plan.end <= plan.first:
            return events
        low, width = 1.0 - plan.jitter, 2.0 * plan.jitter
        wished = float(plan.first)
        while True:
            wished += plan.interval * (low + width * rng.random())
            day = working_day(rng, int(wished))
            if day > plan.end:
                break
            events.append((day, OWN_RHYTHM))
        if plan.tyres:
            first_year = dt.date.fromordinal(plan.first).year
            last_year = dt.date.fromordinal(plan.end).year
            for year in range(first_year, last_year + 1):
                for day in season_days(year, rng):
                    if plan.first < day <= plan.end and rng.random() < TYRE_SEASON_SHOW_UP:
                        events.append((working_day(rng, day), TYRE_SEASON))
        events.sort()
        return events

    def _visit(self, plan: ClientPlan, day: int, kind: int, status: str) -> None:
        rng = self.rng
        visit = Visit()
        visit.client_id = plan.id
        visit.day = day
        visit.slot = slot(rng, day)
        visit.key = day * SLOT_COUNT + visit.slot
        visit.status = status
        visit.id = 0
        cars = [car for car in plan.cars if car.from_day <= day]
        visit.car = pick(rng, cars) if cars and rng.random() < 0.99 else None
        completed = status == "completed"
        visit.mileage = None
        if completed and visit.car is not None and rng.random() < 0.88:
            visit.mileage = visit.car.mileage_on(day, 0.97 + 0.06 * rng.random())
        visit.items = self._items(kind, day, completed)
        visit.employee_id = None
        if rng.random() < 0.96:
            department_id = self.department_of[visit.items[0][0]]
            visit.employee_id = self.shop.master(rng, department_id, day)
        visit.rating = visit.feedback = None
        if completed and rng.random() < 0.35:
            visit.rating = _RATING_BY_MOOD[plan.mood](rng)
            if rng.random() < 0.4:
                visit.feedback = pick(rng, FEEDBACK[visit.rating])
        plan.visits.append(visit)

    def _items(self, kind: int, day: int, completed: bool) -> list[tuple[int, int, int, bool]]:
        """(service id, quantity in thousandths, price, declined) of one visit.

        Work the master recommended is offered on completed visits only; the
        client declines it about half the time.
        """
        rng = self.rng
        month = dt.date.fromordinal(day).month
        if kind == FIRST:
            in_season = month in (3, 4, 10, 11)
            kind = TYRE_SEASON if in_season and rng.random() < 0.5 else OWN_RHYTHM
        wanted: list[tuple[str, int]] = []
        recommended: list[str] = []
        if kind == TYRE_SEASON:
            wanted.append(("tyre_change", 1000))
            if rng.random() < 0.8:
                wanted.append(("balancing", 4000 if rng.random() < 0.85 else 2000))
            if rng.random() < 0.35:
                wanted.append(("tyre_storage", 1000))
            if rng.random() < 0.07:
                wanted.append(("tyre_repair", 1000))
            if rng.random() < 0.2:
                recommended.append("alignment")
        elif rng.random() < 0.45:
            wanted.append(("oil_change", 1000))
            wanted.append(("engine_oil", pick(rng, _OIL_LITRES)))
            for key, chance in _MAINTENANCE_EXTRAS:
                if rng.random() < chance:
                    wanted.append((key, 1000))
            if rng.random() < 0.45:
                recommended.append(pick(rng, _RECOMMENDED))
        else:
            department = _REPAIR_BY_MONTH[month - 1](rng)
            services = _REPAIR_SERVICES[department]
            first = services(rng)
            wanted.append((first, pick(rng, self.shop.specs[first].quantity)))
            if rng.random() < 0.6:
                second = services(rng)
                if second != first:
                    wanted.append((second, pick(rng, self.shop.specs[second].quantity)))
            if department in (ELECTRICS, BRAKES) and rng.random() < 0.3:
                wanted.append(("computer_diag", 1000))
            if rng.random() < 0.35:
                recommended.append(pick(rng, _RECOMMENDED))
        items = [self._item(key, quantity, day, False) for key, quantity in wanted]
        if completed:
            chosen = {key for key, _ in wanted}
            for key in recommended:
                if key not in chosen:
                    items.append(self._item(key, 1000, day, rng.random() < 0.55))
        return items

    def _item(
        self, key: str, quantity: int, day: int, declined: bool
    ) -> tuple[int, int, int, bool]:
        price = self.shop.price(key, day)
        if self.shop.specs[key].priced_per_job:
            price = int(round(price * (0.5 + 2.5 * self.rng.random()), -3))
        return self.shop.service_ids[key], quantity, price, declined

"""Planning the whole demo history in memory, then handing out rows per table.

Everything is drawn from one ``random.Random(seed)`` in a fixed order and
"today" is given, so the same arguments give the same rows. Ids follow time
as they would in a shop's database: clients by registration, cars by first
appearance, visits, inquiries and reminders by their dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Iterator

from app.demo.calendar import DayText, slot_text, years_before
from app.demo.clients import ClientPlan, plan_clients
from app.demo.followups import FollowUpMaker, Inquiry, Reminder
from app.demo.people import UniqueMaker
from app.demo.shop import Shop
from app.demo.visits import Visit, VisitMaker

Progress = Callable[[str], None]

#: Tables in the order they are written (references point backwards) and their columns.
COLUMNS: dict[str, tuple[str, ...]] = {
    "departments": ("id", "name"),
    "services": ("id", "name", "department_id", "price", "interval_months", "interval_km"),
    "employees": ("id", "name", "department_id", "active"),
    "sources": ("id", "name"),
    "churn_reasons": ("id", "name"),
    "clients": (
        "id", "name", "phone", "email", "registered_on", "source_id", "referred_by_id",
        "do_not_contact", "left_on", "churn_reason_id", "churn_note", "notes", "search_text",
    ),
    "vehicles": ("id", "client_id", "make", "model", "year", "plate", "vin"),
    "visits": (
        "id", "client_id", "vehicle_id", "started_at", "mileage", "employee_id", "status",
        "rating", "feedback", "revenue",
    ),
    "visit_items": (
        "id", "visit_id", "service_id", "quantity_milli", "price", "declined", "amount", "bought",
    ),
    "inquiries": (
        "id", "received_at", "client_id", "name", "phone", "source_id", "channel", "visit_id",
    ),
    "reminders": (
        "id", "client_id", "vehicle_id", "service_id", "due_on", "due_mileage", "note", "status",
        "created_on", "done_on",
    ),
}  # fmt: skip


@dataclasses.dataclass
class DemoHistory:
    """The planned history; ``rows(table)`` yields the tuples of ``COLUMNS[table]``."""

    shop: Shop
    clients: list[ClientPlan]
    visits: list[Visit]
    inquiries: list[Inquiry]
    reminders: list[Reminder]
    day_text: DayText

    def counts(self) -> dict[str, int]:
        counts = {table: len(rows) for table, rows in self.shop.rows.items()}
        counts["clients"] = len(self.clients)
        counts["vehicles"] = sum(len(plan.cars) for plan in self.clients)
        counts["visits"] = len(self.visits)
        counts["visit_items"] = sum(len(visit.items) for visit in self.visits)
        counts["inquiries"] = len(self.inquiries)
        counts["reminders"] = len(self.reminders)
        return {table: counts[table] for table in COLUMNS}

    def rows(self, table: str) -> Iterator[tuple]:
        if table in self.shop.rows:
            return iter(self.shop.rows[table])
        producers = {
            "clients": self._clients,
            "vehicles": self._vehicles,
            "visits": self._visits,
            "visit_items": self._visit_items,
            "inquiries": self._inquiries,
            "reminders": self._reminders,
        }
        return producers[table]()

    def _clients(self) -> Iterator[tuple]:
        for plan in self.clients:
            yield plan.row(self.day_text)

    def _vehicles(self) -> Iterator[tuple]:
        cars = sorted(
            ((car, plan.id) for plan in self.clients for car in plan.cars),
            key=lambda pair: pair[0].id,
        )
        for car, client_id in cars:
            yield (car.id, client_id, *car.row)

    def _visits(self) -> Iterator[tuple]:
        day = self.day_text
        for v in self.visits:
            yield (
                v.id,
                v.client_id,
                v.car.id if v.car is not None else None,
                day(v.day) + slot_text(v.slot),
                v.mileage,
                v.employee_id,
                v.status,
                v.rating,
                v.feedback,
                0,
            )

    def _visit_items(self) -> Iterator[tuple]:
        item_id = 0
        for visit in self.visits:
            for service_id, quantity, price, declined in visit.items:
                item_id += 1
                yield (item_id, visit.id, service_id, quantity, price, declined, 0, False)

    def _inquiries(self) -> Iterator[tuple]:
        day = self.day_text
        for number, q in enumerate(self.inquiries, start=1):
            visit_id = q.visit.id if q.visit is not None else None
            received = day(q.day) + slot_text(q.slot)
            yield (number, received, q.client_id, q.name, q.phone, q.source_id, q.channel, visit_id)

    def _reminders(self) -> Iterator[tuple]:
        day = self.day_text
        for number, r in enumerate(self.reminders, start=1):
            yield (
                number,
                r.client_id,
                r.car.id,
                r.service_id,
                day(r.due_on) if r.due_on is not None else None,
                r.due_mileage,
                r.note,
                r.status,
                day(r.created),
                day(r.done) if r.done is not None else None,
            )


def plan_history(
    clients: int, years: int, seed: int, today: dt.date, progress: Progress
) -> DemoHistory:
    """The whole history in memory: ``clients`` registered over ``years`` up to ``today``."""
    rng = random.Random(seed)
    today_day = today.toordinal()
    start = years_before(today, years).toordinal() + 1
    shop = Shop(rng, clients, start, today_day)
    unique = UniqueMaker(rng)
    progress(f"Planning {clients:,} clients")
    plans = plan_clients(rng, shop, unique, clients, start, today_day)
    cars = sorted((car for plan in plans for car in plan.cars), key=lambda car: car.from_day)
    for number, car in enumerate(cars, start=1):
        car.id = number

    progress("Planning visits")
    maker = VisitMaker(rng, shop, today_day)
    for plan in plans:
        maker.add_visits(plan)
    visits = sorted((v for plan in plans for v in plan.visits), key=lambda v: v.key)
    for number, visit in enumerate(visits, start=1):
        visit.id = number

    progress("Planning inquiries and reminders")
    followups = FollowUpMaker(rng, shop, unique, today_day)
    inquiries: list[Inquiry] = []
    reminders: list[Reminder] = []
    for plan in plans:
        inquiries.extend(followups.client_inquiries(plan))
        reminders.extend(followups.client_reminders(plan))
    past_days = [v.day for v in visits if v.day <= today_day]
    strangers = round(0.25 * sum(1 for q in inquiries if q.visit is not None))
    if past_days:
        inquiries.extend(followups.stranger_inquiries(strangers, past_days))
    inquiries.sort(key=lambda q: q.key)
    reminders.sort(key=lambda r: r.created)
    return DemoHistory(shop, plans, visits, inquiries, reminders, DayText())

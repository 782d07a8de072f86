"""Inquiries and reminders around the demo visits.

Inquiries: many new clients called before their first visit, planned visits
were mostly booked by phone, some repeat visits too (all linked to their
visit; converted when that visit is completed). Some clients asked and did
not book, and strangers called who never became clients (no visit).

Reminders: over the last year, every completed visit with a service
that recurs (oil change, tyre change, timing belt...) reminds of its next
time per car, by date and/or mileage; declined work reminds a month later.
A reminder is done when the car later got that service; what is still open
is pending (due soon, overdue or later), or dismissed (mostly for clients who
left).
"""

from __future__ import annotations

import random
from itertools import accumulate

from app.demo.calendar import SLOT_COUNT, slot
from app.demo.clients import DEPARTED, ClientPlan
from app.demo.people import UniqueMaker, person_name
from app.demo.shop import Shop
from app.demo.visits import Visit
from app.services.settings import ShopSettings

REMINDER_WINDOW_DAYS = 365
STALE_DAYS = 60  # pending this long past due, most reminders were dismissed after a call
DAYS_PER_MONTH = 30.44
_CHANNELS = ("call", "online", "walk_in", "other")
_CHANNEL_CUM = list(accumulate((58, 22, 15, 5)))


class Inquiry:
    __slots__ = (
        "channel",
        "client_id",
        "day",
        "key",
        "name",
        "phone",
        "slot",
        "source_id",
        "visit",
    )


class Reminder:
    __slots__ = (
        "car", "client_id", "created", "done", "due_mileage", "due_on", "note", "service_id",
        "status",
    )  # fmt: skip


class FollowUpMaker:
    def __init__(self, rng: random.Random, shop: Shop, unique: UniqueMaker, today: int) -> None:
        self.rng = rng
        self.shop = shop
        self.unique = unique
        self.today = today
        self.declined_days = ShopSettings().declined_reminder_days
        self.by_id = {shop.service_ids[key]: spec for key, spec in shop.specs.items()}

    # --- inquiries ---------------------------------------------------------

    def client_inquiries(self, plan: ClientPlan) -> list[Inquiry]:
        rng = self.rng
        out = []
        for index, visit in enumerate(plan.visits):
            # booked ahead by phone / a new client calling first / now and then
            chance = 0.6 if visit.status == "planned" else 0.55 if index == 0 else 0.08
            if rng.random() < chance:
                out.append(self._linked(plan, visit))
            if visit.status != "planned" and rng.random() < 0.03:
                day = max(plan.registered, visit.day - rng.randint(20, 60))
                out.append(self._inquiry(plan, day, slot(rng, day), "call", None))
        return out

    def _linked(self, plan: ClientPlan, visit: Visit) -> Inquiry:
        rng = self.rng
        channel = rng.choices(_CHANNELS, cum_weights=_CHANNEL_CUM)[0]
        if visit.status == "planned":
            day = max(plan.registered, self.today - rng.randint(0, 14))
            return self._inquiry(plan, day, slot(rng, day), channel, visit)
        if channel == "walk_in":
            return self._inquiry(plan, visit.day, max(0, visit.slot - 1), channel, visit)
        day = max(plan.registered, visit.day - rng.choice((0, 0, 1, 1, 2, 3, 5, 7)))
        when = slot(rng, day)
        if day == visit.day:
            when = min(when, visit.slot)
        return self._inquiry(plan, day, when, channel, visit)

    def _inquiry(
        self, plan: ClientPlan, day: int, when: int, channel: str, visit: Visit | None
    ) -> Inquiry:
        inquiry = Inquiry()
        inquiry.day, inquiry.slot, inquiry.key = day, when, day * SLOT_COUNT + when
        inquiry.client_id = plan.id
        inquiry.name, inquiry.phone, inquiry.source_id = plan.name, plan.phone, plan.source_id
        inquiry.channel = channel
        inquiry.visit = visit
        return inquiry

    def stranger_inquiries(self, count: int, days: list[int]) -> list[Inquiry]:
        """Calls from people who never became clients, on days like the shop's busy ones."""
        rng = self.rng
        out = []
        for _ in range(count):
            inquiry = Inquiry()
            day = rng.choice(days)
            inquiry.day, inquiry.slot = day, slot(rng, day)
            inquiry.key = day * SLOT_COUNT + inquiry.slot
            inquiry.client_id = None
            inquiry.name = person_name(rng) if rng.random() < 0.8 else None
            inquiry.phone = self.unique.phone()
            inquiry.source_id = rng.choices(self.shop.source_choices, self.shop.source_weights)[0]
            inquiry.channel = rng.choices(_CHANNELS, cum_weights=_CHANNEL_CUM)[0]
            inquiry.visit = None
            out.append(inquiry)
        return out

    # --- reminders ---------------------------------------------------------

    def client_reminders(self, plan: ClientPlan) -> list[Reminder]:
        rng = self.rng
        since = self.today - REMINDER_WINDOW_DAYS
        open_: dict[tuple[int, int], Reminder] = {}
        out: list[Reminder] = []
        for visit in plan.visits:
            if visit.status != "completed" or visit.car is None:
                continue
            for service_id, _quantity, _price, declined in visit.items:
                spec = self.by_id[service_id]
                key = (visit.car.id, service_id)
                if not declined and key in open_:
                    done = open_.pop(key)
                    done.status, done.done = "done", visit.day
                if visit.day < since or not (spec.reminds or declined):
                    continue
                reminder = self._reminder(plan, visit, service_id, declined)
                if reminder is None:
                    continue
                superseded = open_.get(key)
                if superseded is not None:  # declined again before it was done
                    superseded.status = "dismissed"
                open_[key] = reminder
                out.append(reminder)
        stale = self.today - STALE_DAYS
        for reminder in open_.values():
            if plan.fate == DEPARTED:
                dismiss = 0.8
            elif reminder.due_on is not None and reminder.due_on < stale:
                dismiss = 0.7
            else:
                dismiss = 0.05
            if rng.random() < dismiss:
                reminder.status = "dismissed"
        return out

    def _reminder(
        self, plan: ClientPlan, visit: Visit, service_id: int, declined: bool
    ) -> Reminder | None:
        spec = self.by_id[service_id]
        reminder = Reminder()
        reminder.client_id, reminder.car, reminder.service_id = plan.id, visit.car, service_id
        reminder.created, reminder.done, reminder.status = visit.day, None, "pending"
        if declined:
            reminder.due_on, reminder.due_mileage = visit.day + self.declined_days, None
            reminder.note = f"Declined: {spec.name}"
            return reminder
        reminder.note = ""
        reminder.due_on = None
        if spec.interval_months:
            reminder.due_on = visit.day + round(spec.interval_months * DAYS_PER_MONTH)
        reminder.due_mileage = None
        if spec.interval_km and visit.mileage is not None:
            reminder.due_mileage = visit.mileage + spec.interval_km
        if reminder.due_on is None and reminder.due_mileage is None:
            return None
        return reminder

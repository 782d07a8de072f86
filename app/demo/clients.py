"""Who the demo clients are and what becomes of them.

Clients register over the years, more every year and more in the tyre
seasons. Each gets a fate: a regular who keeps coming, a one-time visitor,
a "lost regular" who came regularly and silently stopped, or a departed
client (left_on and a churn reason, after the last visit). Each regular has
its own rhythm: a mean interval between visits and how strictly it keeps it.
The common scale of the intervals is calibrated so that the whole history
holds about ``VISITS_PER_CLIENT`` visits per client, as performance.md says.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random

from app.demo.calendar import DayText, working_day
from app.demo.catalog import CLIENT_NOTES, REFERRAL_SOURCE
from app.demo.people import UniqueMaker, car, email_for, person_name
from app.demo.shop import Shop

VISITS_PER_CLIENT = 10
TYRE_SEASON_SHOW_UP = 0.85  # a tyre client comes in this share of the seasons
PLANNING_HORIZON_DAYS = 60  # how far ahead the appointment book reaches

ACTIVE, ONE_TIME, LOST, DEPARTED = "active", "one_time", "lost", "departed"
_FATES = (ACTIVE, ONE_TIME, LOST, DEPARTED)
_FATE_WEIGHTS = (69, 14, 6, 11)
_EXISTING_BASE = 0.2  # share of clients the shop had when the history starts
_GROWTH = 1.5  # clients register 2.5x as often at the end of the history as at its start
_REGISTRATION_MONTHS = (1.0, 1.0, 1.3, 1.4, 1.0, 1.0, 1.0, 1.0, 1.0, 1.3, 1.4, 1.0)
_MOODS = ("happy", "neutral", "grumpy")


class Car:
    """A client's car while generating; ``id`` is given once all cars are known."""

    __slots__ = ("base_mileage", "from_day", "id", "km_per_day", "last_mileage", "row")

    def __init__(self, row: tuple, from_day: int, km_per_day: float, base_mileage: int) -> None:
        self.id = 0
        self.row = row  # (make, model, year, plate, vin)
        self.from_day = from_day
        self.km_per_day = km_per_day
        self.base_mileage = base_mileage
        self.last_mileage = 0

    def mileage_on(self, day: int, noise: float) -> int:
        """The odometer on ``day``: never below the last reading of this car."""
        reading = int(self.base_mileage + self.km_per_day * (day - self.from_day) * noise)
        self.last_mileage = max(self.last_mileage, reading)
        return self.last_mileage


class ClientPlan:
    """One client's row data and its fate; visits are added by ``visits.py``."""

    __slots__ = (
        "cars", "churn_note", "churn_reason_id", "do_not_contact", "email", "end", "fate",
        "first", "id", "interval", "jitter", "left_on", "mood", "name", "notes", "phone",
        "referred_by_id", "registered", "rhythm", "source_id", "tyres", "visits",
    )  # fmt: skip

    def row(self, day_text: DayText) -> tuple:
        return (
            self.id,
            self.name,
            self.phone,
            self.email,
            day_text(self.registered),
            self.source_id,
            self.referred_by_id,
            self.do_not_contact,
            day_text(self.left_on) if self.left_on is not None else None,
            self.churn_reason_id,
            self.churn_note,
            self.notes,
            "",
        )


def plan_clients(
    rng: random.Random, shop: Shop, unique: UniqueMaker, count: int, start: int, today: int
) -> list[ClientPlan]:
    """Every client, registered in date order (ids 1..count), with fates and rhythms."""
    registered = sorted(_registration_day(rng, start, today) for _ in range(count))
    advocates = sorted(rng.sample(range(1, count + 1), max(1, count // 50)))
    referral_source = shop.source_ids[REFERRAL_SOURCE]
    plans = []
    for index, day in enumerate(registered):
        plan = ClientPlan()
        plan.id = index + 1
        plan.registered = day
        plan.name = person_name(rng)
        plan.phone = unique.phone()
        plan.email = email_for(plan.name, rng) if rng.random() < 0.35 else None
        plan.notes = rng.choice(CLIENT_NOTES) if rng.random() < 0.04 else ""
        plan.source_id = rng.choices(shop.source_choices, shop.source_weights)[0]
        plan.referred_by_id = None
        if plan.source_id == referral_source and rng.random() < 0.85:
            plan.referred_by_id = _referrer(rng, registered, advocates, day)
        plan.do_not_contact = rng.random() < 0.03
        plan.left_on = plan.churn_reason_id = plan.churn_note = None
        plan.mood = rng.choices(_MOODS, (90, 7, 3))[0]
        plan.first = day if rng.random() < 0.6 else min(today, day + rng.randint(1, 10))
        plan.fate = rng.choices(_FATES, _FATE_WEIGHTS)[0]
        plan.rhythm = min(3.0, max(0.35, rng.lognormvariate(0.0, 0.5)))
        plan.jitter = rng.uniform(0.1, 0.5)
        plan.tyres = plan.fate != ONE_TIME and rng.random() < 0.55
        plan.visits = []
        plans.append(plan)
    _set_ends(rng, plans, today)
    for plan in plans:
        plan.cars = _cars(rng, unique, plan, today)
    return plans


def _registration_day(rng: random.Random, start: int, today: int) -> int:
    """A day with the growth trend and the tyre-season bumps, moved to a working day.

    The shop existed before the history starts: its existing clients were
    entered during the first three months.
    """
    span = today - start
    if rng.random() < _EXISTING_BASE:
        day = working_day(rng, start + int(rng.random() ** 2 * min(90, span)))
        return min(today, max(start, day))
    while True:
        # inverse of the distribution function of a density rising linearly by _GROWTH
        u = rng.random()
        t = (math.sqrt(1 + 2 * _GROWTH * u * (1 + _GROWTH / 2)) - 1) / _GROWTH
        day = working_day(rng, start + round(t * span))
        if not start <= day <= today:
            continue
        if rng.random() * 1.4 < _REGISTRATION_MONTHS[dt.date.fromordinal(day).month - 1]:
            return day


def _referrer(
    rng: random.Random, registered: list[int], advocates: list[int], day: int
) -> int | None:
    """A client registered strictly earlier; a few advocates bring many friends."""
    earlier = bisect.bisect_left(registered, day)  # clients 1..earlier registered before
    if earlier == 0:
        return None
    known = bisect.bisect_right(advocates, earlier)
    if known and rng.random() < 0.3:
        return advocates[rng.randrange(known)]
    return rng.randint(1, earlier)


def _set_ends(rng: random.Random, plans: list[ClientPlan], today: int) -> None:
    """The last day each client may visit, and the common interval scale.

    Lost regulars stop well before today: more than 2.5 of their own intervals
    and at least 120 days ago, so the "lost" report finds them.
    """
    horizon = today + PLANNING_HORIZON_DAYS
    weighted_span = 0.0
    seasons = 0.0
    for plan in plans:
        if plan.fate == ONE_TIME:
            plan.end = plan.first
        elif plan.fate == DEPARTED:
            plan.end = plan.first + int((today - plan.first) * rng.uniform(0.15, 0.9))
        elif plan.fate == LOST:
            plan.end = plan.first + int((today - plan.first) * 0.55)
        else:
            plan.end = horizon
        span = min(plan.end, today) - plan.first
        weighted_span += span / plan.rhythm
        if plan.tyres:
            seasons += TYRE_SEASON_SHOW_UP * span / 182.5
    budget = VISITS_PER_CLIENT * len(plans) - len(plans) - seasons
    scale = min(730.0, max(21.0, weighted_span / budget)) if budget > 0 else 730.0
    for plan in plans:
        plan.interval = scale * plan.rhythm
        if plan.fate == LOST:
            gap = max(120.0, rng.uniform(2.5, 5.0) * plan.interval)
            plan.end = today - int(gap)
            if plan.end < plan.first + 2.2 * plan.interval:
                plan.fate, plan.end = ACTIVE, horizon


def _cars(rng: random.Random, unique: UniqueMaker, plan: ClientPlan, today: int) -> list[Car]:
    """One car for most clients; a second or third one joins later in the history."""
    count = rng.choices((1, 2, 3), (80, 16, 4))[0]
    cars = []
    for number in range(count):
        from_day = plan.first
        if number:
            from_day += int((min(plan.end, today) - plan.first) * rng.random())
        year = dt.date.fromordinal(from_day).year
        make, model, car_year = car(rng, year)
        plate = unique.plate() if rng.random() < 0.98 else None
        vin = unique.vin(make, car_year) if rng.random() < 0.4 else None
        km_per_day = min(150.0, max(8.0, rng.lognormvariate(math.log(45), 0.45)))
        age_days = (year - car_year) * 365 + 180
        base = 300 + int(age_days * km_per_day * rng.uniform(0.7, 1.2))
        cars.append(Car((make, model, car_year, plate, vin), from_day, km_per_day, base))
    return cars

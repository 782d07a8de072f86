"""The demo shop's reference rows and the lookups the visit generator needs.

Masters work in shifts of history: at every moment each department has the
same number of masters, and some of them replaced a predecessor who left
(inactive now, still named on the old visits).
"""

from __future__ import annotations

import random

from app.demo.catalog import (
    CHURN_REASONS,
    DEPARTMENTS,
    MAINTENANCE,
    NO_SOURCE_WEIGHT,
    SERVICES,
    SOURCES,
    TYRES,
)
from app.demo.people import person_name

ANNUAL_INFLATION = 1.09
_BIG_DEPARTMENTS = (MAINTENANCE, TYRES)  # more masters: most visits start there


class Shop:
    """Ids and lookups of the reference data; ``rows`` holds what is written."""

    def __init__(self, rng: random.Random, clients: int, start: int, today: int) -> None:
        self.today = today
        self.department_ids = {name: i for i, name in enumerate(DEPARTMENTS, start=1)}
        self.service_ids = {spec.key: i for i, spec in enumerate(SERVICES, start=1)}
        self.specs = {spec.key: spec for spec in SERVICES}
        self.source_ids = {name: i for i, (name, _w) in enumerate(SOURCES, start=1)}
        self.source_choices = (*self.source_ids.values(), None)
        self.source_weights = (*(w for _n, w in SOURCES), NO_SOURCE_WEIGHT)
        self.churn_ids = tuple(range(1, len(CHURN_REASONS) + 1))
        self.churn_id_of = {name: i for i, (name, _w, _n) in enumerate(CHURN_REASONS, 1)}
        self.churn_weights = tuple(w for _n, w, _notes in CHURN_REASONS)
        self.churn_notes = {i: notes for i, (_n, _w, notes) in enumerate(CHURN_REASONS, 1)}
        self._prices: dict[tuple[str, int], int] = {}
        self.rows: dict[str, list[tuple]] = {
            "departments": [(i, name) for name, i in self.department_ids.items()],
            "services": [
                (
                    self.service_ids[s.key],
                    s.name,
                    self.department_ids[s.department],
                    s.price * 100,
                    s.interval_months,
                    s.interval_km,
                )
                for s in SERVICES
            ],
            "sources": [(i, name) for name, i in self.source_ids.items()],
            "churn_reasons": [(i, name) for i, (name, _w, _n) in enumerate(CHURN_REASONS, 1)],
            "employees": [],
        }
        # department id -> [(hired day, left day or None, employee id)]
        self.masters: dict[int, list[tuple[int, int | None, int]]] = {}
        self._hire_masters(rng, clients, start, today)

    def _hire_masters(self, rng: random.Random, clients: int, start: int, today: int) -> None:
        employees = self.rows["employees"]
        for name, department_id in self.department_ids.items():
            per_shift = (
                max(2, clients // 2000) if name in _BIG_DEPARTMENTS else max(1, clients // 4000)
            )
            shifts = self.masters[department_id] = []
            for _ in range(per_shift):
                hired = start
                if rng.random() < 0.3:
                    left = start + int((today - start) * rng.uniform(0.2, 0.8))
                    employees.append((len(employees) + 1, person_name(rng), department_id, False))
                    shifts.append((start, left, len(employees)))
                    hired = left + 1
                employees.append((len(employees) + 1, person_name(rng), department_id, True))
                shifts.append((hired, None, len(employees)))

    def master(self, rng: random.Random, department_id: int, day: int) -> int | None:
        """A master of the department at work on ``day``."""
        shifts = self.masters[department_id]
        for _ in range(8):
            hired, left, employee_id = shifts[rng.randrange(len(shifts))]
            if hired <= day and (left is None or day <= left):
                return employee_id
        return None

    def price(self, key: str, day: int) -> int:
        """The catalogue price on ``day`` in minor units: deflated monthly, whole tens.

        Today's and planned visits' prices are the catalogue's.
        """
        months_back = max(0, self.today - day) // 30
        cached = self._prices.get((key, months_back))
        if cached is None:
            deflated = self.specs[key].price / ANNUAL_INFLATION ** (months_back / 12)
            cached = self._prices[(key, months_back)] = max(10, round(deflated / 10) * 10) * 100
        return cached

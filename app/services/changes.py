"""What a write changed, so the screens that show it can refresh (style.md point 4).

Every write service returns ``Saved(value, changes)``: the record as now
stored and a ``Changes`` notice naming the ids of every entity kind it
created, edited or deleted. The UI's events object passes the notice on; a
table whose kind is in ``changes.kinds`` marks its cache stale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

KINDS = (
    "departments",
    "services",
    "employees",
    "sources",
    "churn_reasons",
    "clients",
    "vehicles",
    "visits",
    "inquiries",
    "reminders",
)


@dataclasses.dataclass(frozen=True)
class Changes:
    """Ids of the records a write touched, per entity kind (created, edited or deleted)."""

    departments: frozenset[int] = frozenset()
    services: frozenset[int] = frozenset()
    employees: frozenset[int] = frozenset()
    sources: frozenset[int] = frozenset()
    churn_reasons: frozenset[int] = frozenset()
    clients: frozenset[int] = frozenset()
    vehicles: frozenset[int] = frozenset()
    visits: frozenset[int] = frozenset()
    inquiries: frozenset[int] = frozenset()
    reminders: frozenset[int] = frozenset()

    @classmethod
    def of(cls, **ids: Iterable[int | None]) -> Changes:
        """``Changes.of(clients=[3], visits=[7, 8])``; None ids are skipped."""
        return cls(
            **{kind: frozenset(i for i in values if i is not None) for kind, values in ids.items()}
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{kind: getattr(self, kind) | getattr(other, kind) for kind in KINDS})

    def __bool__(self) -> bool:
        return any(getattr(self, kind) for kind in KINDS)

    @property
    def kinds(self) -> frozenset[str]:
        """The entity kinds with at least one changed id."""
        return frozenset(kind for kind in KINDS if getattr(self, kind))


@dataclasses.dataclass(frozen=True)
class Saved(Generic[T]):
    """The result of a write: the record as stored now and what changed."""

    value: T
    changes: Changes

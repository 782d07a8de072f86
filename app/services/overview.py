"""A few headline counts of the database, for the status bar and first screen."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Client, Reminder, Vehicle, Visit


@dataclasses.dataclass(frozen=True)
class Overview:
    clients: int
    vehicles: int
    completed_visits: int
    pending_reminders: int


def database_overview(session: Session) -> Overview:
    def count(stmt) -> int:  # type: ignore[no-untyped-def]
        return int(session.scalar(stmt) or 0)

    return Overview(
        clients=count(select(func.count()).select_from(Client)),
        vehicles=count(select(func.count()).select_from(Vehicle)),
        completed_visits=count(
            select(func.count()).select_from(Visit).where(Visit.status == "completed")
        ),
        pending_reminders=count(
            select(func.count()).select_from(Reminder).where(Reminder.status == "pending")
        ),
    )

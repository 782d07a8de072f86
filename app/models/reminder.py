"""Maintenance reminders and what came of the calls about them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

REMINDER_STATUSES = ("pending", "done", "dismissed")
REMINDER_OUTCOMES = ("done", "snoozed", "dismissed")


class Reminder(Base):
    """A reminder to call a client: due by date, by mileage, or whichever comes first."""

    __tablename__ = "reminders"
    __table_args__ = (
        CheckConstraint("due_on IS NOT NULL OR due_mileage IS NOT NULL", name="due_given"),
        CheckConstraint("due_mileage IS NULL OR due_mileage > 0", name="due_mileage_positive"),
        CheckConstraint(
            f"status IN ({', '.join(repr(s) for s in REMINDER_STATUSES)})", name="status_known"
        ),
        Index(None, "status", "due_on"),
        Index(None, "client_id"),
        Index(None, "vehicle_id"),
        # The due list's candidates and their cars, read from the index alone.
        Index(
            "ix_reminders_due_candidates",
            "status",
            "vehicle_id",
            "due_on",
            "due_mileage",
            "created_on",
            "snoozed_until",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    due_on: Mapped[dt.date | None]
    due_mileage: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    created_on: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    snoozed_until: Mapped[dt.date | None]


class ReminderEvent(Base):
    """The outcome of a call about a reminder: done, snoozed until a day, or dismissed.

    ``recorded_by`` is who recorded it, as the desk knows them; ``note`` is what
    was said (for a dismissal, the reason).
    """

    __tablename__ = "reminder_events"
    __table_args__ = (
        CheckConstraint(
            f"outcome IN ({', '.join(repr(s) for s in REMINDER_OUTCOMES)})", name="outcome_known"
        ),
        CheckConstraint(
            "(outcome = 'snoozed') = (snoozed_until IS NOT NULL)", name="snoozed_until_given"
        ),
        Index(None, "reminder_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminders.id"))
    at: Mapped[dt.datetime]
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str] = mapped_column(String(10))
    snoozed_until: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(Text, default="")

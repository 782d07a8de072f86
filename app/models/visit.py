"""Visits, their items and inquiries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

VISIT_STATUSES = ("planned", "completed", "cancelled", "no_show")
INQUIRY_CHANNELS = ("call", "walk_in", "online", "other")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Visit(Base):
    """A visit to the shop.

    Derived columns, kept current by ``app.services.derived`` (never typed):
    ``revenue``, the sum of the amounts of its items that are not declined, in
    minor units; and for completed visits the client's chain of completed
    visits ordered by (started_at, id): ``visit_no`` (1 for the first),
    ``prev_started_at`` and ``next_started_at`` of the neighbours, and
    ``cum_revenue``, the client's lifetime revenue through this visit. The
    chain answers "as of D" questions per client from one row: the visit with
    started_at <= D < next_started_at.

    ``version``, ``updated_at`` and ``updated_by``: see ``app.services.versions``
    (one more on every save by a person, so a desk saving a stale copy is refused).
    """

    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint(_in("status", VISIT_STATUSES), name="status_known"),
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating_range"),
        CheckConstraint("mileage IS NULL OR mileage >= 0", name="mileage_not_negative"),
        CheckConstraint("revenue >= 0", name="revenue_not_negative"),
        Index(None, "client_id", "status", "started_at"),
        Index(None, "status", "started_at"),
        # Each client's last completed visit as of a day, read from the index alone.
        Index(
            "ix_visits_chain_last",
            "status",
            "next_started_at",
            "client_id",
            "started_at",
            "visit_no",
            "cum_revenue",
        ),
        # First visits by date (visit_no = 1): growth, cohorts, retention.
        Index(None, "visit_no", "started_at"),
        # Ratings per client (segments): one range per rating, in client order.
        Index(None, "status", "rating", "client_id", "started_at"),
        # A car's mileage readings in time order, read from the index alone (reminders).
        Index(None, "vehicle_id", "status", "started_at", "mileage"),
        # A master's completed visits of a period, read from the index alone (masters).
        Index(
            "ix_visits_master_period",
            "employee_id",
            "status",
            "started_at",
            "client_id",
            "revenue",
            "rating",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    started_at: Mapped[dt.datetime]
    mileage: Mapped[int | None]
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    status: Mapped[str] = mapped_column(String(10), default="completed")
    rating: Mapped[int | None]
    feedback: Mapped[str | None] = mapped_column(Text)
    mileage_note: Mapped[str | None] = mapped_column(Text)
    revenue: Mapped[int] = mapped_column(default=0)
    visit_no: Mapped[int | None]
    prev_started_at: Mapped[dt.datetime | None]
    next_started_at: Mapped[dt.datetime | None]
    cum_revenue: Mapped[int | None]
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    updated_at: Mapped[dt.datetime | None]
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


class VisitItem(Base):
    """A line of a visit. Quantity in thousandths (litres of oil), price in minor units.

    A declined item is work recommended and refused: it earns nothing.

    Derived columns, kept current by ``app.services.derived``: ``amount``,
    quantity x price rounded half up to the minor unit; copies of the visit's
    ``client_id`` and ``started_at`` and of the service's ``department_id``; and
    ``bought``, true when the item is not declined and its visit is completed.
    They let the department reports read one covering index instead of joining
    millions of items to their visits.
    """

    __tablename__ = "visit_items"
    __table_args__ = (
        CheckConstraint("quantity_milli > 0", name="quantity_positive"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        Index(None, "visit_id"),
        Index(None, "service_id"),
        Index(
            "ix_visit_items_bought_started_at",
            "bought",
            "started_at",
            "department_id",
            "client_id",
            "visit_id",
            "amount",
        ),
        # A client's bought items of a window, walked in client order (gaps).
        Index(
            "ix_visit_items_client_window",
            "client_id",
            "bought",
            "started_at",
            "department_id",
            "amount",
        ),
        # One department's bought items of a month, grouped by visit (trends), and
        # its buyers of a window (gaps).
        Index(
            "ix_visit_items_department_period",
            "bought",
            "department_id",
            "started_at",
            "visit_id",
            "amount",
            "client_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    quantity_milli: Mapped[int] = mapped_column(default=1000)
    price: Mapped[int]
    declined: Mapped[bool] = mapped_column(default=False)
    amount: Mapped[int] = mapped_column(default=0)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    started_at: Mapped[dt.datetime | None]
    bought: Mapped[bool] = mapped_column(default=False, server_default=false())


class Inquiry(Base):
    """A call or walk-in; converted once linked to a completed visit."""

    __tablename__ = "inquiries"
    __table_args__ = (
        CheckConstraint(_in("channel", INQUIRY_CHANNELS), name="channel_known"),
        Index(None, "received_at"),
        Index(None, "client_id"),
        Index(None, "visit_id"),
        Index(None, "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[dt.datetime]
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    channel: Mapped[str] = mapped_column(String(10), default="call")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))

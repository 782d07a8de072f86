"""Clients and their cars."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Client(Base):
    """A client of the shop.

    ``phone`` is E.164. ``search_text`` is derived, never typed: the casefolded
    name, the phone's digits and the plates of the client's cars, kept current by
    the services so that a fragment search works for Cyrillic too.

    ``version``, ``updated_at`` and ``updated_by``: see ``app.services.versions``
    (one more on every save by a person, so a desk saving a stale copy is refused).
    """

    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("referred_by_id IS NULL OR referred_by_id <> id", name="not_self_referred"),
        CheckConstraint(
            "(left_on IS NULL) = (churn_reason_id IS NULL)", name="left_on_with_reason"
        ),
        Index(None, "registered_on"),
        Index(None, "left_on"),
        Index(None, "source_id"),
        Index(None, "referred_by_id", "registered_on"),  # referrals by a day (segments)
        Index(None, "do_not_contact"),
        Index(None, "search_text"),  # a fragment search scans this narrow index
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    email: Mapped[str | None] = mapped_column(String(200))
    registered_on: Mapped[dt.date]
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    do_not_contact: Mapped[bool] = mapped_column(default=False)
    left_on: Mapped[dt.date | None]
    churn_reason_id: Mapped[int | None] = mapped_column(ForeignKey("churn_reasons.id"))
    churn_note: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    updated_at: Mapped[dt.datetime | None]
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


class Vehicle(Base):
    """A client's car. ``plate`` is upper case without spaces; VIN is 17 characters."""

    __tablename__ = "vehicles"
    __table_args__ = (
        CheckConstraint("year IS NULL OR (year >= 1900 AND year <= 2100)", name="year_range"),
        CheckConstraint("vin IS NULL OR length(vin) = 17", name="vin_length"),
        Index(None, "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    make: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    year: Mapped[int | None]
    plate: Mapped[str | None] = mapped_column(String(20), unique=True)
    vin: Mapped[str | None] = mapped_column(String(17), unique=True)

"""The shop's catalogue: departments, services, masters, sources, churn reasons."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Department(Base):
    __tablename__ = "departments"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Service(Base):
    """A catalogue service; price in minor units."""

    __tablename__ = "services"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint(
            "interval_months IS NULL OR interval_months > 0", name="interval_months_positive"
        ),
        CheckConstraint("interval_km IS NULL OR interval_km > 0", name="interval_km_positive"),
        Index(None, "department_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    price: Mapped[int] = mapped_column(default=0)
    interval_months: Mapped[int | None]
    interval_km: Mapped[int | None]


class Employee(Base):
    """A master. Inactive masters stay in history but are not offered for new visits."""

    __tablename__ = "employees"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    active: Mapped[bool] = mapped_column(default=True)


class Source(Base):
    """A marketing source: signboard, Google Maps, a friend's recommendation..."""

    __tablename__ = "sources"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ChurnReason(Base):
    __tablename__ = "churn_reasons"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

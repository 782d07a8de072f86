"""Accounts, the audit log and the shop's settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

ROLES = ("owner", "admin")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('owner', 'admin')", name="role_known"),
        CheckConstraint("length(trim(login)) > 0", name="login_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    last_failed_at: Mapped[dt.datetime | None]


class AuditEntry(Base):
    """One change, written in the same transaction as the change itself."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index(None, "entity", "entity_id"),
        Index(None, "at"),
        Index(None, "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(100), server_default="system")
    client_id: Mapped[int | None]
    """The client the change concerns; no foreign key, the history outlives the client."""
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """A shop-wide setting (currency, phone region, shop name...), stored as text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

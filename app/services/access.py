"""Who is working, and what their role lets them do (domain.md: accounts and roles).

Every Session carries its ``Actor`` in ``session.info["actor"]``, put there by
the session factory (``app.db.make_session_factory(engine, actor)``): the
desk's factory is made after the login, the command line and the scheduler
act as ``SYSTEM``. Services that need a permission call ``require(session,
...)`` before touching anything; the screens ask ``actor.may(...)`` only to
hide what would be refused anyway.
"""

from __future__ import annotations

import dataclasses
import enum

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import ValidationError


class Role(enum.StrEnum):
    OWNER = "owner"
    ADMIN = "admin"


class Permission(enum.StrEnum):
    MONEY_REPORTS = "money_reports"
    EXPORT = "export"
    SETTINGS = "settings"
    DELETE = "delete"
    USERS = "users"
    AUDIT = "audit"
    BACKUP = "backup"


ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.ADMIN: frozenset(),
}
"""domain.md: the owner may do everything; the admin works the front desk
(clients, cars, visits, inquiries, reminders, the reports without money)."""


@dataclasses.dataclass(frozen=True)
class Actor:
    """The person (or the program itself) on whose behalf a session writes."""

    user_id: int | None
    login: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return permission in ALLOWED[self.role]


SYSTEM = Actor(None, "system", Role.OWNER)
"""The command line, the scheduler and the tests: whoever can run them can read the file."""


class AccessDenied(ValidationError):
    """The role may not do this; ``field`` is the permission's name."""

    def __init__(self, permission: Permission) -> None:
        self.permission = permission
        super().__init__(
            permission.value,
            QT_TRANSLATE_NOOP("Refusals", "Your role does not allow this; ask the owner."),
        )


def actor_of(session: Session) -> Actor:
    """The session's actor; a session made without one is a programming error."""
    actor = session.info.get("actor")
    if not isinstance(actor, Actor):
        raise RuntimeError("session has no actor: make it with make_session_factory(engine, actor)")
    return actor


def require(session: Session, permission: Permission) -> Actor:
    actor = actor_of(session)
    if not actor.may(permission):
        raise AccessDenied(permission)
    return actor

"""Accounts: the first owner, logging in, and the owner managing the desk's people.

Passwords are stored as argon2id hashes (argon2-cffi's defaults, rehashed on
login when the defaults move). Wrong passwords slow the next try down: after
``FREE_TRIES`` wrong passwords in a row, a login must wait 2, 4, 8... seconds
(at most ``MAX_WAIT``) after the last wrong one, counted in the database, so
restarting the program does not reset it. An unknown login and a wrong
password get the same answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import User
from app.services.access import Actor, Permission, Role, actor_of, require
from app.services.errors import DuplicateError, NotFoundError, ValidationError
from app.services.normalize import required_text

MIN_PASSWORD = 8
MAX_PASSWORD = 200
FREE_TRIES = 3
MAX_WAIT = dt.timedelta(minutes=5)

_hasher = PasswordHasher()


@dataclasses.dataclass(frozen=True)
class UserRecord:
    id: int
    login: str
    role: Role
    active: bool


@dataclasses.dataclass(frozen=True)
class LoginRefused:
    """Why a login failed; the failure is stored, so the caller commits and shows ``error``."""

    error: ValidationError


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) != 0


def create_first_owner(session: Session, login: str, password: str) -> UserRecord:
    """The first-start wizard's owner; refused once any account exists."""
    if has_users(session):
        raise ValidationError(
            "login", QT_TRANSLATE_NOOP("Refusals", "the owner's account already exists; log in")
        )
    return _add(session, login, password, Role.OWNER)


def add_user(session: Session, login: str, password: str, role: str) -> UserRecord:
    """A new account (owner only)."""
    require(session, Permission.USERS)
    return _add(session, login, password, _role(role))


def list_users(session: Session) -> tuple[UserRecord, ...]:
    require(session, Permission.USERS)
    return tuple(_record(u) for u in session.scalars(select(User).order_by(User.login)))


def set_password(session: Session, user_id: int, password: str) -> UserRecord:
    """The owner sets someone's password (forgotten ones); it also lifts the slow-down."""
    require(session, Permission.USERS)
    user = _user(session, user_id)
    user.password_hash = _hash(password)
    user.failed_logins = 0
    user.last_failed_at = None
    session.flush()
    return _record(user)


def change_own_password(session: Session, old: str, new: str) -> UserRecord:
    """Anyone logged in changes their own password, giving the current one."""
    actor = actor_of(session)
    if actor.user_id is None:
        raise ValidationError(
            "login", QT_TRANSLATE_NOOP("Refusals", "the program's own account has no password")
        )
    user = _user(session, actor.user_id)
    if not _verify(user, old):
        raise ValidationError(
            "old_password", QT_TRANSLATE_NOOP("Refusals", "the current password is not right")
        )
    user.password_hash = _hash(new)
    session.flush()
    return _record(user)


def set_role(session: Session, user_id: int, role: str) -> UserRecord:
    require(session, Permission.USERS)
    user = _user(session, user_id)
    new_role = _role(role)
    if new_role is not Role.OWNER:
        _keep_an_owner(session, user)
    user.role = new_role.value
    session.flush()
    return _record(user)


def set_active(session: Session, user_id: int, active: bool) -> UserRecord:
    """Switch an account off (it can no longer log in; its history stays) or on again."""
    require(session, Permission.USERS)
    user = _user(session, user_id)
    if not active:
        _keep_an_owner(session, user)
    user.active = active
    session.flush()
    return _record(user)


def log_in(session: Session, login: str, password: str, clock: Clock) -> Actor | LoginRefused:
    """The actor for these credentials, or why not (the caller commits either way)."""
    user = session.scalar(select(User).where(User.login == login.strip()))
    if user is None or not user.active:
        _hash_anyway(password)
        return LoginRefused(
            ValidationError("password", QT_TRANSLATE_NOOP("Refusals", "wrong login or password"))
        )
    now = clock.now()
    wait = _wait_left(user, now)
    if wait > 0:
        return _too_many(wait)
    if not _verify(user, password):
        user.failed_logins += 1
        user.last_failed_at = now
        session.flush()
        if _wait_left(user, now):  # this wrong password starts a wait: say so now
            return _too_many(_wait_left(user, now))
        return LoginRefused(
            ValidationError("password", QT_TRANSLATE_NOOP("Refusals", "wrong login or password"))
        )
    user.failed_logins = 0
    user.last_failed_at = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    session.flush()
    return Actor(user.id, user.login, Role(user.role))


def _too_many(seconds: int) -> LoginRefused:
    template = QT_TRANSLATE_NOOP("Refusals", "too many wrong passwords; try again in {seconds} s")
    return LoginRefused(ValidationError("password", template, seconds=seconds))


def wait_after(failed_logins: int) -> dt.timedelta:
    """How long a login waits after this many wrong passwords in a row."""
    if failed_logins < FREE_TRIES:
        return dt.timedelta()
    return min(dt.timedelta(seconds=2 ** (failed_logins - FREE_TRIES + 1)), MAX_WAIT)


# --- helpers --------------------------------------------------------------------


def _add(session: Session, login: str, password: str, role: Role) -> UserRecord:
    clean = required_text(login, "login", 100)
    if any(ch.isspace() for ch in clean):
        raise ValidationError("login", QT_TRANSLATE_NOOP("Refusals", "a login has no spaces"))
    existing = session.scalar(select(User.id).where(func.lower(User.login) == clean.lower()))
    if existing is not None:
        raise DuplicateError(
            "login", QT_TRANSLATE_NOOP("Refusals", "this login is taken"), existing
        )
    user = User(login=clean, password_hash=_hash(password), role=role.value, active=True)
    session.add(user)
    session.flush()
    return _record(user)


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("Refusals", "a password needs at least {count} characters"),
            count=MIN_PASSWORD,
        )
    if len(password) > MAX_PASSWORD:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("Refusals", "a password has at most {count} characters"),
            count=MAX_PASSWORD,
        )
    if "\x00" in password:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("Refusals", "a password cannot contain a NUL character")
        )
    return _hasher.hash(password)


def _hash_anyway(password: str) -> None:
    """Spend a hash's time on an unknown login, so timing tells nothing about which logins exist."""
    _hasher.hash(password[:MAX_PASSWORD] or "-")


def _verify(user: User, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _wait_left(user: User, now: dt.datetime) -> int:
    """Whole seconds still to wait before this user may try again (0: go ahead)."""
    if user.last_failed_at is None:
        return 0
    left = user.last_failed_at + wait_after(user.failed_logins) - now
    return max(0, math.ceil(left.total_seconds()))


def _keep_an_owner(session: Session, user: User) -> None:
    if user.role != Role.OWNER or not user.active:
        return
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.OWNER.value, User.active.is_(True), User.id != user.id)
    )
    if not others:
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("Refusals", "the shop needs at least one active owner")
        )


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("Refusals", "must be owner or admin")
        ) from None


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("user_id", QT_TRANSLATE_NOOP("Refusals", "no such account"))
    return user


def _record(user: User) -> UserRecord:
    return UserRecord(user.id, user.login, Role(user.role), user.active)

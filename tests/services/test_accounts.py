"""Accounts: the first owner, logging in with a slow-down after wrong passwords, user management."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.db import make_session_factory
from app.models import User
from app.services import accounts
from app.services.access import AccessDenied, Actor, Role
from app.services.accounts import LoginRefused
from app.services.errors import DuplicateError, ValidationError


def _owner(session: Session) -> accounts.UserRecord:
    owner = accounts.create_first_owner(session, "olena", "correct horse")
    session.commit()
    return owner


def test_first_owner_once_then_refused(session: Session) -> None:
    assert not accounts.has_users(session)
    owner = _owner(session)
    assert owner.role is Role.OWNER and owner.active
    stored = session.scalar(select(User.password_hash))
    assert stored is not None and stored.startswith("$argon2id$") and "correct" not in stored
    with pytest.raises(ValidationError) as refused:
        accounts.create_first_owner(session, "other", "another password")
    assert refused.value.field == "login"


@pytest.mark.parametrize(
    ("login", "password", "field"),
    [
        ("", "long enough", "login"),
        ("two words", "long enough", "login"),
        ("ok", "short", "password"),
    ],
)
def test_bad_accounts_are_refused_by_field(
    session: Session, login: str, password: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.create_first_owner(session, login, password)
    assert refused.value.field == field
    assert not accounts.has_users(session)


def test_login_gives_the_actor(session: Session, clock: FixedClock) -> None:
    owner = _owner(session)
    actor = accounts.log_in(session, " olena ", "correct horse", clock)
    assert actor == Actor(owner.id, "olena", Role.OWNER)


def test_unknown_login_and_wrong_password_read_the_same(
    session: Session, clock: FixedClock
) -> None:
    _owner(session)
    unknown = accounts.log_in(session, "nobody", "correct horse", clock)
    wrong = accounts.log_in(session, "olena", "wrong horse", clock)
    assert isinstance(unknown, LoginRefused) and isinstance(wrong, LoginRefused)
    assert unknown.error.text() == wrong.error.text() == "wrong login or password"


def test_wrong_passwords_slow_down_and_survive_a_restart(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    start = clock.now()
    with sessions() as session:
        _owner(session)
    # Three wrong tries are free; the third starts a 2 s wait, the fourth 4 s, the fifth 8 s.
    for n in range(1, 4):
        with sessions() as session:
            assert isinstance(accounts.log_in(session, "olena", f"wrong {n}", clock), LoginRefused)
            session.commit()
    with sessions() as session:  # a new session: as after restarting the program
        refused = accounts.log_in(session, "olena", "correct horse", clock)
        assert isinstance(refused, LoginRefused)
        assert refused.error.params == {"seconds": 2}
    clock.set(start + dt.timedelta(seconds=2))
    with sessions() as session:
        assert isinstance(accounts.log_in(session, "olena", "wrong 4", clock), LoginRefused)
        session.commit()
    clock.set(start + dt.timedelta(seconds=5))
    with sessions() as session:
        refused = accounts.log_in(session, "olena", "correct horse", clock)
        assert isinstance(refused, LoginRefused) and refused.error.params == {"seconds": 1}
    clock.set(start + dt.timedelta(seconds=6))
    with sessions() as session:
        assert isinstance(accounts.log_in(session, "olena", "correct horse", clock), Actor)
        session.commit()
        user = session.scalar(select(User))
        assert user is not None and user.failed_logins == 0 and user.last_failed_at is None


def test_wait_grows_and_is_capped() -> None:
    waits = [accounts.wait_after(n).total_seconds() for n in range(0, 12)]
    assert waits == [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300]


def test_owner_manages_accounts(session: Session, clock: FixedClock) -> None:
    owner = _owner(session)
    desk = accounts.add_user(session, "desk1", "front desk pw", "admin")
    assert [u.login for u in accounts.list_users(session)] == ["desk1", "olena"]
    with pytest.raises(DuplicateError):
        accounts.add_user(session, "DESK1", "front desk pw", "admin")
    with pytest.raises(ValidationError) as refused:
        accounts.add_user(session, "desk2", "front desk pw", "manager")
    assert refused.value.field == "role"
    accounts.set_active(session, desk.id, False)
    assert isinstance(accounts.log_in(session, "desk1", "front desk pw", clock), LoginRefused)
    # The last active owner can be neither switched off nor demoted.
    for change in (
        lambda: accounts.set_active(session, owner.id, False),
        lambda: accounts.set_role(session, owner.id, "admin"),
    ):
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.field == "role"
    accounts.set_active(session, desk.id, True)
    accounts.set_role(session, desk.id, "owner")
    accounts.set_role(session, owner.id, "admin")  # another owner exists now
    assert {u.login: u.role for u in accounts.list_users(session)} == {
        "desk1": Role.OWNER,
        "olena": Role.ADMIN,
    }


def test_an_admin_cannot_manage_accounts(engine, session: Session, clock: FixedClock) -> None:
    _owner(session)
    desk = accounts.add_user(session, "desk1", "front desk pw", "admin")
    session.commit()
    admin = Actor(desk.id, "desk1", Role.ADMIN)
    with make_session_factory(engine, admin, clock)() as as_admin:
        for attempt in (
            lambda: accounts.add_user(as_admin, "desk2", "front desk pw", "admin"),
            lambda: accounts.list_users(as_admin),
            lambda: accounts.set_password(as_admin, desk.id, "new password!"),
            lambda: accounts.set_role(as_admin, desk.id, "owner"),
        ):
            with pytest.raises(AccessDenied):
                attempt()
        # ...but changes their own password, given the current one.
        with pytest.raises(ValidationError) as refused:
            accounts.change_own_password(as_admin, "not it", "new password!")
        assert refused.value.field == "old_password"
        accounts.change_own_password(as_admin, "front desk pw", "new password!")
        as_admin.commit()
    assert isinstance(accounts.log_in(session, "desk1", "new password!", clock), Actor)

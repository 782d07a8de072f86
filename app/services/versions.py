"""Row versions: a desk saving a client or visit it opened before another desk's save is refused.

``clients`` and ``visits`` carry ``version`` (1 when created), ``updated_at``
and ``updated_by``. The screens keep the version they showed and send it back
with the save; a write service first compares it with the stored one
(``check_version``, a ``ConflictError`` naming who saved in between and when)
and then ``stamp``s the row: one more version, the time and the actor's login.

The mappers declare ``version`` as SQLAlchemy's ``version_id_col`` with the
program choosing the numbers (``version_id_generator=False``): every UPDATE of
the row says ``WHERE version = <the one read>``, so a save racing another
between the check and the write (PostgreSQL's read committed) matches no row
and is refused too. Only a person's save moves the version; refreshing derived
columns (search text, revenue, the visit chain) does not, so adding a car does
not make an open client form stale.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.clock import Clock
from app.models import Client, Visit
from app.services.access import actor_of
from app.services.errors import ConflictError


def check_version(row: Client | Visit, expected_version: int) -> None:
    """Refuse when the row was saved since the person opened it at ``expected_version``."""
    if row.version != expected_version:
        raise ConflictError(row.updated_by, row.updated_at)


def stamp(session: Session, row: Client | Visit, clock: Clock) -> None:
    """Count a save of ``row``: the next version, now, the session's actor; written at once.

    The UPDATE carries the version read (see the module docstring): when another
    desk saved in between, it matches no row and the save is refused.
    """
    row.version = row.version + 1
    row.updated_at = clock.now().replace(microsecond=0)
    row.updated_by = actor_of(session).login
    try:
        session.flush()
    except StaleDataError as error:
        raise ConflictError(None, None) from error

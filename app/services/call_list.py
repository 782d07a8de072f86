"""The call list: reminders to call many clients at once (from a report that names them).

Clients who asked not to be contacted, and clients who left the shop, get no
reminder; the result says how many were skipped for each reason so the
person at the desk knows why fewer reminders were made than clients listed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Reminder
from app.services.changes import Changes, Saved
from app.services.errors import NotFoundError, ValidationError

CHUNK = 500  # ids per IN (...) list
MAX_NOTE = 500


@dataclasses.dataclass(frozen=True)
class CallListResult:
    reminder_ids: tuple[int, ...]
    skipped_do_not_contact: int
    skipped_departed: int

    @property
    def added(self) -> int:
        return len(self.reminder_ids)


def add_to_call_list(
    session: Session, client_ids: Iterable[int], note: str, due_on: dt.date, clock: Clock
) -> Saved[CallListResult]:
    """One pending reminder due on ``due_on`` per listed client (repeats counted once).

    A do-not-contact client is skipped (and counted as such even when it also
    left); a departed client is skipped. Refused without writing anything: no
    clients, an unknown client id, a due day before today, a note over 500
    characters.
    """
    wanted = sorted(set(client_ids))
    if not wanted:
        raise ValidationError(
            "client_ids", QT_TRANSLATE_NOOP("Refusals", "choose at least one client")
        )
    if not isinstance(due_on, dt.date):
        raise ValidationError(
            "due_on", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"), value=due_on
        )
    if due_on < clock.today():
        raise ValidationError("due_on", QT_TRANSLATE_NOOP("Refusals", "must not be in the past"))
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(
            "note", QT_TRANSLATE_NOOP("Refusals", "at most {max} characters"), max=MAX_NOTE
        )

    clients = Client.__table__
    flags: dict[int, tuple[bool, dt.date | None]] = {}
    for first in range(0, len(wanted), CHUNK):
        chunk = wanted[first : first + CHUNK]
        query = select(clients.c.id, clients.c.do_not_contact, clients.c.left_on).where(
            clients.c.id.in_(chunk)
        )
        flags.update((cid, (dnc, left_on)) for cid, dnc, left_on in session.execute(query))
    missing = [cid for cid in wanted if cid not in flags]
    if missing:
        raise NotFoundError(
            "client_ids",
            QT_TRANSLATE_NOOP("Refusals", "there is no client with id {id}"),
            id=missing[0],
        )

    today = clock.today()
    callable_ids = [
        cid
        for cid in wanted
        if not flags[cid][0] and (flags[cid][1] is None or flags[cid][1] > today)
    ]
    do_not_contact = sum(1 for cid in wanted if flags[cid][0])
    departed = len(wanted) - do_not_contact - len(callable_ids)
    reminder_ids: tuple[int, ...] = ()
    if callable_ids:
        reminders = [
            Reminder(client_id=cid, due_on=due_on, note=text, status="pending", created_on=today)
            for cid in callable_ids
        ]
        session.add_all(reminders)
        session.flush()
        reminder_ids = tuple(reminder.id for reminder in reminders)
    result = CallListResult(reminder_ids, do_not_contact, departed)
    return Saved(result, Changes.of(reminders=reminder_ids, clients=callable_ids))

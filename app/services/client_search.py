"""Finding clients by a fragment of name, phone or plate, page by page, with filters."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Row, Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.models import Client, Visit
from app.reports.sql import text_position, unindexed
from app.services.clients import ClientBrief
from app.services.normalize import (
    search_key,
)

CLIENT_FILTERS = ("all", "active", "departed", "do_not_contact")
ACTIVE_DAYS = 365
_AMONG_CHUNK = 500  # ids per statement when a search is narrowed to a list of clients
_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


@dataclasses.dataclass(frozen=True)
class ClientPage:
    """One page of a search; pass ``next_after_id`` back for the next (None: no more)."""

    rows: tuple[ClientBrief, ...]
    next_after_id: int | None


# --- search ------------------------------------------------------------------


def find_clients(
    session: Session,
    fragment: str = "",
    limit: int = 50,
    after_id: int | None = None,
    filter: str = "all",
    clock: Clock | None = None,
    among_ids: Sequence[int] | None = None,
) -> ClientPage:
    """Clients whose name, phone or plate holds ``fragment``, in id order, one page.

    The fragment is compared casefolded (Cyrillic too), also without spaces
    and dashes (a plate typed "aa 12") and, when it looks like a phone, as its
    digits. Paging is by keyset: pass the page's ``next_after_id`` as
    ``after_id``. The "active" and "departed" filters need ``clock`` for today.
    ``among_ids`` narrows the search to those clients (the lost report's, say);
    they are read a chunk at a time, so a long list never makes one huge statement.
    """
    if filter not in CLIENT_FILTERS:
        raise ValueError(f"unknown client filter {filter!r}")
    conditions = []
    if filter in ("active", "departed"):
        if clock is None:
            raise TypeError(f"the {filter!r} filter needs a clock")
        conditions.append(_dated_filter(filter, clock.today()))
    elif filter == "do_not_contact":
        conditions.append(Client.do_not_contact.is_(True))
    columns = (Client.id, Client.name, Client.phone, Client.do_not_contact, Client.left_on)
    patterns = _search_patterns(fragment)
    found = [text_position(Client.search_text, p) > 0 for p in patterns]
    matching = [or_(*found)] if found else []
    if among_ids is not None:
        stmt = select(*columns).where(*matching, *conditions)
        rows = _among(session, stmt, among_ids, after_id, limit)
    else:
        if patterns:
            # Scan the narrow index on search_text rather than the table: "id + 0"
            # (unindexed) keeps SQLite from walking the primary key for the ORDER BY,
            # and the first matches by id are then taken from the index's matches.
            # PostgreSQL walks the primary key and stops at the page's last match.
            matches = select(Client.id).where(*matching, *conditions)
            if after_id is not None:
                matches = matches.where(unindexed(Client.id) > after_id)
            page_ids = matches.order_by(unindexed(Client.id)).limit(limit + 1).subquery()
            stmt = select(*columns).join(page_ids, page_ids.c.id == Client.id)
        else:
            stmt = select(*columns).where(*conditions)
            if after_id is not None:
                stmt = stmt.where(Client.id > after_id)
            stmt = stmt.limit(limit + 1)
        rows = session.execute(stmt.order_by(Client.id)).all()
    page = tuple(ClientBrief(r.id, r.name, r.phone, r.do_not_contact, r.left_on) for r in rows)
    more = len(page) > limit
    page = page[:limit]
    return ClientPage(rows=page, next_after_id=page[-1].id if more else None)


def _among(
    session: Session, stmt: Select, among_ids: Sequence[int], after_id: int | None, limit: int
) -> list[Row]:
    """Up to ``limit + 1`` rows of ``stmt`` whose ids are in ``among_ids`` after ``after_id``."""
    ids = sorted(among_ids)
    first = 0 if after_id is None else bisect.bisect_right(ids, after_id)
    rows: list[Row] = []
    for start in range(first, len(ids), _AMONG_CHUNK):
        chunk = ids[start : start + _AMONG_CHUNK]
        wanted = limit + 1 - len(rows)
        rows.extend(
            session.execute(stmt.where(Client.id.in_(chunk)).order_by(Client.id).limit(wanted))
        )
        if len(rows) > limit:
            break
    return rows


def _dated_filter(filter: str, today: dt.date) -> ColumnElement[bool]:
    """Active: a completed visit in [today - 364, today]; departed: left on or before today."""
    if filter == "departed":
        return and_(Client.left_on.is_not(None), Client.left_on <= today)
    since = dt.datetime.combine(today - dt.timedelta(days=ACTIVE_DAYS - 1), dt.time())
    until = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    return exists().where(
        Visit.client_id == Client.id,
        Visit.status == "completed",
        Visit.started_at >= since,
        Visit.started_at < until,
    )


def _search_patterns(fragment: str) -> list[str]:
    """What the search text must hold one of; each pattern costs a pass over the index.

    A fragment of digits and phone punctuation ("067 765-43") is looked for as
    its digits only: the search text keeps phones as digits and plates without
    spaces, so the digits find the phones and plates the typed form would.
    """
    key = search_key(fragment or "")
    if not key:
        return []
    digits = re.sub(r"\D", "", key)
    if digits and _PHONE_LIKE.match(key):
        return [digits]
    patterns = [key]
    compact = re.sub(r"[\s\-]+", "", key)
    if compact and compact not in patterns:
        patterns.append(compact)
    return patterns

"""``search``: the front desk's client search and client card (performance.md).

Targets at the chain scale: a search by any fragment of a name, phone or
plate returns its first 50 matches in at most 30 ms (median); opening a
client card with its cars, visits (with items) and reminders takes at most
50 ms. Each run opens its own Session, as one worker task does.

The fragments are taken from the scale's own data (untimed), so every scale
has matches: part of a common surname (many matches: the first 50 come
early), the last digits of one client's phone and part of one car's plate
(few matches: the whole search index is read), and a fragment nobody has.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.clock import FixedClock
from app.db import make_session_factory
from app.models import Client, Visit
from app.reports.sql import text_position
from app.services.access import SYSTEM
from app.services.client_list import list_clients
from app.services.client_search import find_clients
from app.services.clients import get_client
from benchmarks.harness import BenchContext, Operation, register_group

FIRST = 50


@register_group("search")
def search_group(ctx: BenchContext) -> list[Operation]:
    sessions = make_session_factory(ctx.engine, SYSTEM)
    with sessions() as session:
        fragments = _fragments(session)
        busiest = session.execute(
            select(Visit.client_id, func.count())
            .group_by(Visit.client_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        middle = session.scalar(select(func.max(Client.id))) // 2

    def in_session(work: Callable[[Session], Any]) -> Callable[[Any], None]:
        def run(_prepared: Any) -> None:
            with sessions() as session:
                work(session)

        return run

    operations = [
        Operation(
            f"find_clients {what} '{fragment}' (first {FIRST})",
            in_session(partial(find_clients, fragment=fragment, limit=FIRST)),
        )
        for what, fragment in fragments
    ]
    name_part = fragments[0][1]
    operations.append(
        Operation(
            f"list_clients name '{name_part}' (first {FIRST}, plates, last visit)",
            in_session(
                partial(list_clients, fragment=name_part, limit=FIRST, clock=FixedClock(ctx.today))
            ),
        )
    )
    operations += [
        Operation(
            f"get_client #{middle} (a client mid-table)",
            in_session(partial(get_client, client_id=middle)),
        ),
        Operation(
            f"get_client #{busiest.client_id} (most visits: {busiest[1]})",
            in_session(partial(get_client, client_id=busiest.client_id)),
        ),
    ]
    return operations


def _fragments(session: Session) -> list[tuple[str, str]]:
    """(what, fragment): a common surname's start, phone digits, a plate part, no match."""
    space = text_position(Client.name, " ")
    first_word = func.substr(Client.name, 1, space - 1)
    surname = session.execute(
        select(first_word)
        .where(space > 0)
        .group_by(first_word)
        .order_by(func.count().desc(), first_word)
        .limit(1)
    ).scalar_one()
    middle = session.scalar(select(func.max(Client.id))) // 2
    phone = session.scalar(select(Client.phone).where(Client.id >= middle).limit(1))
    plate = session.scalar(
        text("SELECT plate FROM vehicles WHERE plate IS NOT NULL AND id >= :id LIMIT 1"),
        {"id": middle},
    )
    return [
        ("name part", surname[:5].lower()),
        ("phone digits", f"{phone[-7:-4]} {phone[-4:]}"),
        ("plate part", plate[1:5].lower()),
        ("no match", "zzqx"),
    ]

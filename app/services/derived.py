"""Keeping derived columns current: item amounts, visit revenue, visit chains, search text.

Every path that writes visits, items, clients or vehicles (the services one
record at a time, the import and the demo generator in bulk) ends by calling
these, so the reports can read stored numbers instead of recomputing them.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, text, update
from sqlalchemy.orm import Session

from app.models import Client, Service, Vehicle, Visit, VisitItem
from app.services.money import item_amount
from app.services.normalize import client_search_text


def refresh_visit(session: Session, visit_id: int) -> int:
    """Recompute a visit's items (amount, copied columns, bought) and its revenue.

    Call after writing a visit or its items; returns the revenue.
    """
    session.flush()
    visit = session.get(Visit, visit_id)
    if visit is None:
        return 0
    departments = dict(session.execute(select(Service.id, Service.department_id)).all())
    items = session.scalars(select(VisitItem).where(VisitItem.visit_id == visit_id)).all()
    revenue = 0
    for item in items:
        item.amount = item_amount(item.quantity_milli, item.price)
        item.department_id = departments.get(item.service_id)
        item.client_id = visit.client_id
        item.started_at = visit.started_at
        item.bought = visit.status == "completed" and not item.declined
        if not item.declined:
            revenue += item.amount
    visit.revenue = revenue
    session.flush()
    return revenue


def refresh_client_chain(session: Session, client_id: int) -> None:
    """Renumber one client's completed visits (visit_no, neighbours, running revenue)."""
    session.flush()
    visits = session.execute(
        select(Visit.id, Visit.started_at, Visit.revenue, Visit.status)
        .where(Visit.client_id == client_id)
        .order_by(Visit.started_at, Visit.id)
    ).all()
    completed = [v for v in visits if v.status == "completed"]
    running = 0
    for index, visit in enumerate(completed):
        running += visit.revenue
        session.execute(
            update(Visit)
            .where(Visit.id == visit.id)
            .values(
                visit_no=index + 1,
                prev_started_at=completed[index - 1].started_at if index > 0 else None,
                next_started_at=(
                    completed[index + 1].started_at if index + 1 < len(completed) else None
                ),
                cum_revenue=running,
            )
        )
    others = [v.id for v in visits if v.status != "completed"]
    if others:
        session.execute(
            update(Visit)
            .where(Visit.id.in_(others))
            .values(visit_no=None, prev_started_at=None, next_started_at=None, cum_revenue=None)
        )


def refresh_client_search(session: Session, client_id: int) -> None:
    """Recompute a client's search text from its name, phone and plates."""
    session.flush()
    client = session.get(Client, client_id)
    if client is None:
        return
    plates = session.scalars(
        select(Vehicle.plate).where(Vehicle.client_id == client_id).order_by(Vehicle.id)
    ).all()
    client.search_text = client_search_text(client.name, client.phone, [p for p in plates if p])


def refresh_service_items(session: Session, service_id: int) -> None:
    """Copy a service's (new) department onto its past items, after the service moved."""
    session.flush()
    department_id = session.scalar(select(Service.department_id).where(Service.id == service_id))
    session.execute(
        update(VisitItem)
        .where(VisitItem.service_id == service_id)
        .values(department_id=department_id)
    )


# --- bulk versions, for the import and the demo generator ---------------------


def rebuild_all(conn: Connection) -> None:
    """Recompute every derived column of the database in a few set-based statements."""
    rebuild_item_columns(conn)
    rebuild_visit_revenue(conn)
    rebuild_visit_chains(conn)
    rebuild_client_search(conn)


def rebuild_item_columns(conn: Connection) -> None:
    # amount: quantity x price / 1000 rounded half up (both are non-negative integers).
    conn.execute(
        text(
            "UPDATE visit_items SET "
            "amount = (visit_items.quantity_milli * visit_items.price + 500) / 1000, "
            "department_id = s.department_id, client_id = v.client_id, "
            "started_at = v.started_at, "
            "bought = (v.status = 'completed' AND NOT visit_items.declined) "
            "FROM visits v, services s "
            "WHERE v.id = visit_items.visit_id AND s.id = visit_items.service_id"
        )
    )


def rebuild_visit_revenue(conn: Connection) -> None:
    conn.execute(
        text(
            "UPDATE visits SET revenue = COALESCE((SELECT SUM(amount) FROM visit_items i "
            "WHERE i.visit_id = visits.id AND NOT i.declined), 0)"
        )
    )


def rebuild_visit_chains(conn: Connection) -> None:
    conn.execute(
        text(
            "UPDATE visits SET visit_no = NULL, prev_started_at = NULL, "
            "next_started_at = NULL, cum_revenue = NULL WHERE status <> 'completed'"
        )
    )
    conn.execute(text("DROP TABLE IF EXISTS tmp_visit_chain"))
    conn.execute(
        text(
            "CREATE TEMPORARY TABLE tmp_visit_chain AS SELECT id, "
            "ROW_NUMBER() OVER w AS visit_no, "
            "LAG(started_at) OVER w AS prev_started_at, "
            "LEAD(started_at) OVER w AS next_started_at, "
            "SUM(revenue) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
            "AS cum_revenue "
            "FROM visits WHERE status = 'completed' "
            "WINDOW w AS (PARTITION BY client_id ORDER BY started_at, id)"
        )
    )
    conn.execute(
        text(
            "UPDATE visits SET visit_no = c.visit_no, prev_started_at = c.prev_started_at, "
            "next_started_at = c.next_started_at, cum_revenue = c.cum_revenue "
            "FROM tmp_visit_chain c WHERE c.id = visits.id"
        )
    )
    conn.execute(text("DROP TABLE tmp_visit_chain"))


def rebuild_client_search(conn: Connection) -> None:
    """Search text for every client, computed in Python (casefold covers Cyrillic)."""
    plates: dict[int, list[str]] = {}
    for client_id, plate in conn.execute(
        text("SELECT client_id, plate FROM vehicles WHERE plate IS NOT NULL ORDER BY id")
    ):
        plates.setdefault(client_id, []).append(plate)
    rows = conn.execute(text("SELECT id, name, phone FROM clients")).all()
    params = [
        {"id": cid, "s": client_search_text(name, phone, plates.get(cid, []))}
        for cid, name, phone in rows
    ]
    if params:
        conn.execute(text("UPDATE clients SET search_text = :s WHERE id = :id"), params)

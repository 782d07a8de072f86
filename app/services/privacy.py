"""A client's personal data: everything about them in one file, and erasing it on request.

``client_dossier`` gathers every record about one client (the client row,
cars, visits with their items, reminders with their call outcomes,
inquiries, referrals made and received, the audit entries about them);
``export_dossier`` writes it as readable UTF-8 JSON. Both need the EXPORT
permission.

``anonymise_client`` (DELETE permission) erases the personal data for good:
the name becomes "Anonymised client #id", the phone a placeholder
(``anon-<id>``: unique, not a number anybody has), email, notes, plates,
VINs and the free texts of the client's visits, reminders and inquiries are
cleared, and the audit entries about the client lose the same fields. Visits,
items, amounts, dates, departments and masters stay, so every report's totals
are unchanged. The placeholder phone marks the client as anonymised (with
do-not-contact set); there is nothing to undo it from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    AuditEntry,
    ChurnReason,
    Client,
    Employee,
    Inquiry,
    Reminder,
    ReminderEvent,
    Service,
    Source,
    Vehicle,
    Visit,
    VisitItem,
)
from app.services import derived
from app.services.access import Permission, require
from app.services.changes import Changes, Saved
from app.services.checks import require as require_record
from app.services.errors import ValidationError
from app.services.versions import stamp

DOSSIER_FORMAT = "pitstop-client-dossier"
DOSSIER_VERSION = 1
ANONYMOUS_PHONE_PREFIX = "anon-"
_ANONYMOUS_PHONE = re.compile(rf"^{ANONYMOUS_PHONE_PREFIX}[0-9]{{1,15}}$")
PERSONAL_AUDIT_KEYS = frozenset(
    {
        "name",
        "phone",
        "email",
        "notes",
        "churn_note",
        "search_text",
        "plate",
        "vin",
        "feedback",
        "mileage_note",
        "note",
    }
)
"""Fields of the audited records that hold personal data; erased from the audit log too."""

_DERIVED = frozenset({"search_text"})  # not the client's data, only how it is found


def anonymous_name(client_id: int) -> str:
    return f"Anonymised client #{client_id}"


def anonymous_phone(client_id: int) -> str:
    """Unique among clients (it holds the id) and never a real phone number."""
    return f"{ANONYMOUS_PHONE_PREFIX}{client_id}"


def is_anonymised(phone: str) -> bool:
    """Whether ``phone`` is the placeholder an anonymised client has instead of a phone."""
    return _ANONYMOUS_PHONE.match(phone) is not None


# --- the dossier ----------------------------------------------------------------


def client_dossier(session: Session, client_id: int) -> dict[str, Any]:
    """Everything stored about one client, as JSON-ready values (dates as ISO text)."""
    require(session, Permission.EXPORT)
    client = require_record(session, Client, client_id, "client_id")
    vehicles = _rows(session, select(Vehicle).where(Vehicle.client_id == client_id), Vehicle.id)
    visits = session.scalars(
        select(Visit).where(Visit.client_id == client_id).order_by(Visit.started_at, Visit.id)
    ).all()
    services = {row.id: row.name for row in session.execute(select(Service.id, Service.name))}
    masters = {row.id: row.name for row in session.execute(select(Employee.id, Employee.name))}
    items = session.scalars(
        select(VisitItem)
        .where(VisitItem.visit_id.in_([v.id for v in visits]))
        .order_by(VisitItem.visit_id, VisitItem.id)
    ).all()
    reminders = session.scalars(
        select(Reminder).where(Reminder.client_id == client_id).order_by(Reminder.id)
    ).all()
    events = session.scalars(
        select(ReminderEvent)
        .where(ReminderEvent.reminder_id.in_([r.id for r in reminders]))
        .order_by(ReminderEvent.at, ReminderEvent.id)
    ).all()
    referrer = session.get(Client, client.referred_by_id) if client.referred_by_id else None
    referred = session.scalars(
        select(Client).where(Client.referred_by_id == client_id).order_by(Client.id)
    ).all()
    inquiries = _rows(session, _inquiries_of(client), Inquiry.received_at, Inquiry.id)
    source = session.get(Source, client.source_id) if client.source_id else None
    reason = session.get(ChurnReason, client.churn_reason_id) if client.churn_reason_id else None
    return {
        "format": DOSSIER_FORMAT,
        "version": DOSSIER_VERSION,
        "client": {
            **_values(client, _DERIVED),
            "source": source.name if source else None,
            "churn_reason": reason.name if reason else None,
        },
        "vehicles": vehicles,
        "visits": [
            {
                **_values(visit),
                "master": masters.get(visit.employee_id),
                "items": [
                    {**_values(item), "service": services.get(item.service_id)}
                    for item in items
                    if item.visit_id == visit.id
                ],
            }
            for visit in visits
        ],
        "reminders": [
            {
                **_values(reminder),
                "service": services.get(reminder.service_id),
                "events": [_values(e) for e in events if e.reminder_id == reminder.id],
            }
            for reminder in reminders
        ],
        "inquiries": inquiries,
        "referrals": {
            "referred_by": _brief(referrer) if referrer else None,
            "referred": [_brief(c) for c in referred],
        },
        "audit": _rows(
            session, _audit_about(client_id, [i["id"] for i in inquiries]), AuditEntry.id
        ),
    }


@dataclasses.dataclass(frozen=True)
class DossierFile:
    path: Path
    counts: dict[str, int]
    """Records written per part: vehicles, visits, reminders, inquiries, audit."""


def export_dossier(session: Session, client_id: int, path: Path) -> DossierFile:
    """Write the client's dossier to ``path`` (UTF-8 JSON, indented, letters as they are).

    The file appears whole or not at all: it is written next to ``path`` and
    then renamed over it.
    """
    dossier = client_dossier(session, client_id)
    text = json.dumps(dossier, ensure_ascii=False, indent=2)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(text + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            "path",
            QT_TRANSLATE_NOOP("Refusals", "cannot write {path}: {reason}"),
            path=path,
            reason=error.strerror,
        ) from None
    counts = {
        key: len(dossier[key]) for key in ("vehicles", "visits", "reminders", "inquiries", "audit")
    }
    return DossierFile(path, counts)


# --- anonymising ----------------------------------------------------------------


def anonymise_client(session: Session, client_id: int, clock: Clock) -> Saved[int]:
    """Erase the client's personal data for good; visits and amounts stay for the reports."""
    require(session, Permission.DELETE)
    client = require_record(session, Client, client_id, "client_id")
    if is_anonymised(client.phone):
        raise ValidationError(
            "client_id", QT_TRANSLATE_NOOP("Refusals", "the client is already anonymised")
        )
    vehicles = session.scalars(select(Vehicle).where(Vehicle.client_id == client_id)).all()
    visits = session.scalars(select(Visit).where(Visit.client_id == client_id)).all()
    reminders = session.scalars(select(Reminder).where(Reminder.client_id == client_id)).all()
    events = session.scalars(
        select(ReminderEvent).where(ReminderEvent.reminder_id.in_([r.id for r in reminders]))
    ).all()
    inquiries = session.scalars(_inquiries_of(client)).all()

    client.name = anonymous_name(client_id)
    client.phone = anonymous_phone(client_id)
    client.email = None
    client.notes = ""
    client.churn_note = None
    client.do_not_contact = True
    for vehicle in vehicles:
        vehicle.plate = None
        vehicle.vin = None
    for visit in visits:
        visit.feedback = None
        visit.mileage_note = None
    for reminder in reminders:
        reminder.note = ""
    for event in events:
        event.note = ""
    for inquiry in inquiries:
        inquiry.name = None
        inquiry.phone = None
    stamp(session, client, clock)  # a desk with the old card open cannot save it back
    derived.refresh_client_search(session, client_id)
    session.flush()  # the audit entries of this change are written now: erase them too
    _erase_audit(session, client_id, [i.id for i in inquiries])
    return Saved(
        client_id,
        Changes.of(
            clients=[client_id],
            vehicles=[v.id for v in vehicles],
            visits=[v.id for v in visits],
            reminders=[r.id for r in reminders],
            inquiries=[i.id for i in inquiries],
        ),
    )


def _erase_audit(session: Session, client_id: int, inquiry_ids: list[int]) -> None:
    for entry in session.scalars(_audit_about(client_id, inquiry_ids)):
        entry.before = _erased(entry.before)
        entry.after = _erased(entry.after)
    session.flush()


def _erased(snapshot: str | None) -> str | None:
    """An audit snapshot without its personal fields; one that cannot be read goes whole."""
    if snapshot is None:
        return None
    try:
        values = json.loads(snapshot)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    for key in PERSONAL_AUDIT_KEYS & values.keys():
        if values[key] not in (None, ""):
            values[key] = None
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


# --- helpers ----------------------------------------------------------------


def _inquiries_of(client: Client) -> Any:
    """The client's inquiries, and those that gave the client's phone but named no client."""
    return select(Inquiry).where(
        or_(
            Inquiry.client_id == client.id,
            and_(Inquiry.client_id.is_(None), Inquiry.phone == client.phone),
        )
    )


def _audit_about(client_id: int, inquiry_ids: list[int]) -> Any:
    """Entries about the client, and about the inquiries that gave its phone without naming it."""
    return select(AuditEntry).where(
        or_(
            AuditEntry.client_id == client_id,
            and_(AuditEntry.entity == "inquiry", AuditEntry.entity_id.in_(inquiry_ids)),
        )
    )


def _rows(session: Session, stmt: Any, *order: Any) -> list[dict[str, Any]]:
    return [_values(row) for row in session.scalars(stmt.order_by(*order))]


def _values(row: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A mapped row's columns as JSON-ready values."""
    return {
        column.key: _json(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in skip
    }


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def _brief(client: Client) -> dict[str, Any]:
    return {"id": client.id, "name": client.name, "phone": client.phone}

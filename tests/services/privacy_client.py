"""One client with something of everything, built through the services (so it is audited).

Олена Ковальчук (+380501234567) came from Google Maps on a friend's
recommendation (Петро Referrer) and herself recommended Ігор. Her Toyota
AA1234BC has two completed visits: an oil change (500.00) with 4.5 l of oil
at 312.62 (1406.79), revenue 1906.79, rated 5 with feedback; and a tyre
fitting (800.00) with a declined check, revenue 800.00. One reminder was
dismissed with a reason; two inquiries: one linked to her, one that only
gave her phone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app.clock import Clock
from app.services import catalog, clients, inquiries, reminders, vehicles, visits
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.clients import ClientInput
from app.services.reminders import ReminderInput
from app.services.vehicles import VehicleInput
from app.services.visits import ItemInput, VisitInput

NAME = "Олена Ковальчук"
PHONE = "+380501234567"
EMAIL = "olena.kovalchuk@example.com"
PLATE = "AA1234BC"
VIN = "WVWZZZ1JZXW000001"
PERSONAL_TEXTS = (
    NAME,
    "Ковальчук",
    PHONE,
    "501234567",
    EMAIL,
    PLATE,
    VIN,
    "Любить каву без цукру",
    "Дуже задоволена",
    "Пробіг після заміни панелі",
    "Нагадати про оливу восени",
    "Продала авто сестрі",
    "Олена з Google",
)


@dataclasses.dataclass(frozen=True)
class Olena:
    id: int
    referrer: int
    referred: int
    vehicle: int
    visits: tuple[int, int]
    reminder: int
    inquiries: tuple[int, int]
    maintenance: int
    oil_change: int
    oil: int
    petro: int


def build(session: Session, clock: Clock) -> Olena:
    maintenance = catalog.create_department(session, "Технічне обслуговування").value.id
    tyres = catalog.create_department(session, "Шиномонтаж").value.id

    def service(name: str, department: int, price: int) -> int:
        return catalog.create_service(session, ServiceInput(name, department, price)).value.id

    oil_change = service("Заміна оливи", maintenance, 50000)
    oil = service("Олива 5W-30", maintenance, 31262)
    fitting = service("Шиномонтаж R16", tyres, 80000)
    check = service("Огляд", maintenance, 15000)
    petro = catalog.create_employee(session, EmployeeInput("Петро", maintenance)).value.id
    google = catalog.create_source(session, "Google Maps").value.id

    def client(name: str, phone: str, **kw: object) -> int:
        return clients.create_client(session, ClientInput(name, phone, **kw), clock).value.id

    referrer = client("Петро Referrer", "067 111 22 33")
    olena = client(
        NAME,
        "050 123 45 67",
        email=EMAIL,
        registered_on=dt.date(2025, 3, 1),
        source_id=google,
        referred_by_id=referrer,
        notes="Любить каву без цукру",
    )
    referred = client("Ігор Бондар", "063 999 88 77", referred_by_id=olena)
    car = vehicles.add_vehicle(
        session, olena, VehicleInput("Toyota", "Corolla", 2015, "aa 1234 bc", VIN), clock
    ).value.id
    first = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 3, 2, 9, 0),
            vehicle_id=car,
            mileage=120000,
            employee_id=petro,
            rating=5,
            feedback="Дуже задоволена",
            items=(ItemInput(oil_change), ItemInput(oil, Decimal("4.5"))),
        ),
        clock,
    ).value.id
    second = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 9, 14, 15, 30),
            vehicle_id=car,
            mileage=110000,
            mileage_note="Пробіг після заміни панелі",
            items=(ItemInput(fitting), ItemInput(check, declined=True)),
        ),
        clock,
    ).value.id
    reminder = reminders.create_reminder(
        session,
        ReminderInput(
            olena,
            car,
            oil_change,
            due_on=dt.date(2027, 3, 2),
            note="Нагадати про оливу восени",
        ),
        clock,
    ).value.id
    reminders.dismiss(session, reminder, "Продала авто сестрі", clock, by="Марія")
    linked = inquiries.log_inquiry(
        session,
        clock,
        received_at=dt.datetime(2026, 3, 1, 11, 0),
        client_id=olena,
        name="Олена з Google",
        phone=PHONE,
        source_id=google,
    ).value.id
    by_phone = inquiries.log_inquiry(
        session, clock, received_at=dt.datetime(2026, 9, 10, 12, 0), phone="0501234567"
    ).value.id
    session.flush()
    return Olena(
        olena,
        referrer,
        referred,
        car,
        (first, second),
        reminder,
        (linked, by_phone),
        maintenance,
        oil_change,
        oil,
        petro,
    )

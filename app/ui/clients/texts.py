"""How the clients screen writes phones, cars, moments, statuses and quantities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import phonenumbers
from PySide6.QtCore import QCoreApplication

from app.services.vehicles import VehicleRecord
from app.ui.format import date_text


def phone_text(e164: str) -> str:
    """ "+380501234567" -> "+380 50 123 4567" (the stored form stays what search reads)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def vehicle_text(vehicle: VehicleRecord) -> str:
    """ "AA1234BC Toyota Corolla": the plate first, as the desk reads it off the car."""
    return " ".join(p for p in (vehicle.plate, vehicle.make, vehicle.model) if p)


def moment_text(moment: dt.datetime) -> str:
    return f"{date_text(moment.date())} {moment:%H:%M}"


def status_text(status: str) -> str:
    texts = {
        "planned": QCoreApplication.translate("VisitStatus", "planned"),
        "completed": QCoreApplication.translate("VisitStatus", "completed"),
        "cancelled": QCoreApplication.translate("VisitStatus", "cancelled"),
        "no_show": QCoreApplication.translate("VisitStatus", "no-show"),
        "pending": QCoreApplication.translate("ReminderStatus", "pending"),
        "done": QCoreApplication.translate("ReminderStatus", "done"),
        "dismissed": QCoreApplication.translate("ReminderStatus", "dismissed"),
    }
    return texts.get(status, status)


def quantity_text(quantity: Decimal) -> str:
    text = f"{quantity:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text

"""SQLAlchemy models of every entity of domain.md."""

from app.models.account import ROLES, AuditEntry, Setting, User
from app.models.base import Base
from app.models.catalog import ChurnReason, Department, Employee, Service, Source
from app.models.client import Client, Vehicle
from app.models.reminder import REMINDER_OUTCOMES, REMINDER_STATUSES, Reminder, ReminderEvent
from app.models.visit import INQUIRY_CHANNELS, VISIT_STATUSES, Inquiry, Visit, VisitItem

__all__ = [
    "INQUIRY_CHANNELS",
    "REMINDER_OUTCOMES",
    "REMINDER_STATUSES",
    "ROLES",
    "VISIT_STATUSES",
    "AuditEntry",
    "Base",
    "ChurnReason",
    "Client",
    "Department",
    "Employee",
    "Inquiry",
    "Reminder",
    "ReminderEvent",
    "Service",
    "Setting",
    "Source",
    "User",
    "Vehicle",
    "Visit",
    "VisitItem",
]

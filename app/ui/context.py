"""What every screen is given: no global lookups (style.md point 6)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings

from app.clock import Clock
from app.services.access import Actor
from app.ui.events import AppEvents
from app.ui.worker import DatabaseWorker


@dataclasses.dataclass(frozen=True)
class UiContext:
    worker: DatabaseWorker
    events: AppEvents
    clock: Clock
    settings: QSettings
    """This desk's preferences (geometry, last screen); shop settings live in the database."""
    actor: Actor
    """Who logged in: the screens hide what the role may not do (the services refuse it)."""

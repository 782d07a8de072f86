"""Subcommands of ``pitstop``; each module has ``register(subparsers)``."""

from __future__ import annotations

from types import ModuleType

from app.commands import backup, client, demo, exchange, reminders, report, user

COMMANDS: list[ModuleType] = [report, reminders, exchange, demo, backup, client, user]

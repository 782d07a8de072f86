"""Subcommands of ``pitstop``; each module has ``register(subparsers)``."""

from __future__ import annotations

from types import ModuleType

COMMANDS: list[ModuleType] = []

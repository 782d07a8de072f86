"""What every subcommand gets: the chosen database and the output streams."""

from __future__ import annotations

import dataclasses
from functools import cached_property
from typing import TextIO

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.clock import Clock, SystemClock
from app.db import make_session_factory, open_database, resolve_url
from app.services.access import SYSTEM


class UsageError(Exception):
    """The command's words are off: printed, exit status 2."""


@dataclasses.dataclass
class CommandContext:
    db: str | None
    url: str | None
    out: TextIO
    err: TextIO
    clock: Clock = dataclasses.field(default_factory=SystemClock)

    @cached_property
    def database_url(self) -> str:
        return resolve_url(self.db, self.url)

    @cached_property
    def engine(self) -> Engine:
        """The database, created and migrated on first use."""
        return open_database(self.database_url)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_session_factory(self.engine, SYSTEM)

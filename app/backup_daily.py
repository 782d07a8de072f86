"""The daily backup and its rotation.

Rotation keeps the newest backup of each of the 7 newest days, 4 newest weeks
and 12 newest months that have one (each rule counts on its own, as restic's
``forget``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path

from app.backup import backup_folder, backup_to, daily_name, database_file, list_backups
from app.clock import Clock
from app.services.access import SYSTEM

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


@dataclasses.dataclass(frozen=True)
class DailyBackup:
    """One run of the daily backup: the copy made (None: today's existed), what rotation removed."""

    made: Path | None
    deleted: tuple[Path, ...]


def to_keep(existing: Iterable[dt.date], today: dt.date) -> set[dt.date]:
    """The backup days rotation keeps: the newest of each of the 7 newest days, 4 newest
    ISO weeks and 12 newest months that have a backup.

    Periods without a backup do not count (a shop closed for a month keeps its
    older backups). Days after ``today`` (a clock that was wrong) are kept:
    nothing is deleted that cannot be placed.
    """
    days = sorted(set(existing), reverse=True)
    keep = {day for day in days if day > today}
    past = [day for day in days if day <= today]
    for period, count in (
        (lambda d: d, KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: set[object] = set()
        for day in past:  # newest first: the first day met in a period is its newest
            key = period(day)
            if key not in seen:
                seen.add(key)
                keep.add(day)
                if len(seen) == count:
                    break
    return keep


def run_daily_backup(url: str, folder: Path | None, clock: Clock) -> DailyBackup:
    """Make today's backup if it is missing, then delete the daily backups rotation drops.

    The program's own job (``SYSTEM`` rights); ``folder`` None means next to the database.
    """
    database = database_file(url, "backup")
    folder = folder or backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    today = clock.today()
    target = folder / daily_name(database, today)
    made = None
    if not target.exists():
        made = backup_to(url, target, actor=SYSTEM)
    daily = {b.day: b.path for b in list_backups(database, folder) if b.day is not None}
    keep = to_keep(daily, today)
    deleted = []
    for day, path in sorted(daily.items()):
        if day not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    if deleted:
        log.info("rotation removed %d old backups of %s", len(deleted), database)
    return DailyBackup(made, tuple(deleted))

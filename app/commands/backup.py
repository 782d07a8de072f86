"""``pitstop backup FILE``, ``pitstop restore FILE``, ``pitstop check``: SQLite file safety.

None of them asks anything or migrates the database it reads; ``restore``
brings an older backup to this program's schema after putting it in place.
A PostgreSQL database is refused with a pointer to its own tools.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import backup
from app.commands.base import CommandContext
from app.services.access import SYSTEM


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "backup", help="copy the database to FILE, safely while the program runs"
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.set_defaults(handler=handle_backup)
    parser = subparsers.add_parser(
        "restore",
        help="replace the database's content with the backup FILE (the current data is kept "
        "in the backups folder)",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.set_defaults(handler=handle_restore)
    parser = subparsers.add_parser("check", help="check the database file's integrity")
    parser.set_defaults(handler=handle_check)


def handle_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    target = backup.backup_to(ctx.database_url, args.file, actor=SYSTEM)
    size = target.stat().st_size
    database = backup.database_file(ctx.database_url, "backup")
    ctx.out.write(f"Backed up {database} to {target} ({_size(size)}).\n")
    return 0


def handle_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    done = backup.restore(args.file, ctx.database_url, actor=SYSTEM, clock=ctx.clock)
    revisions = (
        f"schema {done.revision_restored}"
        if done.revision_restored == done.revision_now
        else f"schema {done.revision_restored}, brought to {done.revision_now}"
    )
    ctx.out.write(f"Restored {done.database} from {done.source} ({revisions}).\n")
    if done.before_restore is not None:
        ctx.out.write(f"The data it held before is kept in {done.before_restore}.\n")
    return 0


def handle_check(_args: argparse.Namespace, ctx: CommandContext) -> int:
    result = backup.check(ctx.database_url)
    if result.ok:
        note = "" if result.at_head else f" (schema {result.revision}: opening it will migrate)"
        ctx.out.write(f"ok{note}\n")
        return 0
    ctx.out.write(f"{result.path}: {len(result.problems)} problem(s)\n")
    for problem in result.problems:
        ctx.out.write(f"  {problem}\n")
    return 1


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"

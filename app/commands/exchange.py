"""``pitstop import DIR_OR_XLSX`` and ``pitstop export DIR``: the exchange format."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.base import CommandContext, UsageError
from app.exchange import ImportFailed, UnreadableInput, export_database, import_path


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="import a folder of CSV files or an .xlsx workbook, all or nothing"
    )
    parser.add_argument("path", metavar="DIR_OR_XLSX", type=Path)
    parser.set_defaults(handler=run_import)
    parser = subparsers.add_parser("export", help="export the database to a folder of CSV files")
    parser.add_argument("directory", metavar="DIR", type=Path)
    parser.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not args.path.exists():
        raise UsageError(f"{args.path} does not exist")
    try:
        counts = import_path(ctx.engine, args.path, clock=ctx.clock)
    except UnreadableInput as error:
        raise UsageError(str(error)) from None
    except ImportFailed as failed:
        for problem in failed.problems:
            print(problem, file=ctx.err)
        print(
            f"import refused: {len(failed.problems)} problem(s), nothing was written",
            file=ctx.err,
        )
        return 1
    _print_counts(ctx, "imported", counts)
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.directory.exists() and not args.directory.is_dir():
        raise UsageError(f"{args.directory} is not a folder")
    try:
        counts = export_database(ctx.engine, args.directory)
    except OSError as error:
        raise UsageError(f"cannot write to {args.directory}: {error}") from None
    _print_counts(ctx, "exported", counts)
    return 0


def _print_counts(ctx: CommandContext, verb: str, counts: dict[str, int]) -> None:
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"{verb} {name:<{width}} {count:>9,} rows", file=ctx.out)

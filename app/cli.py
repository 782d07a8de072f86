"""The ``pitstop`` command: global database options, then a subcommand.

With no subcommand it opens the desktop program. Exit status: 0 done,
1 refused input (reasons printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import COMMANDS
from app.commands.base import CommandContext, UsageError
from app.i18n import translate
from app.services.errors import ValidationError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pitstop", description="Pitstop CRM, the desk program of an auto service shop."
    )
    parser.add_argument("--version", action="version", version=f"Pitstop CRM {__version__}")
    parser.add_argument(
        "--lang",
        choices=("en", "uk", "ru", "ro"),
        help="language of the window, and of table and PDF reports (JSON and CSV stay English)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="a SQLite database file")
    where.add_argument("--url", metavar="URL", help="any SQLAlchemy URL, e.g. PostgreSQL")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.main import run_gui

        return run_gui(db=args.db, url=args.url, lang=args.lang)
    if args.lang:
        from app.i18n_qt import install

        install(args.lang)
    context = CommandContext(db=args.db, url=args.url, out=sys.stdout, err=sys.stderr)
    try:
        return int(args.handler(args, context))
    except UsageError as error:
        print(f"pitstop: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ValidationError as error:
        text = error.text(lambda template: translate("Refusals", template))
        print(f"pitstop: {error.field}: {text}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())

"""``pitstop client export ID FILE`` and ``pitstop client anonymise ID --yes`` (privacy)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import CommandContext, UsageError
from app.db import write_session
from app.services.clients import get_client
from app.services.privacy import anonymise_client, export_dossier


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("client", help="a client's personal data: export, anonymise")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write everything stored about the client to FILE (JSON)"
    )
    export.add_argument("client_id", type=int, metavar="ID")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=handle_export)
    anonymise = actions.add_parser(
        "anonymise",
        help="erase the client's personal data for good; visits and amounts stay",
    )
    anonymise.add_argument("client_id", type=int, metavar="ID")
    anonymise.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    anonymise.set_defaults(handler=handle_anonymise)


def handle_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.sessions() as session:
        written = export_dossier(session, args.client_id, args.file)
    counts = ", ".join(f"{count} {part}" for part, count in written.counts.items())
    ctx.out.write(f"Exported client #{args.client_id} to {written.path} ({counts}).\n")
    return 0


def handle_anonymise(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not args.yes:
        raise UsageError(
            f"anonymising client #{args.client_id} cannot be undone: add --yes to confirm"
        )
    with write_session(ctx.sessions) as session:
        name = get_client(session, args.client_id).client.name
        saved = anonymise_client(session, args.client_id, ctx.clock)
    ctx.out.write(
        f"Client #{saved.value} ({name}) is anonymised: personal data erased, "
        f"{len(saved.changes.visits)} visit(s) kept.\n"
    )
    return 0

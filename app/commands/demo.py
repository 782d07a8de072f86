"""``pitstop demo [--clients N] [--years Y] [--seed S]``: fill an empty database."""

from __future__ import annotations

import argparse
import time
from typing import Any

from app.commands.base import CommandContext
from app.demo import DEFAULT_CLIENTS, DEFAULT_YEARS, generate
from app.services.errors import ValidationError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill an empty database with realistic generated data",
        description=(
            "Fill an empty database with realistic generated data: clients, cars, visits, "
            "inquiries and reminders up to today. The same seed gives the same data. "
            f"Defaults: {DEFAULT_CLIENTS:,} clients over {DEFAULT_YEARS} years (one busy shop); "
            "a ten-branch chain is --clients 100000 --years 10."
        ),
    )
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS, metavar="N")
    parser.add_argument("--years", type=int, default=DEFAULT_YEARS, metavar="Y")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    started = time.perf_counter()
    try:
        counts = generate(
            ctx.engine,
            clients=args.clients,
            years=args.years,
            seed=args.seed,
            today=ctx.clock.today(),
            progress=lambda message: print(message, file=ctx.err, flush=True),
        )
    except ValidationError as error:
        print(f"pitstop demo: {error}", file=ctx.err)
        return 1
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"{name:<{width}} {count:>10,}", file=ctx.out)
    print(f"done in {time.perf_counter() - started:.1f} s", file=ctx.out)
    return 0

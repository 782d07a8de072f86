"""``demo``: generating the scale's demo data into an empty database."""

from __future__ import annotations

from typing import Any

from app.demo import generate
from benchmarks.harness import BenchContext, Operation, drop_database, register_group


@register_group("demo")
def demo_group(ctx: BenchContext) -> list[Operation]:
    scale = ctx.scale

    def run(prepared: Any) -> None:
        engine, _path = prepared
        generate(engine, clients=scale.clients, years=scale.years, seed=1, today=ctx.today)

    return [
        Operation(
            f"generate {scale.clients:,} clients, {scale.years} years",
            run,
            setup=ctx.empty_database,
            cleanup=drop_database,
            heavy=True,
        )
    ]

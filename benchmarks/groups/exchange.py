"""``exchange``: exporting the whole scale database, importing it into a fresh one."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from app.clock import FixedClock
from app.exchange import export_database, import_path
from benchmarks.harness import BenchContext, Operation, drop_database, register_group


@register_group("exchange")
def exchange_group(ctx: BenchContext) -> list[Operation]:
    exported = ctx.scratch_path("exported")  # made once, untimed, for the import runs

    def export(folder: Path) -> None:
        export_database(ctx.engine, folder)

    def remove(folder: Path) -> None:
        shutil.rmtree(folder.parent, ignore_errors=True)

    def prepare_import() -> Any:
        if not exported.exists():
            export_database(ctx.engine, exported)
        return ctx.empty_database()

    def import_(prepared: Any) -> None:
        engine, _path = prepared
        import_path(engine, exported, clock=FixedClock(ctx.today))

    return [
        Operation(
            "export the whole database (CSV)",
            export,
            setup=lambda: ctx.scratch_path("export"),
            cleanup=remove,
            heavy=True,
        ),
        Operation(
            "import it into an empty database",
            import_,
            setup=prepare_import,
            cleanup=drop_database,
            heavy=True,
        ),
    ]

"""Times the operations of performance.md on the shop and chain scale databases.

    python benchmarks/bench.py [--scale shop|chain|both] [--only GROUP] [--repeat N]
                               [--heavy-repeat M] [--rebuild] [--url URL]

Builds (or reuses) each scale's database under benchmarks/data/ (or, with
``--url postgresql+psycopg://...``, in that server database: one scale, only
the groups that read it), made by
``pitstop demo``'s generator with a fixed seed and "today"; it is made again
when the schema revision or the generator changed. Every operation is run
after a warm-up several times; the output lists min / median / max per
operation and, for operations compared with it, the ratio of their median to
the median of the floor measured again right after them. The end of the
output is a Markdown report for RESULTS.md. Groups live in benchmarks/groups/
(see benchmarks/harness.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import make_url

from app.db import create_db_engine
from benchmarks.groups import load_all
from benchmarks.harness import (
    DATA_DIR,
    FLOOR_SQL,
    GROUPS,
    SCALES,
    SERVER_GROUPS,
    BenchContext,
    Timing,
    measure,
    measure_floor,
    scale_database,
)


@dataclasses.dataclass(frozen=True)
class Result:
    scale: str
    group: str
    operation: str
    timing: Timing
    floor: Timing | None = None


def main(argv: Sequence[str] | None = None) -> int:
    load_all()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=(*SCALES, "both"), default="both")
    parser.add_argument(
        "--only",
        choices=sorted(GROUPS),
        metavar="GROUP",
        action="append",
        help=f"run only this group (repeatable): {', '.join(sorted(GROUPS))}",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        metavar="N",
        help="timed runs of each light operation, after one warm-up (5)",
    )
    parser.add_argument(
        "--heavy-repeat",
        type=int,
        default=1,
        metavar="M",
        help="runs of each heavy operation (generate, export, import), no warm-up (1)",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="make the scale databases again even when up to date"
    )
    parser.add_argument(
        "--url",
        metavar="URL",
        help="run on this (empty or earlier benchmark) server database instead of a SQLite file",
    )
    args = parser.parse_args(argv)  # fmt: skip
    if args.repeat < 1 or args.heavy_repeat < 1:
        parser.error("--repeat and --heavy-repeat must be at least 1")
    scales = list(SCALES) if args.scale == "both" else [args.scale]
    groups = args.only or sorted(GROUPS)
    if args.url:
        if len(scales) > 1:
            parser.error("--url holds one scale: give --scale shop or --scale chain")
        if not args.only:
            groups = sorted(SERVER_GROUPS)
        elif not set(groups) <= SERVER_GROUPS:
            parser.error(f"with --url only these groups run: {', '.join(sorted(SERVER_GROUPS))}")

    print(machine_report(args.url))
    results: list[Result] = []
    for name in scales:
        results.extend(
            run_scale(name, groups, args.repeat, args.heavy_repeat, args.rebuild, args.url)
        )
    print()
    print(markdown_table(results))
    return 0


def run_scale(
    name: str,
    groups: list[str],
    repeat: int,
    heavy_repeat: int,
    rebuild: bool,
    url: str | None = None,
) -> list[Result]:
    results = []
    scratch = Path(tempfile.mkdtemp(prefix=f"scratch-{name}-", dir=_data_dir()))

    def say(message: str) -> None:
        print(f"[{name}] {message}", flush=True)

    try:
        with scale_database(SCALES[name], rebuild, say, url) as engine:
            ctx = BenchContext(SCALES[name], engine, scratch)
            floor = measure_floor(engine, repeat)
            results.append(Result(name, "floor", FLOOR_SQL, floor))
            print(line(results[-1]), flush=True)
            for group in groups:
                for operation in GROUPS[group](ctx):
                    timing = measure(operation, repeat, heavy_repeat)
                    # The floor again, right after: on a shared machine the load
                    # drifts, and a ratio means most against the floor of its moment.
                    shown_floor = measure_floor(engine, repeat) if operation.vs_floor else None
                    results.append(Result(name, group, operation.name, timing, shown_floor))
                    print(line(results[-1]), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return results


def _data_dir() -> Path:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return DATA_DIR


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def ratio(result: Result) -> str:
    if result.floor is None:
        return ""
    return f"{result.timing.median / result.floor.median:.2f}"


def line(result: Result) -> str:
    t = result.timing
    text = (
        f"[{result.scale}] {result.group:<9} {result.operation:<45} runs {len(t.seconds):>2}  "
        f"min {seconds(t.min):>10}  median {seconds(t.median):>10}  max {seconds(t.max):>10}"
    )
    if result.floor is None:
        return text
    return f"{text}  floor {seconds(result.floor.median):>9}  x floor {ratio(result)}"


def markdown_table(results: list[Result]) -> str:
    rows = [
        "| scale | group | operation | runs | min | median | max | floor | x floor |",
        "|---|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        t = r.timing
        rows.append(
            f"| {r.scale} | {r.group} | {r.operation} | {len(t.seconds)} | {seconds(t.min)} "
            f"| {seconds(t.median)} | {seconds(t.max)} "
            f"| {seconds(r.floor.median) if r.floor else ''} | {ratio(r)} |"
        )
    return "\n".join(rows)


def machine_report(url: str | None = None) -> str:
    lines = [
        f"- date: {dt.date.today().isoformat()}",
        f"- machine: {os.cpu_count()} CPUs (nproc), {_memory()} memory, "
        f"{platform.machine()} {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
    ]
    if url:
        engine = create_db_engine(url)
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version()").scalar()
        engine.dispose()
        lines.append(f"- database: {make_url(url).render_as_string()} ({version})")
    return "\n".join(lines)


def _memory() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for entry in meminfo:
                if entry.startswith("MemTotal:"):
                    return f"{int(entry.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


if __name__ == "__main__":
    sys.exit(main())

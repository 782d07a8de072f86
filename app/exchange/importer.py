"""``import_path``: a folder of CSV files or an .xlsx workbook into the database.

One pass over the files in dependency order, in one transaction. Every row is
checked in plain Python and, while no problem has been found yet, inserted in
bulk chunks; after the first problem the rest is still checked (so the report
lists everything) but nothing more is inserted, and at the end the
transaction is rolled back. On success the derived columns are rebuilt once.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, select, update
from sqlalchemy.orm import Session

from app.bulk import (
    advance_sequences,
    foreign_keys_deferred,
    indexes_deferred,
    vacuum_analyze,
)
from app.clock import Clock, SystemClock
from app.exchange.cells import Reader, make_reader
from app.exchange.layout import FILES, FILES_BY_NAME, REFERENCED, Column, FileSpec
from app.exchange.problems import ImportFailed, Problem, ReadError
from app.exchange.rules import BAD, RULES, Context
from app.exchange.sources import Source, open_source
from app.exchange.state import IdMap, Unique
from app.models import VisitItem
from app.services.derived import rebuild_all
from app.services.errors import ValidationError
from app.services.settings import load_settings

CHUNK_ROWS = 5000
_ITEMS_BY_VISIT = next(
    ix.name for ix in VisitItem.__table__.indexes if [c.name for c in ix.columns] == ["visit_id"]
)

# Given a column, the line, a value read and the row so far: the value to store.
Check = Callable[[Column, int, Any, dict[str, Any]], Any]
# Per column the file has: table column, column, index of its cell, reader, check.
Plan = list[tuple[str, Column, int, Reader, Check | None]]


def import_path(engine: Engine, path: Path, clock: Clock | None = None) -> dict[str, int]:
    """Import ``path`` all or nothing; returns the rows imported per file.

    Raises ``ImportFailed`` listing every problem (nothing written), or
    ``UnreadableInput`` when ``path`` cannot be read at all.
    """
    today = (clock or SystemClock()).today()
    source = open_source(path)
    try:
        with engine.connect() as conn:
            conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                run = _Run(conn, source, Context(today=today, owners={}))
                tables = [spec.table.name for spec in FILES]
                # Into an empty database, build the big indexes and check the foreign
                # keys once at the end (on a full one, rebuilding whole indexes would
                # cost more than it saves). The rows' references are checked here anyway.
                deferred = ExitStack()
                if run.keep_ids:
                    deferred.enter_context(foreign_keys_deferred(conn, tables))
                    deferred.enter_context(
                        indexes_deferred(conn, ("visits", "visit_items"), keep=(_ITEMS_BY_VISIT,))
                    )
                with deferred:
                    counts = run.load_all()
                    if run.problems:
                        raise ImportFailed(run.problems)  # the rollback restores indexes too
                    rebuild_all(conn)
                advance_sequences(conn, tables)
        if run.keep_ids:
            vacuum_analyze(engine, tables)
    finally:
        source.close()
    return counts


class _Run:
    """The state of one import across files."""

    def __init__(self, conn: Connection, source: Source, context: Context) -> None:
        self.conn = conn
        self.source = source
        self.context = context
        self.problems: list[Problem] = []
        with Session(bind=conn) as session:
            self.phone_region = load_settings(session).phone_region
        self.keep_ids = not any(
            conn.execute(select(spec.table.c.id).limit(1)).first() for spec in FILES
        )
        self.ids: dict[str, IdMap] = {}
        if not self.keep_ids:
            vehicles = FILES_BY_NAME["vehicles.csv"].table
            owners = conn.execute(select(vehicles.c.id, vehicles.c.client_id))
            context.owners.update((vehicle, client) for vehicle, client in owners)

    def problem(self, file: str, line: int, column: str, message: str) -> None:
        self.problems.append(Problem(self.source.label(file), line, column, message))

    def load_all(self) -> dict[str, int]:
        present = set(self.source.names())
        for name in sorted(present - FILES_BY_NAME.keys()):
            self.problem(name, 1, "-", "is not a file of the exchange format")
        if "clients.csv" not in present:
            self.problem("clients.csv", 1, "-", "the file is missing")
        return {
            spec.name: _FileLoad(self, spec).load() if spec.name in present else 0 for spec in FILES
        }

    def id_map(self, name: str) -> IdMap:
        """The ids of file ``name`` (those of the database when the file was absent)."""
        if name not in self.ids:
            self.ids[name] = self.new_id_map(FILES_BY_NAME[name])
        return self.ids[name]

    def new_id_map(self, spec: FileSpec) -> IdMap:
        if self.keep_ids:
            return IdMap(None, set())
        column = spec.table.c.id
        top = self.conn.execute(select(func.max(column))).scalar() or 0
        existing = set(self.conn.scalars(select(column))) if spec.name in REFERENCED else set()
        return IdMap(top + 1, existing)

    def existing_values(self, spec: FileSpec, column: Column) -> set[Any]:
        if self.keep_ids:
            return set()
        stored = spec.table.c[column.field]
        return set(self.conn.scalars(select(stored).where(stored.is_not(None))))


class _FileLoad:
    """Checking and inserting the rows of one file."""

    def __init__(self, run: _Run, spec: FileSpec) -> None:
        self.run = run
        self.spec = spec
        self.ids = run.new_id_map(spec)
        self.uniques = {
            c.name: Unique(run.existing_values(spec, c)) for c in spec.columns if c.unique
        }
        self.rule = RULES.get(spec.name)
        self.chunk: list[dict[str, Any]] = []
        self.self_refs: list[tuple[int, str, Any, int]] = []
        self.absent: dict[str, Any] = {}  # defaults of the columns the file lacks
        self.width = 0
        self.count = 0

    def problem(self, line: int, column: str, message: str) -> None:
        self.run.problem(self.spec.name, line, column, message)

    def load(self) -> int:
        first_problem = len(self.run.problems)
        rows = self.run.source.rows(self.spec)
        try:
            first = next(rows, None)
            if first is not None:
                plan = self.plan(*first)
                for line, cells in rows:
                    self.row(plan, line, cells)
        except ReadError as error:
            self.problem(error.line, "-", error.message)
        finally:
            rows.close()
        self.flush()
        self.resolve_self_refs()
        # The file's problems in line order (references within the file come last).
        self.run.problems[first_problem:] = sorted(
            self.run.problems[first_problem:], key=lambda problem: problem.line
        )
        if self.spec.name in REFERENCED:
            self.run.ids[self.spec.name] = self.ids
        return self.count

    def plan(self, line: int, header: list[str]) -> Plan:
        """How each cell of a row is read and checked; reports header problems."""
        names = [h.strip().lower() for h in header]
        known = {c.name for c in self.spec.columns}
        for index, name in enumerate(names):
            if name in names[:index]:
                self.problem(line, name, "the column appears twice")
            elif name not in known:
                self.problem(line, name or "-", "is not a column of this file")
        plan: Plan = []
        for column in self.spec.columns:
            if column.name not in names:
                if column.required:
                    self.problem(line, column.name, "the column is missing")
                self.absent[column.field] = column.default
                continue
            read = make_reader(column, self.run.phone_region)
            plan.append((column.field, column, names.index(column.name), read, self.check(column)))
        self.width = len(names)
        return plan

    def check(self, column: Column) -> Check | None:
        """What is done with a column's value once read: register, resolve, compare."""
        if column.target == self.spec.name:
            return self.self_reference
        if column.target is not None:
            resolve = self.run.id_map(column.target).resolve
            entity = FILES_BY_NAME[column.target].entity

            def reference(column: Column, line: int, raw: Any, values: dict[str, Any]) -> Any:
                stored = resolve(raw)
                if stored is None:
                    self.problem(line, column.name, f"there is no {entity} with id {raw}")
                    return BAD
                return stored

            return reference
        if column.name == "id":
            return self.row_id
        if column.unique:
            return self.unique
        return None

    def row(self, plan: Plan, line: int, cells: list[str]) -> None:
        values: dict[str, Any] = dict(self.absent)
        count = len(cells)
        if count > self.width and any(cells[self.width :]):
            self.problem(line, "-", f"has {count} cells, the header has {self.width}")
        for field, column, index, read, check in plan:
            text = cells[index] if index < count else ""
            if text and not text.isspace():
                try:
                    value = read(text)
                except ValidationError as error:
                    self.problem(line, column.name, error.text())
                    values[field] = BAD
                    continue
                if value is not None:
                    values[field] = value if check is None else check(column, line, value, values)
                    continue
            if column.required:
                self.problem(line, column.name, "must not be empty")
                values[field] = BAD
            else:
                values[field] = column.default
        if self.rule is not None:
            for column_name, message in self.rule(values, self.run.context):
                self.problem(line, column_name, message)
        self.count += 1
        if not self.run.problems:
            self.chunk.append(values)
            if len(self.chunk) >= CHUNK_ROWS:
                self.flush()

    def row_id(self, column: Column, line: int, raw: int, values: dict[str, Any]) -> int:
        stored, first = self.ids.add(raw, line)
        if first is not None:
            self.problem(line, column.name, f"id {raw} is already on line {first}")
        return stored

    def unique(self, column: Column, line: int, value: Any, values: dict[str, Any]) -> Any:
        duplicate = self.uniques[column.name].check(value, line, self.spec.entity)
        if duplicate:
            self.problem(line, column.name, duplicate)
        return value

    def self_reference(self, column: Column, line: int, raw: int, values: dict[str, Any]) -> None:
        """Another row of this file: resolved when the whole file has been read."""
        self.self_refs.append((line, column.name, values.get("id"), raw))
        return None

    def flush(self) -> None:
        if self.chunk and not self.run.problems:
            self.run.conn.execute(self.spec.table.insert(), self.chunk)
        self.chunk = []

    def resolve_self_refs(self) -> None:
        """References between rows of one file (a client referred by a client)."""
        updates: dict[str, list[dict[str, int]]] = {}
        for line, name, stored_id, raw in self.self_refs:
            stored = self.ids.resolve(raw)
            if stored is None:
                self.problem(line, name, f"there is no {self.spec.entity} with id {raw}")
            elif stored == stored_id:
                self.problem(line, name, f"a {self.spec.entity} cannot refer to itself")
            elif isinstance(stored_id, int):
                updates.setdefault(name, []).append({"row_id": stored_id, "ref": stored})
        if self.run.problems:
            return
        table = self.spec.table
        for name, params in updates.items():
            statement = update(table).where(table.c.id == bindparam("row_id"))
            statement = statement.values({name: bindparam("ref")})
            self.run.conn.execute(statement, params)

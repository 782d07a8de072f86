"""What an import remembers across rows: ids and where they were seen, unique values."""

from __future__ import annotations

from typing import Any


class IdMap:
    """The ids of one file and the ids they get in the database.

    Into an empty database the ids are kept (``next_id`` None). Otherwise each
    row gets the next free id and references made inside the import follow
    it; a reference to an id the import does not have names a row already in
    the database (``existing``).
    """

    def __init__(self, next_id: int | None, existing: set[int]) -> None:
        self.lines: dict[int, int] = {}
        self.new: dict[int, int] = {}
        self.next_id = next_id
        self.existing = existing

    def add(self, raw: int, line: int) -> tuple[int, int | None]:
        """Register a row's id: (the id it is stored under, line of an earlier use or None)."""
        first = self.lines.setdefault(raw, line)
        if self.next_id is None:
            return raw, (first if first != line else None)
        if first != line:
            return self.new[raw], first
        stored = self.new[raw] = self.next_id
        self.next_id += 1
        return stored, None

    def resolve(self, raw: int) -> int | None:
        """The stored id a reference to ``raw`` means, or None when there is no such row."""
        if self.next_id is None:
            return raw if raw in self.lines or raw in self.existing else None
        stored = self.new.get(raw)
        if stored is not None:
            return stored
        return raw if raw in self.existing else None


class Unique:
    """Values of a column that must not repeat, in the file or against the database."""

    def __init__(self, existing: set[Any]) -> None:
        self.lines: dict[Any, int] = {}
        self.existing = existing

    def check(self, value: Any, line: int, entity: str) -> str | None:
        """Why ``value`` on ``line`` is a duplicate, or None."""
        if value in self.existing:
            return f"{value} belongs to an existing {entity}"
        first = self.lines.setdefault(value, line)
        if first != line:
            return f"{value} is already on line {first}"
        return None

"""What can go wrong with an import: problems in the data, or input that cannot be read."""

from __future__ import annotations

import dataclasses
import re


@dataclasses.dataclass(frozen=True)
class Problem:
    """One wrong thing in the imported data.

    ``line`` is the physical line of a CSV file where the record starts (the
    header is line 1), or the row number of a workbook sheet. ``column`` is the
    header name, or ``-`` when the whole file or row is concerned.
    """

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        """One line, whatever the cells held: control characters are shown escaped."""
        return f"{self.file}:{self.line}: {_one_line(self.column)}: {_one_line(self.message)}"


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")  # tab stays


def _one_line(text: str) -> str:
    """Line breaks and other control characters as escapes (a value echoed in a message)."""
    return _CONTROL.sub(lambda found: repr(found.group())[1:-1], text)


class ImportFailed(Exception):
    """The import was refused and nothing was written; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the imported data")


class UnreadableInput(Exception):
    """The path is missing, of an unknown kind, or cannot be opened at all."""


class ReadError(Exception):
    """A file stopped being readable part way (bad encoding, broken CSV)."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")

"""Reading the input of an import: a folder of CSV files or an .xlsx workbook.

Both give, per file, its rows as lists of texts with the line each starts on;
the first row given is the header. Workbook cells that hold numbers, dates or
booleans are turned into the text the same cell would have in a CSV file.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from app.exchange.cells import DATETIME_FORMAT
from app.exchange.layout import FileSpec
from app.exchange.problems import ReadError, UnreadableInput

Rows = Iterator[tuple[int, list[str]]]


class Source(Protocol):
    def names(self) -> list[str]:
        """The file names present ("clients.csv"), known to the format or not."""
        ...

    def label(self, name: str) -> str:
        """How problems name the file: the file name, or the sheet of a workbook."""
        ...

    def rows(self, spec: FileSpec) -> Rows: ...

    def close(self) -> None: ...


def open_source(path: Path) -> Source:
    """The reader for ``path``: a folder of CSV files or an .xlsx workbook."""
    if path.is_dir():
        return CsvFolder(path)
    if path.is_file() and path.suffix.lower() == ".xlsx":
        return Workbook(path)
    if not path.exists():
        raise UnreadableInput(f"{path} does not exist")
    raise UnreadableInput(f"{path} is neither a folder of CSV files nor an .xlsx workbook")


class CsvFolder:
    def __init__(self, folder: Path) -> None:
        try:
            found = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".csv"]
        except OSError as error:
            raise UnreadableInput(f"cannot read the folder {folder}: {error}") from None
        self._paths = {p.name.lower(): p for p in sorted(found)}

    def names(self) -> list[str]:
        return list(self._paths)

    def label(self, name: str) -> str:
        return name

    def rows(self, spec: FileSpec) -> Rows:
        path = self._paths[spec.name]
        try:
            handle = path.open(encoding="utf-8-sig", newline="")
        except OSError as error:
            raise UnreadableInput(f"cannot read {path}: {error}") from None
        with handle:
            reader = csv.reader(handle)
            start = 1
            try:
                for cells in reader:
                    if any(cells):
                        yield start, cells
                    start = reader.line_num + 1
            except UnicodeDecodeError:
                raise ReadError(_first_line_not_utf8(path), "is not UTF-8 text") from None
            except csv.Error as error:
                raise ReadError(start, f"is not readable CSV: {error}") from None

    def close(self) -> None:
        """Nothing stays open between files."""


def _first_line_not_utf8(path: Path) -> int:
    """The physical line holding the first bytes that are not UTF-8 (the decoder reads ahead)."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


class Workbook:
    def __init__(self, path: Path) -> None:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError) as error:
            raise UnreadableInput(f"cannot read the workbook {path}: {error}") from None
        self._sheets = {title.strip().lower(): title for title in self._book.sheetnames}

    def names(self) -> list[str]:
        return [f"{sheet}.csv" for sheet in self._sheets]

    def label(self, name: str) -> str:
        return name.removesuffix(".csv")

    def rows(self, spec: FileSpec) -> Rows:
        sheet = self._book[self._sheets[spec.sheet]]
        sheet.reset_dimensions()  # some writers store a wrong used range
        kinds: list[str] | None = None
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            if kinds is None:
                header = [_text(v, "text") for v in values]
                while header and not header[-1]:
                    header.pop()
                if header:
                    by_name = {c.name: c.kind for c in spec.columns}
                    kinds = [by_name.get(h.strip().lower(), "text") for h in header]
                    yield number, header
                continue
            cells = [_text(v, kinds[i] if i < len(kinds) else "text") for i, v in enumerate(values)]
            if any(cells):
                yield number, cells

    def close(self) -> None:
        self._book.close()


def _text(value: Any, kind: str) -> str:
    """A workbook cell as the text a CSV file would hold for a column of ``kind``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        # Excel keeps times as fractions of a day: round to the second.
        value = (value + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
        if kind == "datetime" or value.time() != dt.time():
            return value.strftime(DATETIME_FORMAT)
        return value.date().isoformat()
    if isinstance(value, dt.date):
        if kind == "datetime":
            return dt.datetime.combine(value, dt.time()).strftime(DATETIME_FORMAT)
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(value, ".15g")  # 320.5, not 320.49999999999997
    return str(value)

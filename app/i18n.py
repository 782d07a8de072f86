"""The person's language for text made outside the widgets, without Qt.

Report titles, column titles, chart labels, PDF text and the refusal
templates of the services are written in English. Two names mark them for
``pyside6-lupdate`` (which reads Python sources and knows these names):

- ``QT_TRANSLATE_NOOP(context, text)`` marks a literal kept in data (a
  column title, a refusal template) and returns it unchanged; whoever shows
  it translates it later with the same context;
- ``translate(context, text)`` marks the literal and translates it now, with
  the language the program installed (English until one is installed).

The program (the desktop at start, the command line with ``--lang``) installs
a ``Language`` built from Qt's translators and locale (app/i18n_qt.py); the
domain only calls the functions here. The contexts in use:

- "Reports": report titles; "ReportColumns": column titles;
- "ReportPdf": text printed on the PDFs; "ReportValues": fixed names shown as
  values (segments, metrics, kinds);
- "Refusals": the message templates of ValidationError and its kin.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """No translation: the English source, with ``%n`` filled in."""
    return text.replace("%n", str(n)) if n >= 0 else text


def iso_date(day: dt.date) -> str:
    return day.isoformat()


@dataclasses.dataclass(frozen=True)
class Language:
    """How text and numbers read in one language.

    The default is the program's English as it always printed: ISO dates and
    numbers grouped with spaces and a point before the decimals.
    """

    code: str = "en"
    translator: Translator = english
    decimal_point: str = "."
    group_separator: str = " "
    date_text: Callable[[dt.date], str] = iso_date

    def number(self, value: float | int, places: int | None = None) -> str:
        """12345 -> "12 345"; 1234.5 with places=2 -> "1 234.50" (in this language's marks)."""
        text = f"{value:,}" if places is None else f"{value:,.{places}f}"
        return (
            text.replace(",", "\0")
            .replace(".", self.decimal_point)
            .replace("\0", self.group_separator)
        )


_current = Language()


def set_language(language: Language) -> None:
    """Install the language every later ``translate`` and ``current()`` use."""
    global _current
    _current = language


def current() -> Language:
    return _current


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (a literal, so lupdate finds it) in the installed language."""
    return _current.translator(context, text, disambiguation, n)

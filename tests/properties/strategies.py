"""Inputs a person, a paste or a broken file can produce: odd texts, numbers, dates and ids."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from tests.conftest import TODAY

ODD_TEXTS = (
    "",
    " ",
    "\t\n\r ",
    "\x00",
    "Олена\x00Ковальчук",
    "Ковальчук Олена Петрівна",
    "  Іван   Сірко  ",
    "\u200b",
    "\ufeffBOM",
    "e\u0301",
    "'; DROP TABLE clients; --",
    "null",
    "Ω" * 201,
    "я" * 100_000,
    "\x1b[31mred\x1b[0m",
    "line\nbreak",
)


def texts() -> st.SearchStrategy[str]:
    """Any unicode (Cyrillic, control characters, NUL), empty, whitespace or huge."""
    return st.one_of(
        st.sampled_from(ODD_TEXTS),
        st.text(max_size=40),
        st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВ ʼ-", max_size=30),
        st.builds(lambda c, n: c * n, st.characters(), st.integers(190, 2100)),
    )


def optional_texts() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


def phones() -> st.SearchStrategy[str]:
    return st.one_of(
        texts(),
        st.sampled_from(
            [
                "050 123 45 67",
                "+380501234567",
                "(067) 765-43-21",
                "8 050 123 45 67",
                "+1 202 555 0143",
                "+44 7700 900123",
                "+380 00 000 00 00",
                "123",
                "+38050123456789012345678",
                "050 111 22 33",  # Ганна's
            ]
        ),
        st.from_regex(r"\+?[0-9 ()\-]{0,25}", fullmatch=True),
    )


def plates() -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(),
        texts(),
        st.sampled_from(["aa 0001 bc", "BB-0002-CC", "АА1234ВС", "X" * 21]),
        st.from_regex(r"[A-ZА-Я0-9 \-]{0,24}", fullmatch=True),
    )


def vins() -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(),
        texts(),
        st.sampled_from(["WVWZZZ1JZXW000001", "wvw zzz1jzxw000002", "WVWZZZ1JZXW00000I"]),
        st.from_regex(r"[A-Z0-9 ]{15,19}", fullmatch=True),
    )


HUGE = (2**63 - 1, 2**63, -(2**63) - 1, 2**64, 10**30, -(10**30))


def numbers() -> st.SearchStrategy[object]:
    """Whole numbers of any size, and what is not one: floats, decimals, text, bools."""
    return st.one_of(
        st.integers(-3, 12),
        st.integers(),
        st.sampled_from(HUGE),
        st.integers(-(2**70), 2**70),
        st.floats(),
        st.decimals(),
        st.sampled_from(["5", "", True, False]),
    )


def optional_numbers() -> st.SearchStrategy[object]:
    return st.none() | numbers()


def quantities() -> st.SearchStrategy[object]:
    """What an item's quantity may be given as: Decimal, int or text, sensible or not."""
    return st.one_of(
        st.decimals(places=3, min_value=Decimal("-5"), max_value=Decimal("1000")),
        st.decimals(),
        st.integers(),
        st.sampled_from(HUGE),
        st.floats(),
        st.sampled_from(["4.5", " 1 ", "1e400", "-1", "0.0001", "abc", "", "NaN", "Infinity"]),
        st.just(True),
    )


def ids(*real: int) -> st.SearchStrategy[object]:
    """An id: one that exists, one that does not, a huge one, or not an id at all."""
    return st.one_of(
        st.sampled_from(real) if real else st.nothing(),
        st.sampled_from([0, -1, 987_654, *HUGE, "1", 1.0, True]),
        st.integers(),
    )


def optional_ids(*real: int) -> st.SearchStrategy[object]:
    return st.none() | ids(*real)


def dates() -> st.SearchStrategy[object]:
    """Any day from year 1 to 9999, today and its neighbours, and what is not a date."""
    return st.one_of(
        st.dates(),
        st.sampled_from(
            [dt.date.min, dt.date.max, TODAY, TODAY + dt.timedelta(days=1), dt.date(1900, 1, 1)]
        ),
        st.sampled_from(["2026-01-01", 20260101]),
    )


def optional_dates() -> st.SearchStrategy[object]:
    return st.none() | dates()


def datetimes() -> st.SearchStrategy[object]:
    """Naive moments of any year, ones with a time zone, and what is not a moment."""
    now = dt.datetime.combine(TODAY, dt.time(10, 0))
    return st.one_of(
        st.datetimes(),
        st.sampled_from([dt.datetime.min, dt.datetime.max, now, now + dt.timedelta(days=1)]),
        st.datetimes(timezones=st.just(dt.UTC)),
        st.sampled_from(["2026-11-23 10:00", TODAY]),
    )


# --- mostly good input, a few fields wild -------------------------------------

Fields = dict[str, tuple[st.SearchStrategy[object], st.SearchStrategy[object]]]


def mixed(data: st.DataObject, fields: Fields) -> dict[str, object]:
    """Field values: up to three fields drawn wild, the others sensible.

    Purely arbitrary input is almost always refused on its first field; with
    most fields sensible, saves happen too and every check is reached.
    """
    wild = data.draw(st.sets(st.sampled_from(sorted(fields)), max_size=3), label="wild")
    return {
        name: data.draw(bad if name in wild else good, label=name)
        for name, (good, bad) in fields.items()
    }


def good_texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text a person types: any letters, Cyrillic, punctuation; no NUL."""
    letters = st.characters(blacklist_categories=("Cs", "Cc"))
    return st.text(letters, min_size=min_size, max_size=max_size)


def good_names() -> st.SearchStrategy[str]:
    return st.one_of(
        good_texts(1, 40).filter(str.strip),
        st.sampled_from(["Олена Ковальчук", "Іван Сірко", "Jean-Luc O'Neil"]),
    )


def good_phones() -> st.SearchStrategy[str]:
    return st.integers(1_000_000, 9_999_999).map(lambda n: f"067 {n:07d}")


def good_days() -> st.SearchStrategy[dt.date]:
    return st.dates(dt.date(2000, 1, 1), TODAY)


def good_moments() -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2026, 11, 23, 23, 59, 59))

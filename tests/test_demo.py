"""The demo generator: deterministic, within the expected sizes, obeying domain.md, realistic."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from app.db import create_db_engine, sqlite_url
from app.demo import generate
from app.demo.generator import COLUMNS
from app.services.errors import ValidationError
from app.services.normalize import normalize_phone, normalize_vin
from tests.conftest import TODAY

CLIENTS = 300
YEARS = 3
END_OF_TODAY = f"{TODAY.isoformat()} 23:59:59"


def fill(engine: Engine, seed: int = 7) -> dict[str, int]:
    return generate(engine, clients=CLIENTS, years=YEARS, seed=seed, today=TODAY)


def new_engine(template: Path, folder: Path, name: str) -> Engine:
    path = folder / name
    shutil.copyfile(template, path)
    return create_db_engine(sqlite_url(path))


def dump(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {
            table: conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all()
            for table in COLUMNS
        }


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[tuple[Connection, dict[str, int]]]:
    """One small demo database shared by the read-only checks of this module."""
    engine = new_engine(migrated_template, tmp_path_factory.mktemp("demo"), "demo.db")
    counts = fill(engine)
    with engine.connect() as conn:
        yield conn, counts
    engine.dispose()


@pytest.fixture
def conn(demo: tuple[Connection, dict[str, int]]) -> Connection:
    return demo[0]


def scalar(conn: Connection, sql: str) -> int:
    return conn.execute(text(sql), {"today": TODAY.isoformat(), "eod": END_OF_TODAY}).scalar_one()


# --- determinism --------------------------------------------------------------


def test_same_seed_gives_identical_tables_and_another_seed_does_not(
    engine: Engine, migrated_template: Path, tmp_path: Path
) -> None:
    other = new_engine(migrated_template, tmp_path, "again.db")
    third = new_engine(migrated_template, tmp_path, "seed8.db")
    try:
        assert fill(engine) == fill(other)
        first = dump(engine)
        assert first == dump(other)
        fill(third, seed=8)
        different = dump(third)
        assert first["clients"] != different["clients"]
        assert first["visits"] != different["visits"]
    finally:
        other.dispose()
        third.dispose()


# --- sizes ----------------------------------------------------------------------


def test_counts_are_returned_and_in_the_expected_ranges(
    demo: tuple[Connection, dict[str, int]],
) -> None:
    conn, counts = demo
    stored = {t: scalar(conn, f"SELECT count(*) FROM {t}") for t in COLUMNS}
    assert counts == stored
    assert counts["clients"] == CLIENTS
    assert counts["departments"] == 7
    assert counts["services"] == 30
    # about 10 visits per client and 2.5 items per visit, as performance.md's scales
    assert 8 * CLIENTS <= counts["visits"] <= 12 * CLIENTS
    assert 2.2 <= counts["visit_items"] / counts["visits"] <= 2.8
    assert CLIENTS <= counts["vehicles"] <= 1.5 * CLIENTS
    assert 0.1 * counts["visits"] <= counts["inquiries"] <= 0.4 * counts["visits"]
    assert 0.1 * counts["visits"] <= counts["reminders"] <= 0.8 * counts["visits"]


def test_arguments_out_of_range_are_refused(engine: Engine) -> None:
    with pytest.raises(ValidationError) as refused:
        generate(engine, clients=0, years=3, seed=1, today=TODAY)
    assert refused.value.field == "clients"
    with pytest.raises(ValidationError) as refused:
        generate(engine, clients=10, years=0, seed=1, today=TODAY)
    assert refused.value.field == "years"


def test_a_database_with_clients_is_refused_and_left_as_it_was(engine: Engine) -> None:
    generate(engine, clients=20, years=1, seed=1, today=TODAY)
    before = dump(engine)
    with pytest.raises(ValidationError, match="already has 20 clients"):
        generate(engine, clients=20, years=1, seed=2, today=TODAY)
    assert dump(engine) == before


def test_a_database_with_only_a_catalogue_is_refused_too(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO departments (id, name) VALUES (1, 'Maintenance')"))
    with pytest.raises(ValidationError, match="already has departments"):
        generate(engine, clients=20, years=1, seed=1, today=TODAY)


# --- domain.md's rules: every query counts violations --------------------------

VIOLATIONS = {
    "phone not E.164 +380": "SELECT count(*) FROM clients WHERE phone NOT GLOB '+380[0-9]*' "
    "OR length(phone) <> 13",
    "duplicate phone": "SELECT count(*) - count(DISTINCT phone) FROM clients",
    "duplicate plate": "SELECT count(plate) - count(DISTINCT plate) FROM vehicles",
    "duplicate vin": "SELECT count(vin) - count(DISTINCT vin) FROM vehicles",
    "self-referral": "SELECT count(*) FROM clients WHERE referred_by_id = id",
    "referrer registered the same day or later": "SELECT count(*) FROM clients c "
    "JOIN clients r ON r.id = c.referred_by_id WHERE r.registered_on >= c.registered_on",
    "left_on without reason or reason without left_on": "SELECT count(*) FROM clients "
    "WHERE (left_on IS NULL) <> (churn_reason_id IS NULL)",
    "left before registering": "SELECT count(*) FROM clients WHERE left_on < registered_on",
    "registered after today": "SELECT count(*) FROM clients WHERE registered_on > :today",
    "left after today": "SELECT count(*) FROM clients WHERE left_on > :today",
    "visit before registration": "SELECT count(*) FROM visits v JOIN clients c "
    "ON c.id = v.client_id WHERE date(v.started_at) < c.registered_on",
    "visit of another client's vehicle": "SELECT count(*) FROM visits v JOIN vehicles h "
    "ON h.id = v.vehicle_id WHERE h.client_id <> v.client_id",
    "mileage lower than an earlier visit of the vehicle": "SELECT count(*) FROM ("
    "SELECT mileage, max(mileage) OVER (PARTITION BY vehicle_id ORDER BY started_at, id "
    "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before FROM visits "
    "WHERE mileage IS NOT NULL) WHERE mileage < before",
    "rating out of 1..5": "SELECT count(*) FROM visits WHERE rating NOT BETWEEN 1 AND 5",
    "rating of a visit that did not happen": "SELECT count(*) FROM visits "
    "WHERE rating IS NOT NULL AND status <> 'completed'",
    "past visit still planned, or future visit not planned": "SELECT count(*) FROM visits "
    "WHERE (status = 'planned') <> (started_at > :eod)",
    "outside 8:00-19:00": "SELECT count(*) FROM visits "
    "WHERE substr(started_at, 12, 5) NOT BETWEEN '08:00' AND '18:59'",
    "item quantity or price off": "SELECT count(*) FROM visit_items "
    "WHERE quantity_milli <= 0 OR price < 0",
    "declined item on a visit that did not happen": "SELECT count(*) FROM visit_items i "
    "JOIN visits v ON v.id = i.visit_id WHERE i.declined AND v.status <> 'completed'",
    "visit without items": "SELECT count(*) FROM visits v WHERE NOT EXISTS "
    "(SELECT 1 FROM visit_items i WHERE i.visit_id = v.id)",
    "inquiry after today": "SELECT count(*) FROM inquiries WHERE received_at > :eod",
    "inquiry after its visit began": "SELECT count(*) FROM inquiries q "
    "JOIN visits v ON v.id = q.visit_id WHERE q.received_at > v.started_at",
    "inquiry linked to another client's visit": "SELECT count(*) FROM inquiries q "
    "JOIN visits v ON v.id = q.visit_id WHERE q.client_id IS NOT v.client_id",
    "reminder without due date or mileage": "SELECT count(*) FROM reminders "
    "WHERE due_on IS NULL AND due_mileage IS NULL",
    "reminder created or done after today": "SELECT count(*) FROM reminders "
    "WHERE created_on > :today OR done_on > :today",
    "done_on not matching status done": "SELECT count(*) FROM reminders "
    "WHERE (status = 'done') <> (done_on IS NOT NULL) OR done_on < created_on",
    "reminder of another client's vehicle": "SELECT count(*) FROM reminders r "
    "JOIN vehicles h ON h.id = r.vehicle_id WHERE h.client_id <> r.client_id",
    "inactive master on a planned visit": "SELECT count(*) FROM visits v "
    "JOIN employees e ON e.id = v.employee_id WHERE NOT e.active AND v.status = 'planned'",
    # derived columns were computed once at the end (rebuild_all)
    "revenue not the sum of bought items": "SELECT count(*) FROM visits v WHERE revenue <> "
    "(SELECT coalesce(sum(amount), 0) FROM visit_items i "
    "WHERE i.visit_id = v.id AND NOT i.declined)",
    "completed visit without chain number": "SELECT count(*) FROM visits "
    "WHERE status = 'completed' AND visit_no IS NULL",
    "client without search text": "SELECT count(*) FROM clients WHERE search_text = ''",
}


@pytest.mark.parametrize("rule", VIOLATIONS)
def test_no_row_breaks_a_rule(conn: Connection, rule: str) -> None:
    assert scalar(conn, VIOLATIONS[rule]) == 0


def test_phones_plates_and_vins_are_in_their_normal_forms(conn: Connection) -> None:
    phones = conn.exec_driver_sql("SELECT phone FROM clients").scalars().all()
    assert all(normalize_phone(phone) == phone for phone in phones)
    plates = conn.exec_driver_sql("SELECT plate FROM vehicles WHERE plate IS NOT NULL").scalars()
    assert all(re.fullmatch(r"[A-Z]{2}\d{4}[A-Z]{2}", plate) for plate in plates)
    vins = conn.exec_driver_sql("SELECT vin FROM vehicles WHERE vin IS NOT NULL").scalars().all()
    assert len(vins) > CLIENTS // 5
    assert all(normalize_vin(vin) == vin for vin in vins)


# --- the shape the reports need ------------------------------------------------

# reports.md's "lost": >= 2 completed visits, not departed, not do-not-contact, and
# days since the last > max(90, 2 x the average interval).
LOST_REGULARS = """
WITH s AS (
    SELECT c.id, count(*) AS n, julianday(min(date(v.started_at))) AS first,
           julianday(max(date(v.started_at))) AS last
    FROM clients c JOIN visits v ON v.client_id = c.id AND v.status = 'completed'
    WHERE c.left_on IS NULL AND NOT c.do_not_contact
    GROUP BY c.id HAVING n >= 2
)
SELECT count(*) FROM s WHERE julianday(:today) - last > max(90, 2 * (last - first) / (n - 1))
"""

SHAPE = {
    "departed clients with a reason": (
        "SELECT count(*) FROM clients WHERE left_on IS NOT NULL AND churn_reason_id IS NOT NULL",
        10,
    ),
    "departed with a note": ("SELECT count(*) FROM clients WHERE churn_note IS NOT NULL", 1),
    "referred clients": ("SELECT count(*) FROM clients WHERE referred_by_id IS NOT NULL", 20),
    "a referrer of several": (
        "SELECT max(n) FROM (SELECT count(*) AS n FROM clients GROUP BY referred_by_id "
        "HAVING referred_by_id IS NOT NULL)",
        2,
    ),
    "do-not-contact clients": ("SELECT count(*) FROM clients WHERE do_not_contact", 1),
    "lost regulars": (LOST_REGULARS, 5),
    "converted inquiries": (
        "SELECT count(*) FROM inquiries q JOIN visits v ON v.id = q.visit_id "
        "WHERE v.status = 'completed' AND q.client_id = v.client_id",
        50,
    ),
    "inquiries without a visit": ("SELECT count(*) FROM inquiries WHERE visit_id IS NULL", 20),
    "inquiries of strangers": ("SELECT count(*) FROM inquiries WHERE client_id IS NULL", 10),
    "declined items": ("SELECT count(*) FROM visit_items WHERE declined", 50),
    "planned visits": ("SELECT count(*) FROM visits WHERE status = 'planned'", 10),
    "cancelled visits": ("SELECT count(*) FROM visits WHERE status = 'cancelled'", 10),
    "no-shows": ("SELECT count(*) FROM visits WHERE status = 'no_show'", 10),
    "ratings of 1 or 2": ("SELECT count(*) FROM visits WHERE rating <= 2", 3),
    "feedback": ("SELECT count(*) FROM visits WHERE feedback IS NOT NULL", 50),
    "inactive masters with visits": (
        "SELECT count(DISTINCT e.id) FROM employees e JOIN visits v ON v.employee_id = e.id "
        "WHERE NOT e.active",
        1,
    ),
    "clients with two or more cars": (
        "SELECT count(*) FROM (SELECT client_id FROM vehicles GROUP BY 1 HAVING count(*) > 1)",
        20,
    ),
    "litres of oil": ("SELECT count(*) FROM visit_items WHERE quantity_milli % 1000 <> 0", 50),
    "pending reminders overdue": (
        "SELECT count(*) FROM reminders WHERE status = 'pending' AND due_on < :today",
        5,
    ),
    "pending reminders due within 30 days": (
        "SELECT count(*) FROM reminders WHERE status = 'pending' "
        "AND due_on BETWEEN :today AND date(:today, '+30 days')",
        5,
    ),
    "pending reminders by mileage only": (
        "SELECT count(*) FROM reminders WHERE status = 'pending' AND due_on IS NULL",
        1,
    ),
    "done reminders": ("SELECT count(*) FROM reminders WHERE status = 'done'", 20),
    "dismissed reminders": ("SELECT count(*) FROM reminders WHERE status = 'dismissed'", 20),
}


@pytest.mark.parametrize("feature", SHAPE)
def test_the_data_has_the_shape_reports_need(conn: Connection, feature: str) -> None:
    sql, at_least = SHAPE[feature]
    assert scalar(conn, sql) >= at_least


def test_tyre_changes_peak_in_spring_and_autumn(conn: Connection) -> None:
    by_month = dict(
        conn.exec_driver_sql(
            "SELECT substr(v.started_at, 6, 2), count(*) FROM visit_items i "
            "JOIN visits v ON v.id = i.visit_id JOIN services s ON s.id = i.service_id "
            "WHERE s.name LIKE 'Seasonal tyre change%' GROUP BY 1"
        ).all()
    )
    peak = sum(by_month.get(m, 0) for m in ("03", "04", "10", "11"))
    rest = sum(by_month.values()) - peak
    assert peak > 10 * rest  # the other eight months only see the edges of the seasons


def test_mondays_and_saturday_mornings_are_busy_and_sundays_quiet(conn: Connection) -> None:
    weekday = dict(
        conn.exec_driver_sql(
            "SELECT strftime('%w', started_at), count(*) FROM visits GROUP BY 1"
        ).all()
    )
    middle = (weekday["2"] + weekday["3"] + weekday["4"]) / 3  # Tuesday..Thursday
    assert weekday["1"] > 1.15 * middle  # Monday
    assert weekday["6"] > 1.1 * middle  # Saturday
    assert weekday.get("0", 0) < 0.3 * middle  # Sunday
    mornings = scalar(
        conn,
        "SELECT 1.0 * sum(substr(started_at, 12, 2) < '12') / count(*) FROM visits "
        "WHERE strftime('%w', started_at) IN ('1', '6')",
    )
    assert mornings > 0.5


def test_ratings_are_mostly_four_and_five(conn: Connection) -> None:
    share = scalar(
        conn,
        "SELECT 1.0 * sum(rating >= 4) / count(rating) FROM visits WHERE rating IS NOT NULL",
    )
    assert share > 0.8


def test_clients_keep_coming_back(conn: Connection) -> None:
    regulars = scalar(
        conn,
        "SELECT count(*) FROM (SELECT client_id FROM visits WHERE status = 'completed' "
        "GROUP BY 1 HAVING count(*) >= 5)",
    )
    assert regulars > CLIENTS // 3


def test_registrations_grow_over_the_years(conn: Connection) -> None:
    # The first three months hold the shop's existing clients: compare the nine
    # months after them with the last nine months.
    early, late = (
        scalar(
            conn,
            "SELECT count(*) FROM clients WHERE registered_on "
            f"BETWEEN date(:today, '{low}') AND date(:today, '{high}')",
        )
        for low, high in (("-33 months", "-24 months"), ("-9 months", "+0 days"))
    )
    assert late > 1.2 * early

"""A small deterministic shop written straight as exchange CSV files, with its known totals.

Used by the 10,000-visit import test; the same function at larger sizes makes
folders for timing the import by hand.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from app.exchange.layout import FILES_BY_NAME

FIRST = ["Олена", "Петро", "Ștefan", "Ion", "Марія", "Андрій", "Ana", "Оксана", "Mihai", "Ірина"]
LAST = ["Ковальчук", "Бондар", "Munteanu", "Rusu", "Шевченко", "Ткач", "Ceban", "Мельник"]
# name, department, price, whether the quantity is litres
SERVICES = [
    ("Заміна оливи", 1, "380", False),
    ("Олива 5W-30, л", 1, "320.50", True),
    ("Фільтр оливний", 1, "245.90", False),
    ("Шиномонтаж R16", 2, "1250.50", False),
    ("Балансування", 2, "180", False),
    ("Комп'ютерна діагностика", 3, "650", False),
    ("Diagnoză suspensie", 3, "420.75", False),
    ("Антифриз, л", 1, "95.40", True),
    ("Фарбування крила", 4, "4200", False),
]
STATUSES = ["completed"] * 17 + ["planned", "cancelled", "no_show"]
START = dt.datetime(2017, 1, 1)
SPAN_MINUTES = 9 * 365 * 24 * 60  # visits until the end of 2025


@dataclasses.dataclass(frozen=True)
class Shop:
    counts: dict[str, int]
    completed_revenue: Decimal  # non-declined items of completed visits, each rounded half up


def write_shop(folder: Path, clients: int, visits: int, seed: int = 7) -> Shop:
    rng = random.Random(seed)
    rows: dict[str, list[list[object]]] = {
        "departments.csv": [[1, "ТО"], [2, "Шиномонтаж"], [3, "Diagnosticare"], [4, "Кузов"]],
        "services.csv": [
            [i, name, dep, price, 12 if i == 1 else "", 10000 if i == 1 else ""]
            for i, (name, dep, price, _) in enumerate(SERVICES, start=1)
        ],
        "employees.csv": [[i, f"Майстер {i}", 1 + i % 4, int(i != 6)] for i in range(1, 7)],
        "sources.csv": [[1, "Google Maps"], [2, "Instagram"], [3, "Вивіска"]],
        "churn_reasons.csv": [[1, "Переїхав"], [2, "Ціни"]],
        "clients.csv": [],
        "vehicles.csv": [],
        "visits.csv": [],
        "visit_items.csv": [],
        "inquiries.csv": [],
        "reminders.csv": [],
    }
    cars: dict[int, list[int]] = {}
    for c in range(1, clients + 1):
        registered = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3600))
        left = c % 17 == 0
        rows["clients.csv"].append(
            [
                c,
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                f"+38050{1_000_000 + c:07d}",
                f"client{c}@example.com" if c % 3 == 0 else "",
                registered.isoformat(),
                rng.choice(["", 1, 2, 3]),
                rng.randrange(1, clients + 1) if c % 5 == 0 and c > 1 else "",
                int(c % 11 == 0),
                (registered + dt.timedelta(days=400)).isoformat() if left else "",
                1 + c % 2 if left else "",
                'сказав "дорого",\nпішов' if left else "",
                "" if c % 4 else f'Нотатка {c}:\n"VIP"',
            ]
        )
        cars[c] = []
        for _ in range(1 + (c % 3 == 0)):
            v = len(rows["vehicles.csv"]) + 1
            cars[c].append(v)
            vin = f"WVWZZZ1KZ{v:08d}" if v % 2 else ""
            rows["vehicles.csv"].append(
                [v, c, "Škoda", "Octavia", 2005 + v % 18, f"AA{v:06d}", vin]
            )
        if c % 2 == 0:
            rows["reminders.csv"].append(
                [
                    len(rows["reminders.csv"]) + 1,
                    c,
                    cars[c][0],
                    1,
                    "2027-01-15",
                    "",
                    "Заміна оливи",
                    "pending",
                    "2026-01-15",
                    "",
                    "",
                ]
            )
    revenue = Decimal(0)
    for v in range(1, visits + 1):
        c = rng.randrange(1, clients + 1)
        started = START + dt.timedelta(minutes=rng.randrange(SPAN_MINUTES))
        status = rng.choice(STATUSES)
        rows["visits.csv"].append(
            [
                v,
                c,
                rng.choice(cars[c]) if v % 10 else "",
                started.strftime("%Y-%m-%d %H:%M"),
                rng.randrange(1000, 300_000) if status == "completed" else "",
                rng.randrange(1, 7),
                status,
                rng.choice(["", 4, 5]) if status == "completed" else "",
                "Все добре" if v % 9 == 0 else "",
            ]
        )
        if v % 20 == 0:
            asked = (started - dt.timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")
            n = len(rows["inquiries.csv"]) + 1
            rows["inquiries.csv"].append([n, asked, c, "", "", 1, "call", v])
            rows["inquiries.csv"].append(
                [n + 1, asked, "", "Ion", "067 111 22 33", "", "walk_in", ""]
            )
        for _ in range(rng.choice([1, 2, 3, 4])):
            s = rng.randrange(len(SERVICES))
            litres = SERVICES[s][3]
            quantity = rng.choice(["4.5", "0.333", "3.7", "1"]) if litres else "1"
            price = SERVICES[s][2]
            declined = int(rng.random() < 0.1)
            rows["visit_items.csv"].append(
                [len(rows["visit_items.csv"]) + 1, v, s + 1, quantity, price, declined]
            )
            if status == "completed" and not declined:
                amount = Decimal(quantity) * Decimal(price)
                revenue += amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in rows.items():
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            output = csv.writer(handle)
            output.writerow([c.name for c in FILES_BY_NAME[name].columns][: len(data[0])])
            output.writerows(data)
    return Shop({name: len(data) for name, data in rows.items()}, revenue)

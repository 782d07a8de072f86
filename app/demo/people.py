"""Names, phones, e-mails, plates, VINs and cars of the demo clients.

Names are Ukrainian, Russian (both in Cyrillic) and Romanian (Latin script, as
a shop near Chernivtsi would type them), so search and PDFs meet both scripts.
Phones are Ukrainian mobiles in E.164, plates the Ukrainian "AA1234BC" form
typed with Latin letters, VINs valid 17-character ones with a check digit.
Every "unique" maker remembers what it issued and never repeats it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

_UA_MEN = (
    "Олександр", "Андрій", "Сергій", "Володимир", "Дмитро", "Микола", "Іван", "Василь",
    "Петро", "Юрій", "Богдан", "Тарас", "Олег", "Віталій", "Максим", "Роман", "Ігор",
    "Євген", "Артем", "Назар", "Степан", "Ярослав",
)  # fmt: skip
_UA_WOMEN = (
    "Олена", "Наталія", "Тетяна", "Ірина", "Оксана", "Світлана", "Юлія", "Марія",
    "Людмила", "Галина", "Анна", "Катерина", "Вікторія", "Софія", "Христина", "Ольга",
)  # fmt: skip
# Surnames that are the same for men and women.
_UA_SURNAMES = (
    "Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравченко", "Олійник", "Мельник",
    "Шевчук", "Поліщук", "Лисенко", "Руденко", "Савченко", "Марченко", "Бойко", "Ткачук",
    "Кравчук", "Гончаренко", "Мороз", "Павленко", "Левченко", "Романюк", "Коваль",
    "Кушнір", "Ковальчук", "Гнатюк", "Дячук", "Зінченко", "Клименко", "Петренко",
)  # fmt: skip
# (masculine, feminine)
_UA_GENDERED = (
    ("Ковальський", "Ковальська"), ("Вишневський", "Вишневська"), ("Стасюк", "Стасюк"),
    ("Яворський", "Яворська"), ("Левицький", "Левицька"), ("Білий", "Біла"),
)  # fmt: skip
_RU_MEN = ("Алексей", "Дмитрий", "Сергей", "Николай", "Михаил", "Владимир", "Игорь", "Павел")
_RU_WOMEN = ("Елена", "Наталья", "Татьяна", "Ирина", "Светлана", "Ольга", "Марина")
_RU_SURNAMES = (
    ("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"), ("Соколов", "Соколова"), ("Волков", "Волкова"),
    ("Морозов", "Морозова"), ("Никитин", "Никитина"), ("Орлов", "Орлова"),
)  # fmt: skip
_RO_MEN = ("Ion", "Vasile", "Gheorghe", "Mihai", "Andrei", "Nicolae", "Dumitru", "Constantin")
_RO_WOMEN = ("Maria", "Elena", "Ioana", "Ana", "Mihaela", "Cristina", "Daniela")
_RO_SURNAMES = (
    "Popescu", "Ionescu", "Rusu", "Munteanu", "Ciobanu", "Lungu", "Moraru", "Ursu",
    "Ceban", "Botnaru", "Cojocaru", "Țurcanu",
)  # fmt: skip

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ы": "y", "э": "e", "ё": "e", "ъ": "",
}  # fmt: skip
_MAIL_DOMAINS = ("gmail.com", "ukr.net", "i.ua", "gmail.com", "meta.ua", "outlook.com")

# Ukrainian mobile operator codes (Kyivstar, Vodafone, lifecell).
_MOBILE_CODES = ("50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93")
# Region codes of Ukrainian plates and the Latin twins of the Cyrillic plate letters.
_REGIONS = ("AA", "KA", "AX", "BH", "AE", "BC", "CE", "AI", "BI", "BO", "AT", "BX", "KE", "HH")
_PLATE_LETTERS = "ABCEHIKMOPTX"

#: make -> (models, world manufacturer identifier of its VINs)
CARS = {
    "Volkswagen": (("Passat", "Golf", "Jetta", "Touran", "Tiguan", "Caddy"), "WVW"),
    "Skoda": (("Octavia", "Fabia", "Superb", "Rapid", "Kodiaq"), "TMB"),
    "Toyota": (("Camry", "Corolla", "RAV4", "Land Cruiser Prado", "Yaris"), "JTD"),
    "Renault": (("Logan", "Megane", "Duster", "Kangoo", "Sandero"), "VF1"),
    "Hyundai": (("Tucson", "Accent", "Elantra", "Santa Fe", "i30"), "KMH"),
    "Kia": (("Sportage", "Ceed", "Rio", "Sorento"), "KNA"),
    "Ford": (("Focus", "Fusion", "Mondeo", "Kuga", "Transit"), "WF0"),
    "Daewoo": (("Lanos", "Sens", "Matiz", "Nexia"), "XWB"),
    "Chevrolet": (("Aveo", "Lacetti", "Cruze", "Captiva"), "KL1"),
    "Nissan": (("Qashqai", "Leaf", "X-Trail", "Almera", "Juke"), "SJN"),
    "Mitsubishi": (("Lancer", "Outlander", "ASX", "Pajero Sport"), "JMB"),
    "BMW": (("3 Series", "5 Series", "X5", "X3"), "WBA"),
    "Mercedes-Benz": (("C-Class", "E-Class", "Vito", "Sprinter"), "WDD"),
    "Audi": (("A4", "A6", "Q5", "A3"), "WAU"),
    "Opel": (("Astra", "Vectra", "Zafira", "Insignia"), "W0L"),
    "Peugeot": (("308", "301", "Partner", "3008"), "VF3"),
    "ZAZ": (("Vida", "Forza", "Sens"), "Y6D"),
    "Lada": (("2107", "Priora", "Kalina", "Niva"), "XTA"),
}
_MAKES = tuple(CARS)
_MAKE_WEIGHTS = (14, 13, 11, 9, 8, 7, 7, 6, 5, 5, 3, 3, 3, 3, 4, 3, 2, 3)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True))
_VIN_VALUES.update(zip("STUVWXYZ", range(2, 10), strict=True))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 1980 (A) .. 2009 (9), then A again


def person_name(rng: random.Random) -> str:
    """Ukrainian (70%) and Russian names as "Surname Firstname", Romanian as "Ion Popescu"."""
    roll = rng.random()
    woman = rng.random() < 0.3
    if roll < 0.7:
        first = rng.choice(_UA_WOMEN if woman else _UA_MEN)
        if rng.random() < 0.8:
            surname = rng.choice(_UA_SURNAMES)
        else:
            surname = rng.choice(_UA_GENDERED)[woman]
    elif roll < 0.9:
        first = rng.choice(_RU_WOMEN if woman else _RU_MEN)
        surname = rng.choice(_RU_SURNAMES)[woman]
    else:
        return f"{rng.choice(_RO_WOMEN if woman else _RO_MEN)} {rng.choice(_RO_SURNAMES)}"
    return f"{surname} {first}"


def email_for(name: str, rng: random.Random) -> str:
    """A plausible address made from the name's transliteration."""
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in name.casefold())
    parts = "".join(c if c.isascii() and c.isalnum() else " " for c in latin).split()
    local = ".".join(reversed(parts)) if rng.random() < 0.5 else "".join(parts)
    return f"{local}{rng.randint(1, 99)}@{rng.choice(_MAIL_DOMAINS)}"


class UniqueMaker:
    """Draws phones, plates and VINs, never the same one twice."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._issued: set[str] = set()

    def _unique(self, draw: Callable[[], str]) -> str:
        while True:
            value = draw()
            if value not in self._issued:
                self._issued.add(value)
                return value

    def phone(self) -> str:
        rng = self._rng
        return self._unique(
            lambda: f"+380{rng.choice(_MOBILE_CODES)}{rng.randint(2_000_000, 9_999_999)}"
        )

    def plate(self) -> str:
        rng = self._rng
        letters = _PLATE_LETTERS
        return self._unique(
            lambda: (
                f"{rng.choice(_REGIONS)}{rng.randint(1, 9999):04d}"
                f"{rng.choice(letters)}{rng.choice(letters)}"
            )
        )

    def vin(self, make: str, year: int) -> str:
        rng = self._rng
        wmi = CARS[make][1]

        def draw() -> str:
            body = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
            tail = f"{rng.choice(_VIN_CHARS)}{rng.randint(0, 999_999):06d}"
            vin = f"{wmi}{body}0{_VIN_YEARS[(year - 1980) % 30]}{tail}"
            return vin[:8] + _vin_check_digit(vin) + vin[9:]

        return self._unique(draw)


def _vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def car(rng: random.Random, this_year: int) -> tuple[str, str, int]:
    """(make, model, year): mostly 5..20-year-old cars, as on Ukrainian roads."""
    make = rng.choices(_MAKES, _MAKE_WEIGHTS)[0]
    age = min(30, int(rng.gammavariate(3.0, 3.5)))
    return make, rng.choice(CARS[make][0]), this_year - age

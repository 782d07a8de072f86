"""The demo shop's fixed reference data: departments, services, sources, churn reasons.

Catalogue names are English (the program translates its own words, not the
shop's data); prices are today's, in whole hryvnias, and are deflated for
earlier years by ``generator`` so that revenue grows with inflation too.
"""

from __future__ import annotations

import dataclasses

MAINTENANCE = "Maintenance"
TYRES = "Tyre fitting"
DIAGNOSTICS = "Diagnostics"
BODY = "Body work"
ELECTRICS = "Electrics"
AIR_CONDITIONING = "Air conditioning"
BRAKES = "Brakes and suspension"

DEPARTMENTS = (MAINTENANCE, TYRES, DIAGNOSTICS, BODY, ELECTRICS, AIR_CONDITIONING, BRAKES)


@dataclasses.dataclass(frozen=True)
class ServiceSpec:
    """A catalogue service; ``price`` in whole hryvnias at today's prices."""

    key: str
    name: str
    department: str
    price: int
    interval_months: int | None = None
    interval_km: int | None = None
    #: thousandths per unit sold when not 1 (litres of oil, four wheels...)
    quantity: tuple[int, ...] = (1000,)
    #: body work and repairs are priced per job: the catalogue price times 0.5..3
    priced_per_job: bool = False
    #: a completed (or declined) one makes a reminder to call the client
    reminds: bool = False


SERVICES = (
    ServiceSpec("oil_change", "Oil and filter change", MAINTENANCE, 450, 12, 10_000, reminds=True),
    ServiceSpec(
        "engine_oil", "Engine oil 5W-30, litre", MAINTENANCE, 380, quantity=(3500, 4000, 4500, 5500)
    ),
    ServiceSpec("air_filter", "Air filter replacement", MAINTENANCE, 250, 12, 15_000),
    ServiceSpec("cabin_filter", "Cabin filter replacement", MAINTENANCE, 200, 12, 15_000),
    ServiceSpec(
        "spark_plugs", "Spark plugs replacement", MAINTENANCE, 600, None, 30_000, reminds=True
    ),
    ServiceSpec(
        "timing_belt", "Timing belt replacement", MAINTENANCE, 4200, 60, 90_000, reminds=True
    ),
    ServiceSpec("coolant", "Coolant change", MAINTENANCE, 700, 36, 60_000, reminds=True),
    ServiceSpec("tyre_change", "Seasonal tyre change, set of 4", TYRES, 800, 6, reminds=True),
    ServiceSpec("balancing", "Wheel balancing, per wheel", TYRES, 120, quantity=(4000, 2000)),
    ServiceSpec("tyre_repair", "Puncture repair", TYRES, 250),
    ServiceSpec("tyre_storage", "Tyre storage, one season", TYRES, 900, 6),
    ServiceSpec("computer_diag", "Computer diagnostics", DIAGNOSTICS, 500),
    ServiceSpec("suspension_check", "Suspension check", DIAGNOSTICS, 300, 12),
    ServiceSpec("alignment", "Wheel alignment", DIAGNOSTICS, 700, 12, 15_000, reminds=True),
    ServiceSpec("pre_purchase", "Pre-purchase inspection", DIAGNOSTICS, 1200),
    ServiceSpec("panel_paint", "Panel painting", BODY, 4500, priced_per_job=True),
    ServiceSpec("dent_repair", "Paintless dent repair", BODY, 1500, priced_per_job=True),
    ServiceSpec("polishing", "Body polishing", BODY, 3000, 12),
    ServiceSpec("bumper_repair", "Bumper repair", BODY, 2500, priced_per_job=True),
    ServiceSpec("battery", "Battery replacement", ELECTRICS, 450, 48, reminds=True),
    ServiceSpec("bulbs", "Headlight bulb replacement", ELECTRICS, 150, quantity=(1000, 2000)),
    ServiceSpec("alternator", "Alternator repair", ELECTRICS, 2200, priced_per_job=True),
    ServiceSpec("starter", "Starter repair", ELECTRICS, 1800, priced_per_job=True),
    ServiceSpec("wiring", "Wiring fault finding", ELECTRICS, 900, priced_per_job=True),
    ServiceSpec("ac_refill", "A/C refill", AIR_CONDITIONING, 1100, 12, reminds=True),
    ServiceSpec("ac_clean", "A/C disinfection", AIR_CONDITIONING, 600, 12),
    ServiceSpec(
        "brake_pads", "Brake pads replacement, axle", BRAKES, 700, 24, 30_000, reminds=True
    ),
    ServiceSpec("brake_discs", "Brake discs replacement, axle", BRAKES, 1300, None, 60_000),
    ServiceSpec("brake_fluid", "Brake fluid change", BRAKES, 500, 24, reminds=True),
    ServiceSpec("shock_absorbers", "Shock absorbers replacement", BRAKES, 2400, None, 80_000),
)

#: Marketing sources and how often new clients name each (the rest name none).
SOURCES = (
    ("Signboard", 18),
    ("Google Maps", 24),
    ("Instagram", 11),
    ("Facebook", 5),
    ("Radio", 4),
    ("Friend's recommendation", 21),
    ("Website", 8),
    ("Passing by", 4),
)
NO_SOURCE_WEIGHT = 5
REFERRAL_SOURCE = "Friend's recommendation"

QUALITY_COMPLAINT = "Quality complaint"

#: Churn reasons with their weights and a few notes an administrator might add.
CHURN_REASONS = (
    ("Moved away", 22, ("Moved to Lviv", "Moved abroad", "Works in another city now")),
    ("Prices too high", 20, ("Found a cheaper garage", "Said the timing belt quote was too high")),
    (QUALITY_COMPLAINT, 12, ("Oil leak after the service", "Unhappy with the paint job")),
    ("Sold the car", 26, ("Sold the car, uses public transport", "Sold the car to a relative")),
    ("Went to a competitor", 14, ("Goes to the dealer now", "A friend opened a garage")),
    ("Long waiting times", 6, ("Waited two weeks for a slot",)),
)

#: Things clients say when they rate a visit, by rating (Ukrainian: the clients' words).
FEEDBACK = {
    5: (
        "Все чудово, дякую!",
        "Швидко і якісно",
        "Найкращий сервіс у місті",
        "Дуже ввічливий майстер",
        "Зробили раніше, ніж обіцяли",
    ),
    4: ("Добре, але довелося трохи почекати", "Якісно, ціни трохи високі", "Все добре"),
    3: ("Нормально", "Довго чекав на запчастини", "Могло бути й краще"),
    2: ("Машину повернули брудною", "Записали на 9:00, взяли о 10:30"),
    1: ("Після заміни масла тече", "Нахамили на рецепції", "Вдруге переробляли ту саму роботу"),
}

CLIENT_NOTES = (
    "Prefers calls after 18:00",
    "Pays by card only",
    "Company car, invoice to the employer",
    "Brings his own oil",
    "Speaks Romanian, son translates",
    "Wants the old parts back",
    "Fleet client: three cars of the same company",
)

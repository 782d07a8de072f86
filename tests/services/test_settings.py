from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.errors import ValidationError
from app.services.settings import ShopSettings, load_settings, save_settings


def test_defaults_then_saved_values(session) -> None:
    assert load_settings(session) == ShopSettings()
    save_settings(session, phone_region="md", currency="mdl", abc_a="0.8")
    settings = load_settings(session)
    assert (settings.phone_region, settings.currency, settings.abc_a) == (
        "MD",
        "MDL",
        Decimal("0.8"),
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("phone_region", "XX"),
        ("currency", "hryvnia"),
        ("abc_a", "1.5"),
        ("declined_reminder_days", "0"),
        ("shop_name", "  "),
        ("abc_a", "0.99"),
    ],
)
def test_bad_settings_are_refused(session, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save_settings(session, **{field: value})
    assert caught.value.field in (field, "abc_b")

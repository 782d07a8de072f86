"""Clients and cars: any input is stored as normalised or refused naming its field."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.services import clients, vehicles
from app.services.clients import ClientInput
from app.services.normalize import normalize_phone, normalize_plate, normalize_vin
from app.services.vehicles import VehicleInput
from tests.properties import strategies as gen
from tests.properties.support import PROPERTY_SETTINGS, attempt

CLIENT_FIELDS = (
    "client_id",
    "name",
    "phone",
    "email",
    "registered_on",
    "source_id",
    "referred_by_id",
    "notes",
)
VEHICLE_FIELDS = ("client_id", "make", "model", "year", "plate", "vin")


def client_inputs(data: st.DataObject, ids: tuple[int, ...]) -> ClientInput:
    source, referrer = st.sampled_from(ids[2:]), st.sampled_from(ids[:2])
    return ClientInput(
        **gen.mixed(
            data,
            {
                "name": (gen.good_names(), gen.texts()),
                "phone": (gen.good_phones(), gen.phones()),
                "email": (
                    st.sampled_from([None, "olena@example.com", " a@b.ua "]),
                    gen.optional_texts(),
                ),
                "registered_on": (st.none() | gen.good_days(), gen.optional_dates()),
                "source_id": (st.none() | source, gen.optional_ids(*ids)),
                "referred_by_id": (st.none() | referrer, gen.optional_ids(*ids)),
                "notes": (gen.good_texts(), gen.texts()),
            },
        )
    )


def _check_stored(session, client_id: int, data: ClientInput, registered_on) -> None:
    session.expire_all()
    stored = clients.get_client(session, client_id).client
    assert stored.name == " ".join(data.name.split())
    assert stored.phone == normalize_phone(data.phone)
    assert stored.email == ((data.email or "").strip() or None)
    assert stored.registered_on == registered_on
    assert (stored.source_id, stored.referred_by_id) == (data.source_id, data.referred_by_id)
    assert stored.notes == data.notes.strip()


@PROPERTY_SETTINGS
@given(data=st.data())
def test_create_client(session, clock, world, data) -> None:
    session.rollback()
    given_input = client_inputs(data, (world.ann, world.bob, world.google))
    saved = attempt(
        session, lambda: clients.create_client(session, given_input, clock), CLIENT_FIELDS
    )
    if saved is not None:
        _check_stored(
            session, saved.value.id, given_input, given_input.registered_on or clock.today()
        )


@PROPERTY_SETTINGS
@given(data=st.data())
def test_update_client(session, clock, world, data) -> None:
    session.rollback()
    given_input = client_inputs(data, (world.ann, world.bob, world.google))
    target = data.draw(gen.ids(world.ann, world.bob))
    version = 1

    def write():
        return clients.update_client(session, target, given_input, clock, expected_version=version)

    saved = attempt(session, write, CLIENT_FIELDS)
    if saved is not None:
        _check_stored(session, target, given_input, given_input.registered_on or clock.today())


@PROPERTY_SETTINGS
@given(data=st.data())
def test_add_vehicle(session, clock, world, data) -> None:
    session.rollback()
    values = gen.mixed(
        data,
        {
            "owner": (st.sampled_from([world.ann, world.bob]), gen.ids(world.ann, world.bob)),
            "make": (gen.good_names(), gen.texts()),
            "model": (gen.good_texts(), gen.texts()),
            "year": (st.none() | st.integers(1900, 2027), gen.optional_numbers()),
            "plate": (
                st.none() | st.from_regex(r"[A-Z]{2}[0-9]{4}[A-Z]{2}", fullmatch=True),
                gen.plates(),
            ),
            "vin": (st.none() | st.sampled_from(["WVWZZZ1JZXW000001"]), gen.vins()),
        },
    )
    owner = values.pop("owner")
    given_input = VehicleInput(**values)
    saved = attempt(
        session,
        lambda: vehicles.add_vehicle(session, owner, given_input, clock),
        VEHICLE_FIELDS,
    )
    if saved is not None:
        session.expire_all()
        stored = vehicles.get_vehicle(session, saved.value.id)
        assert stored.client_id == owner
        assert stored.make == given_input.make.strip()
        assert stored.model == given_input.model.strip()
        assert stored.year == given_input.year
        assert stored.plate == normalize_plate(given_input.plate)
        assert stored.vin == normalize_vin(given_input.vin)

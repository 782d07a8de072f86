from __future__ import annotations

import dataclasses

import pytest

from app.services.changes import Changes, Saved


def test_changes_combine_and_name_their_kinds() -> None:
    empty = Changes()
    assert not empty
    assert empty.kinds == frozenset()
    a = Changes.of(clients=[1, None], visits=[7])
    b = Changes.of(clients=[2], reminders=[3])
    both = a | b
    assert both.clients == {1, 2}
    assert (both.visits, both.reminders) == ({7}, {3})
    assert both.kinds == {"clients", "visits", "reminders"}
    assert both


def test_changes_and_results_are_frozen() -> None:
    saved = Saved(value=5, changes=Changes.of(visits=[5]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        saved.value = 6  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        saved.changes.visits = frozenset()  # type: ignore[misc]

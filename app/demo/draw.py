"""Fast weighted draws for the hot loops of the generator.

``random.choices`` costs microseconds per call; a million visits call it
several times each. A ``Picker`` precomputes a table of 1,000 entries where
each value appears in proportion to its weight (to 0.1%), so a draw is one
``random()`` and an index.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
RESOLUTION = 1000


class Picker(Generic[T]):
    def __init__(self, values: Sequence[T], weights: Sequence[float]) -> None:
        total = float(sum(weights))
        table: list[T] = []
        running = 0.0
        for value, weight in zip(values, weights, strict=True):
            running += weight
            table.extend([value] * (round(running / total * RESOLUTION) - len(table)))
        self.table = tuple(table)

    def __call__(self, rng: random.Random) -> T:
        return self.table[int(rng.random() * RESOLUTION)]


def pick(rng: random.Random, values: Sequence[T]) -> T:
    """``rng.choice`` without its bit-by-bit rejection sampling (uniform to 2**-53)."""
    return values[int(rng.random() * len(values))]

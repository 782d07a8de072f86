"""Benchmark groups: each module registers its groups with ``@register_group``.

To add a group, add a module here; ``load_all`` imports every one of them.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")

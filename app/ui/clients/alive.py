"""Worker answers for widgets that may be gone by the time the answer comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid


def while_alive(owner: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback``, skipped once ``owner`` is deleted (a card closed while it loaded)."""

    def call(value: Any) -> None:
        if isValid(owner):
            callback(value)

    return call

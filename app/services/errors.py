"""Errors the services raise for the person at the desk.

The message is an English template with ``{placeholders}``; the screens
translate the template first and then fill it in, so refusals reach the
person in their language while the services stay free of Qt.
"""

from __future__ import annotations

from typing import Any


class ValidationError(Exception):
    """Input refused: ``field`` names what is wrong, ``message`` says why."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        self.message = message
        self.params = params
        super().__init__(f"{field}: {self.text()}")

    def text(self, translate: Any = None) -> str:
        """The message filled in; ``translate`` maps the template first, when given."""
        template = translate(self.message) if translate else self.message
        return template.format(**self.params)


class DuplicateError(ValidationError):
    """The value belongs to an existing record (offer to open it instead)."""

    def __init__(self, field: str, message: str, existing_id: int, **params: Any) -> None:
        self.existing_id = existing_id
        super().__init__(field, message, existing_id=existing_id, **params)


class NotFoundError(ValidationError):
    """A referenced record does not exist."""

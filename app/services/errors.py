"""Errors the services raise for the person at the desk.

The message is an English template with ``{placeholders}``; the screens
translate the template first and then fill it in, so refusals reach the
person in their language while the services stay free of Qt.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP


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


class ConflictError(ValidationError):
    """Another desk saved the record after this one opened it (field ``version``).

    ``who`` is the login that saved it and ``when`` a datetime the screens
    format; both are None when the record carries no stamp (then the message
    says only that it changed).
    """

    def __init__(self, who: str | None, when: dt.datetime | None) -> None:
        self.who = who
        self.when = when
        if who is None or when is None:
            super().__init__(
                "version",
                QT_TRANSLATE_NOOP(
                    "Refusals",
                    "This record was changed after you opened it; "
                    "reload it and make your change again.",
                ),
            )
        else:
            super().__init__(
                "version",
                QT_TRANSLATE_NOOP(
                    "Refusals",
                    "This record was changed by {who} at {when} after you opened it; "
                    "reload it and make your change again.",
                ),
                who=who,
                when=when,
            )

"""The visit screens' small shop (``desk``) serves the inquiry tests too."""

from tests.ui.visits.conftest import desk

__all__ = ["desk"]

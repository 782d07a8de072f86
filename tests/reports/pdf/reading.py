"""What the tests read back from a written PDF: each page's text and its fonts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def text_of(path: Path) -> str:
    return "\n".join(page_texts(path))


def fonts_of(path: Path) -> list[dict[str, Any]]:
    """Every font dictionary in the pages' resources (forms included)."""
    found: dict[int, Any] = {}

    def walk(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            found[id(ref.get_object())] = ref.get_object()
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return list(found.values())

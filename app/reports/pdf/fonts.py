"""The bundled DejaVu Sans family, registered with reportlab once per process.

reportlab's built-in fonts have no Cyrillic (and Helvetica lacks Romanian
ș/ț with comma below), so every PDF sets its text in DejaVu Sans, embedded as
a subset. The files and their licence live in resources/fonts/.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.config import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans and its bold as one family; returns (regular, bold) names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    # The family mapping lets <b> in paragraphs pick the bold face.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD

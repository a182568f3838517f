"""The fonts the kiosk carries along (``assets/fonts``, SIL Open Font License: ``OFL.txt``).

Every script of the kiosk's languages has its font in the application itself, so that a terminal
shows the same letters whatever its system has (a Windows terminal has no Ethiopic font, a slim
Debian image no Arabic one): Noto Sans for Latin, Greek and Cyrillic, Noto Naskh Arabic for Arabic,
Dari and Pashto (with Pashto's own letters ټ ډ ړ ږ ښ ګ ڼ ې ۍ), Noto Sans Ethiopic for Tigrinya.
(Noto Sans Arabic's lines are half as tall again as Noto Sans's, 46 px against 30 at 22 px: the
bar's buttons and the home tiles no longer held their Arabic words. Noto Naskh Arabic's are 38.)
They are registered before any window and named, in this order, as the families of every font
the kiosk sets: Qt takes a letter from the first family that has it.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from kiosk.paths import resource

log = logging.getLogger(__name__)

#: The families, in the order Qt looks for a letter in them.
FAMILIES = ("Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic")
#: Regular and bold of each family (the kiosk uses no other weight or style).
FILES = tuple(f"{family.replace(' ', '')}-{weight}.ttf" for family in FAMILIES for weight in ("Regular", "Bold"))

_registered: dict[str, tuple[str, ...]] = {}


def register_fonts() -> list[str]:
    """Add the bundled fonts to the application's font database (once); returns the families
    found. A missing or unreadable file is logged, and Qt's fallback fonts serve instead."""
    for name in FILES:
        if name in _registered:
            continue
        path = resource("assets", "fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("The font %s could not be loaded; the system's fonts are used instead.", path)
            continue
        _registered[name] = tuple(QFontDatabase.applicationFontFamilies(font_id))
    return sorted({family for families in _registered.values() for family in families})


def kiosk_font(*, pixel_size: int | None = None, point_size: float | None = None) -> QFont:
    """The kiosk's font: the bundled families in order, at the given size."""
    register_fonts()
    font = QFont()
    font.setFamilies(list(FAMILIES))
    if pixel_size is not None:
        font.setPixelSize(pixel_size)
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font


def missing_letters(text: str, font: QFont) -> list[str]:
    """The letters of ``text`` that ``font`` would draw from no bundled family, or as the
    missing-glyph box: what Qt actually lays out, font fallback included."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line = layout.createLine()
    layout.endLayout()
    # Qt counts in UTF-16 code units: the letter each unit belongs to.
    letters = [letter for letter in text for _unit in range(len(letter.encode("utf-16-le")) // 2)]
    missing = []
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        family = run.rawFont().familyName()
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes()):
            letter = letters[index] if 0 <= index < len(letters) else "?"
            if (glyph == 0 or family not in FAMILIES) and not letter.isspace() and letter not in missing:
                missing.append(letter)
    return missing

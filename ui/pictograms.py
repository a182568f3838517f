"""The drawn SVG pictograms of ``assets/pictograms`` (never font glyphs or emoji)."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resource

log = logging.getLogger(__name__)

#: Drawn instead of a pictogram that is missing from the assets.
FALLBACK = "document"
#: Pictograms that point somewhere and are mirrored in right-to-left layouts.
DIRECTIONAL = {"back", "next"}


def pictogram_path(name: str):
    return resource("assets", "pictograms", f"{name}.svg")


def has_pictogram(name: str) -> bool:
    return pictogram_path(name).is_file()


@cache
def _renderer(name: str) -> QSvgRenderer:
    path = pictogram_path(name)
    if not path.is_file():
        log.info("pictogram %r is missing; showing %r instead", name, FALLBACK)
        path = pictogram_path(FALLBACK)
    return QSvgRenderer(str(path))


@cache
def pixmap(name: str, size: int, *, mirrored: bool = False, ratio: float = 1.0) -> QPixmap:
    """The pictogram ``name`` drawn at ``size`` x ``size`` logical pixels.

    Drawn once per size and kept (a few dozen small images): the header and the screens set the
    same icons at every screen change. Callers never paint into what they get.
    """
    image = QPixmap(QSize(size, size) * ratio)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored and name in DIRECTIONAL:
        painter.translate(size, 0)
        painter.scale(-1, 1)
    _renderer(name).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@cache
def icon(name: str, size: int, *, mirrored: bool = False) -> QIcon:
    return QIcon(pixmap(name, size, mirrored=mirrored, ratio=2.0))

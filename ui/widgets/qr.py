"""QR codes drawn as crisp modules, from the pure-Python ``qrcode`` package (no Pillow).

``qr_matrix`` and ``qr_image`` touch no widget and may run on a worker thread; ``QrCode`` builds
its image there (a long text takes tens of milliseconds) and paints it scaled by a whole number
of device pixels per module, so no module is ever blurred.
"""

from __future__ import annotations

from math import floor

import qrcode
from PySide6.QtCore import QRect, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.safety import qr_error_correction
from ui.operations import run_in_background

#: The white margin around a code that readers need, in modules (ISO/IEC 18004).
QUIET_ZONE = 4

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str, *, error_correction: int | None = None) -> Matrix:
    """The modules of the smallest QR code holding ``text`` (UTF-8), True for dark, no quiet zone.

    ``error_correction`` is the kiosk's level (``kiosk.safety.QR_ERROR_CORRECTION``) unless given;
    catalogue validation refuses a web address that does not fit at that level.

    Raises:
        qrcode.exceptions.DataOverflowError: ``text`` is too long for any QR code.
    """
    if error_correction is None:
        error_correction = qr_error_correction()
    code = qrcode.QRCode(error_correction=error_correction, border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(module) for module in row) for row in code.get_matrix())


def qr_image(matrix: Matrix, module_px: int = 1) -> QImage:
    """``matrix`` with its quiet zone as a black-on-white image, ``module_px`` pixels a module."""
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    stride = (side + 3) // 4 * 4  # Grayscale8 lines are 32-bit aligned
    white, black = b"\xff", b"\x00"
    quiet = white * (QUIET_ZONE * module_px)
    blank = (white * stride) * (QUIET_ZONE * module_px)
    lines = [blank]
    for row in matrix:
        line = quiet + b"".join((black if dark else white) * module_px for dark in row) + quiet
        lines.append((line + white * (stride - side)) * module_px)
    lines.append(blank)
    data = b"".join(lines)
    return QImage(data, side, side, stride, QImage.Format.Format_Grayscale8).copy()


class QrCode(QWidget):
    """A QR code, black on white with its quiet zone, as large as fits, centred.

    Until the code is built (on a worker thread) an empty white square stands in its place. A
    framed code draws a thin border around the whole square it may use, so that codes of
    different densities, drawn at different whole-pixel sizes, still look the same size.

    Signals:
        ready(): the code for the current text is built and will be painted.
    """

    ready = Signal()

    #: Width of the frame of a framed code, in logical pixels.
    FRAME = 2

    def __init__(self, text: str = "", *, accessible_name: str = "", framed: bool = False,
                 frame_colour: str = "#5E7396", parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: Matrix | None = None
        self._image: QImage | None = None
        self._generation = 0
        self._framed = framed
        self._frame_colour = QColor(frame_colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(accessible_name)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show the QR code of ``text``; an empty text shows the white square only."""
        if text == self._text and (self._image is not None or not text):
            return
        self._text = text
        self._matrix = self._image = None
        self._generation += 1
        self.setAccessibleDescription(text)
        self.update()
        if not text:
            return
        generation = self._generation

        def build() -> tuple[Matrix, QImage]:
            matrix = qr_matrix(text)
            return matrix, qr_image(matrix)

        run_in_background(self, build, lambda result: self._on_built(generation, result))

    def text(self) -> str:
        return self._text

    def matrix(self) -> Matrix | None:
        """The modules shown (no quiet zone), or None while the code is being built."""
        return self._matrix

    def is_ready(self) -> bool:
        return self._image is not None

    def module_size(self) -> int:
        """Device pixels a module takes at the widget's current size (0 before the code is built)."""
        if self._image is None:
            return 0
        return max(1, self._inner_device_side() // self._image.width())

    def code_rect(self) -> QRect:
        """Where the code with its quiet zone is painted, in device pixels of the widget."""
        if self._image is None:
            return QRect()
        drawn = self.module_size() * self._image.width()
        ratio = self.devicePixelRatioF()
        x = (floor(self.width() * ratio) - drawn) // 2
        y = (floor(self.height() * ratio) - drawn) // 2
        return QRect(x, y, drawn, drawn)

    # --- QWidget ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        side = min(self.width(), self.height())
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        if self._framed:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(self._frame_colour, self.FRAME))
            painter.setBrush(QColor("white"))
            half = self.FRAME / 2
            painter.drawRoundedRect(square.adjusted(half, half, -half, -half), 12, 12)
        else:
            painter.fillRect(square, QColor("white"))
        if self._image is None:
            return
        # Whole device pixels per module: paint in device pixels, without smoothing.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        ratio = self.devicePixelRatioF()
        painter.scale(1 / ratio, 1 / ratio)
        painter.drawImage(self.code_rect(), self._image)

    # --- internals -------------------------------------------------------------------------

    def _inner_device_side(self) -> int:
        side = min(self.width(), self.height()) - (2 * self.FRAME if self._framed else 0)
        return floor(side * self.devicePixelRatioF())

    def _on_built(self, generation: int, result: tuple[Matrix, QImage]) -> None:
        if generation != self._generation:
            return  # the text changed meanwhile
        self._matrix, self._image = result
        self.update()
        self.ready.emit()

"""A horizontal bar chart of counts, drawn with QPainter, under statistical disclosure control.

Each count is shown as ``kiosk.stats.disclosed`` gives it: below 5 as "<5" with no bar at all (a
bar's length would give the count away), the others rounded to base 5, their bars drawn to the
rounded length. The exact counts are not even kept by the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.stats import MASKED, disclosed
from ui import theme

ROW = 44


class BarChart(QWidget):
    """Labelled bars, in the order given; each figure written beside its bar."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        """Show ``rows`` of (label, exact count); only their disclosed figures are kept."""
        self._rows = [(label, disclosed(count)) for label, count in rows]
        self.setAccessibleName("; ".join(f"{label}: {_text(shown)}" for label, shown in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int | None]]:
        """(label, figure shown): None for a count shown as "<5"."""
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(600, max(1, len(self._rows)) * ROW)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        label_width = self.width() * 0.4
        bar_space = self.width() - label_width - 80
        top = max((shown or 0 for _, shown in self._rows), default=0) or 1
        ink, bar = QColor(theme.COLOURS["ink"]), QColor(theme.COLOURS["bar"])
        for index, (label, shown) in enumerate(self._rows):
            y = index * ROW
            length = bar_space * (shown or 0) / top
            label_rect = QRectF(0, y, label_width - 12, ROW)
            bar_rect = QRectF(label_width, y + 8, length, ROW - 16)
            count_rect = QRectF(label_width + length + 8, y, 72, ROW)
            if rtl:
                label_rect.moveRight(self.width())
                bar_rect.moveRight(self.width() - label_width)
                count_rect.moveRight(bar_rect.left() - 8)
            painter.setPen(ink)
            align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if not rtl else Qt.AlignmentFlag.AlignLeft)
            elided = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            painter.drawText(label_rect, align, elided)
            if shown is not None:
                painter.fillRect(bar_rect, bar)
            # A left-to-right mark keeps "<5" from being mirrored into "5>" in right-to-left layouts.
            painter.drawText(count_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                             "\u200e" + _text(shown))
        painter.end()


def _text(shown: int | None) -> str:
    return MASKED if shown is None else str(shown)

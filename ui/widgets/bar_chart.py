"""A horizontal bar chart of counts, drawn with QPainter, small counts masked as "<5"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.stats import mask
from ui import theme

ROW = 44


class BarChart(QWidget):
    """Labelled bars, longest first; each count written beside its bar (masked below 5)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = rows
        self.setAccessibleName("; ".join(f"{label}: {mask(count)}" for label, count in rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
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
        top = max((count for _, count in self._rows), default=0) or 1
        ink, bar = QColor(theme.COLOURS["ink"]), QColor(theme.COLOURS["bar"])
        for index, (label, count) in enumerate(self._rows):
            y = index * ROW
            length = bar_space * count / top
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
            painter.fillRect(bar_rect, bar)
            # A left-to-right mark keeps "<5" from being mirrored into "5>" in right-to-left layouts.
            painter.drawText(count_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading, "\u200e" + mask(count))
        painter.end()

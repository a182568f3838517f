"""The "Are you still there?" overlay shown before an idle reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.widgets.common import big_button
from ui.widgets.labels import PlainLabel


class StillThereOverlay(QWidget):
    """Covers the window with a question and a big "I am still here" button.

    Signals:
        still_here(): the resident answered.
    """

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._question = PlainLabel(object_name="ScreenTitle")
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._seconds = PlainLabel(object_name="Countdown")
        self._seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._button = big_button("", "check")
        self._button.setMinimumWidth(480)

        panel = QFrame(objectName="OverlayPanel")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(64, 48, 64, 48)
        inner.setSpacing(24)
        inner.addWidget(self._question)
        inner.addWidget(self._seconds)
        inner.addWidget(self._button, 0, Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)

        self._button.clicked.connect(self.still_here)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self._question.setText(self.tr("Are you still there?"))
        self._seconds.setText(self.tr("Everything will be cleared in %1 seconds.").replace("%1", str(seconds)))
        self._button.setText(self.tr("Yes, I am here"))
        self._button.setAccessibleName(self._button.text())
        self.setGeometry(self.parentWidget().rect())
        if not self.isVisible():
            self.show()
            self.raise_()
            self._button.setFocus()

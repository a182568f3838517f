"""The row "Words explained here" under a screen's text: a big button per glossary word found.

Catalogue text is shown as plain text (DESIGN.md 6: no links in labels), so a word is made
tappable by a button of its own under the text, as a document is by its "i" button. The buttons
flow onto as many lines as the screen's width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.glossary import GlossaryTerm
from ui.widgets.common import big_button, heading
from ui.widgets.labels import directed

# Space between two buttons, across and down.
SPACING = 16


class FlowLayout(QLayout):
    """Widgets side by side, starting a new line when the next one does not fit (Qt's flow
    layout example), in the layout direction of the widget (right to left in Arabic)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items = []

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rtl = self.parentWidget() is not None and self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line_height = 0, area.y(), 0
        for item in self._items:
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10 ** 6)).expandedTo(item.minimumSize())
            if x > 0 and x + hint.width() > area.width():
                x, y, line_height = 0, y + line_height + SPACING, 0
            if move:
                left = area.right() + 1 - x - hint.width() if rtl else area.x() + x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + SPACING
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class GlossaryRow(QWidget):
    """"Words explained here" and a button per word; hidden when no word was found.

    Signals:
        chosen(str, str): the screen to open ("glossary" or "document") and the slug to open.
    """

    chosen = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heading = heading()
        self._buttons = QWidget()
        self._buttons.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._flow = FlowLayout(self._buttons)
        self._flow.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._heading)
        layout.addWidget(self._buttons)
        self.setVisible(False)

    def buttons(self) -> list[QPushButton]:
        return [self._flow.itemAt(i).widget() for i in range(self._flow.count())]

    def show_terms(self, terms: tuple[GlossaryTerm, ...], rtl_of) -> None:
        """A button per term of ``terms``, in the interface's language; ``rtl_of(lang)`` tells
        whether a term's label is written right to left."""
        while self._flow.count():
            widget = self._flow.takeAt(0).widget()
            widget.setParent(None)
            widget.deleteLater()
        self._heading.setText(self.tr("Words explained here"))
        for term in terms:
            label = directed(term.label.text, rtl_of(term.label.lang))
            button = big_button(label, "info", role="Secondary")
            button.setAccessibleName(self.tr("What does %1 mean?").replace("%1", term.label.text))
            button.setProperty("glossary", term.slug)
            target = ("document", term.document) if term.document else ("glossary", term.slug)
            button.clicked.connect(lambda _=False, target=target: self.chosen.emit(*target))
            self._flow.addWidget(button)
        self.setVisible(bool(terms))

"""Small building blocks shared by screens."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QScrollArea, QScroller, QWidget

from ui import accessibility, pictograms
from ui.widgets.labels import PlainLabel


def heading(text: str = "") -> PlainLabel:
    """A section heading inside a screen."""
    return PlainLabel(text, object_name="Heading")


def picture(name: str, size: int) -> QLabel:
    label = QLabel()
    label.setPixmap(pictograms.pixmap(name, size, ratio=2.0))
    label.setFixedSize(size, size)
    return label


def big_button(text: str, pictogram: str | None = None, *, role: str = "Primary",
               mirrored: bool = False) -> QPushButton:
    """A touch button: ``role`` is Primary (blue), Secondary (outlined) or Help (yellow)."""
    button = QPushButton(text, objectName=role)
    if pictogram:
        button.setIcon(pictograms.icon(pictogram, 40, mirrored=mirrored))
        button.setIconSize(QSize(40, 40))
    accessibility.set_name(button, text)
    return button


def set_button(button: QPushButton, text: str, pictogram: str | None = None, *, mirrored: bool = False) -> None:
    """Change a button's words (and pictogram) in place, keeping its accessible name in step."""
    button.setText(text)
    accessibility.set_name(button, text)
    if pictogram:
        button.setIcon(pictograms.icon(pictogram, 40, mirrored=mirrored))


def touch_scroll_area(content: QWidget) -> QScrollArea:
    """A scroll area that scrolls by dragging a finger (no scroll bar to aim at)."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget, child = item.widget(), item.layout()
        if widget is not None:
            widget.setParent(None)  # gone from the tree at once, freed by Qt soon after
            widget.deleteLater()
        if child is not None:
            clear_layout(child)  # a sub-layout is its own item, freed with its Python object
        else:
            # takeAt() hands the item (a widget's or a spacer's) over to the caller, who frees
            # it: left alone, each screen filled again kept a few (benchmarks/memory_bench.py).
            shiboken6.delete(item)


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab goes from each of ``widgets`` to the next, in reading order (widgets made later, as a
    screen fills itself, would otherwise come last: the keyboard of a front desk, ui.desk)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)

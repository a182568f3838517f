"""What a resident would see as broken on a screen: the checks ``kiosk screenshots --check`` runs.

Each check looks at the widgets actually laid out in the window, as Qt placed them:
- the window is not exactly its screen;
- a visible widget lies outside the window, or a scrolled one is cut sideways by its scroll area;
- a word-wrapped label is shorter than the height its text needs at its width (last line cut);
- a label's picture, or a button's or unwrapped label's text, is given less room than it needs;
- two visible interactive widgets overlap.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QScrollBar, QWidget,
)

#: Rounding of fractional device pixel ratios may move an edge by a pixel.
TOLERANCE = 1


def problems(window: QWidget, *, fills_screen: bool = True) -> list[str]:
    """Every layout problem of what ``window`` shows now, as one sentence each; with
    ``fills_screen``, a window that is not exactly its screen is one."""
    found: list[str] = []
    screen = window.windowHandle().screen() if window.windowHandle() is not None else None
    if fills_screen and screen is not None and window.geometry() != screen.geometry():
        found.append(f"the window is {_rect(window.geometry())}, its screen {_rect(screen.geometry())}")
    bounds = window.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    interactive: list[tuple[QWidget, QRect]] = []
    for widget in _visible_descendants(window):
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        viewport = _scroll_viewport(widget, window)
        if viewport is None:
            if not bounds.contains(rect):
                found.append(f"{_name(widget)} at {_rect(rect)} lies outside the window {_rect(window.rect())}")
            seen = rect
        else:
            area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            if rect.left() < area.left() - TOLERANCE or rect.right() > area.right() + TOLERANCE:
                found.append(f"{_name(widget)} at {_rect(rect)} is cut sideways by its scroll area {_rect(area)}")
            seen = rect.intersected(area)
        found += _content_problems(widget)
        if _is_interactive(widget) and not seen.isEmpty():
            interactive.append((widget, seen))
    for i, (first, first_rect) in enumerate(interactive):
        for second, second_rect in interactive[i + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            overlap = first_rect.intersected(second_rect)
            if overlap.width() > TOLERANCE and overlap.height() > TOLERANCE:
                found.append(f"{_name(first)} and {_name(second)} overlap at {_rect(overlap)}")
    return found


def _content_problems(widget: QWidget) -> list[str]:
    found = []
    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        if pixmap is not None and not pixmap.isNull():
            ratio = pixmap.devicePixelRatio() or 1.0
            contents = widget.contentsRect()
            if (contents.width() + TOLERANCE < pixmap.width() / ratio
                    or contents.height() + TOLERANCE < pixmap.height() / ratio):
                found.append(f"{_name(widget)}: its picture needs {round(pixmap.width() / ratio)}x"
                             f"{round(pixmap.height() / ratio)}, it has {_size(contents)}")
        elif widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() + TOLERANCE < needed:
                    found.append(f"{_name(widget)}: its wrapped text needs {needed} px of height, "
                                 f"it has {widget.height()}")
                if widget.minimumSizeHint().width() > widget.width() + TOLERANCE:
                    found.append(f"{_name(widget)}: a word needs {widget.minimumSizeHint().width()} px "
                                 f"of width, it has {widget.width()}")
            else:
                found += _hint_problems(widget)
    elif isinstance(widget, QAbstractButton) and (widget.text() or not widget.icon().isNull()):
        found += _hint_problems(widget)
    return found


def _hint_problems(widget: QWidget) -> list[str]:
    hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
    if hint.width() > widget.width() + TOLERANCE or hint.height() > widget.height() + TOLERANCE:
        return [f"{_name(widget)}: its text needs {_size(hint)}, it has {_size(widget.size())}"]
    return []


def _visible_descendants(window: QWidget):
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow() and not isinstance(widget, QScrollBar):
            yield widget


def _scroll_viewport(widget: QWidget, window: QWidget) -> QWidget | None:
    """The viewport of the innermost scroll area ``widget`` is scrolled in, if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return parent
        parent = area
    return None


def _is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, (QAbstractButton, QLineEdit)):
        return True
    return hasattr(widget, "clicked") and widget.focusPolicy() != widget.focusPolicy().NoFocus


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    text = text.replace("\u200b", "").replace("\u200e", "").replace("\u200f", "")
    label = f" {text[:40]!r}" if text else ""
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}{label}"


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def _size(size) -> str:
    return f"{size.width()}x{size.height()}"

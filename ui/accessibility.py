"""What screen readers are told: roles, names, actions and the language to speak them in.

Qt gives every standard widget an accessible interface (AT-SPI on Linux, UI Automation on
Windows). Three things it cannot know, set here in one place:

- A ``Card`` (a framed column of labels pressed as a whole) is a button: Qt would call it a
  panel with no action, so a screen reader user could neither recognise nor press it.
- The language buttons are one choice among several: radio buttons, not check boxes, inside a
  named group.
- The screen's language: the locale of the application and of every widget, which the screen
  reader uses to choose its voice (an Arabic voice on an Arabic screen).

Names never carry the invisible direction marks the kiosk adds to catalogue text for display
(``ui.widgets.labels.directed``): a screen reader would spell them, or start in the wrong voice.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import (
    QAbstractButton, QAccessibleWidget, QApplication, QGridLayout, QLayout, QScrollArea, QStackedLayout, QWidget,
)

from ui.translations import qt_locale

#: LRM, RLM, the embeddings and overrides (LRE RLE PDF LRO RLO) and the isolates (LRI RLI FSI PDI).
DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

#: The dynamic property that gives a widget an accessible role Qt does not know for it.
ROLE_PROPERTY = "accessibleRole"
#: A widget pressed as a whole (it has a ``clicked`` signal): a button with a Press action.
BUTTON = "button"
#: One exclusive choice of a group (a checkable button): a radio button.
RADIO = "radio"
#: A named group of controls (the language choice).
GROUP = "group"


def plain(text: str) -> str:
    """``text`` without its invisible direction marks: what a screen reader should read."""
    return DIRECTION_MARKS.sub("", text or "")


def set_name(widget: QWidget, text: str) -> None:
    """Set the name a screen reader says for ``widget`` (direction marks left out)."""
    widget.setAccessibleName(plain(text))


def set_role(widget: QWidget, role: str) -> None:
    """Expose ``widget`` as a ``BUTTON``, ``RADIO`` or ``GROUP`` (see ``install``)."""
    widget.setProperty(ROLE_PROPERTY, role)


def spoken(*parts: str) -> str:
    """The text read aloud: the non-empty ``parts``, one a line, without direction marks."""
    lines = (plain(line).strip() for part in parts for line in (part or "").split("\n"))
    return "\n".join(line for line in lines if line)


def set_language(lang: str) -> None:
    """Make ``lang`` the locale of the application and of every window and widget.

    AT-SPI reports a widget's own locale, or the default one for interfaces written in Python
    (``PressableAccessible``): both must be the screen's language.
    """
    locale = qt_locale(lang)
    QLocale.setDefault(locale)
    for window in QApplication.topLevelWidgets():
        window.setLocale(locale)  # children without a locale of their own follow


class PressableAccessible(QAccessibleWidget):
    """A widget pressed as a whole, exposed as a button: Press emits its ``clicked`` signal."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Button, "")

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            if self.widget().isEnabled():
                self.widget().clicked.emit()
        else:
            super().doAction(name)

    def state(self):
        state = super().state()
        state.focusable = True
        return state


class RadioAccessible(QAccessibleWidget):
    """A checkable button that is one choice of a group, exposed as a radio button."""

    def __init__(self, widget: QAbstractButton) -> None:
        super().__init__(widget, QAccessible.Role.RadioButton, "")

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name and not self.widget().accessibleName():
            return plain(self.widget().text())
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            if self.widget().isEnabled():
                self.widget().click()
        else:
            super().doAction(name)

    def state(self):
        state = super().state()
        state.checkable = True
        state.checked = self.widget().isChecked()
        state.focusable = True
        return state


class GroupAccessible(QAccessibleWidget):
    """A named group of controls."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Grouping, "")


_INTERFACES = {BUTTON: PressableAccessible, RADIO: RadioAccessible, GROUP: GroupAccessible}


def _interface_for(_class_name: str, obj: QObject):
    """The accessibility factory: a widget marked by ``set_role`` gets its interface; others Qt's.

    Qt calls it only while an assistive technology (or a test) asks for interfaces, once per
    widget; Qt deletes the interface with its widget. PySide 6.11 keeps the emptied Python
    wrapper (about a hundred bytes per card shown) for the life of the process.
    """
    if isinstance(obj, QWidget):
        make = _INTERFACES.get(obj.property(ROLE_PROPERTY))
        if make is not None:
            return make(obj)
    return None


_installed = False


def install() -> None:
    """Install the factory of ``set_role`` roles, once per process."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface_for)
        _installed = True


#: Marks a name given by ``name_regions``, renamed with the screen (not one a screen set itself).
_REGION_NAMED = "accessibleRegionNamed"


def name_regions(screen: QWidget, name: str) -> None:
    """Name ``screen`` and its scroll areas after the screen's title, unless they have a name."""
    for widget in (screen, *screen.findChildren(QScrollArea)):
        if not widget.accessibleName() or widget.property(_REGION_NAMED):
            set_name(widget, name)
            widget.setProperty(_REGION_NAMED, True)


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets of ``layout`` and its sub-layouts in reading order: a grid row by row."""
    indexes = range(layout.count())
    if isinstance(layout, QGridLayout):
        indexes = sorted(indexes, key=lambda index: layout.getItemPosition(index)[:2])
    widgets: list[QWidget] = []
    for index in indexes:
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _laid_out(item.layout())
    return widgets


def follow_reading_order(root: QWidget) -> None:
    """Order the children of ``root`` and of every widget in it as their layouts place them.

    Screen readers read children in the order Qt keeps them, the order they were added: a row
    filled again later (a procedure's facts) would be read after what follows it on screen.
    The layout's order is the visual order, mirrored on right-to-left screens as the layout is.
    Children outside the layout (overlays) stay above the others.
    """
    for widget in (root, *root.findChildren(QWidget)):
        layout = widget.layout()
        if layout is None or isinstance(layout, QStackedLayout):
            continue
        ordered = [child for child in _laid_out(layout) if child.parentWidget() is widget]
        placed = set(ordered)
        children = [child for child in widget.children() if isinstance(child, QWidget) and not child.isWindow()]
        if [child for child in children if child in placed] == ordered:
            continue
        for child in ordered + [child for child in children if child not in placed]:
            child.raise_()

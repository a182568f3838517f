"""What a screen reader is told, through Qt's accessibility interface, on every screen in French
and Arabic: roles, Press actions, names without direction marks, locale, reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

from tests.ui.test_accessibility import open_and_settle
from ui import accessibility
from ui.screenshots import SHOTS
from ui.widgets.card import Card

Role = QAccessible.Role
PRESS = QAccessibleActionInterface.pressAction()
LANGUAGE = {"fr": "Langue", "ar": "اللغة"}


def interface(widget):
    return QAccessible.queryAccessibleInterface(widget)


def name(iface) -> str:
    return iface.text(QAccessible.Text.Name)


def actions(iface) -> list[str]:
    action = iface.actionInterface()
    return action.actionNames() if action is not None else []


def shown_tree(iface):
    """Every interface of the tree under ``iface`` that is on screen, parents first."""
    if iface.state().invisible:
        return
    yield iface
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None:
            yield from shown_tree(child)


def open_in(window, qtbot, lang, screen, argument):
    if screen not in window.screen_names():
        pytest.skip(f"no {screen} screen")
    window.set_language(lang)
    open_and_settle(window, qtbot, screen, argument)


def check_what_acts_is_a_named_button_with_a_press_action(window, lang):
    pressable = [w for w in window.findChildren(QAbstractButton) + window.findChildren(Card) if w.isVisible()]
    assert pressable
    for widget in pressable:
        iface = interface(widget)
        label = f"{type(widget).__name__} {name(iface)!r}"
        assert name(iface).strip(), f"no name: {label}"
        if widget.isEnabled():  # a disabled button (the first step's "Previous") does nothing now
            assert PRESS in actions(iface), f"no Press action: {label}"
        if widget.property("lang"):
            assert iface.role() == Role.RadioButton, label
        elif isinstance(widget, Card) or not widget.isCheckable():
            assert iface.role() == Role.Button, label


def check_names_have_no_direction_marks_and_regions_are_named(window, lang):
    for iface in shown_tree(interface(window)):
        assert not accessibility.DIRECTION_MARKS.search(name(iface)), repr(name(iface))
    current = window.current_screen()
    assert name(interface(current)) == accessibility.plain(current.title())
    for area in current.findChildren(QScrollArea):
        if area.isVisible():
            assert name(interface(area)).strip()


def check_every_widget_speaks_the_language_of_the_screen(window, lang):
    wanted = QLocale(lang).name()
    assert QLocale().name() == wanted  # what AT-SPI reports for the application
    for widget in [window, *window.findChildren(QWidget)]:
        assert widget.locale().name() == wanted, f"{type(widget).__name__} {widget.objectName()}"
        attributes = interface(widget).attributesInterface() if widget.isVisible() else None
        if attributes is not None and QAccessible.Attribute.Locale in attributes.attributeKeys():
            assert attributes.attributeValue(QAccessible.Attribute.Locale).name() == wanted


def follows(before, after, rtl: bool) -> bool:
    """Whether ``after`` comes after ``before`` when reading the screen: below it, or further
    along the same line (leftwards on a right-to-left screen)."""
    if after.top() >= before.bottom() - 2:
        return True
    if after.bottom() <= before.top() + 2:
        return False
    return after.center().x() < before.center().x() if rtl else after.center().x() > before.center().x()


def check_reading_order_is_the_visual_order(window, lang):
    rtl = lang == "ar"
    for parent in shown_tree(interface(window)):
        children = [parent.child(i) for i in range(parent.childCount())]
        shown = [child for child in children
                 if child is not None and not child.state().invisible and not child.rect().isEmpty()]
        for before, after in zip(shown, shown[1:]):
            assert follows(before.rect(), after.rect(), rtl), (
                f"in {name(parent)!r}: {name(after)!r} {after.rect()} is read after {name(before)!r} {before.rect()}")


CHECKS = (check_what_acts_is_a_named_button_with_a_press_action,
          check_names_have_no_direction_marks_and_regions_are_named,
          check_every_widget_speaks_the_language_of_the_screen,
          check_reading_order_is_the_visual_order)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_screen_as_a_screen_reader_meets_it(window, qtbot, lang):
    """Each check on each screen (one window for all: building one costs seconds)."""
    for shot, screen, argument in SHOTS:
        open_in(window, qtbot, lang, screen, argument)
        for check in CHECKS:
            try:
                check(window, lang)
            except AssertionError as error:
                raise AssertionError(f"{shot} in {lang}: {check.__name__}: {error}") from error


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_languages_are_a_named_group_of_radio_buttons(window, qtbot, lang):
    open_in(window, qtbot, lang, "home", None)
    groups = [iface for iface in shown_tree(interface(window)) if iface.role() == Role.Grouping]
    assert [name(group) for group in groups] == [LANGUAGE[lang]]
    radios = [groups[0].child(i) for i in range(groups[0].childCount())]
    assert [iface.role() for iface in radios] == [Role.RadioButton] * len(window.services.languages)
    checked = [iface.object().property("lang") for iface in radios if iface.state().checked]
    assert checked == [lang]
    other = next(iface for iface in radios if iface.object().property("lang") != lang)
    other.actionInterface().doAction(PRESS)
    assert window.lang == other.object().property("lang")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_pressing_a_procedure_card_opens_the_procedure(window, qtbot, lang):
    open_in(window, qtbot, lang, "category", "health")
    card = window.current_screen().buttons()[0]
    iface = interface(card)
    assert iface.role() == Role.Button and not name(iface).startswith(("\u200e", "\u200f"))
    iface.actionInterface().doAction(PRESS)
    open_and_settle(window, qtbot, *window.history()[-1])
    assert window.history()[-1] == ("procedure", card.slug)
    assert name(interface(window.current_screen())) == name(iface)


def test_pressing_a_search_result_opens_its_procedure(window, qtbot):
    open_in(window, qtbot, "ar", "search", None)
    screen = window.current_screen()
    screen.field.setText("CAF")
    open_and_settle(window, qtbot, "search", None)
    screen.field.setText("CAF")
    qtbot.waitUntil(lambda: bool(screen.result_cards()))
    result = screen.result_cards()[0]
    iface = interface(result)
    assert iface.role() == Role.Button and PRESS in actions(iface)
    iface.actionInterface().doAction(PRESS)
    assert window.history()[-1] == ("procedure", result.slug)


def test_a_disabled_card_is_not_pressed(window, qtbot):
    open_in(window, qtbot, "fr", "category", "health")
    card = window.current_screen().buttons()[0]
    card.setEnabled(False)
    interface(card).actionInterface().doAction(PRESS)
    assert window.history()[-1] == ("category", "health")


def test_plain_removes_every_direction_mark():
    marks = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert accessibility.plain(marks[:5] + "CAF " + marks[5:] + "ameli.fr") == "CAF ameli.fr"
    assert accessibility.plain("") == ""
    assert accessibility.spoken("\u200fA\n\n  \nB", "", "\u2067C\u2069") == "A\nB\nC"

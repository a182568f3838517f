"""Every screen, in French and Arabic: tap targets, accessible names, text size, nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from ui import theme
from ui.screenshots import SHOTS
from ui.widgets.card import Card

PRIMARY = {"Primary", "Help"}


def open_and_settle(window, qtbot, screen, argument):
    window.open_screen(screen, argument)
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def interactive(window):
    widgets = window.findChildren(QAbstractButton) + window.findChildren(QLineEdit) + window.findChildren(Card)
    return [w for w in widgets if w.isVisible()]


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("name, screen, argument", SHOTS)
def test_tap_targets_and_names(window, qtbot, lang, name, screen, argument):
    if screen not in window.screen_names():
        pytest.skip(f"no {screen} screen yet")
    window.set_language(lang)
    open_and_settle(window, qtbot, screen, argument)
    widgets = interactive(window)
    assert widgets
    for widget in widgets:
        label = f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"
        assert widget.accessibleName().strip(), f"no accessible name: {label}"
        assert widget.height() >= theme.TAP_MIN and widget.width() >= theme.TAP_MIN, f"too small: {label}"
        if widget.objectName() in PRIMARY:
            assert widget.height() >= theme.TAP_PRIMARY, f"primary too small: {label}"


@pytest.mark.parametrize("name, screen, argument", SHOTS)
def test_text_is_large_enough_and_not_clipped(window, qtbot, name, screen, argument):
    if screen not in window.screen_names():
        pytest.skip(f"no {screen} screen yet")
    open_and_settle(window, qtbot, screen, argument)
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        assert label.font().pixelSize() >= 22 or label.font().pointSizeF() * 96 / 72 >= 22, label.text()[:40]
        # A label shorter than its text needs is clipped (word-wrapped labels ask heightForWidth).
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() >= needed - 2, f"clipped: {label.text()[:60]!r}"

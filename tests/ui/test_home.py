"""The home screen: category tiles, announcements, languages."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.catalogue import categories
from ui.widgets.labels import PlainLabel


def home(window):
    return window.current_screen()


def test_one_tile_per_category(window, starter_context):
    expected = [c.title.text for c in categories(starter_context.db, "fr") if c.procedure_count]
    assert len(expected) >= 8
    assert [tile.accessibleName() for tile in home(window).tiles()] == expected


def test_tap_on_a_tile_opens_its_category(window, qtbot):
    tile = home(window).tiles()[1]
    with qtbot.waitSignal(home(window).navigate) as signal:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert signal.args == ["category", "health"]


def test_switch_to_arabic_mirrors_and_translates_at_once(window, qtbot, starter_context):
    arabic = next(b for b in window.findChildren(type(window._home_button)) if b.property("lang") == "ar")
    qtbot.mouseClick(arabic, Qt.MouseButton.LeftButton)
    assert window.lang == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    expected = [c.title.text for c in categories(starter_context.db, "ar") if c.procedure_count]
    assert [tile.accessibleName() for tile in home(window).tiles()] == expected
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in name) for name in expected)


def test_announcement_of_the_day_is_shown(window):
    texts = [label.text() for label in home(window).findChildren(PlainLabel) if label.objectName() == "Announcement"]
    assert len(texts) == 1 and texts[0]


def test_catalogue_text_is_never_rich_text(window):
    for label in window.findChildren(PlainLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_run_exit_when_ready_reports_the_time(home):
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--exit-when-ready"], capture_output=True, text=True,
        env={"KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    word, milliseconds = out.stdout.split()
    assert word == "ready" and int(milliseconds) > 0


def test_an_expired_catalogue_asks_residents_to_check_with_the_mediator(window, starter_context, qtbot):
    from kiosk.pins import Role, set_pin
    from tests.ui.test_modes import enter_pin

    screen = home(window)
    assert not screen._outdated.isVisible()  # in date: nothing said
    starter_context.clock = lambda: dt.datetime(2027, 11, 26, 9, 0)  # a day after expires_at
    window.set_language("ar")
    assert screen._outdated.isVisible()
    assert screen._outdated.text() == screen.tr("This information may be out of date. Check it with the mediator.")
    assert screen._outdated.text() != "This information may be out of date. Check it with the mediator."  # Arabic
    assert screen.spoken_text().endswith("\n" + screen._outdated.text())  # read aloud too, last
    set_pin(starter_context.db, Role.ADMIN, "739164")
    enter_pin(window, qtbot, "admin", "739164")
    admin = window.screen("admin")
    admin.refresh_sync()
    assert admin._outdated.isVisible() and "2027-11-25" in admin._outdated.text()

"""The home screen: category tiles, announcements, languages."""

from __future__ import annotations

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

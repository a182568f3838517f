"""``kiosk desk``: the kiosk's screens in a window at a partner's front desk, and what differs from
the terminal: no lockdown nor idle reset, notes shown, French beside, the keyboard, counting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from kiosk.catalogue import load_procedure
from kiosk.stats import Event, rows
from tests.conftest import NOW
from ui.desk import DESK_MIN_SCALE, MINIMUM_SIZE, desk_scale, open_desk, opening_size
from ui.theme import MIN_SCALE, scale_for

CSS = "complementaire-sante-solidaire"


def settle() -> None:
    for _ in range(4):  # screens load off the UI thread, then lay themselves out
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


@pytest.fixture
def desk(qapp, qtbot, starter_context):
    """A desk's window at 1366x768, as ``kiosk desk`` opens it, its services started."""
    _app, window = open_desk(starter_context, on_ready=lambda _window: None, size=QSize(1366, 768),
                             speech_engine="mock")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.start_services()
    yield window
    window.sync._timer.stop()
    QApplication.instance().removeEventFilter(window.guard)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def focused(qtbot, widget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.hasFocus(), timeout=5000)


# --- a window, not the screen ---------------------------------------------------------------------


def test_the_desk_is_a_normal_resizable_window(desk):
    assert desk.size() == QSize(1366, 768)
    assert not desk.isFullScreen()
    assert not desk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert desk.minimumSize() == MINIMUM_SIZE and desk.maximumSize().width() > 4000  # resizable
    desk.close()  # the receptionist closes it like any window; a terminal refuses
    assert not desk.isVisible()


def test_the_window_opens_at_90_percent_of_its_screen_never_under_the_minimum():
    assert opening_size(QSize(1920, 1040)) == QSize(1728, 936)
    assert opening_size(QSize(1366, 728)) == QSize(1229, 655)
    assert opening_size(QSize(1000, 600)) == MINIMUM_SIZE


def test_the_look_is_a_terminals_from_1280x720_and_shrinks_below():
    assert desk_scale(1366, 768) == scale_for(1366, 768) == MIN_SCALE
    assert desk_scale(1920, 1080) == 1.0
    assert DESK_MIN_SCALE <= desk_scale(1024, 640) < MIN_SCALE
    assert desk_scale(600, 400) == DESK_MIN_SCALE


def test_a_resized_window_gets_a_look_for_its_size(desk, qtbot):
    desk.resize(1024, 640)
    qtbot.waitUntil(lambda: abs(QApplication.instance().property("kioskScale") - desk_scale(1024, 640)) < 1e-6,
                    timeout=5000)


def test_no_lockdown_no_idle_reset(desk, qtbot):
    assert not desk.idle._timer.isActive()  # nothing ever checks for a resident gone
    desk.open_screen("search", None)
    settle()
    field = desk.screen("search").field
    focused(qtbot, field)
    qtbot.keyClicks(field, "caf")
    # Ctrl+A, swallowed on a terminal (ui.lockdown), is the desk's own: select all, then replace.
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "rsa")
    assert field.text() == "rsa"
    assert desk.services.mode == "resident"


# --- what the receptionist sees ----------------------------------------------------------------


def test_helper_notes_and_to_check_are_shown_without_a_pin(desk, starter_context):
    desk.open_screen("procedure", CSS)
    settle()
    procedure = desk.screen("procedure")
    view = load_procedure(starter_context.db, CSS, "fr")
    assert view.helper_notes.text and procedure._notes.isVisible()
    assert view.helper_notes.text in procedure._notes.text()
    assert desk.services.mode == "resident" and not desk._pin_pad.isVisible()


def test_the_french_is_shown_beside_arabic_left_to_right(desk, starter_context):
    db = starter_context.db
    french, arabic = load_procedure(db, CSS, "fr"), load_procedure(db, CSS, "ar")
    desk.set_language("ar")
    desk.open_screen("procedure", CSS)
    settle()
    procedure = desk.screen("procedure")
    assert desk._title.text().endswith(arabic.title.text)
    assert desk._title_fr.isVisible() and french.title.text in desk._title_fr.text()
    for label, text in ((procedure._summary_fr, french.summary), (procedure._audience_fr, french.audience)):
        assert label.isVisible() and label.text().endswith(text.text)
        assert label.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert label.alignment() & Qt.AlignmentFlag.AlignLeft and label.alignment() & Qt.AlignmentFlag.AlignAbsolute
        assert label.text().startswith("\u200e")  # a French paragraph, even if it starts with a number
        assert label.locale().name() == "fr_FR"  # what a screen reader is told it reads
    row = procedure.rows()[0]
    assert row.title() .endswith(arabic.checklist[0].document.title.text)
    assert row.title_fr.isVisible() and row.title_fr.text().endswith(french.checklist[0].document.title.text)

    desk.open_screen("guide", CSS)
    settle()
    guide = desk.screen("guide")
    assert guide._text_fr.isVisible() and guide._text_fr.text().endswith(french.steps[0].text.text)
    guide.next_step()
    assert guide._text_fr.text().endswith(french.steps[1].text.text)


def test_in_french_nothing_is_shown_twice(desk):
    desk.open_screen("procedure", CSS)
    settle()
    procedure = desk.screen("procedure")
    assert not desk._title_fr.isVisible() and not procedure._summary_fr.isVisible()
    assert not any(row.title_fr.isVisible() for row in procedure.rows())
    desk.set_language("tr")
    settle()
    assert procedure._summary_fr.isVisible()
    desk.set_language("fr")
    settle()
    assert not procedure._summary_fr.isVisible() and not desk._title_fr.isVisible()


def test_a_terminal_shows_neither_french_beside_nor_notes(window):
    window.set_language("ar")
    window.open_screen("procedure", CSS)
    settle()
    procedure = window.screen("procedure")
    assert not window._title_fr.isVisible() and not procedure._summary_fr.isVisible()
    assert not procedure._notes.isVisible()


# --- mouse and keyboard --------------------------------------------------------------------------


def test_typing_on_home_opens_search_and_enter_opens_the_first_result(desk, qtbot):
    settle()
    focused(qtbot, desk.focusWidget() or desk)
    qtbot.keyClick(desk.focusWidget() or desk, "c")  # no search button to find: just type
    search = desk.screen("search")
    assert desk.current_screen() is search and search.field.text() == "c"
    assert search.field.hasFocus()
    qtbot.keyClicks(search.field, "af")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)  # at once: opens once the results are in
    qtbot.waitUntil(lambda: desk.current_screen() is desk.screen("procedure"), timeout=5000)
    assert desk.history()[-1] == ("procedure", search.results[0].slug)
    assert search.results and search._shown_for == "caf"

    qtbot.keyClick(desk.focusWidget() or desk, Qt.Key.Key_Escape)  # Escape goes back
    assert desk.current_screen() is search and search.field.text() == "caf"
    search._clear.setFocus()
    qtbot.keyClick(search._clear, "s")  # typing away from the field still types in it
    assert search.field.text() == "cafs" and search.field.hasFocus()


def test_the_search_field_has_the_focus_and_tab_goes_on_in_order(desk, qtbot):
    desk.open_screen("search", None)
    settle()
    search = desk.screen("search")
    focused(qtbot, search.field)
    qtbot.keyClick(search.field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is search._clear
    qtbot.keyClicks(search.field, "caf")
    settle()
    search.field.setFocus()
    focused(qtbot, search.field)
    chain = [search.field, search._clear, *search.result_cards(),
             *(search._suggestions.itemAt(i).widget() for i in range(search._suggestions.count()))]
    for widget, following in zip(chain, chain[1:]):  # the results come before the suggested words
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following


def test_tab_on_home_goes_through_the_tiles_then_search(desk, qtbot):
    home = desk.screen("home")
    tiles = home.tiles()
    tiles[0].setFocus()
    focused(qtbot, tiles[0])
    for widget, following in zip(tiles, [*tiles[1:], home._search, home._partners]):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following


def test_enter_on_nothing_found_stays(desk, qtbot):
    desk.open_screen("search", None)
    settle()
    search = desk.screen("search")
    focused(qtbot, search.field)
    qtbot.keyClicks(search.field, "zzzzqqq")
    settle()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    settle()
    assert desk.current_screen() is search


def test_no_keyboard_pops_up_on_screen_at_a_desk(qapp, monkeypatch):
    from ui.app import create_application

    monkeypatch.setenv("QT_IM_MODULE", "qtvirtualkeyboard")
    create_application(virtual_keyboard=False)
    import os

    assert "QT_IM_MODULE" not in os.environ
    monkeypatch.setenv("QT_IM_MODULE", "ibus")  # the desk's own input method (Arabic...) stays
    create_application(virtual_keyboard=False)
    assert os.environ["QT_IM_MODULE"] == "ibus"


# --- counting ------------------------------------------------------------------------------------


def test_a_desk_counts_its_views_as_desk_and_nothing_else(desk, starter_context):
    desk.set_language("ar")
    desk.open_screen("category", "health")
    desk.open_screen("procedure", CSS)
    settle()
    desk.open_screen("guide", CSS)
    settle()
    desk.screen("guide").next_step()
    desk.open_screen("takeaway", (CSS, frozenset()))
    settle()
    desk.services.flush_statistics()
    counted = [(r.event, r.procedure, r.language, r.count) for r in rows(starter_context.db, dt.date(2000, 1, 1))]
    assert counted == [(Event.DESK, CSS, "ar", 1)]
    assert NOW  # the context's clock: the counter's day


# --- the command and its layout ------------------------------------------------------------------

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _kiosk(*args: str, env: dict) -> "subprocess.CompletedProcess":
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_every_screen_fits_a_desk_window_at_1366x768_and_1024x640(tmp_path):
    """French beside Arabic at a desk makes the longest screens: nothing cut, overlapping or out."""
    import os

    env = dict(os.environ, KIOSK_HOME=str(tmp_path / "home"))
    env.pop("QT_QPA_PLATFORM", None)  # the command sets its own screens
    run = _kiosk("screenshots", "--desk", "--check", "--out", str(tmp_path / "shots"), "--lang", "fr,ar",
                 "--size", "1366x768", "--size", "1024x640", env=env)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    shots = {path.name for path in (tmp_path / "shots").iterdir()}
    assert {"desk-procedure-ar-1366x768.png", "desk-guide-ar-1024x640.png"} <= shots


def test_kiosk_desk_keeps_its_state_apart_from_the_terminals(tmp_path):
    import os

    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("KIOSK_HOME", None)
    run = _kiosk("desk", "--exit-when-ready", "--source", "https://example.org/catalogue.json", env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.startswith("ready ")
    assert (tmp_path / "kiosk-desk").is_dir() and not (tmp_path / "kiosk").exists()

    from kiosk.context import open_context
    from kiosk.settings import get_setting

    context = open_context(tmp_path / "kiosk-desk", clock=lambda: NOW)
    try:
        assert get_setting(context.db, "catalogue_source") == "https://example.org/catalogue.json"
    finally:
        context.close()


def test_a_bad_source_is_refused_with_one_sentence_and_nothing_opens(tmp_path):
    import os

    env = dict(os.environ, KIOSK_HOME=str(tmp_path / "desk"), QT_QPA_PLATFORM="offscreen")
    run = _kiosk("desk", "--exit-when-ready", "--source", "ftp://example.org/catalogue.json", env=env)
    assert run.returncode == 1 and "ready" not in run.stdout
    assert run.stderr.startswith("kiosk: ") and len(run.stderr.strip().splitlines()) == 1

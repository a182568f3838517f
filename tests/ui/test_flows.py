"""Whole resident journeys through the real window, on the real starter catalogue."""

from __future__ import annotations

import os
from pathlib import Path

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QCheckBox

from kiosk.stats import rows


def wait_loaded(qtbot, window, name):
    """Wait until the screen ``name`` has filled itself (its loads run off the UI thread)."""
    screen = window.screen(name)
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.title() != "", timeout=5000)
    return screen


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_home_category_procedure_guide_to_the_end(window, qtbot):
    home = window.current_screen()
    tap(qtbot, next(t for t in home.tiles() if t.property("slug") == "health"))
    category = wait_loaded(qtbot, window, "category")
    qtbot.waitUntil(lambda: len(category.buttons()) > 0)
    button = next(b for b in category.buttons() if b.slug == "complementaire-sante-solidaire")
    tap(qtbot, button)
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: procedure.view is not None and procedure.view.slug == button.slug)
    assert "complémentaire santé solidaire" in procedure.title().lower()

    tap(qtbot, procedure._guide)
    guide = wait_loaded(qtbot, window, "guide")
    qtbot.waitUntil(lambda: guide.view is not None)
    steps = len(guide.view.steps)
    assert steps >= 3
    def counter(number):
        return guide.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(steps))

    for number in range(1, steps):
        assert guide._counter.text() == counter(number)
        tap(qtbot, guide._next)
    assert guide._counter.text() == counter(steps)
    assert guide._next.text() == guide.tr("Finished")
    tap(qtbot, guide._next)
    assert guide.asking() and guide._question.text() == guide.tr("Did this help you?")
    tap(qtbot, guide._yes)
    assert window.current_screen() is procedure

    # What was counted: anonymous aggregates only.
    window.services.flush_statistics()
    counted = {row.event: row.count for row in rows(window.services.context.db, since=dt.date(2026, 1, 1))
               if row.procedure == "complementaire-sante-solidaire"}
    assert counted == {"viewed": 1, "guide_started": 1, "guide_finished": 1, "helpful_yes": 1}


def test_document_explained_from_the_checklist(window, qtbot):
    window.open_screen("procedure", "carte-identite")
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: len(procedure.rows()) > 0)
    row = procedure.rows()[0]
    tap(qtbot, row.explain)
    document = wait_loaded(qtbot, window, "document")
    assert document.view.slug == row.slug
    assert document._sections[0][1].text()


def test_search_typed_without_accents(window, qtbot):
    window.open_screen("search", None)
    search = window.screen("search")
    qtbot.keyClicks(search.field, "complementaire sante")
    qtbot.waitUntil(lambda: bool(search.results) and search.results[0].slug == "complementaire-sante-solidaire")
    first = search.result_cards()[0]
    assert first.slug == "complementaire-sante-solidaire"
    tap(qtbot, first)
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: procedure.view is not None)
    assert procedure.view.slug == "complementaire-sante-solidaire"


def test_switch_to_arabic_in_the_middle_of_a_procedure(window, qtbot):
    window.open_screen("procedure", "aide-logement-caf")
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: len(procedure.rows()) > 1)
    tap(qtbot, procedure.rows()[1].tick)
    ticked = procedure.ticked()
    assert len(ticked) == 1

    window.set_language("ar")
    qtbot.waitUntil(lambda: procedure.view is not None and procedure.view.title.lang == "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert procedure.ticked() == ticked
    qtbot.waitUntil(lambda: len(procedure.rows()) > 1)
    assert procedure.rows()[1].tick.isChecked()
    assert any("\u0600" <= ch <= "\u06ff" for ch in procedure._summary.text())


def _files(home: Path) -> dict[str, tuple[int, float]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime) for p in home.rglob("*") if p.is_file()
            and not p.name.endswith(("-wal", "-shm"))}


def test_idle_reset_forgets_everything_and_writes_nothing(app, qtbot, starter_context):
    from ui.services import Services
    from ui.window import KioskWindow

    now = [1000.0]
    window = KioskWindow(Services.from_context(starter_context, speech_engine="mock", idle_clock=lambda: now[0]))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    fresh_history = window.history()

    # A resident's session: a language, a search, ticks, a position in a guide.
    window.set_language("tr")
    window.open_screen("search", None)
    qtbot.keyClicks(window.screen("search").field, "kimlik")
    window.open_screen("procedure", "carte-identite")
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: len(procedure.rows()) > 0)
    procedure.rows()[0].tick.setChecked(True)
    window.open_screen("guide", "carte-identite")
    guide = wait_loaded(qtbot, window, "guide")
    qtbot.waitUntil(lambda: guide.view is not None)
    guide.next_step()
    assert guide.position == 1

    # The anonymous counters of what was viewed are written as it happens; the reset adds nothing.
    QThreadPool.globalInstance().waitForDone()
    window.services.flush_statistics()
    before = _files(starter_context.home)
    with starter_context.db.engine.connect() as connection:
        counters_before = connection.exec_driver_sql("SELECT * FROM stat_counters").fetchall()

    # 90 s without a touch: the countdown overlay (a dialog) asks "still there?".
    now[0] += 91
    window.idle.check()
    assert window._overlay.isVisible()
    # 15 s more: everything resets.
    with qtbot.waitSignal(window.session_reset):
        now[0] += 15
        window.idle.check()

    assert not window._overlay.isVisible()
    assert window.lang == "fr" and QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.history() == fresh_history and window.current_screen() is window.screen("home")
    assert window.screen("search").field.text() == ""
    assert not window.screen("search").field.isUndoAvailable()
    assert procedure.ticked() == set() and procedure.view is None
    assert guide.position == 0 and guide.view is None
    assert not [box for box in window.findChildren(QCheckBox) if box.isChecked()]
    QThreadPool.globalInstance().waitForDone()
    window.services.flush_statistics()
    assert _files(starter_context.home) == before
    with starter_context.db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT * FROM stat_counters").fetchall() == counters_before


def test_a_touch_during_the_countdown_keeps_the_session(window, qtbot, starter_context):
    now = [0.0]
    window.idle._clock = lambda: now[0]
    window.idle.touch()
    window.open_screen("search", None)
    now[0] += 95
    window.idle.check()
    assert window._overlay.isVisible()
    tap(qtbot, window._overlay._button)
    assert not window._overlay.isVisible()
    now[0] += 20
    window.idle.check()
    assert window.current_screen() is window.screen("search")


def test_escape_goes_back(window, qtbot):
    window.open_screen("search", None)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.screen("home")


def test_a_step_with_a_link_shows_it_as_a_qr_code_a_phone_reads(window, qtbot):
    zxingcpp = pytest.importorskip("zxingcpp")
    window.open_screen("guide", "complementaire-sante-solidaire")
    guide = wait_loaded(qtbot, window, "guide")
    qtbot.waitUntil(lambda: guide.view is not None)
    code = guide.step_code()
    url = guide.view.steps[0].url
    assert url and code.isVisible() and code.text() == url
    qtbot.waitUntil(code.is_ready, timeout=10_000)
    assert [b.text for b in zxingcpp.read_barcodes(window.grab().toImage())] == [url]

    tap(qtbot, guide._next)  # the second step is a document to find: no link, no code
    assert not guide.view.steps[1].url and code.isHidden() and code.text() == ""

    window.reset_session()
    assert code.text() == "" and code.isHidden()

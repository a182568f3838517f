""""Is this for me?" on the real window and the starter catalogue (issue 16, item 3)."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.stats import Event, rows
from tests.ui.test_flows import tap, wait_loaded

C2S = "complementaire-sante-solidaire"


def _open_questions(qtbot, window, slug=C2S):
    window.open_screen("procedure", slug)
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: procedure.view is not None and procedure.view.slug == slug)
    assert procedure._for_me.isVisible() and procedure._for_me.text() == procedure.tr("Is this for me?")
    tap(qtbot, procedure._for_me)
    screen = wait_loaded(qtbot, window, "eligibility")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.slug == slug)
    return procedure, screen


def _counted(window):
    window.services.flush_statistics()
    return [(r.event, r.procedure, r.category, r.language, r.count)
            for r in rows(window.services.context.db, since=dt.date(2026, 1, 1))
            if r.event in (Event.PROBABLY_FOR_ME, Event.PROBABLY_NOT_FOR_ME)]


def test_no_button_for_a_procedure_without_questions(window, qtbot):
    window.open_screen("procedure", "carte-identite")
    procedure = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: procedure.view is not None and procedure.view.slug == "carte-identite")
    assert not procedure.view.questions and not procedure._for_me.isVisible()


def test_one_question_a_screen_back_and_on_to_probably_for_you(window, qtbot):
    procedure, screen = _open_questions(qtbot, window)
    questions = screen.view.questions
    assert len(questions) == 2 and not screen.showing_result()
    assert screen._question.text() == screen.shown(questions[0].question)
    assert screen._counter.text() == screen.tr("Is this for me? Question %1 of %2").replace(
        "%1", "1").replace("%2", "2")
    assert not screen._previous.isEnabled() and screen._skip.isVisible()
    assert screen._question.text() in screen.spoken_text()  # read aloud like other screens

    tap(qtbot, screen._yes)
    assert screen._question.text() == screen.shown(questions[1].question) and screen._previous.isEnabled()
    tap(qtbot, screen._previous)
    assert screen.answers == [] and screen._question.text() == screen.shown(questions[0].question)
    tap(qtbot, screen._yes)
    tap(qtbot, screen._yes)
    assert screen.showing_result()
    assert screen._verdict.text() == screen.tr("This procedure is probably for you.")
    assert screen._verdict.text() in screen.spoken_text()
    assert not screen._card_widgets()

    tap(qtbot, screen._checklist)
    assert window.current_screen() is procedure
    # Counted once, per day, with nothing else: no procedure, no category, no language.
    assert _counted(window) == [(Event.PROBABLY_FOR_ME, "", "", "", 1)]


def test_the_other_answer_gives_its_advice_and_partner_and_the_list_anyway(window, qtbot):
    procedure, screen = _open_questions(qtbot, window)
    first = screen.view.questions[0]
    tap(qtbot, screen._no)  # no Assurance maladie
    assert screen.showing_result()
    assert screen._verdict.text() == screen.tr("This procedure is probably not for you.")
    assert screen._advice.text() == screen.shown(first.otherwise)
    assert [card.partner.slug for card in screen._card_widgets()] == ["cpam-maine-et-loire"]
    assert "CPAM" in screen.spoken_text()
    assert all(card.isVisible() for card in screen._card_widgets())
    if os.environ.get("KIOSK_SHOTS"):  # to look at it: KIOSK_SHOTS=/tmp/folder
        QApplication.processEvents()
        window.grab().save(os.path.join(os.environ["KIOSK_SHOTS"], "eligibility-result-fr.png"))

    tap(qtbot, screen._change)  # change my answer: the question again
    assert not screen.showing_result() and screen.answers == []
    tap(qtbot, screen._no)
    assert screen._checklist.text() == screen.tr("See the list anyway")
    tap(qtbot, screen._checklist)
    assert window.current_screen() is procedure
    assert _counted(window) == [(Event.PROBABLY_NOT_FOR_ME, "", "", "", 1)]  # once for the visit


def test_skip_is_always_there(window, qtbot):
    procedure, screen = _open_questions(qtbot, window)
    tap(qtbot, screen._yes)
    tap(qtbot, screen._skip)
    assert window.current_screen() is procedure
    assert _counted(window) == []  # skipping counts nothing


def test_arabic_right_to_left_and_a_new_visit_starts_afresh(window, qtbot):
    window.set_language("ar")
    _procedure, screen = _open_questions(qtbot, window, "rsa")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and screen.is_rtl()
    assert screen.view.questions[0].question.lang == "ar"
    assert screen._question.text() == screen.shown(screen.view.questions[0].question)
    if os.environ.get("KIOSK_SHOTS"):
        QApplication.processEvents()
        window.grab().save(os.path.join(os.environ["KIOSK_SHOTS"], "eligibility-rsa-ar.png"))
    tap(qtbot, screen._yes)
    assert screen.answers == [True]
    window.go_back()  # to the procedure
    window.open_screen("eligibility", "rsa")
    qtbot.waitUntil(lambda: screen.view is not None)
    assert screen.answers == [] and not screen.showing_result()


def test_the_idle_reset_forgets_the_answers(window, qtbot):
    _procedure, screen = _open_questions(qtbot, window)
    tap(qtbot, screen._no)
    assert screen.showing_result() and screen.answers == [False]
    window.reset_session()
    assert screen.answers == [] and screen.view is None and not screen.showing_result()
    assert not screen._card_widgets()


def test_the_advice_fits_the_screen_in_arabic(window, qtbot):
    from ui.layout_check import problems

    window.set_language("ar")
    _procedure, screen = _open_questions(qtbot, window, "aide-logement-caf")
    tap(qtbot, screen._no)  # no rent: the advice and the CCAS's card
    assert screen.showing_result() and screen._card_widgets()
    QApplication.processEvents()
    assert problems(window, fills_screen=False) == []
    if os.environ.get("KIOSK_SHOTS"):
        window.grab().save(os.path.join(os.environ["KIOSK_SHOTS"], "eligibility-result-ar.png"))

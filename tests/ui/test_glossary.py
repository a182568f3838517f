"""The glossary row "Words explained here" and the glossary screen, in French and Arabic, on the
real starter catalogue (issue 14, item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_flows import tap, wait_loaded


def _words(screen) -> dict[str, object]:
    return {button.property("glossary"): button for button in screen.words.buttons()}


def _loaded(qtbot, window, name, slug):
    screen = wait_loaded(qtbot, window, name)
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.slug == slug, timeout=5000)
    return screen


def test_a_procedure_shows_its_words_as_big_buttons_that_open_their_explanation(window, qtbot):
    window.open_screen("procedure", "aide-logement-caf")
    procedure = _loaded(qtbot, window, "procedure", "aide-logement-caf")
    words = _words(procedure)
    assert {"caf", "aides-au-logement"} <= set(words)
    assert procedure.words.isVisible()
    assert procedure.words._heading.text() == "Les mots expliqués ici"
    for button in words.values():
        assert button.isVisible() and button.height() >= 48 and button.width() >= 48
    assert words["caf"].text().strip("\u200e\u200f") == "CAF"
    assert words["caf"].accessibleName() == "Que veut dire CAF ?"

    tap(qtbot, words["caf"])
    glossary = _loaded(qtbot, window, "glossary", "caf")
    assert glossary.title().strip("\u200e\u200f") == "CAF"
    assert "Caisse d'allocations familiales" in glossary._explanation.text()
    assert "RSA" in glossary.spoken_text()
    # The explanation's own words are tappable too (not the word itself).
    assert "rsa" in _words(glossary) and "caf" not in _words(glossary)

    window.go_back()
    qtbot.waitUntil(lambda: window.current_screen() is procedure)


def test_in_arabic_the_french_acronym_is_found_and_explained_in_arabic(window, qtbot):
    window.set_language("ar")
    window.open_screen("procedure", "aide-logement-caf")
    procedure = _loaded(qtbot, window, "procedure", "aide-logement-caf")
    qtbot.waitUntil(lambda: procedure.view.title.lang == "ar")
    words = _words(procedure)
    assert "caf" in words
    assert procedure.words._heading.text() == "كلمات مشروحة هنا"
    assert procedure.words.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Right to left: the first word's button is at the right of the row.
    buttons = procedure.words.buttons()
    if len(buttons) > 1 and buttons[0].y() == buttons[1].y():
        assert buttons[0].x() > buttons[1].x()

    tap(qtbot, words["caf"])
    glossary = _loaded(qtbot, window, "glossary", "caf")
    qtbot.waitUntil(lambda: glossary.view.explanation.lang == "ar")
    assert "صندوق المنح العائلية" in glossary._explanation.text()
    assert not glossary._fallback.isVisible()


def test_a_word_a_document_explains_opens_that_document(window, qtbot):
    window.open_screen("procedure", "rsa")
    procedure = _loaded(qtbot, window, "procedure", "rsa")
    words = _words(procedure)
    assert "caf" in words
    documents = {row.slug for row in procedure.rows()}
    # Words whose document is in the checklist have its "i" button instead.
    assert not any(term.document in documents for term in procedure.view.glossary)

    window.open_screen("document", "caf-number")
    document = _loaded(qtbot, window, "document", "caf-number")
    assert {"caf", "rsa"} <= set(_words(document))


def test_the_guide_shows_the_words_of_its_step_only(window, qtbot):
    window.open_screen("guide", "aide-logement-caf")
    guide = wait_loaded(qtbot, window, "guide")
    qtbot.waitUntil(lambda: guide.view is not None and guide.view.slug == "aide-logement-caf")
    seen = set()
    for _ in range(len(guide.view.steps)):
        step = guide.view.steps[guide.position].text.text
        shown = set(_words(guide))
        assert guide.words.isVisible() is bool(shown)
        for slug in shown:
            term = next(t for t in guide.view.glossary if t.slug == slug)
            assert any(form in step.lower() for form in term.forms) or term.label.text in step
        seen |= shown
        tap(qtbot, guide._next)
    assert seen  # the steps of this procedure speak of the CAF

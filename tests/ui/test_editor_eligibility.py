""""Is this for me?" questions in the editor's procedure form and its preview (issue 16, item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.editing import MAX_QUESTIONS, load_draft
from tests.ui.test_editor import editor, editor_app, editor_lang, settle, type_into  # noqa: F401 (fixtures)

C2S = "complementaire-sante-solidaire"


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_questions_are_added_written_reordered_removed_and_saved(editor, qtbot):
    assert editor.open_item("procedure", "carte-identite")
    form = editor.forms["procedure"]
    questions = form.eligibility
    assert questions.entries() == [] and not questions.detail.isEnabled()

    click(qtbot, questions.add_button)
    type_into(qtbot, questions.question.french, "Avez-vous plus de 12 ans ?")
    questions.relevant_if.setCurrentIndex(questions.relevant_if.findData("yes"))
    questions.otherwise.french.setPlainText("Avant 12 ans, la carte est demandée par un parent.")
    questions.partner.setCurrentIndex(questions.partner.findData("hotel-de-ville-angers"))
    click(qtbot, questions.add_button)
    type_into(qtbot, questions.question.french, "Vivez-vous à Angers ?")
    questions.relevant_if.setCurrentIndex(questions.relevant_if.findData("no"))
    questions.otherwise.french.setPlainText("Demandez dans votre mairie.")
    assert editor.is_dirty()
    assert [q.question["fr"] for q in questions.entries()] == ["Avez-vous plus de 12 ans ?", "Vivez-vous à Angers ?"]

    click(qtbot, questions.up_button)  # the second question first
    assert questions.list.item(0).text().startswith("1. Vivez-vous à Angers ?")
    editor.language.setCurrentIndex(editor.language.findData("ar"))  # texts per language, side by side
    assert questions.question.translation.isVisible()
    assert questions.question.translation.layoutDirection() == Qt.LayoutDirection.RightToLeft
    type_into(qtbot, questions.question.translation, "هل تسكن في Angers؟")
    editor.save_action.trigger()
    settle(qtbot, editor)

    saved = load_draft(editor.context.db, "carte-identite").eligibility
    assert [(q.question, q.relevant_if, q.partner) for q in saved] == [
        ({"fr": "Vivez-vous à Angers ?", "ar": "هل تسكن في Angers؟"}, "no", ""),
        ({"fr": "Avez-vous plus de 12 ans ?"}, "yes", "hotel-de-ville-angers")]
    # A question missing a language is a warning, like any text residents read.
    assert any(p.check == "translation" and p.lang == "ar" and "question 1, advice otherwise" in p.message
               and not p.is_error for p in editor.problems.problems())

    questions.list.setCurrentRow(1)
    click(qtbot, questions.remove_button)
    editor.save_action.trigger()
    assert [q.relevant_if for q in load_draft(editor.context.db, "carte-identite").eligibility] == ["no"]


def test_at_most_six_questions(editor, qtbot):
    assert editor.open_item("procedure", C2S)
    questions = editor.forms["procedure"].eligibility
    while questions.add_button.isEnabled():
        click(qtbot, questions.add_button)
    assert len(questions.entries()) == MAX_QUESTIONS
    questions.add_entry()  # even called directly
    assert len(questions.entries()) == MAX_QUESTIONS
    click(qtbot, questions.remove_button)
    assert questions.add_button.isEnabled()


def test_the_preview_shows_the_questions_flow(editor, qtbot):
    assert editor.open_item("procedure", C2S)
    form = editor.forms["procedure"]
    form.eligibility.list.setCurrentRow(0)
    type_into(qtbot, form.eligibility.question.french, "Avez-vous la Sécurité sociale ?")  # unsaved
    dialog = editor.preview()
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        procedure = dialog.procedure
        qtbot.waitUntil(lambda: procedure.view is not None and procedure.view.slug == C2S, timeout=5000)
        assert procedure._for_me.isVisibleTo(dialog.frame)
        click(qtbot, procedure._for_me)
        screen = dialog.eligibility
        qtbot.waitUntil(lambda: dialog.current() is screen and screen.view is not None, timeout=5000)
        assert screen._question.text().strip("\u200e") == "Avez-vous la Sécurité sociale\u00a0?"
        click(qtbot, screen._no)
        assert screen.showing_result() and screen._card_widgets()
        click(qtbot, screen._checklist)
        assert dialog.current() is procedure
    finally:
        dialog.close()
    assert load_draft(editor.context.db, C2S).eligibility[0].question["fr"] != "Avez-vous la Sécurité sociale ?"

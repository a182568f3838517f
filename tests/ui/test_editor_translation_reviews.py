"""The editor's translations to review: the list per language, marking reviewed, the French edited
(issue 15, item 3; ui/editor/translation_reviews.py)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from kiosk.catalogue import load_procedure
from kiosk.reviews import MACHINE, NEEDS_REVIEW, REVIEWED
from tests.ui.test_editor import editor, editor_app, editor_lang, settle, type_into  # noqa: F401 (fixtures)

SLUG = "creer-adresse-email"


def _choose(dialog, keys: set[str]) -> None:
    dialog.table.clearSelection()
    model = dialog.table.selectionModel()
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).data(0x0100) in keys:
            model.select(dialog.table.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_mark_reviewed_then_edit_the_french(editor, qtbot, starter_context):
    editor.language.setCurrentIndex(editor.language.findData("ar"))
    dialog = editor.show_reviews()
    assert dialog.lang() == "ar" and dialog.waiting_only.isChecked()
    states = dialog.states()
    assert states and {s.state for s in states} == {MACHINE}
    assert dialog.table.rowCount() == len(states)  # all waiting for review

    procedure_keys = {s.key for s in states if s.key.startswith(f"procedure/{SLUG}/")}
    document_keys = {s.key for s in states if s.key.startswith("document/email-and-mobile/")}
    _choose(dialog, procedure_keys | document_keys)
    assert set(dialog.chosen_keys()) == procedure_keys | document_keys
    dialog.by.setText("AB")
    with qtbot.waitSignal(dialog.reviewed) as signal:
        assert dialog.mark_chosen() == len(procedure_keys | document_keys)
    assert signal.args == ["ar", len(procedure_keys | document_keys)]
    assert dialog.table.rowCount() == len(states) - len(procedure_keys | document_keys)
    reviewed = {s.key: s for s in dialog.states() if s.state == REVIEWED}
    assert set(reviewed) == procedure_keys | document_keys
    assert {(s.by, s.on) for s in reviewed.values()} == {("AB", "2026-11-25")}
    assert not load_procedure(starter_context.db, SLUG, "ar").machine_translated

    # The assistant edits the French title: its Arabic is to review again, without anything else done.
    editor.language.setCurrentIndex(editor.language.findData("fr"))
    assert editor.select_item(SLUG)
    form = editor.forms["procedure"]
    type_into(qtbot, form.title.french, "Ouvrir votre adresse e-mail")
    settle(qtbot, editor)
    editor.save_action.trigger()
    dialog.refresh()
    title = next(s for s in dialog.states() if s.key == f"procedure/{SLUG}/title")
    assert title.state == NEEDS_REVIEW and title.by == "AB"
    assert any(dialog.table.item(row, 0).data(0x0100) == title.key for row in range(dialog.table.rowCount()))
    assert load_procedure(starter_context.db, SLUG, "ar").machine_translated


def test_who_reviewed_is_required(editor, monkeypatch):
    dialog = editor.show_reviews()
    told = []
    monkeypatch.setattr("ui.editor.translation_reviews.tell", lambda parent, title, text: told.append(text))
    _choose(dialog, {dialog.table.item(0, 0).data(0x0100)})
    dialog.by.setText("  ")
    assert dialog.mark_chosen() == 0
    assert told and "initials" in told[0]
    assert all(s.state == MACHINE for s in dialog.states())

"""The content and safety checks in the editor's problems list, in French, live as the assistant types."""

from __future__ import annotations

import pytest

from tests.ui.test_editor import editor, editor_app, editor_lang, french, settle, type_into  # noqa: F401 (fixtures)
from ui.translations import translated


def _live(editor, kind: str, check: str):
    slug = editor.forms[kind].loaded().slug
    return [p for p in editor.problems.problems() if p.where[:2] == (kind, slug) and p.check == check]


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_a_placeholder_in_a_partner_name_is_an_error_said_in_french(editor, qtbot):
    assert editor.choose_section("partner")
    editor.items.setCurrentRow(0)
    type_into(qtbot, editor.forms["partner"].name, "Mairie (adresse a verifier)")
    settle(qtbot, editor)
    [problem] = _live(editor, "partner", "placeholder")
    assert problem.is_error and problem.where[2] == "name"
    shown = editor.problems.list.item(editor.problems.problems().index(problem)).text()
    assert shown == translated(problem.text) and "a verifier" in shown
    assert shown.startswith("Mairie (adresse a verifier) : « nom » contient")
    type_into(qtbot, editor.forms["partner"].name, "Mairie d'Angers")
    settle(qtbot, editor)
    assert _live(editor, "partner", "placeholder") == []


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_a_long_word_and_a_bidi_override_are_shown_on_their_field(editor, qtbot):
    assert editor.choose_section("partner")
    editor.items.setCurrentRow(0)
    type_into(qtbot, editor.forms["partner"].adresse, "1 rue " + "x" * 45)
    settle(qtbot, editor)
    [long_word] = _live(editor, "partner", "long-word")
    assert (long_word.severity, long_word.where[2]) == ("warning", "adresse")
    assert translated(long_word.text) == long_word.text.render(french)
    assert "caractères sans espace" in translated(long_word.text)
    type_into(qtbot, editor.forms["partner"].adresse, "1 rue de la Gare\u202e")
    settle(qtbot, editor)
    [unsafe] = _live(editor, "partner", "unsafe-character")
    assert unsafe.is_error and "U+202E" in translated(unsafe.text)
    assert "caractère invisible" in translated(unsafe.text)

"""The editor's side of a partners import (issue 13, item 2): a partner for which a partners file
offers other values is marked in the list, and its form shows the values side by side, to take
or to keep."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from kiosk.editing import history, load_item
from kiosk.importers import import_partners, partner_review_of
from tests.ui.test_editor import editor, editor_app, editor_lang, french  # noqa: F401 (fixtures)

SLUG = "caf-maine-et-loire"
NAME = "Caf de Maine-et-Loire (Caisse d'allocations familiales)"


@pytest.fixture
def flagged(editor, tmp_path):
    """The editor, after a partners file offered another phone and website for the CAF."""
    path = tmp_path / "di.json"
    path.write_text(json.dumps([{"source": "kiosk", "id": SLUG, "nom": NAME, "telephone": "0899000000",
                                 "site_web": "https://example.org/<b>caf</b>"}]), encoding="utf-8")
    report = import_partners(editor.context, path)
    assert [e.slug for e in report.flagged] == [SLUG]
    assert editor.choose_section("partner")
    return editor


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_flagged_partner_is_marked_and_shows_both_values(flagged):
    editor = flagged
    texts = [editor.items.item(i).text() for i in range(editor.items.count())]
    assert sum("(to read again)" in text for text in texts) == 1
    assert editor.review_only.isVisible()
    editor.review_only.setChecked(True)
    assert editor.items.count() == 1
    assert editor.select_item(SLUG)
    panel = editor.partner_review_panel
    assert panel.isVisible() and not editor.review_panel.isVisible()
    assert rows(panel.table) == [["Phone", "3230", "0899000000"],
                                 ["Website", load_item(editor.context.db, "partner", SLUG).site_web,
                                  "https://example.org/<b>caf</b>"]]
    assert "(kiosk)" in panel.text.text()
    assert editor.forms["partner"].telephone.text() == "3230"  # the form shows the partner's own


def test_taking_the_new_values_saves_them_in_the_history(flagged, qtbot):
    editor = flagged
    assert editor.select_item(SLUG)
    qtbot.mouseClick(editor.partner_review_panel.accept_button, Qt.MouseButton.LeftButton)
    assert load_item(editor.context.db, "partner", SLUG).telephone == "0899000000"
    assert editor.forms["partner"].telephone.text() == "0899000000"
    assert not editor.partner_review_panel.isVisible()
    assert [entry.changes for entry in history(editor.context.db, "partner", SLUG)] == [("telephone", "site_web")]
    assert not editor.review_only.isVisible()


def test_keeping_mine_changes_nothing(flagged, qtbot):
    editor = flagged
    assert editor.select_item(SLUG)
    qtbot.mouseClick(editor.partner_review_panel.keep_button, Qt.MouseButton.LeftButton)
    assert load_item(editor.context.db, "partner", SLUG).telephone == "3230"
    assert partner_review_of(editor.context.db, SLUG) is None
    assert not editor.partner_review_panel.isVisible()


def test_unsaved_changes_are_asked_about_first(flagged, qtbot):
    editor = flagged
    assert editor.select_item(SLUG)
    editor.forms["partner"].commune.setText("Angers (centre)")
    editor.ask_unsaved = lambda: "cancel"
    assert not editor.accept_partner_values(SLUG)
    assert partner_review_of(editor.context.db, SLUG) is not None


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_the_panel_speaks_french(flagged):
    editor = flagged
    assert editor.select_item(SLUG)
    panel = editor.partner_review_panel
    assert panel.accept_button.text() == french("PartnerReviewPanel", "Take the new values")
    assert panel.table.item(0, 0).text() == french("PartnerReviewPanel", "Phone")

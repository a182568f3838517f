"""The editor never reads text from files or errors as HTML (issue 13, item 10): every message box
and every label is plain text, so ``<b>`` or ``<img src=...>`` shows as written."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kiosk.importers import ReviewItem
from tests.ui.test_editor import editor, editor_app, editor_lang  # noqa: F401 (fixtures)
from ui.editor.plain import message_box
from ui.editor.window import EditorWindow

HOSTILE = ['<b>bold</b> or not', '<img src="file:///etc/hostname"> here', '<a href="http://x.invalid">link</a>']


def answer_next_box(seen: list[QMessageBox], button=QMessageBox.StandardButton.Cancel) -> None:
    """When the next modal box opens, note it and close it (a modal box would wait for a person)."""
    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close)
            return
        seen.append(box)
        box.done(button)
    QTimer.singleShot(0, close)


def shown_texts(box: QMessageBox) -> list[tuple[str, Qt.TextFormat]]:
    return [(label.text(), label.textFormat()) for label in box.findChildren(QLabel) if label.text()]


@pytest.mark.parametrize("text", HOSTILE)
def test_an_error_told_shows_its_markup_as_written(editor, text):
    seen: list[QMessageBox] = []
    for problem in (True, False):
        answer_next_box(seen, QMessageBox.StandardButton.Ok)
        EditorWindow.tell(editor, f"The file {text} cannot be read.", problem=problem)
    answer_next_box(seen, QMessageBox.StandardButton.No)
    assert EditorWindow.ask_yes_no(editor, "Import", f"Replace everything with {text}?") is False
    assert len(seen) == 3
    for box in seen:
        texts = shown_texts(box)
        assert any(text in shown for shown, _format in texts)
        assert all(format == Qt.TextFormat.PlainText for _shown, format in texts)


def test_the_unsaved_question_and_its_informative_text_are_plain(editor, qtbot):
    editor.items.setCurrentRow(0)
    form = editor.form()
    form.title.french.setText(HOSTILE[1])
    seen: list[QMessageBox] = []
    answer_next_box(seen)
    assert EditorWindow.ask_unsaved(editor) == "cancel"
    [box] = seen
    texts = shown_texts(box)
    assert len(texts) == 2 and HOSTILE[1] in texts[0][0]  # the question, then what to do
    assert all(format == Qt.TextFormat.PlainText for _shown, format in texts)


def test_a_box_made_by_the_helper_is_plain_even_for_its_informative_text(qapp):
    box = message_box(None, QMessageBox.Icon.Warning, "t", HOSTILE[0], informative=HOSTILE[1])
    try:
        assert box.textFormat() == Qt.TextFormat.PlainText
        formats = {label.text(): label.textFormat() for label in box.findChildren(QLabel) if label.text()}
        assert formats == {HOSTILE[0]: Qt.TextFormat.PlainText, HOSTILE[1]: Qt.TextFormat.PlainText}
    finally:
        box.deleteLater()


def test_an_import_refused_for_a_file_named_like_html_says_its_name_as_written(editor, tmp_path):
    path = tmp_path / '<img src="x.png">.json'
    path.write_text("{}", encoding="utf-8")
    editor.choose_file = lambda title, filters: str(path)
    editor.ask_yes_no = lambda title, text: True
    del editor.tell  # the real message box
    seen: list[QMessageBox] = []
    answer_next_box(seen, QMessageBox.StandardButton.Ok)
    assert not editor.import_file()
    [box] = seen
    assert any(str(path) in shown and format == Qt.TextFormat.PlainText for shown, format in shown_texts(box))


def labels_showing_markup(*widgets) -> list[str]:
    """Labels that would read their text as HTML."""
    return [label.text() for widget in widgets for label in widget.findChildren(QLabel)
            if label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(label.text())]


def test_no_label_of_the_editor_reads_markup(editor, qtbot, tmp_path):
    review = ReviewItem(slug="carte-identite", title="Carte", status="published", fiche_id="<b>F1</b>",
                        flagged_on=dt.date(2026, 11, 1), changed_on=None, changes=("<i>titre</i>",),
                        official={"title": "<img src=x>"}, previous=None)
    editor.review_panel.show_item(review)
    versions = editor.review_panel.compare()
    dialog = editor.publish()
    dialog.folder.setText(str(tmp_path / "<b>share</b>"))
    dialog.key.setText(str(tmp_path / "<img src=x>.key"))
    dialog.publish()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "<b>share</b>" in dialog.result.text() or "<img src=x>" in dialog.result.text()
    assert "<b>F1</b>" in editor.review_panel.text.text()
    assert labels_showing_markup(editor, dialog, versions) == []
    versions.close()

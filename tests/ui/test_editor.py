"""The assistant's editor window (issue 6): write, check, preview, take back and publish checklists."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView

from kiosk.cli import build_parser, main
from kiosk.editing import changes_since_publication, history, load_draft, summary_lines
from kiosk.settings import set_setting
from kiosk.signing import generate_key_pair, load_private_key, sign
from tests.conftest import NOW, catalogue_bytes, mini_catalogue
from ui.editor.steps import move_row
from ui.editor.app import create_editor_application
from ui.editor.window import EditorWindow
from ui.translations import EditorLanguage, translated, ts_file

TITLE_FR = "Pass jeunesse de la Roseraie"
TITLE_AR = "بطاقة الشباب في لا روزري"
SLUG = "pass-jeunesse-de-la-roseraie"
SOURCE = "https://www.angers.fr/vivre-a-angers/jeunesse/index.html"


@pytest.fixture
def editor_lang() -> str:
    """The editor's own language: English, its source language, unless a test parametrizes it."""
    return "en"


@pytest.fixture
def editor_app(qapp, editor_lang):
    """The editor's application in ``editor_lang``, as ``kiosk editor --lang`` starts it; put back after."""
    font, name = qapp.font(), qapp.applicationName()
    yield create_editor_application(lang=editor_lang)
    EditorLanguage().set("en")
    qapp.setFont(font)
    qapp.setApplicationName(name)


@pytest.fixture
def editor(editor_app, qtbot, starter_context):
    """The editor on the starter catalogue; any unexpected question fails the test."""
    window = EditorWindow(starter_context)  # closed below, not by qtbot: it may hold unsaved changes
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.questions = []

    def unexpected(*args):
        window.questions.append(args)
        raise AssertionError(f"the editor asked something unexpected: {args}")

    window.ask_unsaved = lambda: unexpected("unsaved")
    window.ask_yes_no = lambda title, text: unexpected(title, text)
    window.tell = lambda text, problem=True: unexpected(text)
    window.choose_file = lambda title, filters: unexpected(title)
    yield window
    window.is_dirty = lambda: False  # closing at teardown never asks
    window.close()
    QThreadPool.globalInstance().waitForDone()
    window.deleteLater()


@pytest.fixture
def keys(tmp_path) -> tuple[Path, Path]:
    return generate_key_pair(tmp_path / "keys")


def type_into(qtbot, widget, text: str) -> None:
    """Type as the assistant does: select what is there, then type over it."""
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only: accents and Arabic go in as an input method puts them
        widget.insert(text) if hasattr(widget, "insert") else widget.insertPlainText(text)


def settle(qtbot, editor) -> None:
    """Let the live check (a short timer after the last keystroke) run."""
    qtbot.waitUntil(lambda: not editor._check_timer.isActive(), timeout=3000)


def step_texts(form) -> list[dict[str, str]]:
    return [step.text for step in form.steps.entries()]


def write_new_procedure(qtbot, editor):
    """A new procedure, three steps, the second left empty (an error), in French and in Arabic."""
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    form = editor.forms["procedure"]
    assert editor.form() is form and editor.current_slug() == ""
    type_into(qtbot, form.title.french, TITLE_FR)
    type_into(qtbot, form.summary.french, "Des sorties et des activités à petit prix pour les 11-25 ans.")
    for text in ("Remplissez le formulaire en ligne.", "", "Venez chercher la carte à la mairie."):
        qtbot.mouseClick(form.steps.add_button, Qt.MouseButton.LeftButton)
        if text:
            type_into(qtbot, form.steps.text.french, text)
    form.sources.add_source()
    form.sources.table.item(0, 0).setText(SOURCE)
    assert form.sources.value()[0].checked_on == NOW.date().isoformat()

    editor.language.setCurrentIndex(editor.language.findData("ar"))
    assert form.title.french.isReadOnly() and form.title.translation.isVisible()
    assert form.title.translation.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert form.title.french.text() == TITLE_FR
    type_into(qtbot, form.title.translation, TITLE_AR)
    type_into(qtbot, form.summary.translation, "خرجات وأنشطة بأسعار منخفضة للشباب.")
    for row, text in ((0, "املأ الاستمارة عبر الإنترنت."), (2, "تعال لأخذ البطاقة من البلدية.")):
        form.steps.list.setCurrentRow(row)
        type_into(qtbot, form.steps.text.translation, text)
    return form


def test_write_reorder_fix_publish_and_a_kiosk_finds_it(editor, qtbot, keys, tmp_path, monkeypatch, capsys):
    form = write_new_procedure(qtbot, editor)
    assert editor.is_dirty() and editor.windowTitle().startswith(TITLE_FR + " *")
    settle(qtbot, editor)
    errors = editor.problems.errors()
    assert [p.where for p in errors] == [("procedure", "", "steps.1.text")]
    assert "step 2 has no text" in errors[0].message

    # Saved with its error: work in progress is kept.
    editor.save_action.trigger()
    assert editor.current_slug() == SLUG and not editor.is_dirty()
    assert [p.where for p in editor.problems.errors()] == [("procedure", SLUG, "steps.1.text")]
    assert editor.items.currentItem().data(Qt.ItemDataRole.UserRole) == SLUG

    # Reorder: the last step up with the button, then the first dragged to the end.
    assert form.steps.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    form.steps.list.setCurrentRow(2)
    qtbot.mouseClick(form.steps.up_button, Qt.MouseButton.LeftButton)
    assert [t.get("fr", "") for t in step_texts(form)] == [
        "Remplissez le formulaire en ligne.", "Venez chercher la carte à la mairie.", ""]
    assert move_row(form.steps, 0, 3)
    qtbot.waitUntil(lambda: form.steps.list.item(0).text().startswith("1. Online — Venez"))
    assert [t.get("fr", "") for t in step_texts(form)] == [
        "Venez chercher la carte à la mairie.", "", "Remplissez le formulaire en ligne."]
    settle(qtbot, editor)
    [error] = editor.problems.errors()
    assert error.where == ("procedure", SLUG, "steps.1.text")  # the empty step moved with the drag

    # The problem leads to its field; fixing it there makes the error go.
    editor.problems.choose(editor.problems.problems().index(error))
    assert form.steps.list.currentRow() == 1
    assert form.steps.text.french.hasFocus()
    form.steps.text.french.insertPlainText("Envoyez une photo d'identité.")
    type_into(qtbot, form.steps.text.translation, "أرسل صورة شخصية.")
    settle(qtbot, editor)
    assert editor.problems.errors() == []
    editor.save_action.trigger()
    saved = load_draft(editor.context.db, SLUG)
    assert [s.text for s in saved.steps] == [
        {"fr": "Venez chercher la carte à la mairie.", "ar": "تعال لأخذ البطاقة من البلدية."},
        {"fr": "Envoyez une photo d'identité.", "ar": "أرسل صورة شخصية."},
        {"fr": "Remplissez le formulaire en ligne.", "ar": "املأ الاستمارة عبر الإنترنت."}]
    assert saved.title == {"fr": TITLE_FR, "ar": TITLE_AR}
    assert [e.changes for e in history(editor.context.db, slug=SLUG)][0] == ("steps",)

    # Publish to a shared folder, with the publisher key.
    private, public = keys
    share = tmp_path / "share"
    share.mkdir()
    dialog = editor.publish()
    assert dialog.publish_button.isEnabled()  # warnings (English missing) do not stop it
    assert any(line == f"procedure added: {TITLE_FR}" for line in
               (dialog.changes.item(i).text() for i in range(dialog.changes.count())))
    dialog.folder.setText(str(share))
    dialog.key.setText(str(private))
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is published" in dialog.result.text(), timeout=10000)
    version = json.loads((share / "catalogue.json").read_bytes())["version"]
    assert f"Version {version} is published" in dialog.result.text()
    assert list((editor.context.home / "backups").glob(f"editor-{version}-*.sqlite3"))

    # A second kiosk trusts the key, syncs the published file, and its search finds the procedure.
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "second-kiosk"))
    assert main(["trust", "add", str(public)]) == 0
    assert main(["sync", str(share / "catalogue.json")]) == 0
    capsys.readouterr()
    assert main(["search", "jeunesse roseraie", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["results"][0]["slug"] == SLUG
    assert main(["search", "الشباب", "--lang", "ar", "--json"]) == 0
    assert SLUG in [r["slug"] for r in json.loads(capsys.readouterr().out)["results"]]


def test_a_procedure_is_taken_back_to_an_earlier_version(editor, qtbot):
    form = editor.forms["procedure"]
    slug = editor.current_slug()
    before = form.title.french.text()
    type_into(qtbot, form.title.french, "Un titre qui ne convient pas")
    form.steps.list.setCurrentRow(0)
    qtbot.mouseClick(form.steps.remove_button, Qt.MouseButton.LeftButton)
    editor.save_action.trigger()
    assert load_draft(editor.context.db, slug).title["fr"] == "Un titre qui ne convient pas"

    dialog = editor.show_history()
    assert [e.action for e in dialog.entries()] == ["changed"]
    assert "steps" in dialog.table.item(0, 2).text() and "title" in dialog.table.item(0, 2).text()
    assert before in dialog.before.toPlainText()
    dialog.select(0)
    qtbot.mouseClick(dialog.take_back, Qt.MouseButton.LeftButton)
    assert form.title.french.text() == before
    assert load_draft(editor.context.db, slug).title["fr"] == before
    assert [e.action for e in dialog.entries()] == ["reverted", "changed"]
    assert not editor.is_dirty()


def test_closing_or_switching_with_unsaved_changes_asks(editor, qtbot):
    form = editor.forms["procedure"]
    first = editor.current_slug()
    original = form.title.french.text()
    type_into(qtbot, form.title.french, "Brouillon pas fini")
    answers = ["cancel"]
    asked = []

    def ask():
        asked.append(editor.current_slug())
        return answers.pop(0)

    editor.ask_unsaved = ask
    assert not editor.close()
    assert editor.isVisible() and asked == [first]

    # Switching to another procedure asks too; cancelling stays, with the changes.
    answers[:] = ["cancel"]
    editor.items.setCurrentRow(1)
    assert editor.current_slug() == first and form.title.french.text() == "Brouillon pas fini"
    assert editor.items.currentRow() == 0
    answers[:] = ["cancel"]
    assert not editor.choose_section("partner")
    assert editor.kind == "procedure"

    # Save, then go: the change is kept.
    answers[:] = ["save"]
    second = editor.items.item(1).data(Qt.ItemDataRole.UserRole)
    assert editor.select_item(second)
    assert load_draft(editor.context.db, first).title["fr"] == "Brouillon pas fini"

    # Discard, then close: nothing is kept.
    type_into(qtbot, form.title.french, "Autre brouillon")
    answers[:] = ["discard"]
    assert editor.close()
    assert load_draft(editor.context.db, second).title["fr"] != "Autre brouillon"
    assert len(asked) == 5
    assert original


def test_a_change_typed_back_is_no_change(editor, qtbot):
    form = editor.forms["procedure"]
    original = form.title.french.text()
    type_into(qtbot, form.title.french, "x")
    assert editor.is_dirty()
    type_into(qtbot, form.title.french, original)
    assert not editor.is_dirty()
    editor.items.setCurrentRow(1)  # no question asked
    assert editor.items.currentRow() == 1


def test_partner_hours_are_read_as_typed(editor, qtbot):
    assert editor.choose_section("partner")
    editor.items.setCurrentRow(0)
    form = editor.forms["partner"]
    type_into(qtbot, form.horaires, "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00")
    reading = form.hours_reading.text()
    assert "Wednesday 25/11: 09:00–12:00, 14:00–17:00" in reading
    assert "Saturday 28/11: 09:00–12:00" in reading and "Sunday 29/11: closed" in reading
    assert not form.horaires.property("invalid")
    type_into(qtbot, form.horaires, "le matin sauf le lundi")
    assert form.horaires.property("invalid") and "cannot be read" in form.hours_reading.text()
    type_into(qtbot, form.code_postal, "4900")
    assert form.code_postal.property("invalid")
    settle(qtbot, editor)
    slug = editor.current_slug()
    mine = {p.where[2]: p.severity for p in editor.problems.problems() if p.where[:2] == ("partner", slug)}
    assert mine["horaires_accueil"] == "warning" and mine["code_postal"] == "error"
    editor.problems.choose([p.where for p in editor.problems.problems()].index(("partner", slug, "code_postal")))
    assert form.code_postal.hasFocus()


def test_publishing_with_errors_is_refused_and_failures_are_said(editor, qtbot, keys, tmp_path):
    form = editor.forms["procedure"]
    form.steps.list.setCurrentRow(0)
    type_into(qtbot, form.steps.text.french, " ")
    form.steps.text.french.clear()
    editor.save_action.trigger()
    dialog = editor.publish()
    assert not dialog.publish_button.isEnabled()
    assert "1 error to fix before publishing" in dialog.problems.text()
    dialog.close()

    editor.forms["procedure"].steps.list.setCurrentRow(0)
    type_into(qtbot, form.steps.text.french, "Allez sur le site.")
    editor.save_action.trigger()
    dialog = editor.publish()
    assert dialog.publish_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "not-mounted"))
    dialog.key.setText(str(keys[0]))
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.result.text(), timeout=10000)
    assert dialog.result.property("failed") and dialog.publish_button.isEnabled()
    dialog.folder.setText(str(tmp_path))
    dialog.key.setText(str(keys[1]))  # the public key is not a key to sign with
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a publisher key" in dialog.result.text(), timeout=10000)
    assert not (tmp_path / "catalogue.json").exists()


def test_preview_shows_the_unsaved_draft_with_the_kiosk_screens_in_arabic(editor, qtbot):
    write_new_procedure(qtbot, editor)
    dialog = editor.preview()
    assert dialog is not None and dialog.language.currentData() == "ar"
    screen = dialog.procedure
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.slug == SLUG, timeout=5000)
    assert screen.view.title.text == TITLE_AR
    assert dialog.title.text().endswith(TITLE_AR)
    assert dialog.frame.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(screen._guide, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current() is dialog.guide and dialog.guide.view is not None, timeout=5000)
    assert len(dialog.guide.view.steps) == 3
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.waitUntil(lambda: dialog.guide.lang == "fr" and dialog.guide.view.title.text == TITLE_FR)
    assert dialog.frame.layoutDirection() == Qt.LayoutDirection.LeftToRight
    folder = dialog._copy.context.home
    dialog.close()
    assert not folder.exists()
    assert load_draft(editor.context.db, SLUG) is None  # previewing saved nothing


def test_a_published_catalogue_is_imported(editor, qtbot, tmp_path, keys):
    path = tmp_path / "catalogue.json"
    raw = catalogue_bytes(mini_catalogue(version=999))
    path.write_bytes(raw)
    editor.choose_file = lambda title, filters: str(path)
    editor.ask_yes_no = lambda title, text: True
    told = []
    editor.tell = lambda text, problem=True: told.append(text)
    set_setting(editor.context.db, "publisher_key", str(keys[0]))
    assert not editor.import_file()  # unsigned: refused, with one sentence
    assert len(told) == 1 and "is not signed" in told[0]
    (tmp_path / "catalogue.json.sig").write_bytes(sign(load_private_key(keys[0]), raw))
    assert editor.import_file()
    assert len(told) == 1
    assert [editor.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.items.count())] == \
        ["complementaire-sante-solidaire", "carte-identite"]
    assert "999" in editor.statusBar().currentMessage()


def test_other_items_are_edited_too(editor, qtbot):
    assert editor.choose_section("announcement")
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    form = editor.forms["announcement"]
    assert not editor.is_dirty()
    type_into(qtbot, form.text.french, "Fermé le 24 décembre après-midi.")
    editor.save_action.trigger()
    slug = editor.current_slug()
    assert slug.startswith("info-ferme-le-24")
    assert editor.items.currentItem().data(Qt.ItemDataRole.UserRole) == slug
    assert form.state.text() == "Shown on kiosks now."

    assert editor.choose_section("category")
    editor.items.setCurrentRow(0)
    category = editor.forms["category"]
    type_into(qtbot, category.title.french, "Famille et enfants")
    editor.save_action.trigger()
    assert editor.items.item(0).text().startswith("Famille et enfants")

    editor.tell = lambda text, problem=True: editor.questions.append(text)
    editor.ask_yes_no = lambda title, text: True
    assert editor.choose_section("document")
    editor.items.setCurrentRow(0)
    editor.delete_current()  # used by procedures: refused, and said
    assert "cannot be deleted" in editor.questions[-1]


def test_kiosk_editor_is_a_command():
    args = build_parser().parse_args(["editor"])
    assert args.handler.__module__ == "kiosk.commands.editor"


def french(context: str, text: str) -> str:
    """``text`` as the French editor shows it; fails when it has no French translation."""
    translation = QCoreApplication.translate(context, text)
    assert translation != text, f"no French for {context}: {text!r}"
    return translation


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_the_editor_speaks_french(editor, qtbot):
    assert editor.windowTitle().endswith(french("EditorWindow", "kiosk editor"))
    assert editor.save_action.text() == french("EditorWindow", "Save")
    assert editor.section.itemText(0) == french("EditorWindow", "Procedures")
    assert editor.forms["procedure"].steps.add_button.text() == french("StepsEditor", "Add a step")
    dialog = editor.publish()
    assert dialog.windowTitle() == french("PublishDialog", "Publish the catalogue")
    assert dialog.changes.item(0).text() == french("Publishing", "Nothing changed since the last publication.")
    dialog.close()


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_problems_from_the_core_are_shown_in_french(editor, qtbot):
    assert editor.choose_section("partner")
    editor.items.setCurrentRow(0)
    type_into(qtbot, editor.forms["partner"].code_postal, "4900")
    settle(qtbot, editor)
    problems = editor.problems.problems()
    [problem] = [p for p in problems if p.where[2] == "code_postal" and p.is_error]
    shown = editor.problems.list.item(problems.index(problem)).text()
    assert shown == problem.text.render(french) == translated(problem.text)
    assert shown != problem.message  # the command line's English is unchanged
    errors = len(editor.problems.errors())
    assert editor.problems.summary.text().startswith(
        french("ProblemsPanel", "1 error to fix before publishing" if errors == 1 else
               "%n errors to fix before publishing").replace("%n", str(errors)))


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_a_file_that_is_not_a_catalogue_is_refused_in_french(editor, tmp_path, keys):
    path = tmp_path / "notes.json"
    raw = b'{"format": "kiosk-catalogue", "format_version": 1, "languages": [}'
    path.write_bytes(raw)
    told = []
    editor.choose_file = lambda title, filters: str(path)
    editor.tell = lambda text, problem=True: told.append(text)
    editor.ask_yes_no = lambda title, text: True
    set_setting(editor.context.db, "publisher_key", str(keys[0]))
    assert not editor.import_file()  # not signed: refused before it is read
    unsigned = french("Publishing", "{path} is not signed (there is no {signature} beside it), so it was refused: "
                                    "only a catalogue published with a trusted key can be imported. Nothing was "
                                    "changed.")
    assert told == [unsigned.replace("{path}", str(path)).replace("{signature}", "notes.json.sig")]
    (tmp_path / "notes.json.sig").write_bytes(sign(load_private_key(keys[0]), raw))
    told.clear()
    editor.choose_file = lambda title, filters: str(path)
    editor.tell = lambda text, problem=True: told.append(text)
    editor.ask_yes_no = lambda title, text: True
    assert not editor.import_file()
    english = "The catalogue is not valid JSON (line {line}, column {column}: {reason})."
    assert told and told[0].startswith(french("Catalogue", english).split("{line}")[0])


def kiosk_translation(lang: str) -> tuple[str, str, str]:
    """One (context, English, translation) of the kiosk's own interface."""
    for context in ET.parse(ts_file(lang)).getroot().iter("context"):
        for message in context.iter("message"):
            if message.findtext("translation"):
                return context.findtext("name"), message.findtext("source"), message.findtext("translation")
    raise AssertionError(f"kiosk_{lang}.ts translates nothing")


@pytest.mark.parametrize("editor_lang", ["fr"])
def test_the_preview_shows_the_kiosk_in_arabic_inside_the_french_editor(editor, qtbot):
    context, source, arabic = kiosk_translation("ar")
    save = french("EditorWindow", "Save")
    dialog = editor.preview()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert QCoreApplication.translate(context, source) == arabic  # the kiosk's screens
    assert dialog.back.text() == french("PreviewDialog", "Back to the procedure")  # the editor around them
    assert QCoreApplication.translate("EditorWindow", "Save") == save
    dialog.close()
    assert QCoreApplication.translate(context, source) == source
    assert QCoreApplication.translate("EditorWindow", "Save") == save


def test_in_english_the_editor_shows_its_source_strings(editor, qtbot):
    assert create_editor_application(lang="fr") and create_editor_application(lang="en")
    window = EditorWindow(editor.context)
    qtbot.addWidget(window)
    assert window.save_action.text() == "Save" == QCoreApplication.translate("EditorWindow", "Save")
    assert [window.problems.list.item(i).text() for i in range(window.problems.list.count())] == \
        [problem.message for problem in window.problems.problems()]


def test_kiosk_editor_takes_the_editor_language(home, monkeypatch):
    assert build_parser().parse_args(["editor"]).lang == "fr"
    chosen = []
    monkeypatch.setattr("ui.editor.app.run_editor", lambda context, lang: chosen.append(lang) or 0)
    assert main(["editor", "--lang", "en"]) == 0
    assert chosen == ["en"]


# --- a procedure whose official fiche changed (kiosk.importers) ---------------------------------


@pytest.fixture
def fiche_free_context(home, tmp_path):
    """A kiosk on the starter catalogue in which no procedure follows a fixture fiche yet."""
    from kiosk.context import open_context
    from tests.kiosk.test_import_fiches import starter_not_following_fixtures

    context = open_context(home, clock=lambda: NOW, starter=starter_not_following_fixtures(tmp_path))
    yield context
    context.close()


def test_a_changed_official_fiche_is_shown_compared_and_marked_as_read(editor_app, qtbot, fiche_free_context, tmp_path):
    from kiosk.importers import import_fiches, review_of
    from tests.kiosk.test_import_fiches import FICHES, changed_copy

    starter_context = fiche_free_context

    import_fiches(starter_context, FICHES / "F1341.xml")
    [flagged] = import_fiches(starter_context, changed_copy(tmp_path)).flagged
    slug = flagged.slug
    window = EditorWindow(starter_context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()

    # The list marks it, and can show only the procedures to read again.
    rows = {window.items.item(i).data(Qt.ItemDataRole.UserRole): window.items.item(i) for i in range(window.items.count())}
    assert window.tr("(to read again)") in rows[slug].text()
    assert not rows[slug].icon().isNull() and rows["carte-identite"].icon().isNull()
    assert window.review_only.isVisible()
    window.review_only.setChecked(True)
    assert [window.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.items.count())] == [slug]

    # Its form says what changed; the two official versions side by side.
    assert window.select_item(slug)
    panel = window.review_panel
    assert panel.isVisible() and "F1341" in panel.text.text() and "01/07/2025" in panel.text.text()
    dialog = panel.compare()
    assert "https://ants.gouv.fr/pre-demande-cni" in dialog.after.toPlainText()
    assert "https://ants.gouv.fr/pre-demande-cni" not in dialog.before.toPlainText()
    dialog.close()

    # Read, and right: the flag goes, the procedure stays a draft, its text untouched.
    before = load_draft(starter_context.db, slug)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert not review_of(starter_context.db, slug).flagged
    after = load_draft(starter_context.db, slug)
    assert after.title == before.title and after.steps == before.steps and after.status == "draft"
    assert not window.review_only.isVisible() and window.items.count() > 1
    assert window.current_slug() == slug


def test_the_review_panel_is_hidden_for_procedures_without_a_flag(editor):
    assert editor.select_item("carte-identite")
    assert not editor.review_panel.isVisible() and not editor.review_only.isVisible()


def test_the_order_residents_see_is_changed_with_up_and_down(editor, qtbot):
    def listed() -> list[str]:
        return [editor.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.items.count())]

    assert editor.choose_section("category")
    assert not editor.up_button.isEnabled()  # nothing chosen yet
    first, second = listed()[:2]
    assert editor.select_item(first)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert listed()[:2] == [second, first] and editor.current_slug() == first

    assert editor.choose_section("procedure")
    procedures = listed()
    assert editor.select_item(procedures[1])
    editor.search.setText("carte")  # among search results, the order cannot be seen: no moving
    assert not editor.up_button.isEnabled()
    editor.search.setText("")
    assert editor.up_button.isEnabled()
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert listed()[:2] == [procedures[1], procedures[0]]
    # Publishing will say so.
    lines = summary_lines(changes_since_publication(editor.context))
    assert "categories in a new order" in lines and any("procedures in a new order" in line for line in lines)

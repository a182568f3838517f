"""The featured flag from the editor to a kiosk's flash, and the editor's own "Info flash" button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool

from kiosk.catalogue import load_procedure
from kiosk.cli import main
from kiosk.context import open_context
from kiosk.editing import load_draft
from kiosk.signing import generate_key_pair
from kiosk.takeaway import checklist_text
from tests.conftest import NOW
from tests.ui.test_flash import decoded, pdf_pages
from ui.editor.app import create_editor_application
from ui.editor.window import EditorWindow
from ui.translations import EditorLanguage

pytest.importorskip("pypdf")
pytest.importorskip("zxingcpp")


@pytest.fixture
def editor(qapp, qtbot, starter_context):
    font, name = qapp.font(), qapp.applicationName()
    create_editor_application(lang="en")
    window = EditorWindow(starter_context)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.is_dirty = lambda: False
    window.close()
    QThreadPool.globalInstance().waitForDone()
    window.deleteLater()
    EditorLanguage().set("en")
    qapp.setFont(font)
    qapp.setApplicationName(name)


def test_featured_from_the_editor_to_a_kiosks_flash(editor, qtbot, tmp_path, monkeypatch, capsys):
    # The assistant ticks "On the A4 info flash" for the RSA and unticks the C2S, then saves.
    for slug, featured in (("rsa", True), ("complementaire-sante-solidaire", False)):
        assert editor.open_item("procedure", slug)
        form = editor.forms["procedure"]
        assert form.featured.isChecked() is (not featured)
        form.featured.setChecked(featured)
        assert editor.is_dirty()
        editor.save_action.trigger()
        assert load_draft(editor.context.db, slug).featured is featured

    # Published with the editor's dialog...
    private, public = generate_key_pair(tmp_path / "keys")
    share = tmp_path / "share"
    share.mkdir()
    dialog = editor.publish()
    dialog.folder.setText(str(share))
    dialog.key.setText(str(private))
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is published" in dialog.result.text(), timeout=10000)

    # ... synced by a kiosk, whose flash now holds the RSA and no longer the C2S.
    second = tmp_path / "second-kiosk"
    monkeypatch.setenv("KIOSK_HOME", str(second))
    assert main(["trust", "add", str(public)]) == 0
    assert main(["sync", str(share / "catalogue.json")]) == 0
    out = tmp_path / "flash.pdf"
    assert main(["flash", "--out", str(out)]) == 0
    capsys.readouterr()
    kiosk = open_context(second, clock=lambda: NOW)
    try:
        expected = {slug: checklist_text(load_procedure(kiosk.db, slug, "fr"), frozenset())
                    for slug in ("rsa", "complementaire-sante-solidaire", "prime-activite")}
    finally:
        kiosk.close()
    codes = decoded(out)
    assert expected["rsa"] in codes and expected["prime-activite"] in codes
    assert expected["complementaire-sante-solidaire"] not in codes


def test_the_info_flash_button_saves_the_pdf_off_the_ui_thread(editor, qtbot, tmp_path):
    assert editor.flash_action.isEnabled()
    dialog = editor.make_flash()
    dialog.languages.setCurrentIndex(dialog.languages.findData(["fr", "ar"]))
    dialog.choose_path = lambda: str(tmp_path / "affiche")  # ".pdf" is added
    with qtbot.waitSignal(dialog.saved, timeout=30000) as saved:
        assert dialog.save()
        assert not dialog.save_button.isEnabled()  # while it is being made
    assert saved.args[0] == tmp_path / "affiche.pdf"
    assert "affiche.pdf" in dialog.result.text() and dialog.save_button.isEnabled()
    assert len(decoded(tmp_path / "affiche.pdf")) == 10
    assert pdf_pages(tmp_path / "affiche.pdf")


def test_a_folder_that_does_not_exist_is_said_in_one_sentence(editor, qtbot, tmp_path):
    dialog = editor.make_flash()
    dialog.choose_path = lambda: str(tmp_path / "gone" / "flash.pdf")
    with qtbot.waitSignal(dialog.failed, timeout=30000) as failed:
        dialog.save()
    assert failed.args[0] == dialog.result.text()
    assert "could not be saved" in failed.args[0] and "\n" not in failed.args[0]
    assert not (tmp_path / "gone").exists()
    # Cancelling the file dialog does nothing.
    dialog.choose_path = lambda: ""
    assert not dialog.save()

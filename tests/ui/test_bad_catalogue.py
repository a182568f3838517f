"""Catalogue content that is odd or hostile: the screens still work and say what is missing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.context import open_context
from tests.conftest import NOW, catalogue_bytes, mini_catalogue


@pytest.fixture
def odd_window(app, qtbot, home, tmp_path):
    data = mini_catalogue()
    data["languages"].append({"code": "es", "name": "Español", "direction": "ltr"})
    data["categories"][0]["pictogram"] = "no-such-pictogram"
    data["procedures"][0]["summary"]["fr"] = (
        '<img src="https://example.org/track.png"><a href="https://example.org">Cliquez</a> **gras**')
    starter = tmp_path / "odd.json"
    starter.write_bytes(catalogue_bytes(data))
    context = open_context(home, clock=lambda: NOW, starter=starter)

    from ui.services import Services
    from ui.window import KioskWindow

    window = KioskWindow(Services.from_context(context, speech_engine="mock"))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    yield window
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    context.close()


def settle():
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def test_markup_in_catalogue_text_is_shown_as_plain_text(odd_window):
    odd_window.open_screen("procedure", "complementaire-sante-solidaire")
    settle()
    summary = odd_window.screen("procedure")._summary
    assert summary.textFormat() == Qt.TextFormat.PlainText
    assert '<img src="https://example.org/track.png">' in summary.text()
    assert not summary.openExternalLinks()


def test_missing_pictogram_draws_the_fallback(odd_window):
    tiles = odd_window.screen("home").tiles()
    assert tiles[0].accessibleName() == "Santé"
    assert not tiles[0]._picture.pixmap().isNull()


def test_procedure_without_steps_says_so(odd_window):
    odd_window.open_screen("procedure", "carte-identite")
    settle()
    procedure = odd_window.screen("procedure")
    assert not procedure._guide.isVisible()
    assert procedure._documents_hint.text() == procedure.tr("No document is needed to start.")
    odd_window.open_screen("guide", "carte-identite")
    settle()
    guide = odd_window.screen("guide")
    assert guide._text.text() == guide.tr("This procedure has no steps to follow here. "
                                          "Ask at the reception or a partner nearby.")


def test_language_without_any_translation_falls_back_visibly(odd_window):
    odd_window.set_language("es")
    odd_window.open_screen("procedure", "complementaire-sante-solidaire")
    settle()
    procedure = odd_window.screen("procedure")
    assert procedure.view.title.fallback
    assert procedure._fallback.isVisible()
    # No interface translation for Spanish either: the interface itself falls back to English.
    assert procedure._fallback.text() == "Some of this text is not yet translated: it is shown in French."
    assert odd_window.screen("home").tiles()


def test_unknown_procedure_slug_shows_a_message(odd_window):
    odd_window.open_screen("procedure", "gone-since-the-last-sync")
    settle()
    procedure = odd_window.screen("procedure")
    assert procedure._summary.text() == procedure.tr("This procedure is no longer in the catalogue.")
    odd_window.open_screen("document", "gone-too")
    settle()
    document = odd_window.screen("document")
    labels = [label.text() for label in document.findChildren(QLabel)]
    assert document.tr("This document is no longer in the catalogue.") in labels

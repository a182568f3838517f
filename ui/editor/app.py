"""Starting the editor: its Qt application (the desktop's look, the editor's language) and its window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kiosk.context import Context
from ui.editor.window import EditorWindow
from ui.fonts import kiosk_font
from ui.translations import EDITOR_LANGUAGES, EditorLanguage


def create_editor_application(argv: list[str] | None = None, lang: str = "fr") -> QApplication:
    """The Qt application for the editor: the desktop's own look, not the kiosk's touch theme.

    ``lang`` is the editor's own language (one of ``EDITOR_LANGUAGES``): French for the assistant,
    English (the source language) for developers. The preview's kiosk screens have their own.
    """
    if lang not in EDITOR_LANGUAGES:
        raise ValueError(f"the editor speaks {', '.join(EDITOR_LANGUAGES)}, not {lang!r}")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("kiosk editor")
    app.setFont(kiosk_font(pixel_size=14))  # registers the bundled fonts, before any window
    EditorLanguage().set(lang)
    return app


def run_editor(context: Context, lang: str = "fr") -> int:
    app = create_editor_application(lang=lang)
    window = EditorWindow(context)
    window.resize(1440, 900)
    window.show()
    return app.exec()


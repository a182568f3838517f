"""``kiosk screenshots``: every screen, in each language, rendered to PNG without a display."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.context import Context

#: (file name, screen, argument), in the order a resident meets them.
SHOTS = [
    ("home", "home", None),
    ("category", "category", "health"),
    ("procedure", "procedure", "complementaire-sante-solidaire"),
    ("document", "document", "proof-of-address"),
    ("guide", "guide", "complementaire-sante-solidaire"),
    ("takeaway", "takeaway", "complementaire-sante-solidaire"),
    ("partners", "partners", None),
    ("help", "help", None),
    ("search", "search", None),
]
SIZE = (1920, 1080)


def render_screenshots(context: Context, out: Path, languages: list[str] | None = None) -> list[Path]:
    """Render every screen in each of ``languages`` (default: all the catalogue offers) into ``out``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.services import Services
    from ui.window import KioskWindow

    app = create_application()
    services = Services.from_context(context, speech_engine="mock")
    offered = [language.code for language in services.languages]
    languages = languages or offered
    window = KioskWindow(services)
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        for _ in range(4):  # screens load off the UI thread, then lay themselves out
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in languages:
        window.set_language(lang)
        for name, screen, argument in SHOTS:
            if screen not in window.screen_names():
                continue
            window.open_screen(screen, argument)
            if screen == "search":
                window.screen("search").field.setText("caf")
            settle()
            path = out / f"{name}-{lang}.png"
            window.grab().save(str(path))
            written.append(path)
        window.go_home()
    window.close()
    QApplication.processEvents()
    return written

"""Render the assistant's editor to PNG files without a display, for the README.

    .venv/bin/python scripts/editor_screenshots.py [OUT]      # default: docs/screenshots

Works on a throw-away KIOSK_HOME with the starter catalogue and a fixed clock, so the pictures
are the same on every run: the procedure form translating into Arabic with a problem found as
typed, a partner's opening hours read back, the preview in Arabic, and the publish dialog.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = dt.datetime(2026, 11, 25, 10, 0)


def main(out: Path) -> list[Path]:
    from PySide6.QtCore import QThreadPool

    from kiosk.context import open_context
    from kiosk.editing import StepDraft
    from ui.editor.app import create_editor_application
    from ui.editor.window import EditorWindow

    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="kiosk-editor-shots-"))
    context = open_context(home, clock=lambda: NOW)
    app = create_editor_application()
    window = EditorWindow(context)
    window.ask_unsaved = lambda: "discard"
    window.resize(1440, 900)
    window.show()
    written: list[Path] = []

    def settle() -> None:
        for _ in range(6):
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()

    def shoot(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    # A procedure, translated into Arabic; a step added without its text yet.
    window.select_item("carte-vitale-compte-ameli")
    window.set_language("ar")
    form = window.forms["procedure"]
    form.steps.set_entries([*form.steps.entries(), StepDraft("on_site", {})])
    form.steps.select(len(form.steps.entries()) - 1)
    form._changed()
    window.check_current()
    form.ensureWidgetVisible(form.steps.detail, 0, 40)
    shoot(window, "editor-procedure-ar")

    # The preview, exactly as the kiosk shows it, in Arabic.
    window.discard_changes()
    preview = window.preview()
    preview.resize(1440, 900)
    shoot(preview, "editor-preview-ar")
    preview.close()

    # A partner's opening hours, read back as typed.
    window.set_language("fr")
    window.choose_section("partner")
    window.select_item("maison-quartier-roseraie")
    partner = window.forms["partner"]
    partner.horaires.setText("Mo-Fr 09:00-12:00,14:00-18:00; We 14:00-18:00 off; Sa 09:00-12:00; PH off")
    partner.code_postal.setText("4910")
    window.check_current()
    partner.ensureWidgetVisible(partner.hours_reading, 0, 120)
    shoot(window, "editor-partner")
    window.discard_changes()

    # Publishing: what changed since the last publication.
    partner.telephone.setText("02 41 05 46 00")
    partner.code_postal.setText("49000")
    window.save()
    dialog = window.publish()
    dialog.folder.setText("/srv/kiosk/catalogue")
    dialog.key.setText("/home/assistante/kiosk/publisher.key")
    shoot(dialog, "editor-publish")
    dialog.close()

    window.close()
    context.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for path in main(target):
        print(path)

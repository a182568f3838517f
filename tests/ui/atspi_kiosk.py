"""The kiosk window for the AT-SPI test, run in the project's Python on an X display.

    python -m tests.ui.atspi_kiosk KIOSK_HOME LANG

Shows the window in LANG on the "health" category, prints ``ready``, then answers each line of
stdin: ``where`` prints the screen shown and its argument as JSON; ``quit`` ends it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.context import open_context
from ui.app import create_application
from ui.services import Services
from ui.window import KioskWindow


def settle() -> None:
    for _ in range(4):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def main(home: str, lang: str) -> int:
    app = create_application()
    context = open_context(Path(home))
    window = KioskWindow(Services.from_context(context, speech_engine="mock"))
    window.resize(1280, 800)
    window.show()
    window.set_language(lang)
    window.open_screen("category", "health")
    settle()

    def answer() -> None:
        command = sys.stdin.readline().strip()
        if command == "where":
            settle()
            print(json.dumps(list(window.history()[-1])), flush=True)
        elif command in ("quit", ""):
            app.exit(0)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(answer)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    code = app.exec()
    context.close()
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

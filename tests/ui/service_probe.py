"""The kiosk as ``kiosk run --windowed`` starts it, measured from inside while a service is silent.

    python -m tests.ui.service_probe RESULT.json

Run by tests/ui/test_outside_services.py with ``$KIOSK_HOME``, ``$NOTIFY_SOCKET`` and a silent
service's variable set. Once the home screen is painted it starts the kiosk's services as
``kiosk run`` does, then taps a button ``TAPS`` times (posted mouse events, as a touch screen's
arrive) and notes how long each took to be answered, opens the take-away screen and tries to
print, and waits for read aloud to decide (an engine that answers, is missing, or misses its
deadline). Milestones go to ``$NOTIFY_SOCKET`` as ``X-PROBE=...`` beside the kiosk's own
``READY=1`` and ``WATCHDOG=1``; the measures go to RESULT.json.
"""

from __future__ import annotations

import json
import os
import sys
import time

TAPS = 7
TAP_EVERY_MS = 300
GIVE_UP_MS = 90_000
PROCEDURE = "complementaire-sante-solidaire"


def main(out: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QPushButton

    from kiosk.context import open_context
    from kiosk.logs import start_logging
    from kiosk.systemd import notify
    from ui.app import open_kiosk

    context = open_context()
    start_logging(context.home)
    results: dict = {"latencies": []}
    speech_decided = []

    def finish() -> None:
        with open(out, "w", encoding="utf-8") as file:
            json.dump(results, file)
        notify("X-PROBE=done")
        QTimer.singleShot(1500, lambda: os._exit(0))  # the watchdog keeps going meanwhile

    def ready(window) -> None:
        window.speech.loaded.connect(lambda: speech_decided.append(window.speech.available()))
        window.start_services()
        notify("X-PROBE=ready")
        QTimer.singleShot(TAP_EVERY_MS, lambda: tap(window, TAPS))
        QTimer.singleShot(GIVE_UP_MS, finish)

    def tap(window, left: int) -> None:
        if left == 0:
            # What the kiosk had logged when the last tap was answered: a UI thread that waited
            # for the silent service would only answer after the service's deadline was logged.
            results["log_at_taps_done"] = (context.home / "logs" / "kiosk.log").read_text(encoding="utf-8")
            notify("X-PROBE=taps-done")
            try_printing(window)
            return
        button = next(b for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled())
        centre = QPointF(button.rect().center())
        posted = time.monotonic()

        def answered() -> None:
            button.clicked.disconnect(answered)
            results["latencies"].append(time.monotonic() - posted)
            QTimer.singleShot(TAP_EVERY_MS, lambda: tap(window, left - 1))

        button.clicked.connect(answered)
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QCoreApplication.postEvent(button, QMouseEvent(kind, centre, button.mapToGlobal(centre),
                                                           Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                           Qt.KeyboardModifier.NoModifier))

    def try_printing(window) -> None:
        window.open_screen("takeaway", PROCEDURE)
        screen = window.screen("takeaway")
        panel = screen.print_panel()

        def printed(_ok: bool = True) -> None:
            results["print_outcome"] = panel.status.property("outcome")
            results["print_sentence"] = panel.status.text() if panel.status.isVisible() else ""
            notify("X-PROBE=print-done")
            wait_for_speech()

        def looked() -> None:
            if panel.looking() or screen.print_status().isHidden() and screen.print_button().isHidden():
                QTimer.singleShot(50, looked)
            elif not screen.print_button().isHidden():
                screen.printed.connect(printed)
                screen.print_list()
            else:
                printed()

        QTimer.singleShot(50, looked)

    def wait_for_speech() -> None:
        if speech_decided:
            results["speech_available"] = speech_decided[-1]
            finish()
        else:
            QTimer.singleShot(100, wait_for_speech)

    app, _window = open_kiosk(context, windowed=True, on_ready=ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""The read-aloud helper process: owns the Qt Text to Speech engine, talks JSON lines.

Run by ``ui.speech.ReadAloud`` as ``python -m ui.speech_helper ENGINE`` (``kiosk speech-helper
ENGINE`` in the frozen bundle). The engine is an outside service that can hang inside a call
that holds Python's lock (issue 17: creating the speechd engine never returns when
speech-dispatcher accepts and never answers), so it lives in a process of its own, which the
kiosk kills when it misses a deadline.

    out: {"voices": ["fr_FR", ...]}    once started (an empty list: no engine, or no voice)
         {"done": N}                  request N was handed to the engine
         {"speaking": true|false}     the engine started or stopped speaking
    in:  {"say": TEXT, "locale": "fr_FR", "n": N}   {"stop": true, "n": N}

It ends when its input closes (the kiosk went away).
"""

from __future__ import annotations

import json
import os
import sys
import threading


def _end_with_the_kiosk() -> None:
    """Be killed by the kernel when the kiosk ends, even while hung in the engine (which holds
    Python's lock, so that no thread of ours could notice)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the kiosk had already gone
            os._exit(0)


def main(engine: str) -> int:
    from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
    from PySide6.QtTextToSpeech import QTextToSpeech

    _end_with_the_kiosk()
    app = QCoreApplication(sys.argv[:1])

    def send(message: dict) -> None:
        sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    class Input(QObject):
        line = Signal(str)

    speech = QTextToSpeech(engine) if engine in QTextToSpeech.availableEngines() else None
    if speech is not None and speech.state() == QTextToSpeech.State.Error:
        speech = None
    send({"voices": [locale.name() for locale in speech.availableLocales()] if speech else []})
    if speech is not None:
        speech.stateChanged.connect(lambda state: send({"speaking": state == QTextToSpeech.State.Speaking}))

    def handle(text: str) -> None:
        try:
            request = json.loads(text)
        except json.JSONDecodeError:
            return
        if not isinstance(request, dict):
            return
        if speech is not None:
            speech.stop()
            if isinstance(request.get("say"), str) and isinstance(request.get("locale"), str):
                speech.setLocale(QLocale(request["locale"]))
                speech.say(request["say"])
        send({"done": request.get("n")})

    reader = Input()
    reader.line.connect(handle)

    def read() -> None:  # a plain thread: the blocking read releases Python's lock
        for text in sys.stdin:
            reader.line.emit(text)
        os._exit(0)  # the kiosk went away; at once, even while the engine hangs

    threading.Thread(target=read, daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "speechd"))

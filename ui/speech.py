"""Read aloud with Qt Text to Speech, in the screen's language, when a voice exists for it.

Nothing here may freeze the screen (issue 17). The engine (speech-dispatcher on Debian) is an
outside service: when its audio output hangs it accepts a connection and never answers, and
creating ``QTextToSpeech("speechd")`` then never returns, holding Python's lock, so that even a
thread of its own would stop the UI. The engine therefore lives in a helper process
(``ui/speech_helper.py``) that this object talks to through pipes, never waiting: every request
has a deadline, and a helper that misses one is killed and read aloud counts as absent (the
read-aloud button hides), logged once, tried again every ``RETRY_MS``. Qt's "mock" engine, which
talks to nothing outside, runs in this process (``IN_PROCESS_ENGINES``).
"""

from __future__ import annotations

import json
import logging
import sys

import shiboken6

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from ui.translations import qt_locale

log = logging.getLogger(__name__)

#: The engine for real voices (Debian: speech-dispatcher with espeak-ng); tests use "mock".
DEFAULT_ENGINE = "speechd"
#: How long the helper may take to start with its engine (about a second when healthy; more on
#: a loaded machine), and to take a request.
START_DEADLINE_MS = 15_000
REQUEST_DEADLINE_MS = 3_000
#: How often an absent engine is tried again.
RETRY_MS = 10 * 60_000
#: Engines that are no outside service (Qt's test engine: it cannot hang), run in this process:
#: tests and screenshots start no helper, and tests can watch what reaches Qt.
IN_PROCESS_ENGINES = {"mock"}


def helper_command(engine: str) -> list[str]:
    """How to start the helper from this program (the source tree or the frozen bundle)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-helper", engine]
    return [sys.executable, "-m", "ui.speech_helper", engine]


class ReadAloud(QObject):
    """Speaks texts; says which languages it has a voice for. Never blocks its caller.

    The engine starts on ``load()``, not in the constructor, so it never delays the first screen.

    Signals:
        speaking_changed(bool): started or stopped speaking.
        loaded(): the engine answered, is known to be missing, or missed a deadline;
            ``can_speak`` answers anew.
    """

    speaking_changed = Signal(bool)
    loaded = Signal()

    def __init__(self, engine: str | None = DEFAULT_ENGINE, parent=None, *,
                 start_deadline_ms: int = START_DEADLINE_MS,
                 request_deadline_ms: int = REQUEST_DEADLINE_MS, retry_ms: int = RETRY_MS,
                 in_process: bool | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._in_process = engine in IN_PROCESS_ENGINES if in_process is None else in_process
        self._local: QTextToSpeech | None = None
        self._start_deadline_ms = start_deadline_ms
        self._request_deadline_ms = request_deadline_ms
        self._process: QProcess | None = None
        self._output = b""
        self._locales: list[QLocale] = []  # the voices of the running helper, once it answered
        self._speaking = False
        self._absent_logged = False
        self._requests = 0
        # What the helper has not answered yet, under a deadline: its start (0), or the last request.
        self._waiting_for: int | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_deadline)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._start)
        # Helpers still running; if this object goes (its window closed), they are ended first.
        live = self._live = []
        self.destroyed.connect(lambda *_args: _end(live))

    # --- public API ------------------------------------------------------------------------

    def load(self) -> None:
        """Start the engine's helper; ``loaded`` follows (at the latest at the deadline)."""
        if not self._engine:
            self.loaded.emit()
        elif self._in_process:
            self._load_in_process()
        elif self._process is None and not self._retry.isActive():
            self._start()

    def can_speak(self, lang: str) -> bool:
        """Whether a voice for ``lang`` exists (the read-aloud button hides otherwise)."""
        return self._locale_for(lang) is not None

    def speak(self, text: str, lang: str) -> None:
        locale = self._locale_for(lang)
        if locale is None or not text.strip():
            return
        if self._local is not None:
            self._local.stop()
            self._local.setLocale(locale)
            self._local.say(text)
        else:
            self._send({"say": text, "locale": locale.name()})

    def stop(self) -> None:
        if self._local is not None:
            self._local.stop()
        elif self._locales and (self._speaking or self._waiting_for is not None):
            self._send({"stop": True})

    def is_speaking(self) -> bool:
        return self._speaking

    def available(self) -> bool:
        """Whether the engine answers and has at least one voice."""
        return bool(self._local.availableLocales() if self._local is not None else self._locales)

    def shut_down(self) -> None:
        """End the helper (at the end of the program, or when read aloud is switched off)."""
        self._retry.stop()
        self._deadline.stop()
        if self._local is not None:
            self._local.stop()
            self._local.deleteLater()
            self._local = None
        self._drop()

    # --- internals -------------------------------------------------------------------------

    def _load_in_process(self) -> None:
        if self._local is None and self._engine in QTextToSpeech.availableEngines():
            speech = QTextToSpeech(self._engine, self)
            if speech.state() != QTextToSpeech.State.Error:
                self._local = speech
                speech.stateChanged.connect(self._on_local_state)
        self.loaded.emit()

    def _on_local_state(self, state: QTextToSpeech.State) -> None:
        speaking = state == QTextToSpeech.State.Speaking
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    @Slot()
    def _start(self) -> None:
        program, *arguments = helper_command(self._engine)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_ended)
        process.errorOccurred.connect(self._on_error)
        self._process, self._output = process, b""
        self._live[:] = [*(live for live in self._live if shiboken6.isValid(live)), process]
        self._waiting_for = 0
        self._deadline.start(self._start_deadline_ms)
        process.start(program, arguments)

    def _send(self, request: dict) -> None:
        if self._process is None or self._waiting_for == 0:
            return
        self._requests += 1
        if self._waiting_for is None:  # else the deadline of the oldest unanswered one runs on
            self._deadline.start(self._request_deadline_ms)
        self._waiting_for = self._requests
        line = json.dumps({**request, "n": self._requests}, ensure_ascii=False) + "\n"
        self._process.write(line.encode("utf-8"))

    def _locale_for(self, lang: str) -> QLocale | None:
        wanted = qt_locale(lang).language()
        if wanted == QLocale.Language.C:
            return None  # a code Qt does not know: never the engine's "C" voice
        # An engine in this process is asked each time (cheap, and what tests watch).
        locales = self._local.availableLocales() if self._local is not None else self._locales
        return next((locale for locale in locales if locale.language() == wanted), None)

    @Slot()
    def _on_output(self) -> None:
        process = self.sender()
        if process is not self._process:
            return
        self._output += bytes(process.readAllStandardOutput())
        *lines, self._output = self._output.split(b"\n")
        self._output = self._output[-65_536:]  # a line is short; never let one grow without end
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self._on_message(message)

    def _on_message(self, message: dict) -> None:
        if "voices" in message and self._waiting_for == 0:
            self._waiting_for = None
            self._deadline.stop()
            names = message["voices"] if isinstance(message["voices"], list) else []
            self._locales = [QLocale(name) for name in names if isinstance(name, str)]
            if self._locales:
                if self._absent_logged:
                    log.info("read aloud: the speech engine answers again; read aloud is on")
                self._absent_logged = False
                self.loaded.emit()
            else:  # logged once; tried again later (a voice may be installed meanwhile)
                self._absent("the speech engine %r is not installed or has no voice", self._engine)
        elif "done" in message and isinstance(message["done"], int) and self._waiting_for:
            if message["done"] == self._waiting_for:
                self._waiting_for = None
                self._deadline.stop()
            else:  # an older one: the helper is moving; a new deadline for the next
                self._deadline.start(self._request_deadline_ms)
        elif isinstance(message.get("speaking"), bool) and message["speaking"] != self._speaking:
            self._speaking = message["speaking"]
            self.speaking_changed.emit(self._speaking)

    @Slot()
    def _on_deadline(self) -> None:
        what = "start" if self._waiting_for == 0 else "take a request"
        limit = self._start_deadline_ms if self._waiting_for == 0 else self._request_deadline_ms
        self._absent("the speech engine did not %s within %d ms", what, limit)

    @Slot()
    def _on_ended(self, *_args) -> None:
        if self.sender() is self._process:
            self._absent("the speech helper stopped")

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if self.sender() is self._process and error == QProcess.ProcessError.FailedToStart:
            self._absent("the speech helper could not start")

    def _absent(self, reason: str, *args) -> None:
        """Read aloud is off until a retry finds the engine answering."""
        if not self._absent_logged:
            log.warning("read aloud is off: " + reason + "; trying again every %d minutes",
                        *args, max(1, self._retry.interval() // 60_000))
            self._absent_logged = True
        self._drop()
        self._retry.start()
        self.loaded.emit()

    def _drop(self) -> None:
        process, self._process = self._process, None
        self._locales, self._waiting_for = [], None
        self._deadline.stop()
        if self._speaking:
            self._speaking = False
            self.speaking_changed.emit(False)
        if process is not None:
            process.readyReadStandardOutput.disconnect(self._on_output)
            process.finished.disconnect(self._on_ended)
            process.errorOccurred.disconnect(self._on_error)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()  # a signal, not a wait; the process object goes once it has ended
                process.finished.connect(process.deleteLater)
            else:
                process.deleteLater()


def _end(processes: list[QProcess]) -> None:
    """Kill helpers that still run (their owner is being destroyed); a killed process ends at once."""
    for process in processes:
        if shiboken6.isValid(process) and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
    processes.clear()

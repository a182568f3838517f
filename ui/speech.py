"""Read aloud with Qt Text to Speech, in the screen's language, when a voice exists for it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

#: The engine for real voices (Debian: speech-dispatcher with espeak-ng); tests use "mock".
DEFAULT_ENGINE = "speechd"


class ReadAloud(QObject):
    """Speaks texts; says which languages it has a voice for.

    The engine starts on ``load()``, not in the constructor: connecting to speech-dispatcher
    takes about a second, which must not delay the first painted screen.

    Signals:
        speaking_changed(bool): started or stopped speaking.
        loaded(): the engine is ready (or known to be missing); ``can_speak`` now answers.
    """

    speaking_changed = Signal(bool)
    loaded = Signal()

    def __init__(self, engine: str | None = DEFAULT_ENGINE, parent=None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._speech: QTextToSpeech | None = None

    def load(self) -> None:
        if self._speech is None and self._engine and self._engine in QTextToSpeech.availableEngines():
            speech = QTextToSpeech(self._engine, self)
            if speech.state() != QTextToSpeech.State.Error:
                self._speech = speech
                speech.stateChanged.connect(self._on_state_changed)
        self.loaded.emit()

    def can_speak(self, lang: str) -> bool:
        """Whether a voice for ``lang`` exists (the read-aloud button hides otherwise)."""
        return self._locale_for(lang) is not None

    def speak(self, text: str, lang: str) -> None:
        locale = self._locale_for(lang)
        if self._speech is None or locale is None or not text.strip():
            return
        self._speech.stop()
        self._speech.setLocale(locale)
        self._speech.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    def is_speaking(self) -> bool:
        return self._speech is not None and self._speech.state() == QTextToSpeech.State.Speaking

    def _locale_for(self, lang: str) -> QLocale | None:
        if self._speech is None:
            return None
        wanted = QLocale(lang).language()
        return next((locale for locale in self._speech.availableLocales() if locale.language() == wanted), None)

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        self.speaking_changed.emit(state == QTextToSpeech.State.Speaking)

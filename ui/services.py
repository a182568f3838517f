"""What screens need from the outside, handed to them at construction (no globals)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import logging

from PySide6.QtCore import QRunnable, QThreadPool

from kiosk import stats
from kiosk.catalogue import LanguageInfo, languages
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.settings import get_setting

log = logging.getLogger(__name__)


@dataclass
class Services:
    """The core context plus what the UI reads once at start."""

    context: Context
    site: str
    default_language: str
    languages: list[LanguageInfo]
    #: Qt Text to Speech engine for read-aloud ("speechd"; tests use "mock"; None: no read-aloud).
    speech_engine: str | None = "speechd"
    #: Seconds on a monotonic clock, for the idle reset (tests move it by hand).
    idle_clock: Callable[[], float] = field(default=time.monotonic)
    #: Count anonymous statistics (off only in benchmarks and screenshots).
    statistics: bool = True

    @classmethod
    def from_context(cls, context: Context, **overrides) -> Services:
        offered = languages(context.db)
        default = get_setting(context.db, "default_language")
        if default not in {language.code for language in offered}:
            default = "fr"
        return cls(context=context, site=get_setting(context.db, "site"),
                   default_language=default, languages=offered, **overrides)

    def direction(self, lang: str) -> str:
        return next((lang_.direction for lang_ in self.languages if lang_.code == lang), "ltr")

    def count(self, event: stats.Event, **fields: str) -> None:
        """Add one to an anonymous statistics counter, off the UI thread (DESIGN.md section 6).

        ``fields`` are the slugs and language code the event is counted with (see kiosk.stats).
        """
        db, day = self.context.db, stats.local_day(self.context.clock())

        def write() -> None:
            try:
                stats.record(db, event, day=day, **fields)
            except KioskError as error:  # a busy disk must never reach the resident
                log.warning("%s", error)

        if self.statistics:
            QThreadPool.globalInstance().start(QRunnable.create(write))

"""What screens need from the outside, handed to them at construction (no globals)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import logging
from concurrent.futures import ThreadPoolExecutor

from kiosk import stats
from kiosk.catalogue import LanguageInfo, languages
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.settings import get_setting
from kiosk.text import FALLBACK_LANGUAGE

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
    #: "resident", "mediator" or "admin": what the screens show (helper notes from mediator up).
    mode: str = "resident"
    #: Seconds without a touch before "still there?" (the setting idle_timeout_seconds).
    idle_seconds: int = 90
    #: Whether handouts can be printed (off in the safe start, see kiosk.starts).
    printing: bool = True
    #: Why this is a safe start (kiosk.starts: read aloud, background sync and printing off), or "".
    safe_start: str = ""
    #: A partner's front desk (``kiosk desk``): a window, helper notes shown, French beside the
    #: resident's language, its views counted as the event ``desk`` only (ui/desk.py).
    desk: bool = False
    _statistics_writer: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="statistics"),
        repr=False)

    def elevated(self) -> bool:
        return self.mode != "resident"

    def shows_notes(self) -> bool:
        """Whether the mediator's helper notes and what is still to be checked are shown: in the
        mediator and admin modes, and always at a front desk (staff face the resident there)."""
        return self.desk or self.elevated()

    def french_beside(self, lang: str) -> bool:
        """Whether screens show the French text beside the text in ``lang``: at a front desk, so
        that the receptionist, who reads French, follows what the resident reads."""
        return self.desk and lang != FALLBACK_LANGUAGE

    @classmethod
    def from_context(cls, context: Context, **overrides) -> Services:
        db = context.db
        offered = languages(db)
        wanted = get_setting(db, "languages_offered")
        if wanted:  # the admin's choice, in the catalogue's order; French always stays
            offered = [lang for lang in offered if lang.code in wanted or lang.code == "fr"]
        default = get_setting(db, "default_language")
        if default not in {language.code for language in offered}:
            default = "fr"
        values = dict(site=get_setting(db, "site"), default_language=default, languages=offered,
                      idle_seconds=get_setting(db, "idle_timeout_seconds"))
        if not get_setting(db, "read_aloud"):
            values["speech_engine"] = None
        values.update(overrides)
        return cls(context=context, **values)

    def direction(self, lang: str) -> str:
        return next((lang_.direction for lang_ in self.languages if lang_.code == lang), "ltr")

    def count(self, event: stats.Event, **fields: str) -> None:
        """Add one to an anonymous statistics counter, off the UI thread (DESIGN.md section 6).

        ``fields`` are the slugs and language code the event is counted with (see kiosk.stats).
        The writes go one after the other on a thread of their own (a plain Python thread: no Qt
        object crosses threads), so they never wait on each other for SQLite's write lock.
        """
        if not self.statistics:
            return
        if self.desk:  # a desk counts its views as "desk", and nothing of the terminals' use
            event = stats.at_desk(event)
            if event is None:
                return
        db, day = self.context.db, stats.local_day(self.context.clock())

        def write() -> None:
            try:
                stats.record(db, event, day=day, **fields)
            except KioskError as error:  # a busy disk must never reach the resident
                log.warning("%s", error)

        self._statistics_writer.submit(write)

    def prepare_statistics(self) -> None:
        """Load the database's writer (SQLAlchemy, about 200 ms) on the statistics thread now,
        while the first screen waits for a touch, rather than at the first counted tap."""
        if self.statistics:
            self._statistics_writer.submit(lambda: self.context.db.engine)

    def flush_statistics(self) -> None:
        """Wait until every counted event is written (tests, and before quitting)."""
        self._statistics_writer.submit(lambda: None).result()

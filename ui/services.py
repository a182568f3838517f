"""What screens need from the outside, handed to them at construction (no globals)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.catalogue import LanguageInfo, languages
from kiosk.context import Context
from kiosk.settings import get_setting


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

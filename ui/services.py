"""What screens need from the outside, handed to them at construction (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

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

    @classmethod
    def from_context(cls, context: Context) -> Services:
        offered = languages(context.db)
        default = get_setting(context.db, "default_language")
        if default not in {language.code for language in offered}:
            default = "fr"
        return cls(context=context, site=get_setting(context.db, "site"),
                   default_language=default, languages=offered)

    def direction(self, lang: str) -> str:
        return next((lang_.direction for lang_ in self.languages if lang_.code == lang), "ltr")

"""Texts with a value per language, and the French fallback (DESIGN.md section 3)."""

from __future__ import annotations

from dataclasses import dataclass

#: Every catalogue text has a French value; it stands in for a missing translation.
FALLBACK_LANGUAGE = "fr"


@dataclass(frozen=True)
class Localized:
    """A text as shown: its value and the language it is really in."""

    text: str
    lang: str
    fallback: bool = False


def localize(values: dict[str, str] | None, lang: str) -> Localized:
    """The value of ``values`` in ``lang``, else the French one marked as a fallback.

    ``None`` (an optional text that is absent) gives an empty text.
    """
    if not values:
        return Localized("", lang)
    value = values.get(lang)
    if value:
        return Localized(value, lang)
    return Localized(values.get(FALLBACK_LANGUAGE, ""), FALLBACK_LANGUAGE, fallback=lang != FALLBACK_LANGUAGE)

"""Texts with a value per language, and the French fallback (DESIGN.md section 3)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Every catalogue text has a French value; it stands in for a missing translation.
FALLBACK_LANGUAGE = "fr"
#: French puts a space before : ; ? ! » and after «. Written as a plain space, it lets a line
#: begin with ": vérifiez..." on screen; a no-break space keeps the mark with its word.
_FRENCH_SPACES = (re.compile(r" +([:;?!»])"), re.compile(r"« +"))
NBSP = "\u00a0"


def french_spacing(text: str) -> str:
    """``text`` with the spaces French puts around : ; ? ! « » made unbreakable."""
    text = _FRENCH_SPACES[0].sub(NBSP + r"\1", text)
    return _FRENCH_SPACES[1].sub("«" + NBSP, text)


@dataclass(frozen=True)
class Localized:
    """A text as shown: its value and the language it is really in."""

    text: str
    lang: str
    fallback: bool = False


def localize(values: dict[str, str] | None, lang: str) -> Localized:
    """The value of ``values`` in ``lang``, else the French one marked as a fallback.

    ``None`` (an optional text that is absent) gives an empty text. French text comes with its
    spaces before : ; ? ! » made unbreakable (``french_spacing``).
    """
    if not values:
        return Localized("", lang)
    value = values.get(lang)
    if value:
        return Localized(french_spacing(value) if lang == FALLBACK_LANGUAGE else value, lang)
    return Localized(french_spacing(values.get(FALLBACK_LANGUAGE, "")), FALLBACK_LANGUAGE,
                     fallback=lang != FALLBACK_LANGUAGE)

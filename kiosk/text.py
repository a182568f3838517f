"""Texts with a value per language, and the French fallback (DESIGN.md section 3)."""

from __future__ import annotations

import re
import unicodedata
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


#: The longest text from outside (a server's reason phrase, a share's error) kept or printed.
EXTERNAL_TEXT_CAP = 500
_LINE_BREAKS = {"\t", "\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029"}


def plain_line(text: str, cap: int = EXTERNAL_TEXT_CAP) -> str:
    """``text`` from outside made safe to store, print on a terminal and show: one line of at most
    ``cap`` characters, without control or format characters.

    Terminal escapes (ESC, CSI), other C0 and C1 controls, bidi overrides and isolates, and lone
    surrogates are dropped; line breaks and tabs become spaces; what is longer than ``cap`` is cut,
    ending with an ellipsis.
    """
    kept = []
    for char in text:
        if char in _LINE_BREAKS:
            kept.append(" ")
        elif unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn"):
            kept.append(char)
        if len(kept) > cap:
            break
    line = "".join(kept).strip()
    return line if len(line) <= cap else line[:cap - 1].rstrip() + "…"

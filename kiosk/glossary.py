"""Finding glossary words in a text residents read (issue 14, item 3).

A glossary entry is found in a text when one of its forms stands there as whole words, whatever
the case and the accents: "caf", "CAF" and "Caf" are the CAF; "avis d'imposition" is found in
"Avis d’imposition". In a text of language L the forms looked for are the entry's term and other
forms in L, and in French: French words are often kept inside other languages' text ("CAF" in an
Arabic sentence).

Pure functions on plain data: the screens get the entries found with the item they load
(``kiosk.catalogue``) and the guide narrows them to one step's text (``found_in``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.text import FALLBACK_LANGUAGE, Localized

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})


def normalized(text: str) -> str:
    """``text`` without case, accents, Arabic short vowels or typographic variants, for comparing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", kept).strip()


@dataclass(frozen=True)
class GlossaryTerm:
    """A glossary entry as a button shows it: its word in the screen's language, what it opens."""

    slug: str
    label: Localized
    #: The document that explains the word ("" when the glossary entry explains it itself).
    document: str
    #: The normalized forms found in texts of the screen's language.
    forms: tuple[str, ...]


def forms_for(term: dict[str, str], also: dict[str, list[str]] | None, lang: str) -> tuple[str, ...]:
    """The normalized forms of an entry to look for in a text of ``lang``, longest first."""
    also = also or {}
    written = [term.get(lang, ""), term.get(FALLBACK_LANGUAGE, ""),
               *also.get(lang, []), *also.get(FALLBACK_LANGUAGE, [])]
    forms = {normalized(form) for form in written if isinstance(form, str)}
    return tuple(sorted((form for form in forms if form), key=len, reverse=True))


@functools.lru_cache(maxsize=16)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression for every form (escaped: a form is never a pattern), kept for the next
    screen: a procedure after another asks for the same glossary."""
    ordered = sorted(set(forms), key=len, reverse=True)  # "titre de séjour" before "titre"
    if not ordered:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(form) for form in ordered) + r")(?!\w)")


def found_in(terms: Iterable[GlossaryTerm], texts: Iterable[str]) -> tuple[GlossaryTerm, ...]:
    """The entries of ``terms`` found in ``texts``, in the order they first appear, each once."""
    by_form: dict[str, GlossaryTerm] = {}
    for term in terms:
        for form in term.forms:
            by_form.setdefault(form, term)
    pattern = _pattern(tuple(sorted(by_form)))
    if pattern is None:
        return ()
    found: dict[str, GlossaryTerm] = {}
    for text in texts:
        for match in pattern.finditer(normalized(text or "")):
            term = by_form[match.group()]
            found.setdefault(term.slug, term)
    return tuple(found.values())

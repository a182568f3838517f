"""Content checks (issue 14, item 2): what residents read is real, reachable, official, current and plain.

Run by the editor (its problems list), by ``kiosk check`` and in CI on data/catalogue.json, as
part of ``kiosk.editing.checks``. Errors stop a publication; warnings do not.

- Errors: a placeholder or an internal note in a text residents read, partner names included
  ("à identifier", "à vérifier", "TODO", "XXX", a "?" or "…" standing alone); a partner residents
  are sent to with neither address, phone nor website; a main source (``kiosk.sources``) that is
  not an official site.
- Warnings: a date already past in a text residents read; a French sentence of more than
  ``MAX_SENTENCE_WORDS`` words; a word of more than ``MAX_WORD_CHARACTERS`` characters (screens
  must break it: issue 12); a main source with no page date, or one more than a year old ("to
  review").

- Warnings from the glossary and the term base (issue 14, items 3 and 4): an acronym no glossary
  entry explains; a translation the term base flags as wrong for a term the French text uses.

Two lists hold the checks: ``TEXT_CHECKS`` run on each text a resident reads,
``CATALOGUE_CHECKS`` on the whole catalogue. A check reports through
``report(severity, field_path, template, lang, check, **fields)``; its template is marked with
``QT_TRANSLATE_NOOP("Problem", ...)`` and starts with ``{name}``, the item's name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

from kiosk.glossary import normalized
from kiosk.messages import QT_TRANSLATE_NOOP
from kiosk.sources import OFFICIAL_DOMAINS, host_of, is_official, main_sources, page_date

#: report(severity, field_path, template, lang, check, **fields)
Report = Callable[..., None]

MAX_SENTENCE_WORDS = 20
MAX_WORD_CHARACTERS = 40
#: A main source whose page is older than this many months is to review.
REVIEW_AFTER_MONTHS = 12

# --- the texts residents read --------------------------------------------------------------------

#: Plain-string fields residents read (a partner's name and address are shown as written).
_PLAIN = {"partner": ("name", "adresse", "complement_adresse", "commune", "horaires_texte")}
#: Texts with a value per language that residents read (helper notes and to_check are not theirs).
_LOCAL = {
    "procedure": ("title", "summary", "audience", "cost", "duration"),
    "partner": ("description",),
    "announcement": ("text",),
    "category": ("title", "description"),
    "document": ("title", "what", "looks_like", "where"),
}


def resident_texts(kind: str, data: dict[str, Any]) -> Iterator[tuple[str, str | None, str]]:
    """Every text of an item that residents read: (field path, language or None, text)."""
    for name in _PLAIN.get(kind, ()):
        if isinstance(data.get(name), str) and data[name].strip():
            yield name, None, data[name]
    local: list[tuple[str, Any]] = [(name, data.get(name)) for name in _LOCAL.get(kind, ())]
    if kind == "procedure":
        local += [(f"steps.{i}.text", step.get("text")) for i, step in enumerate(data.get("steps", []))]
        local += [(f"documents.{i}.note", item.get("note")) for i, item in enumerate(data.get("documents", []))]
        local += [(f"links.{i}.label", link.get("label")) for i, link in enumerate(data.get("links", []))]
        for i, question in enumerate(data.get("eligibility", [])):
            local += [(f"eligibility.{i}.question", question.get("question")),
                      (f"eligibility.{i}.otherwise", question.get("otherwise"))]
    for path, values in local:
        if isinstance(values, dict):
            for lang, text in values.items():
                if isinstance(text, str) and text.strip():
                    yield path, lang, text


# --- checks of one text --------------------------------------------------------------------------

_PLACEHOLDERS = re.compile(
    r"\b(?:[àa]\s+(?:identifier|v[ée]rifier)"
    # "à compléter" and the like end a note ("Horaires : à compléter", "(à confirmer)"); inside a
    # sentence they are real French ("le formulaire à compléter", "à confirmer en mairie")
    r"|[àa]\s+(?:compl[ée]ter|confirmer|pr[ée]ciser|d[ée]finir)(?=\s*(?:[.)]\s*)?$)"
    r"|todo|fixme|tbd|x{3,}|xx(?:[ .]xx)+|lorem\s+ipsum)\b"
    # a "?" or "…" standing alone: the whole text or line, after a colon or a dash, in brackets...
    r"|(?:^|[(\[:=/\u2013\u2014-])[ \t\u00a0]*(?:\?+|\u061f|\u2026|\.{3})[ \t\u00a0]*(?=$|[)\],;\n])"
    r"|\?\?",  # never in a real question
    re.IGNORECASE | re.MULTILINE)


#: What every placeholder holds (lower case): texts with none of these are not searched further.
_PLACEHOLDER_HINTS = ("identifier", "rifier", "compl", "confirmer", "ciser", "finir", "todo", "fixme", "tbd", "xx", "lorem", "?", "\u061f", "\u2026", "...")


def _placeholder(report: Report, path: str, lang: str | None, text: str, today: dt.date) -> None:
    lower = text.lower()
    if not any(hint in lower for hint in _PLACEHOLDER_HINTS):
        return
    found = _PLACEHOLDERS.search(text)
    if found:
        report("error", path, QT_TRANSLATE_NOOP(
            "Problem", "{name}: the {field} holds {placeholder}, a note that is not for residents. Write the "
                       "real information or leave it out; a note for the team goes in \"still to check\"."),
            lang, "placeholder", placeholder=repr(found.group().strip(" \t\u00a0:=/-([)]")))


_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12}
_FRENCH_DATE = re.compile(r"\b(?:(1er|\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _dates(text: str, lang: str | None) -> Iterator[tuple[str, dt.date]]:
    """Each date in ``text`` with the last day it names (a month alone names its last day)."""
    if lang in (None, "fr"):
        for found in _FRENCH_DATE.finditer(text):
            day, month, year = found.group(1), _MONTHS[found.group(2).lower()], int(found.group(3))
            try:
                if day:
                    yield found.group(), dt.date(year, month, 1 if day == "1er" else int(day))
                else:
                    following = dt.date(year + month // 12, month % 12 + 1, 1)
                    yield found.group(), following - dt.timedelta(days=1)
            except ValueError:
                continue
    for found in _NUMERIC_DATE.finditer(text):
        try:
            yield found.group(), dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            continue


_YEAR = re.compile(r"\d{4}")


def _past_date(report: Report, path: str, lang: str | None, text: str, today: dt.date) -> None:
    if not _YEAR.search(text):
        return
    for written, date in _dates(text, lang):
        if date < today:
            report("warning", path, QT_TRANSLATE_NOOP(
                "Problem", "{name}: the {field} speaks of {date}, already past. Check that the text is still "
                           "true, and say it without the date if it is."), lang, "past-date", date=written)
            return


_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s+|\n+")
_WORD = re.compile(r"\w[\w'\u2019-]*")


def _long_sentence(report: Report, path: str, lang: str | None, text: str, today: dt.date) -> None:
    if lang != "fr" or len(text.split()) <= MAX_SENTENCE_WORDS:
        return  # the rule of easy-to-read French; translations follow the French sentences
    for sentence in _SENTENCE_END.split(text):
        count = len(_WORD.findall(sentence))
        if count > MAX_SENTENCE_WORDS:
            report("warning", path, QT_TRANSLATE_NOOP(
                "Problem", "{name}: the {field} has a sentence of {count} words (\"{start}…\"). Residents read "
                           "sentences of {most} words or fewer more easily: one idea a sentence."),
                lang, "long-sentence", count=count, start=" ".join(sentence.split()[:6]), most=MAX_SENTENCE_WORDS)
            return


def _long_word(report: Report, path: str, lang: str | None, text: str, today: dt.date) -> None:
    words = text.split()
    if max(map(len, words), default=0) <= MAX_WORD_CHARACTERS:
        return
    for word in words:
        word = word.strip("()[]«»\"'.,;:!?\u061f\u060c")
        if len(word) > MAX_WORD_CHARACTERS:
            shown = word if len(word) <= 60 else word[:57] + "…"
            report("warning", path, QT_TRANSLATE_NOOP(
                "Problem", "{name}: in the {field}, {word} is {count} characters without a space; screens "
                           "must break it in the middle. Shorten it (a web address can go in the links)."),
                lang, "long-word", word=repr(shown), count=len(word))
            return


#: Checks of each text residents read: check(report, field_path, lang, text, today).
#: Issue 14 item 3 (an acronym without a glossary entry) adds its check here.
TEXT_CHECKS: list[Callable[[Report, str, str | None, str, dt.date], None]] = [
    _placeholder, _past_date, _long_sentence, _long_word]


# --- checks of one item --------------------------------------------------------------------------


def check_texts(report: Report, kind: str, data: dict[str, Any], today: dt.date) -> None:
    """Every check of ``TEXT_CHECKS`` on every text of the item that residents read."""
    for path, lang, text in resident_texts(kind, data):
        for check in TEXT_CHECKS:
            check(report, path, lang, text, today)


def _year_before(today: dt.date, months: int) -> dt.date:
    month = today.month - months
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    try:
        return today.replace(year=year, month=month)
    except ValueError:  # 29 February, 31st...
        return (today.replace(day=1, year=year, month=month) + dt.timedelta(days=31)).replace(day=1) \
            - dt.timedelta(days=1)


def check_main_source(report: Report, kind: str, data: dict[str, Any], today: dt.date) -> None:
    """A procedure's main source is official, dated, and less than a year old."""
    if kind != "procedure":
        return
    main = main_sources(data.get("sources"))
    for i, source in enumerate(main):
        url = str(source.get("url") or "")
        if url and not is_official(url):
            report("error", f"sources.{i}.url", QT_TRANSLATE_NOOP(
                "Problem", "{name}: its main source, {site}, is not an official site. Put an official page "
                           "first in its sources ({official}…)."),
                None, "unofficial-source", site=host_of(url) or repr(url), official=", ".join(OFFICIAL_DOMAINS[:5]))
    if not main:
        return
    date = page_date(data.get("sources"))
    if date is None:
        report("warning", "sources.0.modified_on", QT_TRANSLATE_NOOP(
            "Problem", "{name}: its main source has no page date, so residents are not told how recent the "
                       "official page is. Give the page's date (\"Vérifié le…\" on service-public.fr)."),
            None, "no-page-date")
    elif date < _year_before(today, REVIEW_AFTER_MONTHS):
        report("warning", "sources.0.modified_on", QT_TRANSLATE_NOOP(
            "Problem", "{name}: to review: its main source is a page of {date}, more than {months} months old. "
                       "Check the text against today's page, then give the page's new date."),
            None, "to-review", date=date.isoformat(), months=REVIEW_AFTER_MONTHS)


def check_partner_reachable(report: Report, data: dict[str, Any], sent_from: tuple[str, ...]) -> None:
    """A partner residents are sent to (``sent_from``: those procedures) can be found or called."""
    if sent_from and not any(str(data.get(name) or "").strip() for name in ("adresse", "telephone", "site_web")):
        shown = ", ".join(sent_from[:3]) + (", …" if len(sent_from) > 3 else "")
        report("error", "adresse", QT_TRANSLATE_NOOP(
            "Problem", "{name}: residents are sent there ({procedures}), but it has no address, phone or "
                       "website. Add one, or send residents to a place they can find."),
            None, "unreachable-partner", procedures=shown)


# --- the whole catalogue -------------------------------------------------------------------------


def partners_sent_to(content: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The partners that published procedures send residents to: slug -> the procedures' slugs."""
    sent: dict[str, list[str]] = {}
    for procedure in content.get("procedures", []):
        if procedure.get("status", "published") != "published":
            continue
        slugs = [step["partner"] for step in procedure.get("steps", []) if step.get("partner")]
        slugs += [q["partner"] for q in procedure.get("eligibility", []) if q.get("partner")]
        for slug in dict.fromkeys(slugs + list(procedure.get("partners", []))):
            sent.setdefault(slug, []).append(procedure.get("slug", ""))
    return {slug: tuple(procedures) for slug, procedures in sent.items()}


#: The kinds of items whose texts residents read, with their list in the catalogue.
_RESIDENT_KINDS = (("category", "categories"), ("procedure", "procedures"), ("document", "documents"),
                   ("partner", "partners"), ("announcement", "announcements"))
#: An acronym: a word of 2 to 10 capitals and digits, with at least two capitals ("CAF", "C2S").
#: Capitals that are everyday words on a screen or a phone, not administrative jargon.
EVERYDAY_ACRONYMS = frozenset({"ID", "PDF", "SMS", "QR", "OK", "TV", "USB", "WIFI"})
_ACRONYM = re.compile(r"(?<![\w.@/-])(?=(?:\d*[A-Z]){2})[A-Z][A-Z0-9]{1,9}(?![\w@/-]|\.\w)")


def _resident_items(content: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for kind, plural in _RESIDENT_KINDS:
        for item in content.get(plural, []):
            if isinstance(item, dict) and item.get("slug"):
                yield kind, item


def check_acronyms(content: dict[str, Any], today: dt.date, report_on: Callable[[str, str], Report]) -> None:
    """An acronym in a text residents read that no glossary entry explains (issue 14, item 3).

    Said once an item and acronym, at its first use; an entry's term and other forms in any
    language count (``kiosk.glossary.normalized``: "Caf" is the CAF).
    """
    known: set[str] = set()
    for entry in content.get("glossary", []):
        written = list(entry.get("term", {}).values())
        written += [form for forms in entry.get("also", {}).values() for form in forms]
        known.update(normalized(form) for form in written)
    for kind, item in _resident_items(content):
        said: set[str] = set()
        for path, lang, text in resident_texts(kind, item):
            for found in _ACRONYM.finditer(text):
                acronym = found.group()
                if acronym in said or acronym in EVERYDAY_ACRONYMS or normalized(acronym) in known:
                    continue
                said.add(acronym)
                report_on(kind, item["slug"])("warning", path, QT_TRANSLATE_NOOP(
                    "Problem", "{name}: the {field} uses {acronym}, which the glossary does not explain. Add it "
                               "to the glossary, or write the words in full."),
                    lang, "no-glossary-entry", acronym=acronym)


def _term_pattern(forms: list[str], lang: str) -> re.Pattern[str] | None:
    forms = sorted({normalized(form) for form in forms if form.strip()}, key=len, reverse=True)
    if not forms:
        return None
    # Arabic writes "and", "with", "for"... as a letter joined to the word: "بالحرق" is "with الحرق".
    prefix = "[\u0648\u0641\u0628\u0644\u0643]{0,2}" if lang == "ar" else ""
    return re.compile(r"(?<!\w)" + prefix + "(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")


def check_terms(content: dict[str, Any], today: dt.date, report_on: Callable[[str, str], Report]) -> None:
    """A text using a translation the term base flags as wrong (issue 14, item 4).

    A text is looked at where the French text of the same field uses the term, so that "arabulucu"
    stays right for a legal mediator and is flagged for the digital mediator.
    """
    terms = []
    for term in content.get("terms", []):
        french = _term_pattern([term.get("term", {}).get("fr", "")] + term.get("also", {}).get("fr", []), "fr")
        wrong = {lang: _term_pattern(forms, lang) for lang, forms in term.get("wrong", {}).items()}
        if french is not None:
            terms.append((term, french, {lang: p for lang, p in wrong.items() if p is not None}))
    if not terms:
        return
    for kind, item in _resident_items(content):
        by_field: dict[str, dict[str | None, str]] = {}
        for path, lang, text in resident_texts(kind, item):
            by_field.setdefault(path, {})[lang] = text
        for path, texts in by_field.items():
            french_text = normalized(texts.get("fr") or "")
            for term, french, wrong in terms:
                if not french_text or not french.search(french_text):
                    continue
                for lang, pattern in wrong.items():
                    found = pattern.search(normalized(texts.get(lang) or ""))
                    if found:
                        report_on(kind, item["slug"])("warning", path, QT_TRANSLATE_NOOP(
                            "Problem", "{name}: the {field} translates \"{term}\" as {wrong}; the term base says "
                                       "{right}. Use the one translation, so that residents meet one word."),
                            lang, "term-base", term=term["term"]["fr"], wrong=repr(found.group()),
                            right=repr(term["term"].get(lang, "")))


#: Checks of the whole catalogue: check(content, today, report_on), where ``report_on(kind, slug)``
#: is the ``Report`` of that item.
CATALOGUE_CHECKS: list[Callable[[dict[str, Any], dt.date, Callable[[str, str], Report]], None]] = [
    check_acronyms, check_terms]

"""Checks that explain: what stops a publication (errors) and what deserves a look (warnings).

Every check works on items in the catalogue file's format, so the same checks serve the whole
saved catalogue (``validate``) and the item being typed (``check_draft``). A ``Problem`` names
its place, (kind, slug, field), so the editor can lead to the field, and explains itself in a
``Message``: an English template marked for translation, so the editor says it in French
(``kiosk.messages``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import jsonschema_rs

from kiosk.database import Database
from kiosk.editing.content import (CATALOGUE_CHECKS, check_main_source, check_partner_reachable,
                                   check_texts, partners_sent_to)
from kiosk.editing.drafts import PLURAL, SLUG, Draft, as_date, draft_from_json
from kiosk.editing.store import choices
from kiosk.hours import parse_hours
from kiosk.messages import QT_TRANSLATE_NOOP, Message, Text, render
from kiosk.paths import catalogue_schema, resource
from kiosk.publish import export_content
from kiosk.safety import URL_KEYS, fits_qr, qr_capacity, strings, unsafe_character
from kiosk.stats import local_day


@dataclass(frozen=True)
class Problem:
    """Something to fix (``severity`` "error": publishing is refused) or to look at ("warning").

    ``where`` is (kind, slug, field); ``field`` names the place in the form: "title",
    "steps.1.text" (the second step's text), "code_postal"... ``text`` is the explanation, to
    translate (``message`` gives it in English); ``lang`` is the language a missing translation
    is missing in.
    """

    severity: str
    where: tuple[str, str, str]
    text: Message
    lang: str | None = None
    #: Which check found it, for counting by kind (``kiosk check``): "placeholder", "long-word"...
    check: str = "form"

    @property
    def message(self) -> str:
        """The explanation in English, as the command line prints it."""
        return str(self.text)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_POSTCODE = re.compile(r"^[0-9]{5}$")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
_PHONES = (re.compile(r"^0[1-9][0-9]{8}$"),       # 02 41 05 46 00
           re.compile(r"^\+33[1-9][0-9]{8}$"),     # +33 2 41 05 46 00
           re.compile(r"^\+[1-9][0-9]{7,14}$"),    # other countries
           re.compile(r"^[13][0-9]{2,3}$"))        # 3646, 3949, 115: short national numbers


def valid_url(text: str) -> bool:
    """An http(s) address a phone can open: a scheme, a host with a dot, no spaces."""
    if not re.fullmatch(r"https?://[^\s]+", text or ""):
        return False
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return False
    return "." in host.strip(".") or host == "localhost"


def valid_phone(text: str) -> bool:
    return any(pattern.match(_PHONE_SEPARATORS.sub("", text)) for pattern in _PHONES)


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def valid_postcode(text: str) -> bool:
    return bool(_POSTCODE.match(text))


@cache
def _def_validator(name: str) -> jsonschema_rs.Draft202012Validator:
    schema = json.loads(catalogue_schema().read_text(encoding="utf-8"))
    return jsonschema_rs.Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})


# --- field names, as a person reads them -------------------------------------------------------

#: The translation context of field names (``field_label``).
FIELD = "Field"
_ORDINAL_FIELDS = {"steps": QT_TRANSLATE_NOOP("Field", "step {number}"),
                   "documents": QT_TRANSLATE_NOOP("Field", "document {number}"),
                   "links": QT_TRANSLATE_NOOP("Field", "link {number}"),
                   "sources": QT_TRANSLATE_NOOP("Field", "source {number}"),
                   "eligibility": QT_TRANSLATE_NOOP("Field", "question {number}")}
#: Texts of each kind a resident reads (helper notes are for mediators, in French).
_RESIDENT_TEXTS = {
    "procedure": ("title", "summary", "audience", "cost", "duration"),
    "partner": ("description",),
    "announcement": ("text",),
    "category": ("title", "description"),
    "document": ("title", "what", "looks_like", "where"),
}
_NAMES = {
    "title": QT_TRANSLATE_NOOP("Field", "title"),
    "summary": QT_TRANSLATE_NOOP("Field", "summary"),
    "audience": QT_TRANSLATE_NOOP("Field", "who it is for"),
    "cost": QT_TRANSLATE_NOOP("Field", "cost"),
    "duration": QT_TRANSLATE_NOOP("Field", "duration"),
    "helper_notes": QT_TRANSLATE_NOOP("Field", "helper notes"),
    "description": QT_TRANSLATE_NOOP("Field", "description"),
    "text": QT_TRANSLATE_NOOP("Field", "text"),
    "what": QT_TRANSLATE_NOOP("Field", "what it is"),
    "looks_like": QT_TRANSLATE_NOOP("Field", "what it looks like"),
    "where": QT_TRANSLATE_NOOP("Field", "where to get it"),
    "note": QT_TRANSLATE_NOOP("Field", "note"),
    "label": QT_TRANSLATE_NOOP("Field", "label"),
    "code_postal": QT_TRANSLATE_NOOP("Field", "postcode"),
    "commune": QT_TRANSLATE_NOOP("Field", "town"),
    "adresse": QT_TRANSLATE_NOOP("Field", "street address"),
    "complement_adresse": QT_TRANSLATE_NOOP("Field", "address complement"),
    "telephone": QT_TRANSLATE_NOOP("Field", "phone"),
    "courriel": QT_TRANSLATE_NOOP("Field", "e-mail"),
    "site_web": QT_TRANSLATE_NOOP("Field", "website"),
    "horaires_accueil": QT_TRANSLATE_NOOP("Field", "opening hours"),
    "horaires_texte": QT_TRANSLATE_NOOP("Field", "opening hours as published"),
    "thematiques": QT_TRANSLATE_NOOP("Field", "themes"),
    "sites": QT_TRANSLATE_NOOP("Field", "neighbourhoods"),
    "valid_from": QT_TRANSLATE_NOOP("Field", "first day"),
    "valid_until": QT_TRANSLATE_NOOP("Field", "last day"),
    "online_service": QT_TRANSLATE_NOOP("Field", "online service"),
    "to_check": QT_TRANSLATE_NOOP("Field", "still to check"),
    "status": QT_TRANSLATE_NOOP("Field", "shown on kiosks"),
    "featured": QT_TRANSLATE_NOOP("Field", "on the info flash"),
    "mode": QT_TRANSLATE_NOOP("Field", "online or at an office"),
    "checked_on": QT_TRANSLATE_NOOP("Field", "day read"),
    "modified_on": QT_TRANSLATE_NOOP("Field", "page date"),
    # Named as the catalogue names them, in English; named in the assistant's language in the editor.
    "slug": QT_TRANSLATE_NOOP("Field", "slug"),
    "name": QT_TRANSLATE_NOOP("Field", "name"),
    "category": QT_TRANSLATE_NOOP("Field", "category"),
    "pictogram": QT_TRANSLATE_NOOP("Field", "pictogram"),
    "keywords": QT_TRANSLATE_NOOP("Field", "keywords"),
    "steps": QT_TRANSLATE_NOOP("Field", "steps"),
    "documents": QT_TRANSLATE_NOOP("Field", "documents"),
    "partners": QT_TRANSLATE_NOOP("Field", "partners"),
    "links": QT_TRANSLATE_NOOP("Field", "links"),
    "sources": QT_TRANSLATE_NOOP("Field", "sources"),
    "document": QT_TRANSLATE_NOOP("Field", "document"),
    "partner": QT_TRANSLATE_NOOP("Field", "partner"),
    "kind": QT_TRANSLATE_NOOP("Field", "kind"),
    "url": QT_TRANSLATE_NOOP("Field", "url"),
    "optional": QT_TRANSLATE_NOOP("Field", "optional"),
    "eligibility": QT_TRANSLATE_NOOP("Field", "\"is this for me?\" questions"),
    "question": QT_TRANSLATE_NOOP("Field", "question"),
    "relevant_if": QT_TRANSLATE_NOOP("Field", "answer for which it is for them"),
    "otherwise": QT_TRANSLATE_NOOP("Field", "advice otherwise"),
}


def field_label(path: str) -> tuple[Text, ...]:
    """A field path as a person reads it, to translate: "steps.1.text" -> ("step 2", "text")."""
    parts = path.split(".")
    words: list[Text] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if part in _ORDINAL_FIELDS and index + 1 < len(parts) and parts[index + 1].isdigit():
            words.append(Message(FIELD, _ORDINAL_FIELDS[part], number=int(parts[index + 1]) + 1))
            index += 2
            continue
        words.append(Message(FIELD, _NAMES[part]) if part in _NAMES else part.replace("_", " "))
        index += 1
    return tuple(words)


def field_name(path: str) -> str:
    """A field path as a person reads it, in English: "steps.1.text" -> "step 2, text"."""
    return render(field_label(path))


# --- the checks ----------------------------------------------------------------------------------

#: The translation context of problems.
PROBLEM = "Problem"
_THIS = {"procedure": QT_TRANSLATE_NOOP("Problem", "this procedure"),
         "partner": QT_TRANSLATE_NOOP("Problem", "this partner"),
         "announcement": QT_TRANSLATE_NOOP("Problem", "this announcement"),
         "category": QT_TRANSLATE_NOOP("Problem", "this category"),
         "document": QT_TRANSLATE_NOOP("Problem", "this document")}


_UNSAFE = {
    "bidi": QT_TRANSLATE_NOOP(
        "Problem", "{name}: the {field} holds the invisible character {character}, which can reverse text on "
                   "screen, in the QR code and on paper; the kiosk places its own direction marks. Remove it."),
    "control": QT_TRANSLATE_NOOP(
        "Problem", "{name}: the {field} holds the control character {character}, which screens and printers "
                   "cannot show. Remove it."),
    "surrogate": QT_TRANSLATE_NOOP(
        "Problem", "{name}: the {field} holds half of a character ({character}), which no text can hold. "
                   "Write the whole character."),
}


class _Checker:
    """The checks of one item (in the catalogue file's format).

    Every explanation is a template (marked for lupdate) whose ``{name}`` is the item's name;
    the other fields are given by the check.
    """

    def __init__(self, kind: str, data: dict[str, Any], languages: list[tuple[str, str]],
                 today: dt.date, sent_from: tuple[str, ...] = ()) -> None:
        self.kind, self.data, self.today, self.sent_from = kind, data, today, sent_from
        self.slug = data.get("slug", "")
        self.languages = languages  # (code, name) but French
        self.problems: list[Problem] = []
        self.name: Text = draft_from_json(kind, data).label() or Message(PROBLEM, _THIS[kind])

    def add(self, severity: str, field_path: str, template: str, lang: str | None = None,
            check: str = "form", **fields: Any) -> None:
        text = Message(PROBLEM, template, name=self.name, **fields)
        self.problems.append(Problem(severity, (self.kind, self.slug, field_path), text, lang, check))

    def report(self, severity: str, field_path: str, template: str, lang: str | None = None,
               check: str = "form", **fields: Any) -> None:
        """``add`` with ``{field}``, the field's name: how the checks of kiosk.editing.content report."""
        self.add(severity, field_path, template, lang, check, field=field_label(field_path), **fields)

    def error(self, field_path: str, template: str, **fields: Any) -> None:
        self.add("error", field_path, template, **fields)

    def warning(self, field_path: str, template: str, lang: str | None = None, **fields: Any) -> None:
        self.add("warning", field_path, template, lang, **fields)

    # shared checks

    def french(self, path: str, value: Any, *, required: bool) -> None:
        """A text needs its French value (when it is required, or given in another language)."""
        has_any = isinstance(value, dict) and any(isinstance(v, str) and v.strip() for v in value.values())
        if (required or has_any) and not (isinstance(value, dict) and str(value.get("fr", "")).strip()):
            if required:
                self.error(path, QT_TRANSLATE_NOOP("Problem", "{name}: the {field} is empty in French."),
                           field=field_label(path))
            else:
                self.error(path, QT_TRANSLATE_NOOP(
                    "Problem", "{name}: the {field} has no French text (French is always needed)."),
                    field=field_label(path))

    def url(self, path: str, value: Any, *, required: bool = False) -> None:
        if value in (None, ""):
            if required:
                self.error(path, QT_TRANSLATE_NOOP("Problem", "{name}: give the address of the {field} (https://…)."),
                           field=field_label(path))
            return
        if not valid_url(str(value)):
            self.error(path, QT_TRANSLATE_NOOP(
                "Problem", "{name}: {value} in {field} is not a web address; it should start with https:// and "
                           "have no spaces."), value=repr(value), field=field_label(path))

    def sources(self, *, required: bool) -> None:
        sources = self.data.get("sources", [])
        if required and not sources:
            self.error("sources", QT_TRANSLATE_NOOP(
                "Problem", "{name}: say where the facts come from: add the official page it was checked "
                           "against and the day you read it."))
        for i, source in enumerate(sources):
            self.url(f"sources.{i}.url", source.get("url"), required=True)
            if as_date(source.get("checked_on")) is None:
                self.error(f"sources.{i}.checked_on", QT_TRANSLATE_NOOP(
                    "Problem", "{name}: give the day source {number} was read (YYYY-MM-DD)."), number=i + 1)

    def translations(self, texts: list[tuple[str, Any]]) -> None:
        """One warning per language, naming the texts not translated into it."""
        for code, name in self.languages:
            missing = [path for path, value in texts
                       if isinstance(value, dict) and str(value.get("fr", "")).strip()
                       and not str(value.get(code, "")).strip()]
            if not missing:
                continue
            shown = tuple(field_label(path) for path in missing[:6])
            if len(missing) > 6:
                self.warning(missing[0], QT_TRANSLATE_NOOP(
                    "Problem", "{name}: not translated into {language}: {fields} and {more} more. "
                               "Residents will read French there."),
                    lang=code, check="translation", language=name, fields=shown, more=len(missing) - 6)
            else:
                self.warning(missing[0], QT_TRANSLATE_NOOP(
                    "Problem", "{name}: not translated into {language}: {fields}. Residents will read French "
                               "there."), lang=code, check="translation", language=name, fields=shown)

    def safety(self) -> None:
        """What no kiosk accepts (``kiosk.safety``), said of the field that holds it."""
        codes = {"fr"} | {code for code, _ in self.languages}
        for path, text in strings(self.data):
            parts = [str(part) for part in path]
            lang = parts[-1] if len(parts) > 1 and parts[-1] in codes else None
            field_path = ".".join(parts[:-1] if lang else parts)
            unsafe = unsafe_character(text)
            if unsafe is not None:
                self.add("error", field_path, _UNSAFE[unsafe.kind], lang, "unsafe-character",
                         field=field_label(field_path), character=unsafe.code)
            elif parts and parts[-1] in URL_KEYS and not fits_qr(text):
                self.add("error", field_path, QT_TRANSLATE_NOOP(
                    "Problem", "{name}: the web address in {field} is {size} bytes long, too long for a QR code "
                               "(at most {limit}). Use a shorter address."), None, "qr-too-long",
                    field=field_label(field_path), size=len(text.encode("utf-8")), limit=qr_capacity())

    def schema(self) -> None:
        """Whatever else the catalogue's schema refuses (once per field already reported)."""
        reported = {problem.where[2] for problem in self.problems if problem.is_error}
        data = {**self.data, "slug": self.slug or "new"}  # a new item gets its slug when saved
        for error in _def_validator(self.kind).iter_errors(data):
            path = ".".join(str(part) for part in error.instance_path)
            if any(path == seen or path.startswith(seen + ".") or (path and seen.startswith(path + "."))
                   for seen in reported):
                continue
            reported.add(path)
            # The schema's own words (English): what a kiosk would say when refusing the file.
            detail = error.message if len(error.message) <= 160 else error.message[:160] + "…"
            if path:
                self.error(path, QT_TRANSLATE_NOOP(
                    "Problem", "{name}: {field} does not follow the catalogue format ({detail})."),
                    field=field_label(path), detail=detail)
            else:
                self.error(path, QT_TRANSLATE_NOOP(
                    "Problem", "{name}: the whole item does not follow the catalogue format ({detail})."),
                    detail=detail)

    # per kind

    def check(self) -> list[Problem]:
        self.safety()
        getattr(self, f"_{self.kind}")()
        check_texts(self.report, self.kind, self.data, self.today)
        check_main_source(self.report, self.kind, self.data, self.today)
        self.schema()
        return self.problems

    def _procedure(self) -> None:
        d = self.data
        if not d.get("category"):
            self.error("category", QT_TRANSLATE_NOOP("Problem", "{name}: choose the category residents find it in."))
        self.french("title", d.get("title"), required=True)
        self.french("summary", d.get("summary"), required=True)
        for name in ("audience", "cost", "duration", "helper_notes"):
            self.french(name, d.get(name), required=False)
        self.url("online_service", d.get("online_service"))
        steps = d.get("steps", [])
        if not steps:
            self.warning("steps", QT_TRANSLATE_NOOP(
                "Problem", "{name}: there are no steps, so residents get no step-by-step guide."))
        for i, step in enumerate(steps):
            text = step.get("text", {})
            if not any(str(v).strip() for v in text.values()):
                self.error(f"steps.{i}.text", QT_TRANSLATE_NOOP(
                    "Problem", "{name}: step {number} has no text; write it or remove the step."), number=i + 1)
            else:
                self.french(f"steps.{i}.text", text, required=True)
            self.url(f"steps.{i}.url", step.get("url"))
        for i, link in enumerate(d.get("links", [])):
            self.french(f"links.{i}.label", link.get("label"), required=True)
            self.url(f"links.{i}.url", link.get("url"), required=True)
        for i, item in enumerate(d.get("documents", [])):
            self.french(f"documents.{i}.note", item.get("note"), required=False)
        questions = d.get("eligibility", [])
        for i, question in enumerate(questions):
            self.french(f"eligibility.{i}.question", question.get("question"), required=True)
            self.french(f"eligibility.{i}.otherwise", question.get("otherwise"), required=True)
        self.sources(required=True)
        texts: list[tuple[str, Any]] = [(name, d.get(name)) for name in _RESIDENT_TEXTS["procedure"]]
        texts += [(f"steps.{i}.text", s.get("text")) for i, s in enumerate(steps)]
        texts += [(f"documents.{i}.note", item.get("note")) for i, item in enumerate(d.get("documents", []))]
        texts += [(f"links.{i}.label", link.get("label")) for i, link in enumerate(d.get("links", []))]
        for i, question in enumerate(questions):
            texts += [(f"eligibility.{i}.question", question.get("question")),
                      (f"eligibility.{i}.otherwise", question.get("otherwise"))]
        self.translations(texts)

    def _partner(self) -> None:
        d = self.data
        if not d.get("name", "").strip():
            self.error("name", QT_TRANSLATE_NOOP("Problem", "A partner has no name."))
        self.french("description", d.get("description"), required=False)
        postcode, town, street = d.get("code_postal", ""), d.get("commune", ""), d.get("adresse", "")
        if postcode and not valid_postcode(postcode):
            self.error("code_postal", QT_TRANSLATE_NOOP(
                "Problem", "{name}: the postcode {value} should be five digits, such as 49000."), value=repr(postcode))
        if street and not postcode:
            self.warning("code_postal", QT_TRANSLATE_NOOP(
                "Problem", "{name}: the address has no postcode; add it so residents can find the place."))
        elif street and not town:
            self.warning("commune", QT_TRANSLATE_NOOP(
                "Problem", "{name}: the address has no town; add it so residents can find the place."))
        if "\n" in street:
            self.error("adresse", QT_TRANSLATE_NOOP(
                "Problem", "{name}: write the street address on one line; use the address complement for "
                           "the rest."))
        phone = d.get("telephone", "")
        if phone and not valid_phone(phone):
            self.error("telephone", QT_TRANSLATE_NOOP(
                "Problem", "{name}: {value} is not a phone number; write ten digits such as 02 41 05 46 00 "
                           "(or a short number such as 3230)."), value=repr(phone))
        email = d.get("courriel", "")
        if email and not valid_email(email):
            self.error("courriel", QT_TRANSLATE_NOOP("Problem", "{name}: {value} is not an e-mail address."),
                       value=repr(email))
        self.url("site_web", d.get("site_web"))
        hours = d.get("horaires_accueil", "")
        if hours and parse_hours(hours) is None:
            if d.get("horaires_texte"):
                self.warning("horaires_accueil", QT_TRANSLATE_NOOP(
                    "Problem", "{name}: the opening hours {value} cannot be read as opening hours, so kiosks "
                               "cannot say \"open now\" and show the published text instead."), value=repr(hours))
            else:
                self.warning("horaires_accueil", QT_TRANSLATE_NOOP(
                    "Problem", "{name}: the opening hours {value} cannot be read as opening hours, so kiosks "
                               "cannot say \"open now\" and show these words as written instead."),
                    value=repr(hours))
        check_partner_reachable(self.report, d, self.sent_from)
        self.sources(required=False)
        self.translations([("description", d.get("description"))])

    def _announcement(self) -> None:
        d = self.data
        self.french("text", d.get("text"), required=True)
        start, end = as_date(d.get("valid_from")), as_date(d.get("valid_until"))
        if start is None:
            self.error("valid_from", QT_TRANSLATE_NOOP(
                "Problem", "{name}: give the first day the announcement is shown."))
        if end is None:
            self.error("valid_until", QT_TRANSLATE_NOOP(
                "Problem", "{name}: give the last day the announcement is shown."))
        if start and end and end < start:
            self.error("valid_until", QT_TRANSLATE_NOOP(
                "Problem", "{name}: the last day ({last}) is before the first ({first})."),
                last=end.isoformat(), first=start.isoformat())
        elif end and end < self.today:
            self.warning("valid_until", QT_TRANSLATE_NOOP(
                "Problem", "{name}: expired on {last}; kiosks no longer show it. Change its dates or delete it."),
                last=end.isoformat())
        self.translations([("text", d.get("text"))])

    def _category(self) -> None:
        d = self.data
        self.french("title", d.get("title"), required=True)
        self.french("description", d.get("description"), required=False)
        self._pictogram(d.get("pictogram", ""))
        self.translations([(name, d.get(name)) for name in _RESIDENT_TEXTS["category"]])

    def _document(self) -> None:
        d = self.data
        self.french("title", d.get("title"), required=True)
        self.french("what", d.get("what"), required=True)
        for name in ("looks_like", "where"):
            self.french(name, d.get(name), required=False)
        self._pictogram(d.get("pictogram", ""))
        self.sources(required=False)
        self.translations([(name, d.get(name)) for name in _RESIDENT_TEXTS["document"]])

    def _pictogram(self, name: str) -> None:
        if not name:
            self.error("pictogram", QT_TRANSLATE_NOOP("Problem", "{name}: choose a pictogram."))
        elif SLUG.match(name) and not resource("assets", "pictograms", f"{name}.svg").exists():
            self.warning("pictogram", QT_TRANSLATE_NOOP(
                "Problem", "{name}: there is no pictogram called {value}; kiosks show an empty space."),
                value=repr(name))


def check_item(kind: str, data: dict[str, Any], languages: list[tuple[str, str]],
               today: dt.date, sent_from: tuple[str, ...] = ()) -> list[Problem]:
    """The problems of one item (``data`` in the catalogue file's format), errors first.

    ``languages`` are the catalogue's (code, name) pairs; French is left out of the translation
    checks by itself. ``sent_from``: for a partner, the published procedures that send residents to it.
    """
    others = [(code, name) for code, name in languages if code != "fr"]
    problems = _Checker(kind, data, others, today, sent_from).check()
    return sorted(problems, key=lambda p: not p.is_error)


def check_draft(db: Database, draft: Draft, today: dt.date) -> list[Problem]:
    """The problems of a draft, as ``validate`` will find them once it is saved."""
    languages = [(code, name) for code, name, _ in choices(db).languages]
    sent_from: tuple[str, ...] = ()
    if draft.KIND == "partner" and draft.slug:
        with db.read() as connection:
            sent_from = tuple(row[0] for row in connection.execute(
                "SELECT p.slug FROM procedures p WHERE p.status = 'published' AND p.id IN ("
                "SELECT s.procedure_id FROM steps s JOIN partners pa ON pa.id = s.partner_id WHERE pa.slug = ? "
                "UNION SELECT pp.procedure_id FROM procedure_partners pp JOIN partners pa ON pa.id = pp.partner_id "
                "WHERE pa.slug = ? "
                "UNION SELECT q.procedure_id FROM eligibility_questions q JOIN partners pa ON pa.id = q.partner_id "
                "WHERE pa.slug = ?) ORDER BY p.slug", (draft.slug, draft.slug, draft.slug)))
    return check_item(draft.KIND, draft.to_json(), languages, today, sent_from)


def check_catalogue(content: dict[str, Any], today: dt.date) -> list[Problem]:
    """Every problem of a catalogue (in the catalogue file's format), errors first, in catalogue order."""
    languages = [(lang["code"], lang["name"]) for lang in content["languages"]]
    sent = partners_sent_to(content)
    problems: list[Problem] = []
    for kind in ("category", "procedure", "document", "partner", "announcement"):
        for item in content[PLURAL[kind]]:
            problems += check_item(kind, item, languages, today, sent.get(item.get("slug", ""), ()))
    if CATALOGUE_CHECKS:
        found = {(kind, item.get("slug", "")): item for kind in PLURAL for item in content.get(PLURAL[kind], [])}
        checkers: dict[tuple[str, str], _Checker] = {}

        def report_on(kind: str, slug: str) -> Callable[..., None]:
            if (kind, slug) not in checkers:
                checkers[(kind, slug)] = _Checker(kind, found[(kind, slug)], languages, today)
            return checkers[(kind, slug)].report

        for check in CATALOGUE_CHECKS:
            check(content, today, report_on)
        problems += [problem for checker in checkers.values() for problem in checker.problems]
    return sorted(problems, key=lambda p: not p.is_error)


def validate(db: Database, today: dt.date | None = None) -> list[Problem]:
    """Every problem of the catalogue in the database, errors first, in catalogue order.

    ``today`` (the kiosk's local day) decides which announcements have expired and which dates are past.
    """
    if today is None:
        today = local_day(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    return check_catalogue(export_content(db), today)

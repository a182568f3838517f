"""The catalogue's texts as gettext PO files for outside translators, and back (issue 15, item 4).

``export_po`` writes one file per language, ``<lang>.po``: one entry per text residents read
(``kiosk.reviews.catalogue_texts``), its key as ``msgctxt``, the French as ``msgid``, the current
translation as ``msgstr``, ``fuzzy`` where no person reviewed it against today's French, and a
note for the translator (``#.``: what the text is, its length limit, what to keep as written).
One file per language rather than per area: a procedure's texts, its steps' and its documents'
stay together for whoever reads them, Weblate takes the folder as one component (file mask
``*.po``), and an import is all or nothing for a whole language anyway.

``import_po`` reads a folder of them back into the editor's catalogue (the database of this
``KIOSK_HOME``, the one ``kiosk publish`` publishes), all or nothing: every file and entry is
checked before anything is written, in one transaction. An entry without ``fuzzy`` is marked
reviewed by the file's translator (``Last-Translator``'s initials, or ``by``), today.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polib
from sqlalchemy import Connection, delete, insert, select, update

from kiosk import models as m
from kiosk.database import Database
from kiosk.editing.store import store_in
from kiosk.errors import KioskError
from kiosk.publish import content_of
from kiosk.reviews import (BY_MAX, MACHINE, NEEDS_REVIEW, REVIEWED, CatalogueText, catalogue_texts, source_hash,
                           state)
from kiosk.safety import unsafe_character
from kiosk.search import rebuild_index
from kiosk.text import FALLBACK_LANGUAGE

#: A PO file larger than this is refused unread: a 5,000-procedure catalogue's texts in one
#: language, French and translation, are about 20 MB.
MAX_PO_BYTES = 50 * 1024 * 1024
#: Placeholders a text may hold ("{date}"): kept as written in every language.
PLACEHOLDER = re.compile(r"\{[^{}\s]{1,40}\}")
#: How translation tools may name a catalogue language (Poedit writes Dari as fa_AF).
ALIASES = {"fa_af": "prs", "fa-af": "prs", "ps_af": "ps", "ti_er": "ti", "ti_et": "ti", "uk_ua": "uk",
           "ru_ru": "ru", "ar_sa": "ar", "tr_tr": "tr", "en_gb": "en", "en_us": "en"}
#: gettext's plural rule of each language (the header every PO file carries; no entry is plural).
PLURAL_FORMS = {
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "fr": "nplurals=2; plural=(n > 1);", "prs": "nplurals=2; plural=(n > 1);", "ti": "nplurals=2; plural=(n > 1);",
    "tr": "nplurals=2; plural=(n != 1);",
}
_DEFAULT_PLURAL = "nplurals=2; plural=(n != 1);"
_NO_TRANSLATOR = {"", "FULL NAME <EMAIL@ADDRESS>"}


def _languages(content: dict[str, Any]) -> dict[str, str]:
    return {lang["code"]: lang["name"] for lang in content["languages"] if lang["code"] != FALLBACK_LANGUAGE}


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _note(text: CatalogueText, lang: str, review: dict[str, Any] | None) -> str:
    lines = [f"{text.what[:1].upper()}{text.what[1:]}. At most {text.limit} characters."]
    if _placeholders(text.french):
        lines.append("Keep " + ", ".join(dict.fromkeys(_placeholders(text.french))) + " as written.")
    found = state(text, lang, review)
    if found == REVIEWED:
        lines.append(f"Reviewed by {review['by']} on {review['on']}.")
    elif found == NEEDS_REVIEW:
        lines.append(f"The French changed since {review['by']} reviewed this on {review['on']}: review it again.")
    elif found == MACHINE:
        lines.append("Machine-assisted: no person has checked it yet.")
    return "\n".join(lines)


def export_po(db: Database, lang: str, out: Path, now: dt.datetime) -> tuple[Path, int]:
    """Write ``out/<lang>.po`` from the catalogue in ``db``; returns the file and its entry count.

    Raises:
        KioskError: ``lang`` is not a language the catalogue translates into, or ``out`` cannot be
            written (nothing is left half-written).
    """
    with db.engine.connect() as connection:
        content = content_of(connection)
        version = connection.scalar(select(m.CatalogueInfo.version))
    languages = _languages(content)
    if lang not in languages:
        raise KioskError(f"The catalogue does not translate into {lang!r}: choose one of "
                         f"{', '.join(sorted(languages))} (French is the source).")
    reviews = content.get("reviews", {}).get(lang, {})
    po = polib.POFile(wrapwidth=78)
    po.header = (f"The kiosk catalogue's texts in {languages[lang]} ({lang}), from French.\n"
                 "Each entry's context is the text's place in the catalogue. 'fuzzy' (Poedit: \"Needs work\") means\n"
                 "no person has checked it against this French yet: once a translation is right, take 'fuzzy' off,\n"
                 "and the import marks it reviewed by you (Last-Translator), today.")
    stamp = now.strftime("%Y-%m-%d %H:%M+0000")
    po.metadata = {
        "Project-Id-Version": f"kiosk catalogue {version}",
        "POT-Creation-Date": stamp,
        "PO-Revision-Date": stamp,
        "Last-Translator": "",
        "Language-Team": languages[lang],
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(lang, _DEFAULT_PLURAL),
        "X-Generator": "kiosk translations export",
    }
    count = 0
    for text in catalogue_texts(content):
        review = reviews.get(text.key)
        entry = polib.POEntry(msgctxt=text.key, msgid=text.french, msgstr=text.values.get(lang, ""),
                              comment=_note(text, lang, review))
        if state(text, lang, review) in (MACHINE, NEEDS_REVIEW):
            entry.flags.append("fuzzy")
        po.append(entry)
        count += 1
    try:
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{lang}.po"
        descriptor, temporary = tempfile.mkstemp(dir=out, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(str(po).encode("utf-8") + b"\n")
            os.chmod(temporary, 0o644)  # for the translators: an export, not the kiosk's state
            os.replace(temporary, target)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise KioskError(f"{out} cannot be written ({error.strerror or error}).") from None
    return target, count


# --- import ------------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    """What an import changed: per language, texts updated and texts marked reviewed."""

    updated: dict[str, int] = field(default_factory=dict)
    reviewed: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"updated": self.updated, "reviewed": self.reviewed}


@dataclass
class _Change:
    text: CatalogueText
    translation: str
    #: "reviewed": mark it reviewed; "unreviewed": forget a review (a new machine text); None: keep.
    review: str | None


def initials(translator: str) -> str:
    """The initials of a ``Last-Translator`` header ("Ahmed Benali <ab@example.org>": "AB")."""
    name = translator.split("<", 1)[0].strip()
    return "".join(word[0].upper() for word in name.split() if word[0].isalpha())[:BY_MAX]


def _check_by(by: str) -> str:
    by = by.strip()
    if not by or len(by) > BY_MAX or unsafe_character(by) is not None or "\n" in by:
        raise KioskError(f"Who reviewed is written as initials or a role of 1 to {BY_MAX} plain characters, "
                         f"not {by[:60]!r}.")
    return by


def _po_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise KioskError(f"{folder} is not a folder: give the folder that holds the .po files.")
    files = sorted(path for path in folder.iterdir() if path.suffix == ".po")
    if not files:
        raise KioskError(f"{folder} holds no .po file: nothing to import.")
    for path in files:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise KioskError(f"{path} is not a regular file; nothing was imported.")
        if info.st_size > MAX_PO_BYTES:
            raise KioskError(f"{path} is {info.st_size // (1024 * 1024)} MB, more than the {MAX_PO_BYTES // (1024 * 1024)} MB "
                             f"the translations of a whole catalogue need; nothing was imported.")
    return files


def _parse(path: Path) -> polib.POFile:
    try:
        return polib.pofile(str(path), encoding="utf-8", check_for_duplicates=True)
    except UnicodeDecodeError:
        raise KioskError(f"{path} is not UTF-8 text: save it as UTF-8 (Poedit and Weblate do); "
                         f"nothing was imported.") from None
    except ValueError as error:  # an entry twice
        raise KioskError(f"{path} holds the same entry twice ({str(error)[:120]}); nothing was imported.") from None
    except OSError as error:
        line = re.search(r"line (\d+)", str(error))
        where = f"{path}, line {line.group(1)}" if line else str(path)
        raise KioskError(f"{where}: this is not valid PO syntax; open the file in Poedit, which shows the "
                         f"mistake, and save it again. Nothing was imported.") from None


def _language(path: Path, po: polib.POFile, languages: dict[str, str]) -> str:
    written = po.metadata.get("Language", "").strip()
    lang = ALIASES.get(written.lower(), written.lower())
    if not written:
        raise KioskError(f"{path} does not say its language (no \"Language\" in its header); nothing was imported.")
    if lang == FALLBACK_LANGUAGE:
        raise KioskError(f"{path} is in French, the source language: only translations are imported.")
    if lang not in languages:
        raise KioskError(f"{path} is in {written[:20]!r}, a language the catalogue does not translate into "
                         f"({', '.join(sorted(languages))}); nothing was imported.")
    named = ALIASES.get(path.stem.lower(), path.stem.lower())
    if (named in languages or named == FALLBACK_LANGUAGE) and named != lang:
        raise KioskError(f"{path} is named for {named} but says it is in {lang}: check which language it "
                         f"holds; nothing was imported.")
    charset = re.search(r"charset=([\w-]+)", po.metadata.get("Content-Type", ""))
    if charset and charset.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise KioskError(f"{path} says it is in {charset.group(1)[:20]}, not UTF-8: save it as UTF-8; "
                         f"nothing was imported.")
    return lang


def _changes(path: Path, po: polib.POFile, lang: str, texts: dict[str, CatalogueText],
             reviews: dict[str, dict[str, Any]]) -> list[_Change]:
    """What ``po`` changes in ``lang``, each entry checked (the first refusal raises)."""
    changes = []
    for entry in po:  # obsolete entries (#~) are not iterated as entries
        if entry.obsolete:
            continue
        where = f"{path}, line {entry.linenum}"
        text = texts.get(entry.msgctxt or "")
        if text is None:
            raise KioskError(f"{where}: the context {(entry.msgctxt or '')[:80]!r} names no text of the catalogue; "
                             f"export again and translate the new file. Nothing was imported.")
        if entry.msgid_plural:
            raise KioskError(f"{where}: {text.key} has a plural form, which no catalogue text has; nothing was imported.")
        if entry.msgid != text.french:
            raise KioskError(f"{where}: the French of {text.key} is no longer the one in this file (it changed "
                             f"after the export); export again and update the translation from it. Nothing was imported.")
        translation = entry.msgstr
        if not translation.strip():
            continue  # not translated: the text stays as it is
        unsafe = unsafe_character(translation)
        if unsafe is not None:
            raise KioskError(f"{where}: the translation of {text.key} holds the invisible character {unsafe.code}, "
                             f"which can reverse text on screen and on paper; remove it. Nothing was imported.")
        if len(translation) > text.limit:
            raise KioskError(f"{where}: the translation of {text.key} is {len(translation)} characters long, "
                             f"more than the {text.limit} it may have; nothing was imported.")
        if _placeholders(translation) != _placeholders(text.french):
            raise KioskError(f"{where}: the translation of {text.key} must keep "
                             f"{', '.join(_placeholders(text.french)) or 'no {placeholder}'} as written, like the "
                             f"French; nothing was imported.")
        current = state(text, lang, reviews.get(text.key))
        same = translation == text.values.get(lang)
        if "fuzzy" in entry.flags:
            if not same:
                changes.append(_Change(text, translation, "unreviewed"))
        elif not same or current != REVIEWED:
            changes.append(_Change(text, translation, "reviewed"))
    return changes


def import_po(db: Database, folder: Path, now: dt.datetime, by: str | None = None) -> ImportSummary:
    """Bring the PO files of ``folder`` back into the catalogue, all or nothing.

    Raises:
        KioskError: a file or an entry is refused (one sentence naming the file and line); nothing
            was written.
    """
    files = _po_files(folder)
    if by is not None:
        by = _check_by(by)
    summary = ImportSummary()
    with db.engine.begin() as connection:
        content = content_of(connection)
        languages = _languages(content)
        texts = {text.key: text for text in catalogue_texts(content)}
        reviews = content.get("reviews", {})
        plans: dict[str, tuple[str, list[_Change]]] = {}
        for path in files:
            po = _parse(path)
            lang = _language(path, po, languages)
            if lang in plans:
                raise KioskError(f"{folder} holds two files in {lang}; keep one. Nothing was imported.")
            changes = _changes(path, po, lang, texts, reviews.get(lang, {}))
            who = by or initials(po.metadata.get("Last-Translator", "").strip()
                                 if po.metadata.get("Last-Translator", "").strip() not in _NO_TRANSLATOR else "")
            if not who and any(change.review == "reviewed" for change in changes):
                raise KioskError(f"{path} marks texts as reviewed but does not say by whom (no Last-Translator in "
                                 f"its header): give the initials with --by. Nothing was imported.")
            plans[lang] = (_check_by(who) if who else "", changes)
        for lang, (who, changes) in plans.items():
            _apply(connection, content, lang, who, changes, now)
            summary.updated[lang] = sum(change.translation != change.text.values.get(lang) for change in changes)
            summary.reviewed[lang] = sum(change.review == "reviewed" for change in changes)
        _save_items(connection, content, plans, now)
    return summary


def _apply(connection: Connection, content: dict[str, Any], lang: str, who: str, changes: list[_Change],
           now: dt.datetime) -> None:
    """Reviews written now; the texts are changed in ``content`` (saved by ``_save_items``)."""
    table = m.TranslationReview.__table__
    for change in changes:
        if change.review is not None:
            connection.execute(delete(table).where(table.c.lang == lang, table.c.key == change.text.key))
        if change.review == "reviewed":
            connection.execute(insert(table).values(lang=lang, key=change.text.key, by=who, on=now.date(),
                                                    source=source_hash(change.text.french)))


def _save_items(connection: Connection, content: dict[str, Any], plans: dict[str, tuple[str, list[_Change]]],
                now: dt.datetime) -> None:
    """Each item whose texts changed, saved as the editor saves it (recorded in its history)."""
    owners: dict[tuple[str, str], None] = {}
    for lang, (_who, changes) in plans.items():
        for change in changes:
            if change.translation != change.text.values.get(lang):
                change.text.values[lang] = change.translation  # the dict inside ``content``
                kind, slug = change.text.key.split("/")[:2]
                owners[(kind, slug)] = None
    lists = {"procedure": "procedures", "document": "documents", "partner": "partners", "category": "categories",
             "announcement": "announcements", "glossary": "glossary"}
    for kind, slug in owners:
        item = next(item for item in content[lists[kind]] if item["slug"] == slug)
        if kind == "glossary":  # not an editor item: its two texts are written as they are
            table = m.GlossaryEntry.__table__
            connection.execute(update(table).where(table.c.slug == slug).values(
                term=item["term"], explanation=item.get("explanation")))
        else:
            store_in(connection, kind, item, now, action=None)
    if owners:
        rebuild_index(connection)

"""data·inclusion structures and services <-> the catalogue's partners.

Import (``import_partners``) reads a JSON file of data·inclusion records in any of the shapes
its exports and API serve: an array of structures and/or services, an API page
(``{"items": [...]}``, items possibly wrapped as ``{"service": {...}}``), or
``{"structures": [...], "services": [...]}``. Field names are those of the v1 schema, or the
older names the API still serves (``horaires_ouverture`` for ``horaires_accueil``,
``presentation_resume`` / ``presentation_detail`` for ``description``, ``thematiques`` on a
structure, ``accessibilite``). A structure becomes a partner; its services give it their
``thematiques`` (and their hours when it has none). Hours that parse as OpenStreetMap
``opening_hours`` go to ``horaires_accueil``; free text ("lundi au vendredi 9h-11h45") is kept
in ``horaires_texte`` and shown as text. A value the catalogue cannot hold (a postal code that
is not five digits, a website that is not an http(s) address...) is left out, with a
``to_check`` note saying so.

An import never changes a value the assistant wrote or edited. A record updates a partner
directly only when that partner was created by an import of the same record and nobody changed
it since (``PartnerOrigin.imported`` still equals the partner). Otherwise, a partner written by
hand (source "kiosk"), or imported then edited, keeps its values: each different value in the
record becomes a review flag (``PartnerReview``), which the assistant accepts or declines in
the editor (``kiosk.importers.review``).

Export (``export_partners``) gives the partners back as data·inclusion v1 records, every one
valid against the published schemas: each partner as a structure, then, for each partner with
themes, one service holding them (v1 keeps ``thematiques`` on services only). Partners written
by hand have the source "kiosk" and their slug as id, so that the export imports back into the
same partners, changing nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import models as m
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.hours import parse_hours
from kiosk.importers.report import ImportEntry, ImportReport, ensure_publishable
from kiosk.importers.sources import read_file
from kiosk.importers.vocabulary import shorten, slugify, unique_slug
from kiosk.paths import resource
from kiosk.settings import get_setting
from kiosk.stats import local_day

#: The data·inclusion "source" of partners written in the kiosk's own catalogue.
OWN_SOURCE = "kiosk"
#: Partner fields and the data·inclusion names they are read from, the v1 name first.
FIELD_NAMES = {
    "name": ("nom",),
    "description": ("description", "presentation_resume", "presentation_detail"),
    "adresse": ("adresse",),
    "complement_adresse": ("complement_adresse",),
    "code_postal": ("code_postal",),
    "commune": ("commune",),
    "telephone": ("telephone",),
    "courriel": ("courriel",),
    "site_web": ("site_web",),
    "hours": ("horaires_accueil", "horaires_ouverture"),
}
#: Structure fields the kiosk does not use but gives back on export, with their older names.
EXTRA_NAMES = {"siret": ("siret",), "code_insee": ("code_insee",), "latitude": ("latitude",),
               "longitude": ("longitude",), "lien_source": ("lien_source",),
               "accessibilite_lieu": ("accessibilite_lieu", "accessibilite")}
_URL = re.compile(r"https?://\S+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_LIMITS = {"adresse": 300, "complement_adresse": 300, "commune": 100, "telephone": 40,
           "courriel": 200, "site_web": 2000}
_FRENCH_NAMES = {"adresse": "adresse", "complement_adresse": "complément d'adresse",
                 "code_postal": "code postal", "commune": "commune", "telephone": "téléphone",
                 "courriel": "courriel", "site_web": "site web"}


@cache
def v1_themes() -> frozenset[str]:
    """The values of data·inclusion's ``thematiques`` vocabulary (v1), shipped in data/."""
    path = resource("data", "data-inclusion-thematiques.json")
    return frozenset(item["value"] for item in json.loads(path.read_text(encoding="utf-8")))


# --- reading the file --------------------------------------------------------------------------


def _wrong(path: Path, what: str) -> KioskError:
    return KioskError(f"{path.name} is not data·inclusion JSON ({what}); nothing was imported.")


def read_records(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The structures and services in the data·inclusion JSON file at ``path``.

    Raises:
        KioskError: unreadable, not JSON, or not of a shape data·inclusion serves.
    """
    raw = read_file(path)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _wrong(path, "it is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise _wrong(path, f"not valid JSON at line {error.lineno}, column {error.colno}: "
                           f"{error.msg}") from None
    except RecursionError:
        raise _wrong(path, "it is nested too deeply") from None
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict) and isinstance(data.get("items"), list):
        items = data["items"]
    elif isinstance(data, dict) and ("structures" in data or "services" in data):
        parts = [data.get("structures", []), data.get("services", [])]
        if not all(isinstance(part, list) for part in parts):
            raise _wrong(path, '"structures" and "services" must be arrays')
        items = parts[0] + parts[1]
    elif isinstance(data, dict) and "nom" in data and "id" in data:
        items = [data]
    else:
        raise _wrong(path, "expected an array of structures and services, an API page with "
                           '"items", or "structures" and "services" arrays')
    structures, services = [], []
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict) and isinstance(item.get("service"), dict) and "nom" not in item:
            item = item["service"]  # a search result: {"service": {...}, "distance": ...}
        if not isinstance(item, dict):
            raise _wrong(path, f"record {number} is not an object")
        if isinstance(item.get("structure"), dict):  # older services carry their structure
            structures.append(_checked(path, item["structure"], number, is_service=False))
        is_service = "structure_id" in item
        (services if is_service else structures).append(_checked(path, item, number, is_service))
    return structures, services


def _checked(path: Path, record: dict[str, Any], number: int, is_service: bool) -> dict[str, Any]:
    """``record`` if its fields have the types data·inclusion gives them."""
    what = "service" if is_service else "structure"
    for key in ("id", "nom") + (("structure_id",) if is_service else ()):
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key != "nom":
            record = {**record, key: str(value)}
        elif not isinstance(value, str) or not value.strip():
            raise _wrong(path, f"{what} {number} has no {key!r}")
    for names in FIELD_NAMES.values():
        for key in names:
            if record.get(key) is not None and not isinstance(record[key], str):
                raise _wrong(path, f"{what} {record['id']!r}: {key!r} is not text")
    for key in ("source", "date_maj"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise _wrong(path, f"{what} {record['id']!r}: {key!r} is not text")
    themes = record.get("thematiques")
    if themes is not None and not (isinstance(themes, list) and all(isinstance(t, str) for t in themes)):
        raise _wrong(path, f"{what} {record['id']!r}: 'thematiques' is not a list of texts")
    return record


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    return next((record[name] for name in names if record.get(name) not in (None, "")), None)


def _day(text: Any) -> dt.date | None:
    match = re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text or "")
    try:
        return dt.date.fromisoformat(match.group(0)) if match else None
    except ValueError:
        return None


# --- import ------------------------------------------------------------------------------------


def import_partners(context: Context, path: Path) -> ImportReport:
    """Import the data·inclusion structures and services in the JSON file at ``path``.

    Raises:
        KioskError: the file cannot be read or is not data·inclusion JSON, or the catalogue could
            not be published afterwards. Nothing is imported then.
    """
    structures, services = read_records(path)
    report = ImportReport()
    today = local_day(context.clock())
    by_structure: dict[str, list[dict[str, Any]]] = {}
    for service in services:
        by_structure.setdefault(service["structure_id"], []).append(service)
    with context.db.session() as session, session.begin():
        importer = _PartnerImporter(session, today, report, get_setting(context.db, "site"))
        seen: set[tuple[str, str]] = set()
        for structure in structures:
            key = (structure.get("source") or "", structure["id"])
            if key in seen:
                report.skipped.append(ImportEntry(
                    "partner", structure["id"], None,
                    "This structure is in the file twice; the first one was imported."))
                continue
            seen.add(key)
            importer.add(structure, by_structure.pop(structure["id"], []))
        for structure_id, orphans in by_structure.items():
            for service in orphans:
                report.skipped.append(ImportEntry("service", service["id"], None, (
                    f"Its structure {structure_id!r} is not in this file; import the structures "
                    "and their services together.")))
        session.flush()
        ensure_publishable(session.connection())
    return report


class _PartnerImporter:
    def __init__(self, session: Session, today: dt.date, report: ImportReport, site: str) -> None:
        self._s = session
        self._today = today
        self._report = report
        self._partners = {p.slug: p for p in session.scalars(select(m.Partner))}
        self._origins = {(o.source, o.external_id): o for o in session.scalars(select(m.PartnerOrigin))}
        self._sites = [site] if session.get(m.Site, site) is not None else []

    def add(self, structure: dict[str, Any], services: list[dict[str, Any]]) -> None:
        source, external_id = structure.get("source") or "", structure["id"]
        origin = None if source == OWN_SOURCE else self._origins.get((source, external_id))
        slug = external_id if source == OWN_SOURCE else origin.partner_slug if origin else None
        partner = self._partners.get(slug) if slug else None
        values, notes = _values(structure, services)
        extra = {key: value for key, names in EXTRA_NAMES.items()
                 if (value := _extra(key, _first(structure, names))) is not None}
        date_maj = _day(structure.get("date_maj"))
        if partner is None and origin is not None:
            # Imported once, then deleted (in the editor, or by a catalogue from elsewhere): that is
            # the assistant's decision too, and an import does not undo it.
            self._report.skipped.append(ImportEntry("partner", external_id, origin.partner_slug, (
                "Deleted from the catalogue since it was imported; not imported again (bring it back "
                "from the editor's history to follow it again).")))
            return
        if partner is None:
            self._create(structure, values, notes, extra, date_maj, source, slug)
            return
        offered = offers(partner, values)
        changed: list[str] = []
        if origin is not None and origin.imported is not None and origin.imported == snapshot(partner):
            # Created by this import and never edited since: the record's values are taken.
            changed = _take(partner, offered, notes)
            origin.imported = snapshot(partner)
            self._review(partner.slug, source, {})
        elif flagged := self._review(partner.slug, source or OWN_SOURCE, offered):
            self._report.flagged.append(ImportEntry("partner", external_id, partner.slug, (
                f"Written or edited by the assistant: other values kept for review ({', '.join(flagged)}).")))
        if origin is not None and (origin.extra, origin.date_maj) != (extra, date_maj):
            origin.extra, origin.date_maj = extra, date_maj
            changed = changed or ["data·inclusion"]
        if changed:
            self._report.updated.append(ImportEntry("partner", external_id, partner.slug,
                                                    f"Updated: {', '.join(changed)}."))
        elif not any(entry.slug == partner.slug for entry in self._report.flagged):
            self._report.skipped.append(ImportEntry("partner", external_id, partner.slug,
                                                    "Unchanged."))

    def _review(self, slug: str, source: str, offered: dict[str, Any]) -> list[str]:
        """Keep ``offered`` aside for the assistant (``m.PartnerReview``), except the values the
        assistant already chose not to take; returns the fields flagged."""
        row = self._s.get(m.PartnerReview, slug)
        fresh = {field: value for field, value in offered.items()
                 if row is None or field not in row.kept or row.kept[field] != value}
        if row is None and not fresh:
            return []
        if row is None:
            row = m.PartnerReview(partner_slug=slug, source=source, offered={}, kept={})
            self._s.add(row)
        if fresh != row.offered:
            row.offered, row.source = fresh, source
            row.flagged_on = self._today if fresh else None
        return list(fresh)

    def _create(self, structure: dict[str, Any], values: dict[str, Any], notes: list[str],
                extra: dict[str, Any], date_maj: dt.date | None, source: str,
                wanted: str | None) -> None:
        taken = lambda s: s in self._partners  # noqa: E731
        if wanted and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", wanted) and len(wanted) <= 80 \
                and not taken(wanted):
            slug = wanted
        else:
            slug = unique_slug(slugify(values["name"]), taken,
                               slugify(values.get("commune") or "", 30) if values.get("commune") else "")
        sources = []
        if _URL.fullmatch(extra.get("lien_source", "")):
            sources.append({"url": extra["lien_source"], "title": f"data·inclusion ({source})",
                            "checked_on": self._today.isoformat(),
                            **({"modified_on": date_maj.isoformat()} if date_maj else {})})
        partner = m.Partner(slug=slug, sites=list(self._sites), sources=sources,
                            to_check=[shorten(note, 500) for note in notes][:50], **_columns(values))
        self._s.add(partner)
        self._partners[slug] = partner
        if source != OWN_SOURCE:
            origin = m.PartnerOrigin(partner_slug=slug, source=source, external_id=structure["id"],
                                     date_maj=date_maj, extra=extra, imported=snapshot(partner))
            self._s.add(origin)
            self._origins[(source, structure["id"])] = origin
        self._report.created.append(ImportEntry("partner", structure["id"], slug,
                                                f"New partner: {values['name']}."))



#: The partner columns an import reads or writes: what ``snapshot`` compares.
_SNAPSHOT = ("name", "description", "adresse", "complement_adresse", "code_postal", "commune", "telephone",
             "courriel", "site_web", "horaires_accueil", "horaires_texte", "thematiques", "sites", "sources",
             "to_check")


def snapshot(partner: m.Partner) -> dict[str, Any]:
    """The partner's values, empty ones left out (as a catalogue file and the editor leave them
    out): equal snapshots mean nobody changed the partner in between."""
    return {name: value for name in _SNAPSHOT if (value := getattr(partner, name)) not in (None, "", [], {})}


def offers(partner: m.Partner, values: dict[str, Any]) -> dict[str, Any]:
    """The values of a record that differ from the partner's ({field: value}), leaving out those
    missing (a value is never erased by an import) and those the kiosk's own export writes for
    the partner (so that an export imports back unchanged)."""
    exported = _structure_fields(partner)
    offered = {}
    for field, value in values.items():
        if value in (None, []):
            continue
        if field == "hours":
            differs = value != exported.get("hours") and \
                (partner.horaires_accueil, partner.horaires_texte) != hours_columns(value)
        elif field == "thematiques":
            differs = value != exported["thematiques"] and value != partner.thematiques
        elif field == "description":
            differs = value != exported.get("description") and value != (partner.description or {}).get("fr")
        else:
            differs = value != exported.get(field) and value != getattr(partner, field)
        if differs:
            offered[field] = value
    return offered


def _take(partner: m.Partner, offered: dict[str, Any], notes: list[str]) -> list[str]:
    """Write the ``offered`` values into the partner; the names of the fields changed."""
    changed = []
    for field, value in offered.items():
        if field == "hours":
            partner.horaires_accueil, partner.horaires_texte = hours_columns(value)
            changed.append("horaires")
        elif field == "description":
            others = {k: v for k, v in (partner.description or {}).items() if k != "fr"}
            partner.description = {"fr": value, **others}
            if others:
                notes.append("Description changée dans data·inclusion : traductions à revoir.")
            changed.append("description")
        else:
            setattr(partner, field, value)
            changed.append(field)
    new_notes = [shorten(note, 500) for note in notes if note not in partner.to_check]
    if changed and new_notes:
        partner.to_check = (partner.to_check + new_notes)[:50]
    return changed


def _extra(key: str, value: Any) -> Any:
    """An extra structure field in a form valid for the v1 schema, else None (left out)."""
    if key in ("latitude", "longitude"):
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if not isinstance(value, str):
        return None
    value = value.strip()
    patterns = {"siret": r"[0-9]{14}", "code_insee": r"\w{5}"}
    if key in patterns:
        return value if re.fullmatch(patterns[key], value) else None
    return value if _URL.fullmatch(value) and len(value) <= 2083 else None


def _values(structure: dict[str, Any], services: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """The partner fields a structure (and its services) give, and notes on what was left out."""
    values: dict[str, Any] = {"name": shorten(structure["nom"].strip(), 200)}
    notes = []
    description = _first(structure, FIELD_NAMES["description"])
    description = description.strip() if description else ""
    values["description"] = shorten(description, 4000) if description else None
    for field in ("adresse", "complement_adresse", "code_postal", "commune", "telephone",
                  "courriel", "site_web"):
        value = _first(structure, FIELD_NAMES[field])
        value = value.strip() if isinstance(value, str) else None
        if value and not _fits(field, value):
            notes.append(f"data·inclusion : {_FRENCH_NAMES[field]} « {shorten(value, 100)} » "
                         "laissé de côté (il ne convient pas) : à vérifier.")
            value = None
        values[field] = value or None
    hours = _first(structure, FIELD_NAMES["hours"])
    if hours is None:
        hours = next((h for s in services if (h := _first(s, FIELD_NAMES["hours"]))), None)
    values["hours"] = hours.strip() if isinstance(hours, str) and hours.strip() else None
    themes = list(structure.get("thematiques") or [])
    for service in services:
        themes += service.get("thematiques") or []
    values["thematiques"] = [t for t in dict.fromkeys(themes) if 0 < len(t) <= 100][:50]
    return values, notes


def _fits(field: str, value: str) -> bool:
    if field == "code_postal":
        return re.fullmatch(r"[0-9]{5}", value) is not None
    if field == "site_web":
        return _URL.fullmatch(value) is not None and len(value) <= 2000
    return len(value) <= _LIMITS[field]


def hours_columns(hours: str | None) -> tuple[str | None, str | None]:
    """(``horaires_accueil``, ``horaires_texte``): OpenStreetMap syntax, or else the text."""
    if not hours:
        return None, None
    if parse_hours(hours) is not None and len(hours) <= 1000:
        return hours, None
    return None, shorten(hours, 1000)


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    columns = {k: v for k, v in values.items() if k not in ("hours", "description")}
    columns["horaires_accueil"], columns["horaires_texte"] = hours_columns(values["hours"])
    columns["description"] = {"fr": values["description"]} if values["description"] else None
    return columns


# --- export ------------------------------------------------------------------------------------


def _structure_fields(partner: m.Partner) -> dict[str, Any]:
    """The values of a partner as its export writes them (None where it writes nothing)."""
    description = (partner.description or {}).get("fr")
    name = shorten(partner.name, 150)
    if len(name) < 3:
        name = f"{name} – {partner.commune or 'structure'}"
    courriel = partner.courriel if partner.courriel and _EMAIL.fullmatch(partner.courriel) else None
    return {
        "name": name,
        "description": description if description and len(description) >= 5 else None,
        "adresse": partner.adresse, "complement_adresse": partner.complement_adresse,
        "code_postal": partner.code_postal, "commune": partner.commune,
        "telephone": partner.telephone, "courriel": courriel, "site_web": partner.site_web,
        "hours": partner.horaires_accueil or partner.horaires_texte,
        "thematiques": [t for t in partner.thematiques if t in v1_themes()],
    }


def export_partners(context: Context) -> list[dict[str, Any]]:
    """The partners as data·inclusion v1 records: every structure, then the services with themes."""
    with context.db.session() as session:
        partners = list(session.scalars(select(m.Partner).order_by(m.Partner.slug)))
        origins = {o.partner_slug: o for o in session.scalars(select(m.PartnerOrigin))}
    today = local_day(context.clock())
    structures, services = [], []
    for partner in partners:
        origin = origins.get(partner.slug)
        fields = _structure_fields(partner)
        source = origin.source if origin else OWN_SOURCE
        structure_id = origin.external_id if origin else partner.slug
        checked = [d for s in partner.sources if (d := _day(s.get("checked_on")))]
        date_maj = (origin.date_maj if origin and origin.date_maj else max(checked, default=today))
        structure = {"source": source, "id": structure_id, "nom": fields["name"],
                     "date_maj": date_maj.isoformat()}
        for field, name in (("description", "description"), ("adresse", "adresse"),
                            ("complement_adresse", "complement_adresse"),
                            ("code_postal", "code_postal"), ("commune", "commune"),
                            ("telephone", "telephone"), ("courriel", "courriel"),
                            ("site_web", "site_web"), ("hours", "horaires_accueil")):
            if fields[field]:
                structure[name] = fields[field]
        structure.update(origin.extra if origin else {})
        structures.append(structure)
        if fields["thematiques"]:
            description = fields["description"] or f"Services proposés par {partner.name}."
            services.append({"source": source, "id": f"{structure_id}--accueil",
                             "structure_id": structure_id, "nom": fields["name"],
                             "description": shorten(description, 10000),
                             "date_maj": date_maj.isoformat(),
                             "thematiques": fields["thematiques"]})
    return structures + services

"""service-public.fr "fiches pratiques" in DILA's XML format (the "vosdroits" dataset) -> ``Fiche``.

Every parse goes through defusedxml with DTDs forbidden (a fiche never has one): no entity
expansion (XML bombs), no external entity or DTD (reading other files or the network). Nesting is
bounded before anything walks the tree. What is taken from a fiche:

- ``dc:title``; the summary from the ``Introduction`` (else ``dc:description``); ``spUrl``; the
  dates ``dateDerniereModificationImportante`` and ``dc:date`` ("modified 2025-07-01");
- every ``ServiceEnLigne`` (in the text and in the fiche's list of services), once per address,
  with its type and ``numerocerfa``;
- every ``OuSAdresser`` (where to go), once;
- the documents to bring: the items of check-box lists (``Liste type="caseACocher"``) and of any
  list in a "Pièces à fournir" chapter (``Chapitre type="pieces"`` or so titled), with the
  situations (``Situation``, ``Cas``) they belong to, and which of them are asked for whatever
  the situation (``Requirement``);
- the cost ("Coût" chapters), and a fingerprint of the rest of the text, so that a later version
  can say what changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as DefusedET
from defusedxml import DefusedXmlException

from kiosk.errors import KioskError
from kiosk.importers.vocabulary import clean, normalize

#: File names of fiches pratiques in the dataset (N… are folders of fiches, R… resources).
FICHE_FILE = re.compile(r"F[0-9]{1,6}\.xml", re.IGNORECASE)
#: The major version of DILA's schema (``Schemas/3.3/Publication.xsd``) this reader knows.
SCHEMA_MAJOR = 3
#: Deeper than this is not a fiche (real ones are about 20 deep).
MAX_DEPTH = 200
#: What the kiosk takes from a fiche, by the French name the editor shows when it changes.
CHANGE_LABELS = {"title": "titre", "summary": "résumé", "services": "services en ligne",
                 "pieces": "pièces", "places": "où s'adresser", "text": "texte"}

_DC = "{http://purl.org/dc/elements/1.1/}"
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
_SCHEMA = re.compile(r"(?:^|[/\\])Schemas[/\\]([0-9]+)(?:\.[0-9]+)*[/\\]Publication\.xsd$")
_ID = re.compile(r"F[0-9]{1,6}")
_DATE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})")
_PIECES_TITLE = re.compile(r"^(pieces|documents|justificatifs)( a fournir| a presenter| a joindre|"
                           r" justificatives| necessaires)")
_COST_TITLE = re.compile(r"^(cout|couts|tarif|tarifs|prix)$")
#: Not part of the body: metadata, glossary, related pages, conditions of a conditional fiche.
_SKIPPED = {"Condition", "Reference", "QuestionReponse", "Definition", "Abreviation",
            "PourEnSavoirPlus", "VoirAussi", "CommentFaireSi", "Actualite", "FilDAriane", "Theme",
            "SousThemePere", "DossierPere", "SousDossierPere", "Audience", "Canal", "SurTitre",
            "Questionnaire", "RechercheGuidee", "Partenaire", "Source", "InformationComplementaire",
            "Montant", "ServiceComplementaire", "Dossier", "Fiche", "Niveau"}
#: Elements that stand apart from their neighbours in a text (the rest run inline).
_BLOCKS = {"Paragraphe", "Item", "Liste", "Titre", "Chapitre", "SousChapitre", "Texte",
           "Introduction", "Cas", "BlocCas", "Situation", "Tableau", "Rangée", "Cellule", "Colonne",
           "ANoter", "ASavoir", "Attention", "Rappel", "Description", "Complement", "Etape"}


@dataclass(frozen=True)
class OnlineService:
    """A ``ServiceEnLigne``: a téléservice, a form (with its cerfa number), a simulator..."""

    id: str
    title: str
    url: str
    kind: str
    cerfa: str = ""


@dataclass(frozen=True)
class Place:
    """An ``OuSAdresser``: where to go or whom to call (a type of office, never an address)."""

    id: str
    title: str
    kind: str
    pivot: str = ""
    url: str = ""
    by_phone: bool = False


@dataclass(frozen=True)
class Piece:
    """An item of a list of documents to bring, and the situations it is listed under."""

    text: str
    cases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Requirement:
    """Which pieces are asked for: these, plus, from each group of alternative situations, those
    of whichever situation is the resident's."""

    pieces: tuple[int, ...] = ()
    alternatives: tuple[tuple[Requirement, ...], ...] = ()

    def always(self, key: Any) -> set[Any]:
        """The ``key(index)`` of the pieces asked for in every situation."""
        found = {key(index) for index in self.pieces}
        for options in self.alternatives:
            common = None
            for option in options:
                keys = option.always(key)
                common = keys if common is None else common & keys
            found |= common or set()
        return found


@dataclass(frozen=True)
class Fiche:
    """A fiche pratique, as plain data."""

    id: str
    title: str
    url: str
    important_change: dt.date | None
    modified: dt.date | None
    summary: str
    theme: str
    keywords: tuple[str, ...] = ()
    cost: str = ""
    services: tuple[OnlineService, ...] = ()
    places: tuple[Place, ...] = ()
    pieces: tuple[Piece, ...] = ()
    requirement: Requirement = field(default_factory=Requirement)
    text_sha256: str = ""

    @property
    def version_date(self) -> dt.date | None:
        """The date that orders versions: the last important change, else the last change."""
        return self.important_change or self.modified

    def official_values(self) -> dict[str, Any]:
        """What the kiosk takes from this version, as JSON (kept to tell what a later one changed)."""
        return {
            "title": self.title,
            "summary": self.summary,
            "services": [{"title": s.title, "url": s.url, "cerfa": s.cerfa} for s in self.services],
            "pieces": list(dict.fromkeys(piece.text for piece in self.pieces)),
            "places": [place.title for place in self.places],
            "text": self.text_sha256,
            "modified_on": self.important_change.isoformat() if self.important_change else None,
            "dc_date": self.modified.isoformat() if self.modified else None,
        }


def changed_parts(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """The ``CHANGE_LABELS`` of what differs between two ``official_values``."""
    if old is None:
        return ["fiche entière"]
    return [label for key, label in CHANGE_LABELS.items() if old.get(key) != new.get(key)]


def parse_fiche(data: bytes, name: str) -> Fiche:
    """The fiche in the XML ``data`` of the file called ``name``.

    Raises:
        KioskError: not well-formed, a DTD or entities (bombs, external entities), too deep, not a
            ``Publication``, a schema version this kiosk does not read, not a fiche pratique.
    """
    try:
        root = DefusedET.fromstring(data, forbid_dtd=True)
    except ParseError as error:
        raise KioskError(f"{name} is not well-formed XML ({error}); nothing was imported.") from None
    except DefusedXmlException:
        raise KioskError(f"{name} declares a DTD or entities, which a fiche never does (it could be "
                         "an XML bomb or read other files); nothing was imported.") from None
    _check_depth(root, name)
    if root.tag != "Publication":
        raise KioskError(f"{name} is not a service-public.fr fiche: its root element is "
                         f"<{_short_tag(root.tag)}>, not <Publication>; nothing was imported.")
    location = root.get(f"{_XSI}noNamespaceSchemaLocation")
    if location is not None:
        match = _SCHEMA.search(location.strip())
        if match is None or int(match.group(1)) != SCHEMA_MAJOR:
            raise KioskError(f"{name} follows a version of DILA's schema this kiosk does not read "
                             f"({location[:80]!r}; it reads {SCHEMA_MAJOR}.x); nothing was imported: "
                             "update the kiosk software.")
    fiche_id = (root.get("ID") or "").strip()
    if not _ID.fullmatch(fiche_id):
        raise KioskError(f"{name} is not a fiche pratique (its ID is {fiche_id[:20]!r}, not F "
                         "followed by digits); nothing was imported.")
    title = text_of(root.find(f"{_DC}title"))
    if not title:
        raise KioskError(f"{name} has no title (dc:title); nothing was imported.")
    return _Reader(root, fiche_id, title).fiche()


def _short_tag(tag: str) -> str:
    return tag.rsplit("}", 1)[-1][:40]


def _check_depth(root: Element, name: str) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise KioskError(f"{name} is nested more than {MAX_DEPTH} levels deep, more than a fiche "
                             "ever is; nothing was imported.")
        stack.extend((child, depth + 1) for child in element)


def text_of(element: Element | None) -> str:
    """The text of ``element`` and its descendants, blocks apart, inline elements run in."""
    if element is None:
        return ""
    parts: list[str] = []

    def add(node: Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag not in ("Condition", "Source"):
                block = child.tag in _BLOCKS
                parts.append(" " if block else "")
                add(child)
                parts.append(" " if block else "")
            parts.append(child.tail or "")

    add(element)
    text = clean("".join(parts))
    return re.sub(r"\(\s+", "(", re.sub(r"\s+([.,)])", r"\1", text))


def _date(text: str | None) -> dt.date | None:
    match = _DATE.search(text or "")
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


class _Reader:
    """One walk over a fiche's body, gathering services, places, pieces and the rest's text."""

    def __init__(self, root: Element, fiche_id: str, title: str) -> None:
        self._root = root
        self._id = fiche_id
        self._title = title
        self._services: dict[str, OnlineService] = {}
        self._places: dict[str, Place] = {}
        self._pieces: list[Piece] = []
        self._costs: list[str] = []
        self._text = hashlib.sha256()

    def fiche(self) -> Fiche:
        root = self._root
        requirement = self._walk(root, (), False)
        intro = next((child for child in root if child.tag == "Introduction"), None)
        summary = text_of(intro) or text_of(root.find(f"{_DC}description")) or self._title
        breadcrumb = [text_of(level) for level in root.iterfind("FilDAriane/Niveau")][1:-1]
        themes = [text_of(theme.find("Titre")) for theme in root.iterfind("Theme")]
        subject = text_of(root.find(f"{_DC}subject"))
        folder = text_of(root.find("DossierPere/Titre"))
        sub_theme = text_of(root.find("SousThemePere"))
        keywords = [word for word in dict.fromkeys([folder, sub_theme, *breadcrumb])
                    if word and len(word) <= 80
                    and normalize(word) not in (normalize(self._title), "comment faire si")]
        url = (root.get("spUrl") or "").strip()
        if not re.fullmatch(r"https?://\S+", url):
            url = f"https://www.service-public.fr/particuliers/vosdroits/{self._id}"
        return Fiche(
            id=self._id, title=self._title, url=url,
            important_change=_date(root.get("dateDerniereModificationImportante")),
            modified=_date(text_of(root.find(f"{_DC}date"))),
            summary=summary,
            theme=" ; ".join(t for t in dict.fromkeys([*themes, subject, *breadcrumb, folder,
                                                       sub_theme]) if t),
            keywords=tuple(keywords[:10]), cost=" / ".join(dict.fromkeys(self._costs)),
            services=tuple(self._services.values()), places=tuple(self._places.values()),
            pieces=tuple(self._pieces), requirement=requirement,
            text_sha256=self._text.hexdigest(),
        )

    def _walk(self, element: Element, cases: tuple[str, ...], in_pieces: bool) -> Requirement:
        own: list[int] = []
        alternatives: list[tuple[Requirement, ...]] = []
        for child in element:
            tag = child.tag
            if tag in _SKIPPED or tag.startswith(_DC):
                continue
            if tag == "ServiceEnLigne":
                self._service(child)
            elif tag == "OuSAdresser":
                self._place(child)
            elif tag in ("BlocCas", "ListeSituations"):
                alternatives.append(tuple(
                    self._walk(case, (*cases, text_of(case.find("Titre"))), in_pieces)
                    for case in child if case.tag in ("Cas", "Situation")))
            elif tag == "Liste" and (in_pieces or child.get("type") == "caseACocher"):
                for item in child.iterfind("Item"):
                    if text := text_of(item):
                        own.append(len(self._pieces))
                        self._pieces.append(Piece(text, cases))
                    for inner in item.iter():
                        if inner.tag == "ServiceEnLigne":
                            self._service(inner)
            elif tag in ("Paragraphe", "Titre"):
                self._text.update(text_of(child).encode("utf-8") + b"\n")
            else:
                heading = normalize(text_of(child.find("Titre"))) if tag in (
                    "Chapitre", "SousChapitre") else ""
                if _COST_TITLE.match(heading):
                    self._costs.append(text_of(_without_title(child)))
                pieces_here = in_pieces or child.get("type") == "pieces" or bool(
                    _PIECES_TITLE.match(heading))
                inner = self._walk(child, cases, pieces_here)
                own.extend(inner.pieces)
                alternatives.extend(inner.alternatives)
        return Requirement(tuple(own), tuple(alternatives))

    def _service(self, element: Element) -> None:
        url = (element.get("URL") or "").strip()
        title = text_of(element.find("Titre"))
        key = url or element.get("ID") or title
        if title and key not in self._services:
            self._services[key] = OnlineService(
                id=element.get("ID") or "", title=title, url=url, kind=element.get("type") or "",
                cerfa=(element.get("numerocerfa") or "").strip())

    def _place(self, element: Element) -> None:
        title = text_of(element.find("Titre"))
        key = element.get("ID") or title
        if not title or key in self._places:
            return
        pivot = text_of(element.find("PivotLocal"))
        web = element.find("RessourceWeb")
        headings = {normalize(text_of(t)) for t in element.iterfind(".//Chapitre/Titre")}
        kind = element.get("type") or ""
        self._places[key] = Place(
            id=element.get("ID") or "", title=title, kind=kind, pivot=pivot,
            url=(web.get("URL") or "").strip() if web is not None else "",
            by_phone=kind == "Centre de contact" or (not pivot and "par telephone" in headings))


def _without_title(element: Element) -> Element:
    copy = Element(element.tag)
    copy.extend(child for child in element if child.tag != "Titre")
    return copy

"""Words the importers recognise: categories and shared documents by keyword; slugs; text limits.

Matching is done on ``normalize``d text (lower case, no accents, one kind of apostrophe, single
spaces), whole words only, so "Pièce d'identité" and "PIECE D’IDENTITE" match alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

#: Life-event categories by keyword, in priority order: the first category with a keyword in the
#: fiche's title wins; failing that, the first with a keyword in its theme and breadcrumb
#: ("Social - Santé" holds both unemployment and health fiches, so the title comes first).
CATEGORY_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("death", ("deces", "decede", "defunt", "obseques", "succession", "heritage", "veuvage",
               "funeraire", "capital deces")),
    ("old-age", ("retraite", "retraites", "personne agee", "personnes agees", "ehpad", "senior",
                 "seniors", "apa", "aspa", "minimum vieillesse", "perte d'autonomie")),
    ("work", ("chomage", "emploi", "pole emploi", "france travail", "travail", "salarie",
              "salaries", "prime d'activite", "licenciement", "demandeur d'emploi", "embauche",
              "formation professionnelle", "apprentissage", "fonctionnaire")),
    ("papers", ("carte d'identite", "carte nationale d'identite", "passeport", "titre de sejour",
                "carte de sejour", "papiers", "nationalite", "naturalisation", "etranger",
                "etrangers", "visa", "permis de conduire", "carte grise", "certificat d'immatriculation",
                "citoyennete", "listes electorales")),
    ("family", ("naissance", "mariage", "pacs", "divorce", "separation", "enfant", "enfants",
                "famille", "familiales", "pension alimentaire", "scolaire", "ecole", "cantine",
                "creche", "adoption", "parent", "parents", "grossesse", "garde d'enfant")),
    ("health", ("sante", "maladie", "soins", "medecin", "mutuelle", "complementaire sante",
                "carte vitale", "handicap", "hopital", "hospitalisation", "assurance maladie",
                "ame", "css", "invalidite")),
    ("housing", ("logement", "loyer", "energie", "electricite", "gaz", "chauffage", "hlm", "apl",
                 "demenagement", "eau", "bail", "locataire", "proprietaire", "hebergement",
                 "expulsion")),
    ("money", ("impot", "impots", "imposition", "rsa", "aide", "aides", "allocation",
               "allocations", "argent", "banque", "bancaire", "credit", "dette", "dettes",
               "surendettement", "taxe", "revenus", "budget", "prestations sociales")),
    ("digital", ("internet", "numerique", "franceconnect", "en ligne", "compte", "mot de passe",
                 "courriel", "ordinateur", "identite numerique")),
]
#: Where a fiche goes when no keyword matches (the assistant moves it while reviewing the draft).
FALLBACK_CATEGORY = "papers"

#: Shared documents of the catalogue by keyword. An item of a fiche's list of documents takes the
#: document whose keyword comes first in its text (the longest one at the same place), when that
#: document is in the catalogue. Specific phrases are listed so that they win over general ones
#: ("ancienne carte d'identité" over "carte d'identité", "acte de décès" over "décès").
DOCUMENT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "proof-of-address": ("justificatif de domicile", "justificatifs de domicile",
                         "justificatif d'adresse", "preuve de domicile"),
    "identity-document": ("piece d'identite", "pieces d'identite", "carte d'identite",
                          "carte nationale d'identite", "titre d'identite"),
    "old-identity-card": ("ancienne carte d'identite", "ancien passeport", "carte d'identite perimee",
                          "passeport perime"),
    "passport": ("passeport",),
    "id-photo": ("photo", "photos", "photographie", "photographies", "e-photo"),
    "stamp-duty": ("timbre fiscal", "timbres fiscaux", "timbre electronique"),
    "tax-notice": ("avis d'impot", "avis d'imposition", "avis de non-imposition",
                   "avis de situation declarative"),
    "family-record-book": ("livret de famille",),
    "birth-certificate": ("acte de naissance", "actes de naissance", "extrait de naissance"),
    "bank-details": ("rib", "releve d'identite bancaire", "coordonnees bancaires", "iban"),
    "ants-pre-application": ("pre-demande", "numero de pre-demande"),
    "residence-permit": ("titre de sejour", "carte de sejour", "recepisse", "carte de resident"),
    "hosting-certificate": ("attestation d'hebergement", "attestation d'hebergeant"),
    "death-record": ("acte de deces",),
    "medical-death-certificate": ("certificat de deces",),
    "pay-slips": ("bulletin de salaire", "bulletins de salaire", "fiche de paie", "fiches de paie",
                  "bulletins de paie", "bulletin de paie"),
    "income-proof": ("justificatif de ressources", "justificatifs de ressources",
                     "justificatif de revenus", "justificatifs de revenus"),
    "carte-vitale": ("carte vitale",),
    "health-insurance-certificate": ("attestation de droits", "attestation d'assurance maladie"),
    "caf-number": ("numero d'allocataire",),
    "loss-theft-declaration": ("declaration de perte", "declaration de vol"),
    "lease": ("bail", "contrat de location"),
    "rent-receipt": ("quittance de loyer", "quittances de loyer"),
    "cv": ("cv", "curriculum vitae"),
    "marriage-or-pacs-proof": ("acte de mariage", "convention de pacs", "attestation de pacs"),
    "energy-bill": ("facture d'electricite", "facture de gaz", "facture d'energie"),
    "health-record-book": ("carnet de sante",),
    "employer-certificate": ("attestation employeur", "attestation d'employeur"),
    "medical-certificate": ("certificat medical",),
    "pension-statement": ("attestation de paiement de la retraite", "releve de pension"),
    "school-certificate": ("certificat de scolarite", "certificat de radiation"),
    "email-and-mobile": ("adresse e-mail", "adresse electronique", "adresse mail"),
    "court-papers": ("jugement", "decision de justice"),
}

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "\u2010": "-", "\u2011": "-"})
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` with every run of white space (no-break spaces too) made one space, trimmed."""
    return _SPACES.sub(" ", text).strip()


def normalize(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: for matching only."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    return clean("".join(c for c in decomposed if not unicodedata.combining(c)))


def _pattern(keywords: Iterable[str]) -> re.Pattern[str]:
    words = sorted(set(keywords), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(word) for word in words) + r")(?![\w-])")


_CATEGORY_PATTERNS = [(slug, _pattern(words)) for slug, words in CATEGORY_KEYWORDS]
_DOCUMENT_BY_KEYWORD = {word: slug for slug, words in DOCUMENT_KEYWORDS.items() for word in words}
_DOCUMENT_PATTERN = _pattern(_DOCUMENT_BY_KEYWORD)


def category_for(title: str, context: str, known: set[str]) -> str | None:
    """The category slug for a fiche titled ``title`` with theme and breadcrumb ``context``.

    Only categories in ``known`` are chosen; ``FALLBACK_CATEGORY`` (or else any known category)
    when nothing matches; None when ``known`` is empty.
    """
    for text in (normalize(title), normalize(context)):
        for slug, pattern in _CATEGORY_PATTERNS:
            if slug in known and pattern.search(text):
                return slug
    if FALLBACK_CATEGORY in known:
        return FALLBACK_CATEGORY
    return min(known) if known else None


def document_for(text: str, known: set[str]) -> str | None:
    """The shared document (slug in ``known``) an item such as "Justificatif de domicile" names."""
    found = [(match.start(), -len(match.group(1)), _DOCUMENT_BY_KEYWORD[match.group(1)])
             for match in _iter_overlapping(_DOCUMENT_PATTERN, normalize(text))]
    for _start, _length, slug in sorted(found):
        if slug in known:
            return slug
    return None


def _iter_overlapping(pattern: re.Pattern[str], text: str):
    """Every keyword match, including one starting inside another (a lookahead search)."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


def slugify(text: str, limit: int = 80) -> str:
    """A catalogue slug (``[a-z0-9]+(-[a-z0-9]+)*``, at most ``limit``) made of ``text``."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug.strip("-") or "item"


def unique_slug(base: str, taken: Callable[[str], bool], suffix: str = "") -> str:
    """``base``, or ``base-suffix``, or ``base-2``, ``base-3``...: the first not ``taken``."""
    candidates = [base] + ([f"{slugify(base, 80 - len(suffix) - 1)}-{suffix}"] if suffix else [])
    for candidate in candidates:
        if not taken(candidate):
            return candidate
    number = 2
    while taken(candidate := f"{slugify(base, 75)}-{number}"):
        number += 1
    return candidate


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a sentence or word end, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    sentence = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if sentence >= limit // 2:
        return cut[:sentence + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;:") + "…"

"""A synthetic catalogue of any size, in five languages, in the central catalogue format.

    python benchmarks/synthetic.py --procedures 5000 --out /tmp/synthetic.json

Texts are random sequences of real words of each language, so that the search index has a
realistic vocabulary; the same seed gives the same file.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

WORDS = {
    "fr": ("demande aide logement santé carte identité famille enfant travail emploi impôt revenu "
           "allocation dossier justificatif domicile mairie caisse assurance maladie retraite décès "
           "séparation pension alimentaire école cantine énergie facture chômage inscription compte "
           "formulaire rendez-vous passeport titre séjour solidarité complémentaire social vitale"),
    "en": ("request help housing health card identity family child work job tax income benefit file "
           "proof address town hall fund insurance sickness pension death separation support school "
           "canteen energy bill unemployment registration account form appointment passport permit"),
    "ar": ("طلب مساعدة سكن صحة بطاقة هوية عائلة طفل عمل وظيفة ضريبة دخل منحة ملف إثبات عنوان بلدية "
           "صندوق تأمين مرض تقاعد وفاة انفصال نفقة مدرسة مطعم طاقة فاتورة بطالة تسجيل حساب استمارة موعد"),
    "tr": ("başvuru yardım konut sağlık kart kimlik aile çocuk iş istihdam vergi gelir ödenek dosya "
           "belge adres belediye sigorta hastalık emeklilik ölüm ayrılık nafaka okul yemekhane enerji "
           "fatura işsizlik kayıt hesap form randevu pasaport oturma izni"),
    "uk": ("заява допомога житло здоров'я картка особа родина дитина робота зайнятість податок дохід "
           "допомога справа довідка адреса мерія каса страхування хвороба пенсія смерть розлучення "
           "аліменти школа їдальня енергія рахунок безробіття реєстрація акаунт форма запис паспорт"),
}
LANGUAGES = [
    {"code": "fr", "name": "Français", "direction": "ltr"},
    {"code": "en", "name": "English", "direction": "ltr"},
    {"code": "ar", "name": "العربية", "direction": "rtl"},
    {"code": "tr", "name": "Türkçe", "direction": "ltr"},
    {"code": "uk", "name": "Українська", "direction": "ltr"},
]
CATEGORIES = ["family", "health", "papers", "work", "housing", "money", "old-age", "death", "digital"]


def generate(procedures: int = 5000, *, seed: int = 1, version: int = 1) -> dict:
    rng = random.Random(seed)
    vocab = {lang: text.split() for lang, text in WORDS.items()}

    def text(words: int) -> dict[str, str]:
        return {lang: " ".join(rng.choice(v) for _ in range(words)).capitalize() + "." for lang, v in vocab.items()}

    documents = [
        {"slug": f"document-{i}", "title": text(3), "what": text(20), "looks_like": text(15),
         "where": text(15), "pictogram": "document"} for i in range(200)
    ]
    partners = [
        {"slug": f"partner-{i}", "name": f"Partenaire {i}", "description": text(15),
         "horaires_accueil": "Mo-Fr 09:00-12:00,14:00-17:00", "sites": ["site"]} for i in range(100)
    ]
    items = []
    for i in range(procedures):
        items.append({
            "slug": f"procedure-{i}",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "title": text(4), "summary": text(30), "audience": text(15), "mode": "both",
            "cost": text(2), "duration": text(3), "online_service": f"https://example.org/{i}",
            "keywords": {lang: [rng.choice(v) for _ in range(6)] for lang, v in vocab.items()},
            "documents": [{"document": f"document-{rng.randrange(200)}", "note": text(5)} for _ in range(4)],
            "steps": [{"kind": "online", "text": text(20), "url": f"https://example.org/{i}/{s}",
                       "partner": f"partner-{rng.randrange(100)}"} for s in range(5)],
            "partners": [f"partner-{rng.randrange(100)}"],
            "helper_notes": {"fr": text(30)["fr"]},
            "sources": [{"url": f"https://example.org/source/{i}", "checked_on": "2026-11-25"}],
        })
    return {
        "format": "kiosk-catalogue", "format_version": 1, "version": version,
        "published_at": "2026-11-25T00:00:00Z", "expires_at": "2030-01-01T00:00:00Z",
        "languages": LANGUAGES,
        "sites": [{"slug": "site", "name": {"fr": "Site"}}],
        "categories": [{"slug": c, "title": text(2), "pictogram": f"category-{c}"} for c in CATEGORIES],
        "documents": documents, "partners": partners, "procedures": items,
        "announcements": [],
    }


def write(path: Path, procedures: int = 5000, **kwargs) -> Path:
    path.write_text(json.dumps(generate(procedures, **kwargs), ensure_ascii=False), encoding="utf-8")
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write(args.out, args.procedures)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")

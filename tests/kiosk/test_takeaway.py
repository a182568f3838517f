"""The checklist a resident takes away in a QR code (kiosk/takeaway.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.catalogue import ChecklistItem, DocumentView, ProcedureView, StepView, load_procedure
from kiosk.context import open_context
from kiosk.paths import starter_catalogue
from kiosk.takeaway import (
    BOX_EMPTY, BOX_TICKED, BUDGET, ELLIPSIS, LABELS, MIN_STEP_BYTES, RLM, checked_line, checklist_text,
    first_sentence, shorten,
)
from kiosk.text import Localized
from tests.conftest import NOW

LANGUAGES = ("fr", "en", "ar", "tr", "uk", "ru", "prs", "ps", "ti")
SLUGS = [p["slug"] for p in json.loads(starter_catalogue().read_text(encoding="utf-8"))["procedures"]]
#: The largest QR version a phone reads comfortably from the screen (see kiosk/takeaway.py).
MAX_VERSION = 28


@pytest.fixture(scope="module")
def views(tmp_path_factory):
    """Every procedure of the real starter catalogue in every language, keyed (slug, lang)."""
    context = open_context(tmp_path_factory.mktemp("home"), clock=lambda: NOW)
    try:
        yield {(slug, lang): load_procedure(context.db, slug, lang) for slug in SLUGS for lang in LANGUAGES}
    finally:
        context.close()


def size(text: str) -> int:
    return len(text.encode("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_checklist_fits_the_budget_and_keeps_what_matters(views, lang):
    for slug in SLUGS:
        view = views[slug, lang]
        text = checklist_text(view)
        assert size(text) <= BUDGET, slug
        assert view.title.text in text, slug
        for item in view.checklist:
            assert f"{BOX_EMPTY} {item.document.title.text}" in text, (slug, item.document.slug)
        assert view.online_service in text
        # The checklist's own words are in the language of its texts (French where they fall back).
        labels = LABELS[view.title.lang]
        assert checked_line(view, labels) in text and view.source_site in checked_line(view, labels)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_longest_checklist_fits_a_qr_code_a_phone_reads(views, lang):
    longest = max((checklist_text(views[slug, lang]) for slug in SLUGS), key=size)
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    code.add_data(longest)
    assert code.best_fit() <= MAX_VERSION


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ticked_documents_are_shown_ticked(views, lang):
    view = views["complementaire-sante-solidaire", lang]
    first, *others = view.checklist
    text = checklist_text(view, {first.document.slug, "not-in-this-list"})
    assert f"{BOX_TICKED} {first.document.title.text}" in text
    for item in others:
        assert f"{BOX_EMPTY} {item.document.title.text}" in text
    assert text.count(BOX_TICKED) == 1


def test_steps_are_numbered_and_never_cut_mid_word(views):
    for (slug, lang), view in views.items():
        lines = checklist_text(view).splitlines()
        numbered = [line.lstrip(RLM) for line in lines if line.lstrip(RLM)[:2].rstrip(".").isdigit()]
        for number, (line, step) in enumerate(zip(numbered, view.steps), 1):
            prefix = f"{number}. "
            assert line.startswith(prefix), (slug, lang, line)
            body, whole = line[len(prefix):], first_sentence(step.text.text)
            if body != whole:
                assert body.endswith(ELLIPSIS), (slug, lang, body)
                kept = body[:-1]
                assert whole.startswith(kept) and not whole[len(kept)].isalnum(), (slug, lang, body)


def test_french_checklist_reads_well():
    view = _view(steps=["Allez sur ameli.fr. Puis connectez-vous.", "Vous n'avez pas de compte ? Créez-en un."])
    assert checklist_text(view, {"id"}) == (
        "Demander la C2S\n"
        "\n"
        "Documents à réunir :\n"
        "☑ Pièce d'identité — Pour vous.\n"
        "☐ RIB (si besoin)\n"
        "\n"
        "Étapes :\n"
        "1. Allez sur ameli.fr.\n"
        "2. Vous n'avez pas de compte ? Créez-en un.\n"
        "\n"
        "Site officiel :\n"
        "https://www.ameli.fr\n"
        "Vérifié sur service-public.fr (page du 12/03/2026)"
    )


@pytest.mark.parametrize("lang, dated, undated", [
    ("fr", "Vérifié sur service-public.fr (page du 12/03/2026)", "Vérifié sur service-public.fr"),
    ("en", "Checked against service-public.fr (page of 12/03/2026)", "Checked against service-public.fr"),
    ("ar", "تم التحقق عبر موقع service-public.fr (صفحة بتاريخ 12/03/2026)", "تم التحقق عبر موقع service-public.fr"),
    ("tr", "service-public.fr ile karşılaştırıldı (12/03/2026 tarihli sayfa)", "service-public.fr ile karşılaştırıldı"),
    ("uk", "Звірено з service-public.fr (сторінка від 12/03/2026)", "Звірено з service-public.fr"),
    ("ru", "Сверено с service-public.fr (страница от 12/03/2026)", "Сверено с service-public.fr"),
    ("ti", "ምስ service-public.fr ተረጋጊጹ (ገጽ ናይ 12/03/2026)", "ምስ service-public.fr ተረጋጊጹ"),
])
def test_the_checklist_says_what_it_was_checked_against(lang, dated, undated):
    """The main source's site and its page's date, not the day the catalogue was written (issue 14)."""
    assert checklist_text(_view(steps=[], lang=lang)).endswith(dated)
    assert checklist_text(_view(steps=[], lang=lang, page_date=None)).endswith("\n" + undated)
    assert checklist_text(_view(steps=[], lang=lang, source_site="", page_date=None)).endswith("\nhttps://www.ameli.fr")


def test_notes_go_first_then_steps_are_shortened_then_dropped():
    long_step = "Faites ceci avec beaucoup de soin " * 6
    view = _view(steps=[long_step] * 4)
    full = checklist_text(view)
    assert "Pour vous." in full and long_step.strip() in full

    no_notes = checklist_text(view, budget=size(full) - 1)
    assert "Pour vous." not in no_notes and long_step.strip() in no_notes

    shortened = checklist_text(view, budget=size(no_notes) - 40)
    assert size(shortened) <= size(no_notes) - 40
    assert shortened.count(ELLIPSIS) == 4 and "4. Faites" in shortened

    without_steps = checklist_text(_view(steps=[], documents=[("id", "Pièce d'identité", "", False),
                                                              ("rib", "RIB", "", True)]))
    dropped = checklist_text(view, budget=size(without_steps) + 3 * MIN_STEP_BYTES)
    assert "1. Faites" in dropped and "4. Faites" not in dropped and f"\n{ELLIPSIS}\n" in dropped
    assert "Pièce d'identité" in dropped and "https://www.ameli.fr" in dropped


@pytest.mark.parametrize("budget", [400, 200, 120, 60, 10])
def test_never_over_budget_even_when_nothing_fits(budget):
    view = _view(steps=["Une étape très longue " * 20] * 9, title="Titre " * 80)
    assert size(checklist_text(view, budget=budget)) <= budget


def test_arabic_lines_that_start_with_latin_letters_keep_right_to_left():
    view = _view(title="CAF: طلب المساعدة", documents=[("id", "وثيقة الهوية", "", False)],
                 steps=["ameli.fr: افتح حسابك."], lang="ar")
    lines = checklist_text(view).splitlines()
    assert lines[0] == RLM + "CAF: طلب المساعدة"
    assert f"{BOX_EMPTY} وثيقة الهوية" in lines
    assert "https://www.ameli.fr" in lines  # an address stays as it is
    assert RLM + "1. ameli.fr: افتح حسابك." in lines


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("Allez à la CAF", 100) == "Allez à la CAF"
    assert shorten("Allez à la CAF d'Angers", 16) == "Allez à la…"
    assert shorten("Allez, puis revenez", 12) == "Allez…"
    assert shorten("Anticonstitutionnellement", 10) == "Anticon…"
    assert size(shorten("Привіт світе, як справи", 15)) <= 15
    assert shorten("Привіт світе, як справи", 15) == "Привіт…"


def test_first_sentence():
    assert first_sentence("Un.  Deux. Trois.") == "Un."
    assert first_sentence("Allez sur ameli.fr puis connectez-vous. Ensuite") == "Allez sur ameli.fr puis connectez-vous."
    assert first_sentence("Pas de compte ? Créez-en un. Puis.") == "Pas de compte ? Créez-en un."
    assert first_sentence("ليس لديك حساب؟ أنشئ حسابا. ثم") == "ليس لديك حساب؟ أنشئ حسابا."
    assert first_sentence("") == ""


# --- a small procedure made by hand -------------------------------------------------------------


def _view(*, steps, title="Demander la C2S", lang="fr", documents=None, source_site="service-public.fr",
          page_date=dt.date(2026, 3, 12)) -> ProcedureView:
    def text(value: str) -> Localized:
        return Localized(value, lang)

    documents = documents if documents is not None else [
        ("id", "Pièce d'identité", "Pour vous. Et pour votre conjoint.", False),
        ("rib", "RIB", "", True),
    ]
    return ProcedureView(
        slug="c2s", category_slug="health", category=text("Santé"), category_pictogram="category-health",
        title=text(title), summary=text(""), audience=text(""), mode="online", cost=text(""),
        duration=text(""), online_service="https://www.ameli.fr",
        checklist=tuple(
            ChecklistItem(DocumentView(slug, text(name), text(""), text(""), text(""), "document"), text(note), optional)
            for slug, name, note, optional in documents
        ),
        steps=tuple(StepView("online", text(step), "", None) for step in steps),
        partners=(), helper_notes=text(""), checked_on=dt.date(2026, 11, 25), to_check=(),
        source_site=source_site, page_date=page_date,
    )

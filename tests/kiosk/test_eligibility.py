""""Is this for me?" questions (issue 16, item 3): format, database, reads, editor, statistics."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from kiosk import stats
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.catalogue import load_procedure
from kiosk.context import open_context
from kiosk.editing import QuestionDraft, delete_item, load_draft, save_draft
from kiosk.errors import KioskError
from kiosk.publish import export_content, publish
from kiosk.settings import set_setting
from kiosk.signing import generate_key_pair
from kiosk.stats import Event
from kiosk.sync import run_sync
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

AGE = {"question": {"fr": "Avez-vous 25 ans ou plus ?", "en": "Are you 25 or older?", "ar": "هل عمرك 25 سنة أو أكثر؟"},
       "relevant_if": "yes",
       "otherwise": {"fr": "Vous avez moins de 25 ans : cette aide n'est en général pas pour vous.",
                     "en": "You are under 25: this help is usually not for you."},
       "partner": "caf"}
INCOME = {"question": {"fr": "Gagnez-vous plus de 1 000 € par mois ?"}, "relevant_if": "no",
          "otherwise": {"fr": "Avec ce revenu, cette aide n'est en général pas pour vous."}}


def _with(*questions: dict, **changes) -> dict:
    data = mini_catalogue(**changes)
    data["procedures"][0]["eligibility"] = [copy.deepcopy(q) for q in questions]
    return data


def _apply(context, data: dict) -> None:
    data["version"] = 2
    apply_bundle(context.db, parse_bundle(catalogue_bytes(data)), source="test", now=NOW)


# --- the format -------------------------------------------------------------------------------


def test_questions_are_optional_and_valid_when_well_formed():
    assert "eligibility" not in parse_bundle(catalogue_bytes(mini_catalogue())).data["procedures"][0]
    assert len(parse_bundle(catalogue_bytes(_with(AGE, INCOME))).data["procedures"][0]["eligibility"]) == 2


@pytest.mark.parametrize("change, words", [
    (lambda q: q.update(relevant_if="maybe"), "schema"),
    (lambda q: q.update(relevant_if=True), "schema"),
    (lambda q: q.pop("otherwise"), "schema"),
    (lambda q: q["question"].pop("fr"), "schema"),                       # French always present
    (lambda q: q["question"].update(fr=""), "schema"),
    (lambda q: q["question"].update(fr="x" * 201), "schema"),             # bounded sizes
    (lambda q: q["otherwise"].update(fr="x" * 601), "schema"),
    (lambda q: q["question"].update(FR="Oui ?"), "schema"),               # not a language code
    (lambda q: q.update(partner="Not A Slug"), "schema"),
    (lambda q: q.update(extra="x"), "schema"),
    (lambda q: q.update(partner="mission-locale"), "partner 'mission-locale'"),
    (lambda q: q["question"].update(tr="25 yaşında mısınız?"), "language 'tr'"),
    (lambda q: q["otherwise"].update(de="Nein."), "language 'de'"),
])
def test_a_bad_question_is_refused_with_a_clear_sentence(change, words):
    question = copy.deepcopy(AGE)
    change(question)
    with pytest.raises(KioskError, match=words):
        parse_bundle(catalogue_bytes(_with(question)))


def test_at_most_six_questions():
    parse_bundle(catalogue_bytes(_with(*[INCOME] * 6)))
    with pytest.raises(KioskError, match="eligibility"):
        parse_bundle(catalogue_bytes(_with(*[INCOME] * 7)))


def test_a_refused_catalogue_changes_nothing(context):
    before = export_content(context.db)
    with pytest.raises(KioskError):
        _apply(context, _with(dict(AGE, partner="nobody")))
    assert export_content(context.db) == before


# --- database, publish, sync --------------------------------------------------------------------


def test_applied_then_exported_the_questions_come_back_unchanged(context):
    data = _with(AGE, INCOME)
    _apply(context, data)
    exported = export_content(context.db)
    assert exported["procedures"][0]["eligibility"] == data["procedures"][0]["eligibility"]
    assert "eligibility" not in exported["procedures"][1]


def test_published_questions_sync_to_another_kiosk(context, tmp_path, mini_starter):
    _apply(context, _with(AGE, INCOME))
    private, public = generate_key_pair(tmp_path / "keys")
    out = tmp_path / "share"
    out.mkdir()
    publish(context, private, out)
    other = open_context(tmp_path / "other", clock=lambda: NOW, starter=mini_starter)
    try:
        set_setting(other.db, "trusted_keys", [public.read_text().strip()])
        assert run_sync(other, str(out / "catalogue.json")).outcome == "applied"
        assert export_content(other.db) == export_content(context.db)
        questions = load_procedure(other.db, "complementaire-sante-solidaire", "en").questions
        assert [(q.question.text, q.question.fallback) for q in questions][0] == ("Are you 25 or older?", False)
        assert questions[1].question.fallback and not questions[1].relevant_if
    finally:
        other.close()


def test_the_procedure_screen_reads_the_questions_in_the_resident_s_language(context):
    data = _with(AGE, INCOME)
    data["partners"].append({"slug": "nowhere", "name": "Nobody knows where", "sites": []})  # not reachable
    data["procedures"][0]["eligibility"][1]["partner"] = "nowhere"
    _apply(context, data)
    arabic = load_procedure(context.db, "complementaire-sante-solidaire", "ar").questions
    assert [(q.question.text, q.question.fallback, q.relevant_if) for q in arabic] == [
        ("هل عمرك 25 سنة أو أكثر؟", False, True), ("Gagnez-vous plus de 1 000 € par mois\u00a0?", True, False)]
    assert arabic[0].otherwise.fallback and arabic[0].partner.slug == "caf"
    assert arabic[1].partner is None  # a partner residents cannot reach is never shown
    assert load_procedure(context.db, "carte-identite", "ar").questions == ()


# --- the editor ---------------------------------------------------------------------------------


def test_the_editor_saves_reorders_and_removes_questions(context):
    _apply(context, _with(AGE))
    draft = load_draft(context.db, "complementaire-sante-solidaire")
    assert draft.eligibility == [QuestionDraft.from_json(AGE)]
    draft.eligibility.insert(0, QuestionDraft(question={"fr": " Vivez-vous en France ? "}, relevant_if="yes",
                                              otherwise={"fr": "Demandez au CCAS."}))
    saved = save_draft(context.db, draft, NOW)
    assert saved.changes == ("eligibility",)
    again = load_draft(context.db, "complementaire-sante-solidaire")
    assert [q.question["fr"] for q in again.eligibility] == ["Vivez-vous en France ?", AGE["question"]["fr"]]
    again.eligibility.reverse()
    assert save_draft(context.db, again, NOW).changes == ("eligibility (order)",)
    again.eligibility = []
    save_draft(context.db, again, NOW)
    assert "eligibility" not in export_content(context.db)["procedures"][0]


@pytest.mark.parametrize("question, words", [
    (QuestionDraft(question={"fr": "Oui ?"}, relevant_if="maybe"), "yes or no"),
    (QuestionDraft(question={"fr": "Oui ?"}, partner="nobody"), "partner 'nobody'"),
])
def test_the_editor_refuses_what_it_cannot_store(context, question, words):
    draft = load_draft(context.db, "complementaire-sante-solidaire")
    before = export_content(context.db)
    draft.eligibility = [question]
    with pytest.raises(KioskError, match=words):
        save_draft(context.db, draft, NOW)
    draft.eligibility = [QuestionDraft(question={"fr": "Oui ?"})] * 7
    with pytest.raises(KioskError, match="6 at most"):
        save_draft(context.db, draft, NOW)
    assert export_content(context.db) == before


def test_a_partner_a_question_sends_to_cannot_be_deleted(context):
    data = _with(AGE)
    data["procedures"][0]["steps"] = []
    data["procedures"][0]["partners"] = []
    _apply(context, data)
    with pytest.raises(KioskError, match="cannot be deleted"):
        delete_item(context.db, "partner", "caf", NOW)


# --- statistics ---------------------------------------------------------------------------------


def test_the_result_is_counted_per_day_only(context):
    day = NOW.date()
    assert stats.record(context.db, Event.PROBABLY_FOR_ME, day=day)
    assert stats.record(context.db, Event.PROBABLY_NOT_FOR_ME, day=day)
    assert stats.record(context.db, Event.PROBABLY_NOT_FOR_ME, day=day)
    with pytest.raises(ValueError):  # never with the procedure or the language
        stats.record(context.db, Event.PROBABLY_FOR_ME, day=day, procedure="complementaire-sante-solidaire",
                     language="ar")
    assert [(r.event, r.procedure, r.language, r.count) for r in stats.rows(context.db, day)] == [
        (Event.PROBABLY_FOR_ME, "", "", 1), (Event.PROBABLY_NOT_FOR_ME, "", "", 2)]


# --- content checks -----------------------------------------------------------------------------


def _problems(question: dict) -> list:
    from kiosk.editing.checks import check_item
    data = _with(question)["procedures"][0]
    return check_item("procedure", data, [("fr", "Français"), ("en", "English"), ("ar", "العربية")], NOW.date())


def test_a_question_missing_a_language_is_a_warning_like_other_texts():
    missing = [p for p in _problems(AGE) if p.check == "translation"]
    assert [(p.severity, p.lang) for p in missing] == [("warning", "ar")]
    assert "question 1, advice otherwise" in missing[0].message
    assert "question 1, question" not in missing[0].message  # translated into Arabic
    assert not [p for p in _problems(AGE) if p.is_error]


def test_a_question_with_no_french_or_a_placeholder_is_an_error():
    no_french = dict(AGE, otherwise={"en": "Ask the CAF."})
    assert any(p.is_error and p.where[2] == "eligibility.0.otherwise" for p in _problems(no_french))
    placeholder = dict(AGE, otherwise=dict(AGE["otherwise"], fr="Conditions : à vérifier"))
    assert any(p.is_error and p.check == "placeholder" and p.where[2] == "eligibility.0.otherwise"
               for p in _problems(placeholder))


def test_kiosk_stats_shows_the_results_per_week_masked(context, capsys):
    import json

    from kiosk.cli import main

    week = NOW.date() - dt.timedelta(days=NOW.date().weekday())
    for _ in range(7):
        stats.record(context.db, Event.PROBABLY_FOR_ME, day=NOW.date())
    stats.record(context.db, Event.PROBABLY_NOT_FOR_ME, day=NOW.date())
    found = stats.summary(context.db, week, NOW.date())
    assert [(d.label, d.count) for d in found.probably_for_me] == [("2026-W48", 7)]
    assert [d.count for d in found.probably_not_for_me] == [1]
    assert found.searches_empty_total == 0 and not found.procedures and not found.languages

    context.close()  # the command opens the kiosk itself
    assert main(["stats", "--since", "2026-W48", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    shown = data["eligibility"]  # masked and rounded like every figure; the weeks up to today's
    assert shown["probably_for_me"]["total"] == 5 and shown["probably_not_for_me"]["total"] == "<5"
    assert shown["probably_for_me"]["periods"][0] == {"period": "2026-W48", "count": 5}
    assert shown["probably_not_for_me"]["periods"][0] == {"period": "2026-W48", "count": "<5"}
    assert main(["stats", "--since", "2026-W48", "--csv"]) == 0
    assert "eligibility,2026-W48,probably_for_me,5" in capsys.readouterr().out.splitlines()

"""The info flash's content: featured procedures, this month's announcements, help hours, workshops."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.bundle import parse_bundle
from kiosk.catalogue import featured_procedures, load_procedure
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.flash import (MOST_WORKSHOPS, check_site, flash_column, flash_languages, next_workshops,
                         summary_lines)
from kiosk.publish import export_content
from kiosk.takeaway import checklist_text
from tests.conftest import NOW, catalogue_bytes, mini_catalogue

PARIS = ZoneInfo("Europe/Paris")
STARTER = Path(__file__).resolve().parents[2] / "data" / "catalogue.json"


@dataclass
class Session:  # what kiosk.workshops gives: title, start, location
    title: str
    start: dt.datetime
    location: str


def featured_catalogue() -> dict:
    """The mini catalogue with the identity card featured, hours for the CAF and two announcements."""
    data = mini_catalogue()
    data["procedures"][1]["featured"] = True
    data["partners"][0].update(horaires_accueil="Mo-Fr 09:00-12:00,14:00-16:30",
                               thematiques=["numerique--acceder-a-des-services-en-ligne"],
                               adresse="1 rue Test", commune="Angers", telephone="02 41 00 00 00")
    data["announcements"] += [
        {"slug": "later", "text": {"fr": "Atelier le 20"}, "valid_from": "2026-11-20", "valid_until": "2026-11-30"},
        {"slug": "gone", "text": {"fr": "Fini"}, "valid_from": "2026-10-01", "valid_until": "2026-11-24"},
        {"slug": "december", "text": {"fr": "Noël"}, "valid_from": "2026-12-01", "valid_until": "2026-12-31"},
    ]
    return data


@pytest.fixture
def flash_context(home, tmp_path):
    path = tmp_path / "featured.json"
    path.write_bytes(catalogue_bytes(featured_catalogue()))
    ctx = open_context(home, clock=lambda: NOW, starter=path)
    yield ctx
    ctx.close()


# --- languages and sites ----------------------------------------------------------------------


def test_languages_french_first_and_at_most_two():
    offered = ["fr", "en", "ar"]
    assert flash_languages(None, offered) == ["fr"]
    assert flash_languages("ar", offered) == ["ar"]
    assert flash_languages("ar,fr", offered) == ["fr", "ar"]
    assert flash_languages(" fr , ar ", offered) == ["fr", "ar"]
    for wrong in ("fr,ar,en", "en,ar", "fr,fr", "fr,xx", "zz", ","):
        with pytest.raises(ValueError) as error:
            flash_languages(wrong, offered)
        message = str(error.value)
        assert message.endswith(".") and "\n" not in message


def test_an_unknown_site_is_refused(flash_context):
    check_site(flash_context.db, "roseraie")
    with pytest.raises(ValueError, match="no site 'belle-beille'"):
        check_site(flash_context.db, "belle-beille")


# --- the featured flag -------------------------------------------------------------------------


def test_featured_is_stored_and_published_back(flash_context):
    assert featured_procedures(flash_context.db) == ["carte-identite"]
    content = export_content(flash_context.db)
    flags = {p["slug"]: p.get("featured") for p in content["procedures"]}
    assert flags == {"complementaire-sante-solidaire": None, "carte-identite": True}  # false is left out


def test_a_draft_is_never_on_the_flash(home, tmp_path):
    data = featured_catalogue()
    data["procedures"][1]["status"] = "draft"
    path = tmp_path / "draft.json"
    path.write_bytes(catalogue_bytes(data))
    ctx = open_context(home, clock=lambda: NOW, starter=path)
    try:
        assert featured_procedures(ctx.db) == []
    finally:
        ctx.close()


@pytest.mark.parametrize("value", ["yes", 1, None, [True]])
def test_featured_must_be_true_or_false(value):
    data = mini_catalogue()
    data["procedures"][0]["featured"] = value
    with pytest.raises(KioskError, match="featured"):
        parse_bundle(catalogue_bytes(data))


def test_the_starter_catalogue_features_four_to_six_procedures():
    data = json.loads(STARTER.read_text(encoding="utf-8"))
    featured = [p for p in data["procedures"] if p.get("featured")]
    assert 4 <= len(featured) <= 6
    assert all(p.get("status", "published") == "published" for p in featured)


# --- a column ----------------------------------------------------------------------------------


def test_a_column_holds_this_month_the_featured_and_the_hours(flash_context):
    column = flash_column(flash_context.db, "fr", "roseraie", NOW)
    assert column.month == dt.date(2026, 11, 1) and column.site == "La Roseraie" and not column.rtl
    # Valid on a day from today (25 November) to the end of the month; not past, not next month.
    assert set(column.announcements) == {"Bienvenue", "Atelier le 20"}
    [procedure] = column.procedures
    view = load_procedure(flash_context.db, "carte-identite", "fr")
    assert (procedure.title, procedure.qr_text) == ("Carte d'identité", checklist_text(view, frozenset()))
    help_hours = column.help
    assert help_hours.name == "CAF" and help_hours.telephone == "02 41 00 00 00"
    assert help_hours.days[0] == (dt.date(2026, 11, 25), "09:00\u201312:00, 14:00\u201316:30")  # a Wednesday
    assert dict(help_hours.days)[dt.date(2026, 11, 28)] == ""  # Saturday: closed
    assert len(help_hours.days) == 7 and help_hours.text == ""


def test_an_arabic_column_runs_right_to_left(flash_context):
    column = flash_column(flash_context.db, "ar", "roseraie", NOW)
    assert column.rtl and column.procedures[0].title == "بطاقة الهوية"


def test_hours_that_do_not_parse_are_given_as_written(home, tmp_path):
    data = featured_catalogue()
    data["partners"][0]["horaires_accueil"] = "lundi au vendredi 9h-11h45"
    path = tmp_path / "text.json"
    path.write_bytes(catalogue_bytes(data))
    ctx = open_context(home, clock=lambda: NOW, starter=path)
    try:
        help_hours = flash_column(ctx.db, "fr", "roseraie", NOW).help
    finally:
        ctx.close()
    assert help_hours.days == () and help_hours.text == "lundi au vendredi 9h-11h45"


# --- workshops ---------------------------------------------------------------------------------


def test_the_next_five_workshops_soonest_first():
    sessions = [Session(f"Atelier {day}", dt.datetime(2026, 11, day, 14, 0, tzinfo=PARIS), "Centre Jean Vilar")
                for day in (30, 26, 24, 28, 27, 29, 25)]
    lines = next_workshops(sessions, NOW)  # NOW: 25 November, 11:00 in Angers
    assert len(lines) == MOST_WORKSHOPS
    assert [line.title for line in lines] == ["Atelier 25", "Atelier 26", "Atelier 27", "Atelier 28", "Atelier 29"]
    assert lines[0].start.tzinfo is not None


def test_workshop_text_from_the_calendar_is_made_safe():
    hostile = Session("\x1b[31mAtelier\u202e \n" + "x" * 500, dt.datetime(2026, 12, 1, 10, 0), "Salle\x07 A")
    [line] = next_workshops([hostile], NOW)
    assert "\x1b" not in line.title and "\u202e" not in line.title and "\n" not in line.title
    assert len(line.title) <= 90 and line.location == "Salle A"
    assert line.start == dt.datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)  # a floating time is local


def test_no_workshops_no_lines():
    assert next_workshops([], NOW) == ()


# --- two lines of summary ----------------------------------------------------------------------


def test_summary_keeps_whole_sentences_that_fit():
    text = "Une aide pour payer. Elle est versée chaque mois. Demandez-la en ligne."
    assert summary_lines(text, lambda s: len(s) <= 50) == "Une aide pour payer. Elle est versée chaque mois."
    assert summary_lines(text, lambda s: True) == text


def test_summary_cut_at_a_word_never_inside_one():
    text = "La complémentaire santé solidaire rembourse vos soins, vos lunettes et vos dents."
    words = text.split(" ")
    prefixes = {" ".join(words[:k]).rstrip(" ,;:.-") for k in range(1, len(words) + 1)}
    for room in range(5, len(text)):
        cut = summary_lines(text, lambda s, room=room: len(s) <= room)
        assert len(cut) <= room
        if cut:
            assert cut.endswith("\u2026") and cut[:-1] in prefixes
    assert summary_lines(text, lambda s: False) == ""
    assert summary_lines("", lambda s: True) == ""



def test_the_flash_takes_the_next_workshops_the_sync_stored(context, tmp_path):
    from kiosk import workshops
    from kiosk.flash import stored_workshops
    from kiosk.settings import set_setting

    assert stored_workshops(context) == []  # no calendar read yet: the section is left out
    calendar = tmp_path / "roseraie.ics"
    calendar.write_bytes((Path(__file__).parent.parent / "fixtures" / "workshops" / "roseraie.ics").read_bytes())
    set_setting(context.db, "workshops_calendar", str(calendar))
    context.clock = lambda: dt.datetime(2026, 12, 3, 8, 0)
    assert workshops.refresh(context).outcome == "read"
    found = stored_workshops(context)
    assert 0 < len(found) <= MOST_WORKSHOPS
    assert found == workshops.upcoming(context, context.clock(), days=workshops.HORIZON_DAYS, limit=MOST_WORKSHOPS)
    assert [w.start for w in found] == sorted(w.start for w in found)

"""What residents are told a procedure was checked against (issue 14 item 1): the main source's site
and its page's date, on the procedure screen and on the handout, in the screen's language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest

from kiosk.catalogue import load_procedure
from tests.ui.test_flows import wait_loaded
from tests.ui.test_printing import pdf_text
from ui.printing import handout_to_pdf

SLUG = "complementaire-sante-solidaire"
MAIN = {"url": "https://www.service-public.fr/particuliers/vosdroits/F10027", "checked_on": "2026-11-25",
        "modified_on": "2026-03-12"}
OLDER_SECOND = {"url": "https://www.ameli.fr/assure", "checked_on": "2026-11-25", "modified_on": "2019-01-01"}


def _set_sources(context, sources: list[dict]) -> None:
    connection = sqlite3.connect(context.db.path)
    with connection:
        connection.execute("UPDATE procedures SET sources = ? WHERE slug = ?", (json.dumps(sources), SLUG))
    connection.close()


@pytest.mark.parametrize("lang, expected", [
    ("fr", "Vérifié sur service-public.fr (page du 12 mars 2026)"),
    ("en", "Checked against service-public.fr (page of 12 March 2026)"),
    ("tr", "service-public.fr ile karşılaştırıldı (12 Mart 2026 tarihli sayfa)"),
])
def test_the_procedure_screen_shows_the_main_source_and_its_page_date(window, qtbot, starter_context, lang,
                                                                      expected):
    _set_sources(starter_context, [MAIN, OLDER_SECOND])
    window.set_language(lang)
    window.open_screen("procedure", SLUG)
    screen = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.slug == SLUG)
    assert screen._checked.text() == expected
    assert "25" not in screen._checked.text()  # not the day the catalogue was written


def test_in_arabic_the_line_names_the_site_and_the_page_date(window, qtbot, starter_context):
    _set_sources(starter_context, [MAIN])
    window.set_language("ar")
    window.open_screen("procedure", SLUG)
    screen = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.slug == SLUG)
    text = screen._checked.text()
    assert text.startswith("تم التحقق عبر موقع service-public.fr (صفحة بتاريخ ")
    assert "2026" in text or "٢٠٢٦" in text


def test_without_a_page_date_only_the_site_is_named(window, qtbot, starter_context):
    _set_sources(starter_context, [{"url": "https://www.caf.fr/allocataires", "checked_on": "2026-11-25"}])
    window.set_language("fr")
    window.open_screen("procedure", SLUG)
    screen = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.slug == SLUG)
    assert screen._checked.text() == "Vérifié sur caf.fr"


def test_the_handout_says_it_too(app, starter_context, tmp_path):
    view = load_procedure(starter_context.db, SLUG, "fr")
    dated = dataclasses.replace(view, source_site="service-public.fr", page_date=dt.date(2026, 3, 12))
    handout_to_pdf(dated, None, tmp_path / "dated.pdf")
    assert "Vérifié sur service-public.fr (page du 12 mars 2026)" in pdf_text(tmp_path / "dated.pdf")[1]
    undated = dataclasses.replace(view, source_site="caf.fr", page_date=None)
    handout_to_pdf(undated, None, tmp_path / "undated.pdf")
    text = pdf_text(tmp_path / "undated.pdf")[1]
    assert "Vérifié sur caf.fr" in text and "page du" not in text

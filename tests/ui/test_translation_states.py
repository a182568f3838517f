"""The procedure screen says when its texts are machine translations nobody checked (issue 15, item 3)."""

from __future__ import annotations

from sqlalchemy import insert

from kiosk import models as m
from kiosk.publish import export_content
from kiosk.reviews import procedure_texts, source_hash
from tests.ui.test_flows import wait_loaded

SLUG = "creer-adresse-email"
ARABIC = "ترجمة آلية: اسأل الوسيط إذا كان شيء غير واضح."


def _review_everything(context, lang: str) -> None:
    """Every text of the procedure and its documents in ``lang``, reviewed against today's French."""
    content = export_content(context.db)
    procedure = next(p for p in content["procedures"] if p["slug"] == SLUG)
    documents = {d["slug"]: d for d in content["documents"]}
    rows = [{"lang": lang, "key": text.key, "by": "AB", "on": context.clock().date(), "source": source_hash(text.french)}
            for text in procedure_texts(procedure, documents) if text.values.get(lang)]
    with context.db.engine.begin() as connection:
        connection.execute(insert(m.TranslationReview.__table__), rows)


def _open(window, qtbot, lang: str):
    """The procedure screen, loaded afresh in ``lang``."""
    before = window.screen("procedure").view
    window.go_home()
    window.set_language(lang)
    window.open_screen("procedure", SLUG)
    screen = wait_loaded(qtbot, window, "procedure")
    qtbot.waitUntil(lambda: screen.view is not None and screen.view is not before and screen.view.title.lang == lang)
    return screen


def test_machine_line_shown_until_every_text_is_reviewed(window, qtbot, starter_context):
    screen = _open(window, qtbot, "ar")
    assert screen._machine.isVisible() and screen._machine.text() == ARABIC
    assert ARABIC in screen.spoken_text()  # read aloud too
    screen = _open(window, qtbot, "fr")
    assert not screen._machine.isVisible()  # never in French

    _review_everything(starter_context, "ar")
    screen = _open(window, qtbot, "ar")
    assert not screen._machine.isVisible()
    assert ARABIC not in screen.spoken_text()
    screen = _open(window, qtbot, "tr")
    assert screen._machine.isVisible()  # Turkish is still the machine's

    with starter_context.db.engine.begin() as connection:  # the assistant rewrites a step's French
        connection.exec_driver_sql(
            "UPDATE steps SET text = json_set(text, '$.fr', 'Un texte nouveau.') WHERE position = 0 AND "
            "procedure_id = (SELECT id FROM procedures WHERE slug = ?)", (SLUG,))
    screen = _open(window, qtbot, "ar")
    assert screen._machine.isVisible()

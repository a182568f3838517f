"""The admin screen's statistics: whole weeks or months, every figure disclosed (issue 13, item 3)."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from kiosk.pins import Role, set_pin
from kiosk.stats import Event, record
from tests.conftest import NOW
from tests.ui.test_modes import enter_pin
from ui.widgets.bar_chart import BarChart

TODAY = NOW.date()  # Wednesday 2026-11-25


@pytest.fixture
def counted(starter_context):
    db = starter_context.db
    slug = "complementaire-sante-solidaire"
    # This week: 7 in French, 2 in Arabic; 29 days ago (outside 4 whole weeks): 3 in Arabic.
    for day, lang, times in ((TODAY, "fr", 7), (TODAY, "ar", 2), (TODAY - dt.timedelta(days=29), "ar", 3)):
        for _ in range(times):
            assert record(db, Event.VIEWED, day=day, procedure=slug, language=lang)
    return starter_context


def charts(admin) -> dict[int, list]:
    return {index: chart.rows() for index, chart in enumerate(admin.findChildren(BarChart))}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_charts_show_disclosed_figures_of_whole_weeks(window, qtbot, counted, lang):
    set_pin(counted.db, Role.ADMIN, "739164")
    enter_pin(window, qtbot, "admin", "739164")
    admin = window.screen("admin")
    window.set_language(lang)
    admin.show_section(2)
    admin._period_buttons["4w"].click()
    procedures, languages = admin.findChildren(BarChart)[:2]
    assert [shown for _, shown in procedures.rows()] == [10]  # 9 this week, rounded
    assert sorted(shown or 0 for _, shown in languages.rows()) == [0, 5]  # Arabic "<5", French 7 -> 5
    admin._period_buttons["12w"].click()
    procedures = admin.findChildren(BarChart)[0]
    assert [shown for _, shown in procedures.rows()] == [10]  # 12 over 12 weeks, rounded
    if os.environ.get("KIOSK_SHOTS"):  # to look at it: KIOSK_SHOTS=/tmp/folder
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(os.path.join(os.environ["KIOSK_SHOTS"], f"admin-statistics-{lang}.png"))


def test_desk_views_have_their_own_chart(window, qtbot, counted):
    """Counted by `kiosk desk` (event desk): never added to the terminal's own views."""
    for _ in range(8):
        assert record(counted.db, Event.DESK, day=TODAY, procedure="carte-identite", language="ar")
    set_pin(counted.db, Role.ADMIN, "739164")
    enter_pin(window, qtbot, "admin", "739164")
    admin = window.screen("admin")
    admin.show_section(2)
    admin._period_buttons["4w"].click()
    procedures, *_others, at_desk = admin.findChildren(BarChart)
    assert [shown for _, shown in at_desk.rows()] == [10]  # 8, rounded
    assert len(at_desk.rows()) == 1
    assert sorted(shown or 0 for _, shown in procedures.rows()) == [0, 10]  # the desk's one: 0 views

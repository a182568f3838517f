"""Take it with me: QR codes of the checklist and of the official website, and printing.

Interface words are compared with ``screen.tr(...)``: whichever translation is installed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.catalogue import load_procedure
from kiosk.takeaway import BOX_TICKED, checklist_text
from kiosk.settings import set_setting
from ui import print_panel
from ui.print_jobs import PrintJob
from ui.printing import PdfPrinter
from ui.screens.takeaway import TakeawayScreen
from ui.services import Services
from ui.widgets.labels import PlainLabel

zxingcpp = pytest.importorskip("zxingcpp")

C2S = "complementaire-sante-solidaire"
#: Procedures without an online service: the screen shows one QR code only.
OFFLINE = "apa"


class BrokenPrinter:
    name = "broken"

    def print_handout(self, view, ticked):
        raise OSError("paper jam")

    def follow(self, job):
        return job


class ScriptedPrinter:
    """A print system that answers the states it is given, one per question (a stub of CUPS)."""

    name = "scripted"

    def __init__(self, *states: str) -> None:
        self.states = list(states)
        self.handouts = 0

    def print_handout(self, view, ticked):
        self.handouts += 1
        return PrintJob(self.name, "scripted-1", self.states.pop(0), "scripted")

    def follow(self, job):
        return PrintJob(self.name, job.job_id, self.states.pop(0) if self.states else job.state, "scripted")


@pytest.fixture
def make_screen(show_screen, starter_context, tmp_path):
    """A take-away screen at the size the window gives it, with a PDF file for a printer."""

    def make(printer="pdf", direction=Qt.LayoutDirection.LeftToRight, desk=False) -> TakeawayScreen:
        target = {"pdf": PdfPrinter(tmp_path / "printed.pdf"), None: None}.get(printer, printer)
        services = Services.from_context(starter_context, desk=desk)
        return show_screen(lambda: TakeawayScreen(services, find_printer=lambda: target),
                           rtl=direction == Qt.LayoutDirection.RightToLeft)

    return make


def open_and_wait(qtbot, screen: TakeawayScreen, argument, lang="fr") -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open(argument, lang)
    qtbot.waitUntil(lambda: not screen.print_panel().looking(), timeout=10_000)
    for code in screen.visible_codes():
        qtbot.waitUntil(code.is_ready, timeout=10_000)


def decoded(screen: TakeawayScreen) -> set[str]:
    return {barcode.text for barcode in zxingcpp.read_barcodes(screen.grab().toImage())}


def test_two_codes_that_a_phone_reads(make_screen, qtbot, starter_context):
    screen = make_screen()
    open_and_wait(qtbot, screen, C2S)
    view = load_procedure(starter_context.db, C2S, "fr")
    assert [code.text() for code in screen.visible_codes()] == [checklist_text(view), "https://www.ameli.fr"]
    assert decoded(screen) == {checklist_text(view), "https://www.ameli.fr"}
    assert all(code.module_size() >= 3 for code in screen.visible_codes())
    assert screen.title() == screen.tr("Take it with me")
    assert view.title.text in screen.spoken_text() and screen.print_panel().tr("Print this list") in screen.spoken_text()


def test_ticked_documents_come_as_a_tuple(make_screen, qtbot):
    screen = make_screen()
    open_and_wait(qtbot, screen, (C2S, frozenset({"identity-document"})))
    assert screen.ticked() == {"identity-document"}
    assert screen.checklist_code().text().count(BOX_TICKED) == 1


def test_ticked_documents_come_before_open(make_screen, qtbot):
    screen = make_screen()
    screen.set_ticked({"identity-document", "bank-details"})
    open_and_wait(qtbot, screen, C2S)
    assert screen.checklist_code().text().count(BOX_TICKED) == 2


def test_a_procedure_without_online_service_shows_one_code(make_screen, qtbot, starter_context):
    assert not load_procedure(starter_context.db, OFFLINE, "fr").online_service
    screen = make_screen()
    open_and_wait(qtbot, screen, OFFLINE)
    assert screen.visible_codes() == [screen.checklist_code()]
    assert screen.website_code().isHidden()
    assert len(decoded(screen)) == 1


def test_without_a_printer_the_screen_says_so(make_screen, qtbot):
    screen = make_screen(printer=None)
    open_and_wait(qtbot, screen, C2S)
    assert screen.print_button().isHidden()
    assert screen.print_status().isVisible()
    assert screen.print_status().text() == screen.print_panel().tr(
        "The printer is not available. The QR code still works, and a mediator can help.")
    assert screen.print_status().text() in screen.spoken_text()


def test_print_button_prints_without_blocking(make_screen, qtbot, tmp_path):
    screen = make_screen()
    open_and_wait(qtbot, screen, (C2S, frozenset({"identity-document"})))
    button = screen.print_button()
    assert button.isVisible() and button.height() >= 64
    assert button.accessibleName() == screen.print_panel().tr("Print this list")
    with qtbot.waitSignal(screen.printed, timeout=20_000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # the click returned while printing goes on
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second tap does nothing
    assert signal.args == [True]
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert button.isEnabled()
    assert screen.print_status().text() == screen.print_panel().tr("Printed. Take your paper from the printer.")


NOT_WORKING = "The printer cannot print right now. The QR code still works, and a mediator can help."


def test_a_failed_print_says_so(make_screen, qtbot):
    screen = make_screen(printer=BrokenPrinter())
    open_and_wait(qtbot, screen, C2S)
    with qtbot.waitSignal(screen.printed, timeout=10_000) as signal:
        screen.print_list()
    assert signal.args == [False]
    assert screen.print_status().text() == screen.print_panel().tr(NOT_WORKING)


@pytest.mark.parametrize("states", [("sent", "sent", "printed"), ("printed",)])
def test_printed_only_once_the_print_system_says_so(make_screen, qtbot, monkeypatch, states):
    monkeypatch.setattr(print_panel, "FOLLOW_MS", 50)
    printer = ScriptedPrinter(*states)
    screen = make_screen(printer=printer)
    open_and_wait(qtbot, screen, C2S)
    seen = []
    screen.print_panel().job_changed.connect(lambda state: seen.append(screen.print_status().text()))
    with qtbot.waitSignal(screen.printed, timeout=10_000) as signal:
        screen.print_list()
    assert signal.args == [True]
    tr = screen.print_panel().tr
    # "sent" once, while the print system said so (asked twice), then "printed".
    assert seen == [tr("Sent to the printer. Please wait.")] * (len(states) > 1) \
        + [tr("Printed. Take your paper from the printer.")]


@pytest.mark.parametrize("states", [("refused",), ("unavailable",), ("sent", "refused")])
def test_a_printer_that_cannot_print_gets_one_plain_sentence(make_screen, qtbot, monkeypatch, states):
    monkeypatch.setattr(print_panel, "FOLLOW_MS", 50)
    screen = make_screen(printer=ScriptedPrinter(*states))
    open_and_wait(qtbot, screen, C2S)
    with qtbot.waitSignal(screen.printed, timeout=10_000) as signal:
        screen.print_list()
    assert signal.args == [False]
    assert screen.print_status().text() == screen.print_panel().tr(NOT_WORKING)
    assert screen.print_status().text() in screen.spoken_text()


def test_at_most_the_set_number_of_handouts_per_session(make_screen, qtbot, starter_context):
    set_setting(starter_context.db, "handouts_per_session", 2)
    printer = ScriptedPrinter(*["printed"] * 10)
    screen = make_screen(printer=printer)
    open_and_wait(qtbot, screen, C2S)
    for _ in range(2):
        with qtbot.waitSignal(screen.printed, timeout=10_000):
            screen.print_list()
    button = screen.print_button()
    assert not button.isEnabled() and button.isVisible()
    assert button.text() == screen.print_panel().tr("%1 prints already: that is the most for one visit").replace("%1", "2")
    screen.print_list()  # refused at once: nothing more is printed
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert printer.handouts == 2
    open_and_wait(qtbot, screen, OFFLINE)  # another procedure, the same resident: still the limit
    assert not screen.print_button().isEnabled()
    screen.reset()  # the idle reset: the next resident may print
    open_and_wait(qtbot, screen, C2S)
    assert screen.print_button().isEnabled() and screen.print_button().text() == screen.print_panel().tr("Print this list")


def test_a_front_desk_prints_for_one_resident_after_another(make_screen, qtbot, starter_context):
    """A desk has no idle reset to end a visit (kiosk desk): the limit per visit is a terminal's."""
    set_setting(starter_context.db, "handouts_per_session", 2)
    printer = ScriptedPrinter(*["printed"] * 10)
    screen = make_screen(printer=printer, desk=True)
    open_and_wait(qtbot, screen, C2S)
    for _ in range(4):
        with qtbot.waitSignal(screen.printed, timeout=10_000):
            screen.print_list()
    assert printer.handouts == 4 and screen.print_button().isEnabled()
    set_setting(starter_context.db, "handouts_per_session", 0)  # 0 still turns printing off
    open_and_wait(qtbot, screen, OFFLINE)
    assert screen.print_button().isHidden()


def test_no_handouts_when_the_setting_is_zero(make_screen, qtbot, starter_context):
    set_setting(starter_context.db, "handouts_per_session", 0)
    screen = make_screen()
    open_and_wait(qtbot, screen, C2S)
    assert screen.print_button().isHidden() and screen.print_status().isHidden()


def test_arabic_screen_mirrors(make_screen, qtbot, starter_context):
    screen = make_screen(direction=Qt.LayoutDirection.RightToLeft)
    open_and_wait(qtbot, screen, (C2S, frozenset({"identity-document"})), "ar")
    view = load_procedure(starter_context.db, C2S, "ar")
    assert screen.checklist_code().text() == checklist_text(view, {"identity-document"})
    assert decoded(screen) == {checklist_text(view, {"identity-document"}), "https://www.ameli.fr"}
    checklist, website = (code.mapTo(screen, QPoint(0, 0)).x() for code in screen.visible_codes())
    assert checklist > website  # the first code is on the right
    assert any(label.text().strip("\u200e\u200f") == view.title.text for label in screen.findChildren(PlainLabel))


def test_switching_language_reloads(make_screen, qtbot, starter_context):
    screen = make_screen()
    open_and_wait(qtbot, screen, C2S)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.show_language("uk")
    qtbot.waitUntil(screen.checklist_code().is_ready)
    assert screen.checklist_code().text() == checklist_text(load_procedure(starter_context.db, C2S, "uk"))


def test_an_unknown_procedure_shows_a_sentence_and_no_code(make_screen, qtbot):
    screen = make_screen()
    open_and_wait(qtbot, screen, "no-such-procedure")
    assert screen.visible_codes() == []
    assert screen.print_button().isHidden()
    missing = screen.tr("This procedure is no longer in the catalogue.")
    assert any(label.isVisible() and label.text() == missing for label in screen.findChildren(PlainLabel))


def test_reset_forgets_the_session(make_screen, qtbot):
    screen = make_screen()
    open_and_wait(qtbot, screen, (C2S, frozenset({"identity-document"})))
    screen.reset()
    assert screen.ticked() == frozenset()
    assert screen.checklist_code().text() == "" and screen.website_code().text() == ""


@pytest.mark.parametrize("slug, lang, direction", [
    ("apres-un-deces", "fr", Qt.LayoutDirection.LeftToRight),  # a long title, a long address
    ("apres-un-deces", "ar", Qt.LayoutDirection.RightToLeft),
    ("apres-un-deces", "uk", Qt.LayoutDirection.LeftToRight),
    ("titre-sejour-anef", "fr", Qt.LayoutDirection.LeftToRight),  # the longest host name
])
def test_nothing_is_clipped_at_1920_by_900(make_screen, qtbot, slug, lang, direction):
    screen = make_screen(direction=direction)
    open_and_wait(qtbot, screen, slug, lang)
    area = QRect(0, 0, 1920, 900)
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        rect = QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())
        assert area.contains(rect), (widget, rect)
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            assert widget.heightForWidth(widget.width()) <= widget.height(), widget.text()
            assert widget.minimumSizeHint().width() <= widget.width(), widget.text()  # a word too long
        if isinstance(widget, QPushButton):
            assert widget.height() >= 64 and widget.accessibleName()
    assert all(code.module_size() >= 3 for code in screen.visible_codes())


def test_interface_text_is_large_enough(make_screen, qtbot):
    screen = make_screen()
    open_and_wait(qtbot, screen, C2S)
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.font().pixelSize() >= 22 or label.font().pointSizeF() * 96 / 72 >= 22, label.text()


def test_catalogue_text_is_plain(make_screen, qtbot):
    screen = make_screen()
    open_and_wait(qtbot, screen, C2S)
    for label in screen.findChildren(QLabel):
        if label.text():
            assert isinstance(label, PlainLabel) and label.textFormat() == Qt.TextFormat.PlainText


def test_a_job_is_followed_through_a_change_of_language(make_screen, qtbot, monkeypatch):
    monkeypatch.setattr(print_panel, "FOLLOW_MS", 100)
    screen = make_screen(printer=ScriptedPrinter("sent", "sent", "sent", "sent", "printed"))
    open_and_wait(qtbot, screen, C2S)
    with qtbot.waitSignal(screen.printed, timeout=20_000) as signal:
        with qtbot.waitSignal(screen.print_panel().job_changed, timeout=10_000):
            screen.print_list()
        with qtbot.waitSignal(screen.loaded, timeout=10_000):
            screen.show_language("ar")
    assert signal.args == [True]
    assert screen.print_status().text() == screen.print_panel().tr("Printed. Take your paper from the printer.")

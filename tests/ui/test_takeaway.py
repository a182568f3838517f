"""Take it with me: QR codes of the checklist and of the official website, and printing.

Interface words are compared with ``screen.tr(...)``: whichever translation is installed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.catalogue import load_procedure
from kiosk.takeaway import BOX_TICKED, checklist_text
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


@pytest.fixture
def make_screen(show_screen, starter_context, tmp_path):
    """A take-away screen at the size the window gives it, with a PDF file for a printer."""

    def make(printer="pdf", direction=Qt.LayoutDirection.LeftToRight) -> TakeawayScreen:
        target = {"pdf": PdfPrinter(tmp_path / "printed.pdf"), None: None}.get(printer, printer)
        return show_screen(lambda: TakeawayScreen(Services.from_context(starter_context), find_printer=lambda: target),
                           rtl=direction == Qt.LayoutDirection.RightToLeft)

    return make


def open_and_wait(qtbot, screen: TakeawayScreen, argument, lang="fr") -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open(argument, lang)
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
    assert view.title.text in screen.spoken_text() and screen.tr("Print this list") in screen.spoken_text()


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
    assert screen.print_status().text() == screen.tr("No printer is connected to this kiosk.")
    assert screen.print_status().text() in screen.spoken_text()


def test_print_button_prints_without_blocking(make_screen, qtbot, tmp_path):
    screen = make_screen()
    open_and_wait(qtbot, screen, (C2S, frozenset({"identity-document"})))
    button = screen.print_button()
    assert button.isVisible() and button.height() >= 64
    assert button.accessibleName() == screen.tr("Print this list")
    with qtbot.waitSignal(screen.printed, timeout=20_000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # the click returned while printing goes on
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second tap does nothing
    assert signal.args == [True]
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert button.isEnabled()
    assert screen.print_status().text() == screen.tr("Printed. Take your paper from the printer.")


def test_a_failed_print_says_so(make_screen, qtbot):
    screen = make_screen(printer=BrokenPrinter())
    open_and_wait(qtbot, screen, C2S)
    with qtbot.waitSignal(screen.printed, timeout=10_000) as signal:
        screen.print_list()
    assert signal.args == [False]
    assert screen.print_status().text() == screen.tr("The printer did not print. Please ask a mediator.")


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

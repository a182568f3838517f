"""The printed handout: large type, escaped catalogue text, right to left, off the UI thread."""

from __future__ import annotations

import dataclasses
from html import escape as html_escape
import threading
import unicodedata

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.catalogue import load_procedure
from kiosk.settings import set_setting
from kiosk.takeaway import display_address
from kiosk.text import Localized
from ui import printing
from ui.operations import run_in_background
from ui.printing import SMALL_PT, handout_document, handout_to_pdf, print_handout

pypdf = pytest.importorskip("pypdf")


def pdf_text(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" -> "fi"


def test_pdf_handout_has_the_checklist(app, starter_context, tmp_path):
    view = load_procedure(starter_context.db, "complementaire-sante-solidaire", "fr")
    path = tmp_path / "handout.pdf"
    handout_to_pdf(view, {"identity-document"}, path)
    assert path.read_bytes().startswith(b"%PDF")
    pages, text = pdf_text(path)
    assert pages >= 1
    for expected in [view.title.text, *(item.document.title.text for item in view.checklist),
                     display_address(view.online_service), f"Vérifié sur {view.source_site}"]:
        assert expected in text
    assert "CPAM de Maine-et-Loire" in text  # who can help nearby
    assert "3646" in text  # ... and its phone


@pytest.mark.parametrize("lang", ["ar", "uk", "tr", "en"])
def test_pdf_handout_in_every_language(app, starter_context, tmp_path, lang):
    view = load_procedure(starter_context.db, "apres-un-deces", lang)
    path = tmp_path / f"{lang}.pdf"
    handout_to_pdf(view, None, path)
    pages, _text = pdf_text(path)
    assert 1 <= pages <= 6


def test_type_is_never_smaller_than_16_points(app, starter_context, tmp_path):
    view = load_procedure(starter_context.db, "titre-sejour-anef", "fr")
    document = handout_document(view, frozenset(), QPdfWriter(str(tmp_path / "unused.pdf")))
    block = document.begin()
    sizes = set()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.text().strip():
                size = fragment.charFormat().font().pointSizeF()
                sizes.add(size if size > 0 else document.defaultFont().pointSizeF())
            iterator += 1
        block = block.next()
    assert sizes and min(sizes) >= SMALL_PT >= 16


def test_catalogue_text_never_becomes_markup(app, starter_context, tmp_path):
    view = load_procedure(starter_context.db, "rsa", "fr")
    hostile = "<b>Gras</b> <img src='file:///etc/passwd'> & <a href='http://x'>lien</a>"
    view = dataclasses.replace(view, title=Localized(hostile, "fr"))
    document = handout_document(view, frozenset(), QPdfWriter(str(tmp_path / "unused.pdf")))
    assert hostile in document.toPlainText()
    html = document.toHtml()
    assert "passwd" not in html.replace("&lt;img src='file:///etc/passwd'&gt;", "")
    assert "href" not in html.replace("&lt;a href=", "")


def test_arabic_handout_runs_right_to_left(app, starter_context, tmp_path):
    view = load_procedure(starter_context.db, "complementaire-sante-solidaire", "ar")
    document = handout_document(view, frozenset(), QPdfWriter(str(tmp_path / "unused.pdf")))
    assert document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert document.begin().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Qt does not mirror table columns: the rows are written reversed, so the tick box comes last
    # in the source and shows on the right.
    html = printing.handout_html(view, frozenset(), printing._Images(QTextDocument(), 600), rtl=True)
    title = html_escape(view.checklist[1].document.title.text)
    row = next(row for row in html.split("<tr>") if title in row)
    assert row.index("box-empty") > row.index(title)


def test_print_handout_on_a_worker_thread(app, qtbot, starter_context, tmp_path):
    """QPrinter + QTextDocument + QPainter off the UI thread: what the take-away screen does."""
    view = load_procedure(starter_context.db, "carte-identite", "tr")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    done = {}

    def work():
        print_handout(view, {"identity-document"}, printer)
        return threading.current_thread()

    owner = QObject()
    run_in_background(owner, work, lambda thread: done.setdefault("thread", thread))
    qtbot.waitUntil(lambda: "thread" in done, timeout=20_000)
    assert done["thread"] is not threading.main_thread()
    pages, text = pdf_text(tmp_path / "printed.pdf")
    assert pages >= 1 and view.checklist[0].document.title.text in text


def test_the_printer_setting_names_the_printer(monkeypatch, starter_context):
    asked = []

    def find(name):
        asked.append(name)
        return None  # not there: unplugged, or renamed; never replaced by the default

    monkeypatch.setattr(printing, "system_printer", find)
    set_setting(starter_context.db, "printer", "Brother_HL_L2350DW")
    assert printing.configured_printer(starter_context.db) is None
    assert asked == ["Brother_HL_L2350DW"]


def test_pdf_printer_prints_to_its_file(app, starter_context, tmp_path):
    view = load_procedure(starter_context.db, "apa", "fr")
    job = printing.PdfPrinter(tmp_path / "out.pdf").print_handout(view, None)
    assert job.state == "printed"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")

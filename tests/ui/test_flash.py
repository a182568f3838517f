"""The A4 info flash as a PDF: its text read back, its QR codes decoded, its limits and refusals."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize

from kiosk.catalogue import featured_procedures, load_procedure
from kiosk.cli import main
from kiosk.context import open_context
from kiosk.flash import flash_column
from kiosk.takeaway import checklist_text
from tests.conftest import NOW
from ui.flash import MAX_PAGES, write_flash

pypdf = pytest.importorskip("pypdf")
zxingcpp = pytest.importorskip("zxingcpp")
QtPdf = pytest.importorskip("PySide6.QtPdf")

STARTER = Path(__file__).resolve().parents[2] / "data" / "catalogue.json"
A4_POINTS = (595, 842)  # 210 x 297 mm
PARIS = ZoneInfo("Europe/Paris")
HOURS = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00"


@dataclass
class Session:
    title: str
    start: dt.datetime
    location: str


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, NFKC-normalized ("ﻻ" -> "لا", "…" -> "..."), runs of blanks made one space."""
    reader = pypdf.PdfReader(str(path))
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in reader.pages]


def has_words(text: str, expected: str) -> bool:
    """Whether every word of ``expected`` is in ``text``. Arabic comes out of a PDF in visual order,
    each word's letters reversed, so a right-to-left word may be found either way round."""
    tokens = set(re.split(r"[\s()\[\],.:;،…]+", text))
    words = [w for w in re.split(r"[\s()\[\],.:;،…]+", unicodedata.normalize("NFKC", expected)) if w]
    return all(w in tokens or w[::-1] in tokens for w in words)


def decoded(path: Path, dpi: int = 300) -> list[str]:
    """The text of every QR code on every page, the page rendered by Qt's own PDF reader."""
    document = QtPdf.QPdfDocument()
    document.load(str(path))
    texts = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        image = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
        texts += [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    return texts


def kiosk_with(home: Path, tmp_path: Path, change=None):
    """A kiosk on the starter catalogue with hours for the Maison de quartier, changed by ``change``."""
    data = json.loads(STARTER.read_text(encoding="utf-8"))
    for partner in data["partners"]:
        if partner["slug"] == "maison-quartier-roseraie":
            partner.update(horaires_accueil=HOURS, telephone="02 41 00 00 00")
    if change:
        change(data)
    path = tmp_path / "starter.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return open_context(home, clock=lambda: NOW, starter=path)


@pytest.fixture
def kiosk(home, tmp_path):
    ctx = kiosk_with(home, tmp_path)
    yield ctx
    ctx.close()


WORKSHOPS = [Session("Premiers pas sur l'ordinateur", dt.datetime(2026, 11, day, 14, 0, tzinfo=PARIS),
                     "Centre Jean Vilar") for day in (26, 27, 30, 28, 29, 24)] + \
            [Session("Atelier e-mail", dt.datetime(2026, 12, 1, 9, 30, tzinfo=PARIS), "Salle 2")]


def test_french_and_arabic_side_by_side(app, kiosk, tmp_path):
    columns = [flash_column(kiosk.db, lang, "roseraie", NOW, WORKSHOPS) for lang in ("fr", "ar")]
    path = write_flash(tmp_path / "flash.pdf", columns)
    reader = pypdf.PdfReader(str(path))
    assert 1 <= len(reader.pages) <= MAX_PAGES
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS
    text = " ".join(pdf_pages(path))
    slugs = featured_procedures(kiosk.db)
    assert len(slugs) == 5
    for slug in slugs:
        assert " ".join(load_procedure(kiosk.db, slug, "fr").title.text.split()) in text
        assert has_words(text, load_procedure(kiosk.db, slug, "ar").title.text), slug
    # The month, this month's announcement in both languages, the help hours for the week.
    assert "novembre 2026" in text
    announcement = json.loads(STARTER.read_text(encoding="utf-8"))["announcements"][0]["text"]
    assert announcement["fr"].split(",")[0] in text and has_words(text, announcement["ar"])
    assert "lundi – vendredi: 09:00–12:00, 14:00–17:30" in text or \
        "lundi – vendredi : 09:00–12:00, 14:00–17:30" in text
    assert "samedi" in text and "02 41 00 00 00" in text
    # The five next workshops, soonest first (the 24th is past: NOW is the 25th).
    assert "jeudi 26 novembre, 14:00" in text and "lundi 30 novembre, 14:00" in text
    assert "Atelier e-mail" not in text and "mardi 24 novembre" not in text
    # Every QR code decodes to its procedure's checklist, as the take-away screen shows it.
    expected = sorted(checklist_text(load_procedure(kiosk.db, slug, lang), frozenset())
                      for slug in slugs for lang in ("fr", "ar"))
    assert sorted(decoded(path)) == expected


def test_arabic_alone_reads_right_to_left(app, kiosk, tmp_path):
    path = write_flash(tmp_path / "ar.pdf", [flash_column(kiosk.db, "ar", "roseraie", NOW)])
    pages = pdf_pages(path)
    assert not any(has_words(" ".join(pages), load_procedure(kiosk.db, slug, "fr").title.text)
                   for slug in featured_procedures(kiosk.db))
    assert has_words(" ".join(pages), load_procedure(kiosk.db, "prime-activite", "ar").summary.text.split(".")[0])
    assert sorted(decoded(path)) == sorted(checklist_text(load_procedure(kiosk.db, slug, "ar"), frozenset())
                                           for slug in featured_procedures(kiosk.db))


def test_too_much_is_left_out_with_a_note(app, home, tmp_path):
    everything = []

    def feature_all(data):
        for procedure in data["procedures"]:
            procedure["featured"] = True
            everything.append(procedure["slug"])

    ctx = kiosk_with(home, tmp_path, feature_all)
    try:
        columns = [flash_column(ctx.db, lang, "roseraie", NOW, WORKSHOPS) for lang in ("fr", "uk")]
        path = write_flash(tmp_path / "long.pdf", columns)
        slugs = featured_procedures(ctx.db)
        texts = decoded(path)
        shown = [slug for slug in slugs if checklist_text(load_procedure(ctx.db, slug, "fr"), frozenset()) in texts]
    finally:
        ctx.close()
    pages = pdf_pages(path)
    assert len(pages) == MAX_PAGES and len(slugs) == len(everything) > 30
    assert 4 <= len(shown) < len(slugs) and shown == slugs[:len(shown)]  # the first ones, in order
    assert "There is more on the kiosk" in " ".join(pages) or "Il y a plus" in " ".join(pages)
    # The help hours and the workshops always stay.
    assert "02 41 00 00 00" in pages[-1] and "Centre Jean Vilar" in pages[-1]


def test_catalogue_and_calendar_text_never_become_markup(app, home, tmp_path):
    hostile = "<b>Gras</b> <img src='file:///etc/passwd'> & <a href='http://x'>lien</a>"

    def announce(data):
        data["announcements"][0]["text"]["fr"] = hostile

    ctx = kiosk_with(home, tmp_path, announce)
    try:
        column = flash_column(ctx.db, "fr", "roseraie", NOW, [Session(hostile, dt.datetime(2026, 12, 1, 10, 0), "")])
        path = write_flash(tmp_path / "hostile.pdf", [column])
    finally:
        ctx.close()
    text = " ".join(pdf_pages(path))
    assert text.count("<img src='file:///etc/passwd'>") == 2 and text.count("<b>Gras</b>") == 2


# --- the command --------------------------------------------------------------------------------


def test_kiosk_flash_writes_an_a4_pdf(app, home, tmp_path, capsys):
    out = tmp_path / "flash.pdf"
    assert main(["flash", "--out", str(out), "--lang", "fr,ar"]) == 0
    assert str(out) in capsys.readouterr().out
    reader = pypdf.PdfReader(str(out))
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == A4_POINTS
    assert len(decoded(out)) == 10
    assert oct(out.stat().st_mode & 0o777) == "0o644"
    assert [p.name for p in tmp_path.iterdir()] == ["flash.pdf", "home"]  # no temporary file left


@pytest.mark.parametrize("args", [["--lang", "fr,ar,tr"], ["--lang", "ar,tr"], ["--lang", "xx"],
                                  ["--lang", "fr,fr"], ["--site", "belle-beille"]])
def test_usage_errors_exit_2_in_one_sentence(app, home, tmp_path, capsys, args):
    out = tmp_path / "flash.pdf"
    assert main(["flash", "--out", str(out), *args]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("kiosk flash: ") and error.endswith(".") and "\n" not in error
    assert not out.exists()


def test_a_place_that_cannot_be_written_exits_1(app, home, tmp_path, capsys):
    for out in (tmp_path / "missing" / "flash.pdf", tmp_path):
        assert main(["flash", "--out", str(out)]) == 1
        error = capsys.readouterr().err.strip()
        assert error.startswith("kiosk: Cannot write the flash to") and "\n" not in error
    assert not (tmp_path / "missing").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["home"]


def test_an_older_flash_stays_when_the_new_one_fails(app, kiosk, tmp_path, monkeypatch):
    out = tmp_path / "flash.pdf"
    out.write_bytes(b"the old flash")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ui.flash._Page.paint", broken)
    with pytest.raises(OSError):
        write_flash(out, [flash_column(kiosk.db, "fr", "roseraie", NOW)])
    assert out.read_bytes() == b"the old flash"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flash.pdf", "home", "starter.json"]

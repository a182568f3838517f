"""The A4 info flash as a PDF, written with Qt's own PDF writer (``kiosk flash``, the editor's button).

One sheet, in one language or French beside one other (``kiosk.flash`` gathers what it says).
Each column is laid out with ``QTextDocument`` blocks painted by ``QPainter`` on a ``QPdfWriter``;
no widget is involved, so it runs on a worker thread. Rows are shared by the columns: the same
procedure stands at the same height in French and in Arabic, each with its own QR code.

**What fits.** The header, the help hours and the workshops (five at most) always stay; the
announcements and the featured procedures follow in the assistant's order. Rows are never cut:
one that does not fit goes on to the next page (a heading with it). A flash is one sheet, so at
most two pages (recto verso): what would need a third is left out, from the last procedure
backwards, and the page says that there is more on the kiosk.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRect, QRectF, Qt, QTranslator
from PySide6.QtGui import (QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QPen, QTextDocument, QTextOption)

from kiosk.flash import FlashColumn, opening_week, summary_lines
from kiosk.messages import QT_TRANSLATE_NOOP
from ui import pictograms
from ui.translations import qm_file
from ui.widgets.qr import QUIET_ZONE, qr_image, qr_matrix

# Fine enough that a QR code's modules, whole device pixels each, come close to ``QR_MM``.
RESOLUTION = 1200
MARGIN_MM = 12
GAP_MM = 8
QR_MM = 27
ICON_MM = 8
# Type sizes in points.
TITLE_PT = 20
HEADING_PT = 14
NAME_PT = 12.5
BODY_PT = 11
INK = "#000000"
MUTED = "#33415C"
RULE = "#5E7396"
# A flash is one sheet, printed on both sides at most; the page number needs this much at the foot.
MAX_PAGES = 2
FOOTER_MM = 7
# The summary under a procedure's title takes at most this many lines.
SUMMARY_LINES = 2

# Context of the flash's words in assets/translations/kiosk_*.ts.
CONTEXT = "Flash"
TITLE = QT_TRANSLATE_NOOP("Flash", "Information")
NEWS = QT_TRANSLATE_NOOP("Flash", "News this month")
PROCEDURES = QT_TRANSLATE_NOOP("Flash", "Procedures to know")
SCAN = QT_TRANSLATE_NOOP("Flash", "Scan a code with your phone: you get the list of papers. No internet needed.")
HELP = QT_TRANSLATE_NOOP("Flash", "Someone can help you")
PHONE = QT_TRANSLATE_NOOP("Flash", "Phone: %1")
CLOSED = QT_TRANSLATE_NOOP("Flash", "Closed this week.")
#: Days and their hours: "Monday – Friday: 09:00–12:00".
DAY_HOURS = QT_TRANSLATE_NOOP("Flash", "%1: %2")
HOURS_UNKNOWN = QT_TRANSLATE_NOOP("Flash", "Ask at the reception when a person can help you.")
WORKSHOPS = QT_TRANSLATE_NOOP("Flash", "Next digital workshops")
MORE = QT_TRANSLATE_NOOP("Flash", "There is more on the kiosk of the Maison de quartier.")


def write_flash_headless(path: str | Path, columns: Sequence[FlashColumn]) -> Path:
    """``kiosk flash``'s way in: without a display (the flash is painted on a PDF, never on a
    screen), in an application that has the kiosk's fonts, then ``write_flash``."""
    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ui.app import create_application  # noqa: PLC0415 - only when no application runs

        create_application()
    return write_flash(path, columns)


def write_flash(path: str | Path, columns: Sequence[FlashColumn], *, font: QFont | None = None) -> Path:
    """Write the flash of ``columns`` (one, or French and one other) as a one-page A4 PDF at ``path``.

    Written to a temporary file beside ``path``, then renamed: a failure leaves nothing behind
    and an older file at ``path`` as it was. Blocking, thread-safe (``font``: read it on the UI
    thread; the application's font by default).

    Raises:
        OSError: the folder is missing or cannot be written, or ``path`` is a folder.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(path))
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(descriptor)
    try:
        writer = QPdfWriter(temporary)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(RESOLUTION)
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        writer.setTitle(" / ".join(f"{_Words(c.lang).tr(TITLE)} — {c.site}" for c in columns))
        writer.setCreator("kiosk")
        _Page(writer, list(columns), QFont(font if font is not None else QGuiApplication.font())).paint()
        del writer  # closes the file
        os.chmod(temporary, 0o644)  # a flash is for others to print
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return path


# --- the page ----------------------------------------------------------------------------------


class _Words:
    """The flash's words in one language, whatever language the interface shows."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator = QTranslator()
        if lang != "en":
            self._translator.load(str(qm_file(lang)))

    def tr(self, text: str) -> str:
        return self._translator.translate(CONTEXT, text) or text


@dataclass(eq=False)
class _Block:
    """Something of known height that paints itself at a place, in one column."""

    height: int
    paint: Callable[[QPainter, int, int], None]


class _Page:
    def __init__(self, writer: QPdfWriter, columns: list[FlashColumn], font: QFont) -> None:
        self._writer = writer
        self._columns = columns
        self._words = [_Words(c.lang) for c in columns]
        self._font = font
        self._dpi = writer.logicalDpiX()
        self._gap = self.px(GAP_MM)
        self._width = (writer.width() - self._gap * (len(columns) - 1)) // len(columns)
        self._headings: list[_Block] = []  # never left alone at the foot of what fits

    def px(self, millimetres: float) -> int:
        return round(millimetres / 25.4 * self._dpi)

    def paint(self) -> None:
        """Lay the rows out on at most ``MAX_PAGES`` pages, then paint them."""
        pages = self._laid_out()
        painter = QPainter()
        if not painter.begin(self._writer):
            raise OSError(5, "the PDF file could not be opened")
        try:
            for number, rows in enumerate(pages, 1):
                if number > 1:
                    self._writer.newPage()
                y = 0
                for row in rows:
                    for index, block in enumerate(row):
                        block.paint(painter, index * (self._width + self._gap), y)
                    y += self._row_height(row)
                if len(self._columns) == 2:  # a rule between the languages, under the header
                    painter.setPen(QPen(QColor(RULE), max(1, self.px(0.3))))
                    x = self._width + self._gap // 2
                    painter.drawLine(x, self._row_height(pages[0][0]) if number == 1 else 0, x, y)
                if len(pages) > 1:
                    painter.setFont(QFont(self._sized(BODY_PT), self._writer))
                    painter.setPen(QColor(MUTED))
                    footer = QRect(0, self._writer.height() - self.px(FOOTER_MM), self._writer.width(),
                                   self.px(FOOTER_MM))
                    painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, f"{number} / {len(pages)}")
        finally:
            painter.end()

    def _laid_out(self) -> list[list[list[_Block]]]:
        """The rows of each page: all of them when they fit on ``MAX_PAGES`` pages, else the
        announcements and procedures that fit, in order, and the note saying there is more."""
        header, bottom, optional, more = self._rows()
        for count in range(len(optional), -1, -1):
            kept = optional[:count]
            while kept and any(block in self._headings for block in kept[-1]):
                kept.pop()  # a heading is never left without what it heads
            pages = self._paginate(header + kept + ([more] if count < len(optional) else []) + bottom)
            if len(pages) <= MAX_PAGES:
                return pages
        return pages

    def _paginate(self, rows: list[list[_Block]]) -> list[list[list[_Block]]]:
        """Rows onto pages, whole; a heading goes on with the row after it."""
        height = self._writer.height() - self.px(FOOTER_MM)
        pages: list[list[list[_Block]]] = [[]]
        y = 0
        for index, row in enumerate(rows):
            needed = self._row_height(row)
            if any(block in self._headings for block in row) and index + 1 < len(rows):
                needed += self._row_height(rows[index + 1])
            if y + needed > height and pages[-1]:
                pages.append([])
                y = 0
            pages[-1].append(row)
            y += self._row_height(row)
        return pages

    # --- which rows ---

    def _rows(self):
        """The rows always there, those that may be left out (with their headings) and the note."""
        header = [[self._header(c, w) for c, w in zip(self._columns, self._words)]]
        optional: list[list[_Block]] = []
        first = self._columns[0]
        if first.announcements:
            optional.append(self._each(lambda c, w: self._heading(w.tr(NEWS), "info", c)))
            for i in range(len(first.announcements)):
                optional.append(self._each(lambda c, w, i=i: self._text(html.escape(c.announcements[i]), c,
                                                                        BODY_PT, before=2)))
        if first.procedures:
            optional.append(self._each(lambda c, w: self._heading(w.tr(PROCEDURES), "qr-code", c, w.tr(SCAN))))
            for i in range(len(first.procedures)):
                optional.append(self._each(lambda c, w, i=i: self._procedure(c, i)))
        bottom = []
        if first.help is not None:
            bottom.append(self._each(lambda c, w: self._heading(w.tr(HELP), "help", c)))
            bottom.append(self._each(self._help))
        if first.workshops:
            bottom.append(self._each(lambda c, w: self._heading(w.tr(WORKSHOPS), "category-digital", c)))
            bottom.append(self._each(self._workshops))
        more = self._each(lambda c, w: self._text(f"<i>{html.escape(w.tr(MORE))}</i>", c, BODY_PT, before=3))
        return header, bottom, optional, more

    def _each(self, make: Callable[[FlashColumn, _Words], _Block]) -> list[_Block]:
        return [make(c, w) for c, w in zip(self._columns, self._words)]

    @staticmethod
    def _row_height(row: list[_Block]) -> int:
        return max(block.height for block in row)

    # --- blocks ---

    def _header(self, column: FlashColumn, words: _Words) -> _Block:
        month = QLocale(column.lang).toString(QDate(column.month.year, column.month.month, 1), "MMMM yyyy")
        body = (f'<span style="font-size:{TITLE_PT}pt; font-weight:bold">{html.escape(words.tr(TITLE))}'
                f' — {html.escape(month)}</span><br>'
                f'<span style="font-size:{NAME_PT}pt">{html.escape(column.site)}</span>')
        icon = self.px(12)
        return self._with_icon("info", icon, self._document(body, column, self._width - icon - self.px(3)),
                               column, after=self.px(2))

    def _heading(self, text: str, pictogram: str, column: FlashColumn, under: str = "") -> _Block:
        body = f'<span style="font-size:{HEADING_PT}pt; font-weight:bold">{html.escape(text)}</span>'
        if under:
            body += f'<br><span style="font-size:{BODY_PT}pt; color:{MUTED}">{html.escape(under)}</span>'
        icon = self.px(ICON_MM)
        block = self._with_icon(pictogram, icon, self._document(body, column, self._width - icon - self.px(3)),
                                column, before=self.px(5), after=self.px(1.5))
        self._headings.append(block)
        return block

    def _text(self, body: str, column: FlashColumn, points: float, *, before: float = 0) -> _Block:
        document = self._document(f'<span style="font-size:{points}pt">{body}</span>', column, self._width)
        top = self.px(before)

        def paint(painter: QPainter, x: int, y: int) -> None:
            _draw(painter, document, x, y + top)

        return _Block(round(document.size().height()) + top, paint)

    def _procedure(self, column: FlashColumn, index: int) -> _Block:
        procedure = column.procedures[index]
        matrix = qr_matrix(procedure.qr_text)
        module = max(1, self.px(QR_MM) // (len(matrix) + 2 * QUIET_ZONE))
        code = qr_image(matrix, module)
        side = code.width()
        text_width = self._width - side - self.px(3)
        measure = self._document("", column, text_width)
        measure.setDefaultFont(self._sized(BODY_PT))

        def fits(text: str) -> bool:
            measure.setPlainText(text)
            measure.size()  # lays it out
            return measure.firstBlock().layout().lineCount() <= SUMMARY_LINES

        summary = summary_lines(procedure.summary, fits)
        body = (f'<span style="font-size:{NAME_PT}pt; font-weight:bold">{html.escape(procedure.title)}</span>'
                f'<br><span style="font-size:{BODY_PT}pt">{html.escape(summary)}</span>')
        document = self._document(body, column, text_width)
        top = self.px(2.5)

        def paint(painter: QPainter, x: int, y: int) -> None:
            code_x = x + self._width - side if column.rtl else x
            painter.drawImage(QRect(code_x, y + top, side, side), code)
            _draw(painter, document, x if column.rtl else x + side + self.px(3), y + top)

        return _Block(max(side, round(document.size().height())) + top, paint)

    def _help(self, column: FlashColumn, words: _Words) -> _Block:
        place = column.help
        e = html.escape
        lines = [f"<b>{e(place.name)}</b>"]
        if place.address:
            lines.append(e(place.address))
        if place.telephone:
            lines.append(e(words.tr(PHONE)).replace("%1", f'<span dir="ltr">{e(place.telephone)}</span>'))
        locale = QLocale(column.lang)
        for first, last, hours in opening_week(place.days):
            days = locale.dayName(first.isoweekday())
            if last != first:
                days += " – " + locale.dayName(last.isoweekday())
            lines.append(e(words.tr(DAY_HOURS)).replace("%1", e(days)).replace("%2", _ltr(e(hours))))
        if place.days and not opening_week(place.days):
            lines.append(e(words.tr(CLOSED)))
        if not place.days:
            lines.append(e(place.text or words.tr(HOURS_UNKNOWN)))
        return self._text("<br>".join(lines), column, BODY_PT, before=1)

    def _workshops(self, column: FlashColumn, words: _Words) -> _Block:
        e = html.escape
        locale = QLocale(column.lang)
        lines = []
        for workshop in column.workshops:
            start = workshop.start
            day = locale.toString(QDate(start.year, start.month, start.day), "dddd d MMMM")
            line = f"<b>{e(day)}, {_ltr(f'{start:%H:%M}')}</b> — {e(workshop.title)}"
            if workshop.location:
                line += f" — {e(workshop.location)}"
            lines.append(line)
        return self._text("<br>".join(lines), column, BODY_PT, before=1)

    # --- pieces ---

    def _sized(self, points: float) -> QFont:
        font = QFont(self._font)
        font.setPointSizeF(points)
        return font

    def _document(self, body: str, column: FlashColumn, width: int) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._writer)
        document.setDocumentMargin(0)
        document.setDefaultFont(self._sized(BODY_PT))
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if column.rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setTextWidth(width)
        direction = "rtl" if column.rtl else "ltr"
        document.setHtml(f'<html><body dir="{direction}" style="color:{INK}"><p dir="{direction}">{body}</p></body></html>')
        return document

    def _with_icon(self, pictogram: str, icon: int, document: QTextDocument, column: FlashColumn, *,
                   before: int = 0, after: int = 0) -> _Block:
        image = pictograms.image(pictogram, icon, fallback="info")
        height = max(icon, round(document.size().height()))

        def paint(painter: QPainter, x: int, y: int) -> None:
            icon_x = x + self._width - icon if column.rtl else x
            painter.drawImage(QRect(icon_x, y + before, icon, icon), image)
            text_x = x + self._width - icon - self.px(3) - round(document.textWidth()) if column.rtl else x + icon + self.px(3)
            _draw(painter, document, text_x, y + before)

        return _Block(height + before + after, paint)


def _ltr(text: str) -> str:
    """Hours and times read left to right in every language ("09:00–12:00, 14:00–17:30")."""
    return f"\u202a{text}\u202c"  # LRE ... PDF, which Qt's text layout follows


def _draw(painter: QPainter, document: QTextDocument, x: int, y: int) -> None:
    painter.save()
    painter.translate(x, y)
    document.drawContents(painter, QRectF(0, 0, document.textWidth(), document.size().height()))
    painter.restore()



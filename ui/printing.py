"""The large-type handout a resident takes away on paper.

The handout is a ``QTextDocument`` made from HTML written here, with every catalogue string
escaped (catalogue text never becomes markup, DESIGN.md section 6), laid out for the printer's
page and painted page by page with ``QPainter``. None of it touches a widget, so it runs on a
worker thread: Qt supports painting on a ``QPrinter``, a ``QPdfWriter`` or a ``QImage`` outside
the UI thread, and each call builds its own document, images and SVG renderers there.

    run_in_background(self, lambda: printer.print_handout(view, ticked), self._on_printed)
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor, QFont, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QPen,
    QTextDocument, QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from kiosk.catalogue import PartnerView, ProcedureView
from kiosk.database import Database
from kiosk.settings import get_setting
from kiosk.takeaway import checklist_text, display_address, is_right_to_left
from ui import pictograms
from ui.print_jobs import PRINTED, PrintJob, system_printer
from ui.screens.guide import KIND_PICTOGRAMS  # the step kinds' pictograms, as on the guide
from ui.widgets.qr import QUIET_ZONE, qr_image, qr_matrix
from ui.fonts import kiosk_font
from ui.translations import qt_locale

#: Type sizes in points: nothing on the handout is smaller than 16 pt.
BODY_PT = 18
TITLE_PT = 28
HEADING_PT = 22
SMALL_PT = 16
MARGIN_MM = 15
INK = "#000000"
MUTED = "#33415C"


def _date_text(value, lang: str) -> str:
    """A date written the way the language writes it ("25 novembre 2026"), as on the screens."""
    return qt_locale(lang).toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


# --- printing and PDF ---------------------------------------------------------------------------


def print_handout(view: ProcedureView, ticked: Iterable[str] | None, printer: QPagedPaintDevice) -> None:
    """Print the handout of ``view`` on ``printer`` (a ``QPrinter``, or any paged device).

    Blocking: call it on a worker thread. ``printer`` must not be used elsewhere meanwhile.
    """
    ticked = frozenset(ticked or ())
    if isinstance(printer, QPrinter):
        printer.setDocName(view.title.text)
        printer.setFullPage(False)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    document = handout_document(view, ticked, printer)
    _paint_pages(document, printer)


def handout_to_pdf(view: ProcedureView, ticked: Iterable[str] | None, path: str | Path) -> None:
    """Write the handout of ``view`` as an A4 PDF file at ``path``. Blocking, thread-safe."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(600)
    writer.setTitle(view.title.text)
    writer.setCreator("kiosk")
    print_handout(view, ticked, writer)


@dataclass(frozen=True)
class PdfPrinter:
    """Prints to a PDF file: for tests and screenshots, or a later "save" option."""

    path: Path
    name: str = "PDF"

    def print_handout(self, view: ProcedureView, ticked: Iterable[str] | None) -> PrintJob:
        handout_to_pdf(view, ticked, self.path)
        return PrintJob(self.name, None, PRINTED, "written to a PDF file")

    def follow(self, job: PrintJob) -> PrintJob:
        return job


def configured_printer(db: Database):
    """The printer the kiosk's ``printer`` setting names (empty: the system's default), or None.

    None also when the print system does not answer within its deadline. A named printer that has
    gone is not replaced by another one, which might stand in another room. Blocking: call it off
    the UI thread (``ui.print_jobs``).
    """
    return system_printer(get_setting(db, "printer"))


# --- the document -------------------------------------------------------------------------------


def handout_document(view: ProcedureView, ticked: frozenset[str], device: QPagedPaintDevice) -> QTextDocument:
    """The handout laid out for ``device``'s page, images included."""
    dpi = device.logicalDpiX()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    font = kiosk_font(point_size=BODY_PT)
    document.setDefaultFont(font)
    rtl = is_right_to_left(view)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    # The bottom of each page is kept for its number.
    document.setPageSize(QSizeF(device.width(), device.height() - _footer_height(dpi)))

    images = _Images(document, dpi)
    images.add_boxes()
    document.setHtml(handout_html(view, ticked, images, rtl=rtl))
    return document


def handout_html(view: ProcedureView, ticked: frozenset[str], images: _Images, *, rtl: bool) -> str:
    """The handout as HTML; every catalogue string goes through ``html.escape``.

    Order: the title, the QR codes (this list, the official website), the documents with tick
    boxes, the numbered steps, who can help nearby, what the text was checked against (site and page date).
    """
    e = html.escape
    direction = "rtl" if rtl else "ltr"
    box = images.px(9)
    picture = images.px(14)
    parts = [
        f'<html><body dir="{direction}" style="font-size:{BODY_PT}pt; color:{INK}">',
        f'<h1 dir="{direction}" style="font-size:{TITLE_PT}pt; font-weight:bold">{e(view.title.text)}</h1>',
        _codes(view, ticked, images, rtl),
    ]
    if view.checklist:
        parts.append(_heading(QCoreApplication.translate("Handout", "Documents to gather"), direction))
        parts.append(_table_start(direction))
        for item in view.checklist:
            tick = "box-ticked" if item.document.slug in ticked else "box-empty"
            text = f"<b>{e(item.document.title.text)}</b>"
            if item.optional:
                only_if = QCoreApplication.translate("Handout", "only if it concerns you")
                text += f" ({e(only_if)})"
            if item.note.text:
                text += f'<br><span style="font-size:{SMALL_PT}pt">{e(item.note.text)}</span>'
            parts.append(_row([
                f'<td valign="middle">{images.img(tick, box)}</td>',
                f'<td valign="middle">{images.pictogram(item.document.pictogram, picture)}</td>',
                f'<td valign="middle">{text}</td>',
            ], rtl))
        parts.append("</table>")
    if view.steps:
        parts.append(_heading(QCoreApplication.translate("Handout", "Steps"), direction))
        parts.append(_table_start(direction))
        for number, step in enumerate(view.steps, 1):
            text = e(step.text.text)
            if step.partner is not None:
                text += f'<br><span style="font-size:{SMALL_PT}pt">{_partner_line(step.partner)}</span>'
            parts.append(_row([
                f'<td valign="top" align="center" style="font-size:{HEADING_PT}pt"><b>{number}</b></td>',
                f'<td valign="top">{images.pictogram(KIND_PICTOGRAMS.get(step.kind, "document"), picture)}</td>',
                f'<td valign="top">{text}</td>',
            ], rtl))
        parts.append("</table>")
    partners = _helpful_partners(view)
    if partners:
        parts.append(_heading(QCoreApplication.translate("Handout", "Who can help you nearby"), direction))
        for partner in partners:
            parts.append(f'<p dir="{direction}" style="margin-bottom:8pt"><b>{e(partner.name)}</b>'
                         f'{_partner_details(partner)}</p>')
    if view.source_site:  # the main source's site and its page's date (kiosk.sources)
        checked = (QCoreApplication.translate("Handout", "Checked against %1 (page of %2)").replace(
            "%2", _date_text(view.page_date, view.title.lang)) if view.page_date else
            QCoreApplication.translate("Handout", "Checked against %1")).replace("%1", view.source_site)
        parts.append(f'<p dir="{direction}" style="font-size:{SMALL_PT}pt; color:{MUTED}; margin-top:18pt">'
                     f'{e(checked)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def _codes(view: ProcedureView, ticked: frozenset[str], images: _Images, rtl: bool) -> str:
    """The QR code of the checklist and, when there is one, of the official website."""
    e = html.escape
    side = images.qr("qr-checklist", checklist_text(view, ticked), 42)
    site = images.qr("qr-website", view.online_service, 32) if view.online_service else 0
    # Qt sizes columns from their content; fixed shares keep both captions readable.
    widths = ("25%", "27%", "19%", "29%") if site else ("25%", "75%")
    on_phone = QCoreApplication.translate("Handout", "This list on your phone (no internet needed)")
    website = QCoreApplication.translate("Handout", "The official website")
    cells = [f'<td valign="middle" width="{widths[0]}">{images.img("qr-checklist", side)}</td>',
             f'<td valign="middle" width="{widths[1]}">{e(on_phone)}</td>']
    if site:
        cells += [f'<td valign="middle" width="{widths[2]}">{images.img("qr-website", site)}</td>',
                  f'<td valign="middle" width="{widths[3]}">{e(website)}<br>'
                  f'<span style="font-size:{SMALL_PT}pt">{e(display_address(view.online_service))}</span></td>']
    return _table_start("rtl" if rtl else "ltr") + _row(cells, rtl) + "</table>"


def _row(cells: list[str], rtl: bool) -> str:
    """A table row; Qt does not mirror table columns, so right-to-left rows are written reversed."""
    return "<tr>" + "".join(reversed(cells) if rtl else cells) + "</tr>"


def _heading(text: str, direction: str) -> str:
    return (f'<h2 dir="{direction}" style="font-size:{HEADING_PT}pt; font-weight:bold; '
            f'margin-top:18pt; margin-bottom:6pt">{html.escape(text)}</h2>')


def _table_start(direction: str) -> str:
    return f'<table dir="{direction}" width="100%" cellspacing="0" cellpadding="8" border="0">'


def _partner_line(partner: PartnerView) -> str:
    return f"<b>{html.escape(partner.name)}</b>{_partner_details(partner, separator=' · ')}"


def _partner_details(partner: PartnerView, separator: str = "<br>") -> str:
    details = [html.escape(partner.address)] if partner.address else []
    if partner.telephone:
        # A phone number reads left to right in every language.
        phone = QCoreApplication.translate("Handout", "Phone:")
        details.append(f'{html.escape(phone)} <span dir="ltr">{html.escape(partner.telephone)}</span>')
    return "".join(separator + detail for detail in details)


def _helpful_partners(view: ProcedureView) -> list[PartnerView]:
    """The procedure's partners, then those its steps send the resident to, each once."""
    seen: dict[str, PartnerView] = {}
    for partner in [*view.partners, *(s.partner for s in view.steps if s.partner is not None)]:
        seen.setdefault(partner.slug, partner)
    return list(seen.values())


class _Images:
    """The handout's images, registered as resources of ``document`` at the device's resolution."""

    def __init__(self, document: QTextDocument, dpi: int) -> None:
        self._document = document
        self._dpi = dpi
        self._added: set[str] = set()

    def px(self, millimetres: float) -> int:
        """Device pixels in ``millimetres``."""
        return round(millimetres / 25.4 * self._dpi)

    def css(self, device_px: int) -> float:
        """HTML lengths are in 96-dpi pixels, which the layout scales to the device's resolution."""
        return round(device_px * 96 / self._dpi, 2)

    def img(self, name: str, side: int) -> str:
        """An image tag drawing resource ``name`` ``side`` device pixels wide and high."""
        return f'<img src="kiosk:{name}" width="{self.css(side)}" height="{self.css(side)}">'

    def pictogram(self, name: str, side: int) -> str:
        key = f"pictogram-{name}"
        if key not in self._added:
            self._add(key, pictograms.image(name, side, fallback="document"))
        return self.img(key, side)

    def qr(self, name: str, text: str, millimetres: float) -> int:
        """Register the QR code of ``text``, about ``millimetres`` wide; returns its exact side in px."""
        matrix = qr_matrix(text)
        module_px = max(1, self.px(millimetres) // (len(matrix) + 2 * QUIET_ZONE))
        image = qr_image(matrix, module_px)
        self._add(name, image)
        return image.width()

    def add_boxes(self) -> None:
        side = self.px(9)
        for name, ticked in (("box-empty", False), ("box-ticked", True)):
            self._add(name, _tick_box(side, ticked))

    def _add(self, name: str, image: QImage) -> None:
        self._document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"kiosk:{name}"), image)
        self._added.add(name)


def _tick_box(side: int, ticked: bool) -> QImage:
    """An empty square to tick with a pen, or one already ticked."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(INK), max(2.0, side / 14))
    painter.setPen(pen)
    inset = pen.widthF()
    painter.drawRect(QRectF(inset, inset, side - 2 * inset, side - 2 * inset))
    if ticked:
        pen.setWidthF(side / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(side * 0.22, side * 0.52), QPointF(side * 0.42, side * 0.72),
                              QPointF(side * 0.80, side * 0.28)])
    painter.end()
    return image


def _footer_height(dpi: int) -> int:
    return round(12 / 25.4 * dpi)


def _paint_pages(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Paint ``document`` one page at a time, with "1 / 2" at the foot of each when there are several."""
    page = document.pageSize()
    pages = document.pageCount()
    footer = QRectF(0, device.height() - _footer_height(device.logicalDpiX()), device.width(),
                    _footer_height(device.logicalDpiX()))
    font = kiosk_font(point_size=SMALL_PT)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer could not be opened.")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            if pages > 1:
                painter.setFont(QFont(font, device))
                painter.setPen(QColor(MUTED))
                painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, f"{index + 1} / {pages}")
    finally:
        painter.end()

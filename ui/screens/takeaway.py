"""Take it with me: the checklist as a QR code, the official website as a QR code, a handout."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.stats import Event
from kiosk.catalogue import ProcedureView, load_procedure
from kiosk.takeaway import checklist_text, display_address
from ui import pictograms, theme
from ui.fullscreen import current_scale
from ui.print_panel import PrintPanel
from ui.printing import configured_printer
from ui.screens.base import Screen
from ui.widgets.common import picture
from ui.widgets.labels import PlainLabel
from ui.widgets.qr import QrCode

#: Width of each QR code's column; the codes grow with the height left to them (about 550 px
#: at 1920x1080), enough for 4 screen pixels a module on the densest checklist.
CARD_WIDTH = 700
CARD_SPACING = 96
CAPTION_ICON = 56
PRINT_ICON = 48
BADGE_MARGIN = 8


class TakeawayScreen(Screen):
    """Two QR codes side by side (the checklist itself, the official website) and a print button.

    ``open`` takes a procedure slug, or a ``(slug, ticked)`` tuple where ``ticked`` holds the
    slugs of the documents the resident already has (the procedure screen sends the tuple).

    Args:
        find_printer: returns the printer to use (see ``ui.print_panel.PrintPanel``) or None;
            called off the UI thread, since asking the print system may take a while. By
            default, the printer the kiosk's settings name, else the system's default printer.

    Signals:
        loaded(): the procedure is shown (its QR codes may still be being built).
        printed(bool): a print ended: printed, or not (see ``PrintPanel``).
    """

    loaded = Signal()
    printed = Signal(bool)

    def __init__(self, services, parent=None, *,
                 find_printer: Callable[[], object | None] | None = None) -> None:
        super().__init__(services, parent)
        db = services.context.db
        self._find_printer = find_printer or (lambda: configured_printer(db))
        self._slug: str | None = None
        self._ticked: frozenset[str] = frozenset()
        self._view: ProcedureView | None = None

        # children
        self._procedure = PlainLabel(object_name="Heading")
        self._procedure.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._missing = PlainLabel(object_name="Lead")
        self._missing.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._missing.hide()
        border = theme.COLOURS["border"]
        self._checklist_code = QrCode(framed=True, frame_colour=border)
        self._checklist_caption = PlainLabel(object_name="QrCaption")
        self._website_code = QrCode(framed=True, frame_colour=border)
        self._website_caption = PlainLabel(object_name="QrCaption")
        self._website_address = PlainLabel(object_name="Muted")
        self._website_address.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._checklist_card = self._card(self._checklist_code, "document", self._checklist_caption)
        self._website_card = self._card(self._website_code, "online", self._website_caption,
                                        self._website_address)
        self._printing = PrintPanel(services, self._find_printer, QSize(PRINT_ICON + 2 * BADGE_MARGIN, PRINT_ICON))

        # layout: a grid, so that both codes get the same height whatever their captions' lengths
        codes = self._codes = QGridLayout()
        codes.setHorizontalSpacing(CARD_SPACING)
        codes.setVerticalSpacing(8)
        self._card_width = CARD_WIDTH
        self._portrait: bool | None = None
        self.set_portrait(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 8, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._procedure)
        layout.addWidget(self._missing)
        layout.addLayout(codes, 1)
        layout.addWidget(self._printing)

        # signals
        self._printing.printed.connect(self.printed)

        self._retranslate()

    # --- Screen ---------------------------------------------------------------------------

    def set_portrait(self, portrait: bool) -> None:
        """Landscape: the two codes side by side; portrait: one above the other, each as wide
        as the screen allows. Either way no wider than the screen leaves them."""
        room = self.window().width() - 2 * 48 if self.window() is not self else 2 * CARD_WIDTH + CARD_SPACING
        self._card_width = min(theme.scaled(CARD_WIDTH, current_scale()),
                               room if portrait else (room - CARD_SPACING) // 2)
        if portrait != self._portrait:
            self._portrait = portrait
            codes = self._codes
            for card in (self._checklist_card, self._website_card):
                for widget in card:
                    codes.removeWidget(widget)
            for index, card in enumerate((self._checklist_card, self._website_card)):
                for row, widget in enumerate(card):
                    place = (index * len(self._checklist_card) + row, 1) if portrait else (row, 1 + index)
                    codes.addWidget(widget, *place, Qt.AlignmentFlag.AlignHCenter)
            for column in range(4):  # empty columns either side take what is left: codes centred
                codes.setColumnStretch(column, 1 if column in (0, 2 if portrait else 3) else 0)
            for row in range(codes.rowCount()):
                codes.setRowStretch(row, 1 if row in ((0, len(self._checklist_card)) if portrait else (0,)) else 0)
        for card in (self._checklist_card, self._website_card):
            for widget in card:
                widget.setFixedWidth(self._card_width)
        self._fit_caption(self._checklist_caption)
        self._fit_caption(self._website_caption)

    def title(self) -> str:
        return self.tr("Take it with me")

    def open(self, argument: object, lang: str) -> None:
        """Show the procedure ``argument``: a slug, or a ``(slug, ticked document slugs)`` tuple."""
        if isinstance(argument, tuple):
            slug, ticked = argument
            self.set_ticked(ticked)
        else:
            slug = argument
        self._slug = slug if isinstance(slug, str) else None
        if self._slug is not None:  # the checklist's QR code is on screen: taken away
            self.services.count(Event.TAKEN_AWAY, procedure=self._slug, language=lang)
        self._view = None
        self._checklist_code.set_text("")
        self._website_code.set_text("")
        self.show_language(lang)

    def show_language(self, lang: str) -> None:
        self.lang = lang
        self._retranslate()
        slug, ticked = self._slug, self._ticked
        if slug is None:
            self.forget_loads()
            self._show((None, ""))
            return
        db = self.services.context.db

        def work() -> tuple[ProcedureView | None, str]:
            view = load_procedure(db, slug, lang)
            text = checklist_text(view, ticked) if view is not None else ""
            return view, text

        self.load_in_background(work, self._show)

    def spoken_text(self) -> str:
        parts = [self.title(), self._procedure.text(), self._missing.text() if self._view is None else ""]
        if self._view is not None:
            parts.append(self._checklist_caption.text())
            if not self._website_code.isHidden():
                parts.append(self._website_caption.text())
        parts.extend(self._printing.spoken_parts())
        return "\n".join(part for part in parts if part)

    def reset(self) -> None:
        """Forget the procedure, the ticks and what the codes held (the idle reset)."""
        self.forget_loads()
        self._printing.reset()
        self._slug, self._view, self._ticked = None, None, frozenset()
        self._checklist_code.set_text("")
        self._website_code.set_text("")
        self._procedure.setText("")

    # --- what the procedure screen calls --------------------------------------------------

    def set_ticked(self, slugs: Iterable[str]) -> None:
        """The documents the resident ticked; they show ticked in the QR code and on paper."""
        self._ticked = frozenset(slugs)

    def ticked(self) -> frozenset[str]:
        return self._ticked

    # --- user actions ----------------------------------------------------------------------

    def print_list(self) -> None:
        """Print the handout on the kiosk's printer; the screen stays responsive meanwhile."""
        self._printing.print_list()

    # --- parts, for tests ------------------------------------------------------------------

    def checklist_code(self) -> QrCode:
        return self._checklist_code

    def website_code(self) -> QrCode:
        return self._website_code

    def print_button(self) -> QPushButton:
        return self._printing.button

    def print_status(self) -> QLabel:
        return self._printing.status

    def print_panel(self) -> PrintPanel:
        return self._printing

    def visible_codes(self) -> list[QrCode]:
        return [code for code in (self._checklist_code, self._website_code) if not code.isHidden()]

    # --- internals -------------------------------------------------------------------------

    def _card(self, code: QrCode, pictogram: str, caption: PlainLabel, *extra: QWidget) -> list[QWidget]:
        """A code, its pictogram and caption below it, and anything else under them."""
        caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        captioned = QWidget()
        row = QHBoxLayout(captioned)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addStretch(1)
        row.addWidget(picture(pictogram, CAPTION_ICON), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(caption)
        row.addStretch(1)
        return [code, captioned, *extra]

    @staticmethod
    def _set_visible(card: list[QWidget], visible: bool) -> None:
        for widget in card:
            widget.setVisible(visible)

    def _fit_caption(self, caption: QLabel) -> None:
        """As wide as its text, up to the card: the pictogram and caption stay centred together."""
        caption.ensurePolished()
        widest = self._card_width - CAPTION_ICON - 16
        caption.setFixedWidth(min(widest, caption.fontMetrics().horizontalAdvance(caption.text()) + 4))

    def _retranslate(self) -> None:
        self._checklist_caption.setText(self.tr("Your checklist on your phone (no internet needed)"))
        self._checklist_code.setAccessibleName(self.tr("QR code of your checklist"))
        self._website_caption.setText(self.tr("The official website"))
        self._website_code.setAccessibleName(self.tr("QR code of the official website"))
        self._fit_caption(self._checklist_caption)
        self._fit_caption(self._website_caption)
        self._printing.button.setIcon(_on_white_badge("print", PRINT_ICON))
        self._printing.retranslate()
        self._missing.setText(self.tr("This procedure is no longer in the catalogue."))

    def _show(self, result: tuple[ProcedureView | None, str]) -> None:
        view, text = result
        self._view = view
        self._missing.setVisible(view is None)
        self._set_visible(self._checklist_card, view is not None)
        self._set_visible(self._website_card, view is not None and bool(view.online_service))
        self._procedure.setText(self.shown(view.title) if view is not None else "")
        self._checklist_code.set_text(text)
        self._website_code.set_text(view.online_service if view is not None else "")
        self._website_address.setText(display_address(view.online_service) if view is not None else "")
        self._printing.show_procedure(view, self._slug, self._ticked, self.lang)
        self.content_changed.emit()
        self.loaded.emit()


def _on_white_badge(pictogram: str, size: int) -> QIcon:
    """The pictogram on a white rounded square (its dark strokes would vanish on a blue button),
    with a margin each side so that the button's words do not touch it in either direction."""
    ratio = 2.0
    image = QPixmap(QSize(size + 2 * BADGE_MARGIN, size) * ratio)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(BADGE_MARGIN, 0, size, size), size / 5, size / 5)
    inset = size // 10
    painter.drawPixmap(BADGE_MARGIN + inset, inset, pictograms.pixmap(pictogram, size - 2 * inset, ratio=ratio))
    painter.end()
    return QIcon(image)

"""The guide: one step per screen, "step 2 of 5", big Back and Next, the step's link as a QR code;
then "did this help you?"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from kiosk.catalogue import ProcedureView, load_procedure
from kiosk.glossary import found_in
from kiosk.stats import Event
from ui import pictograms, theme
from ui.screens.base import ItemScreen
from ui.widgets.common import big_button, set_button, touch_scroll_area
from ui.widgets.french import FrenchBeside
from ui.widgets.glossary_row import GlossaryRow
from ui.widgets.labels import PlainLabel
from ui.widgets.qr import QrCode

KIND_PICTOGRAMS = {"online": "online", "on_site": "on-site", "document": "document", "phone": "step-phone"}
#: Width of the step's QR code: scanned from arm's length by a phone, beside the step's text.
CODE_WIDTH = 300


class GuideScreen(ItemScreen):
    """Walks through a procedure's steps, one at a time."""

    loader = staticmethod(load_procedure)

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.position = 0

        self._counter = PlainLabel(object_name="Heading")
        self._progress = QProgressBar(textVisible=False)
        self._progress.setFixedHeight(16)
        self._picture = PlainLabel()
        self._picture.setFixedSize(160, 160)
        self._kind = PlainLabel(object_name="Muted")
        self._text = PlainLabel(object_name="StepText")
        self._text_fr = FrenchBeside()  # at a front desk (Services.french_beside)
        self._where = PlainLabel(object_name="Lead")
        self._link = PlainLabel(object_name="Link")
        self._code = QrCode(framed=True, frame_colour=theme.COLOURS["border"])
        self._code.setFixedWidth(CODE_WIDTH)
        self._code_caption = PlainLabel(object_name="QrCaption")
        self._code_caption.setFixedWidth(CODE_WIDTH)
        self._code_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        code = QVBoxLayout()
        code.setSpacing(8)
        code.addWidget(self._code)
        code.addWidget(self._code_caption)
        code.addStretch(1)
        self._previous = big_button("", "back", role="Secondary")
        self._next = big_button("", "next")
        self.words = GlossaryRow()
        self._question = PlainLabel(object_name="ScreenTitle")
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._yes = big_button("", "thumb-up")
        self._no = big_button("", "thumb-down", role="Secondary")
        for button in (self._yes, self._no):
            button.setIconSize(button.iconSize() * 2)
            button.setMinimumSize(420, 160)

        # The step's words scroll when a small screen has no room for all of them.
        body_widget = QWidget()
        body = QVBoxLayout(body_widget)
        body.setContentsMargins(0, 0, 16, 0)  # room between the words and the scroll bar
        body.setSpacing(16)
        body.addWidget(self._kind)
        body.addWidget(self._text)
        body.addWidget(self._text_fr)
        body.addWidget(self._where)
        body.addWidget(self._link)
        body.addWidget(self.words)
        body.addStretch(1)
        step = QHBoxLayout()
        step.setSpacing(40)
        step.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignTop)
        step.addWidget(touch_scroll_area(body_widget), 1)
        step.addLayout(code)
        buttons = QHBoxLayout()
        buttons.addWidget(self._previous)
        buttons.addStretch(1)
        buttons.addWidget(self._next)
        for button in (self._previous, self._next):
            button.setMinimumWidth(320)
        step_page = QWidget()
        page = QVBoxLayout(step_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(20)
        page.addWidget(self._counter)
        page.addWidget(self._progress)
        page.addLayout(step, 1)
        page.addLayout(buttons)

        feedback_page = QWidget()
        answers = QHBoxLayout()
        answers.setSpacing(64)
        answers.addStretch(1)
        answers.addWidget(self._yes)
        answers.addWidget(self._no)
        answers.addStretch(1)
        feedback = QVBoxLayout(feedback_page)
        feedback.addStretch(1)
        feedback.addWidget(self._question)
        feedback.addSpacing(48)
        feedback.addLayout(answers)
        feedback.addStretch(2)

        self._pages = QStackedWidget()
        self._pages.addWidget(step_page)
        self._pages.addWidget(feedback_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 8, 48, 24)
        layout.addWidget(self._pages)

        self._previous.clicked.connect(self.previous_step)
        self._next.clicked.connect(self.next_step)
        self._yes.clicked.connect(lambda: self.answer(helped=True))
        self._no.clicked.connect(lambda: self.answer(helped=False))
        self.words.chosen.connect(self.navigate.emit)

    # --- Screen ---------------------------------------------------------------------------

    def open(self, argument: object, lang: str) -> None:
        if argument != self._slug or self.asking():
            self.position = 0
        if self.position == 0:
            self.services.count(Event.GUIDE_STARTED, procedure=str(argument), language=lang)
        self._slug = str(argument)
        self._pages.setCurrentIndex(0)
        self.show_language(lang)

    def spoken_text(self) -> str:
        if self.asking():
            return self._question.text()
        return "\n".join(t for t in (self._counter.text(), self._text.text(), self._where.text()) if t)

    def reset(self) -> None:
        self.forget_loads()
        self.view, self._slug, self.position = None, None, 0
        self._pages.setCurrentIndex(0)
        self._show_code("")

    def step_code(self) -> QrCode:
        """The QR code of the step's link (empty and hidden when the step has none)."""
        return self._code

    # --- user actions ---------------------------------------------------------------------

    @Slot()
    def next_step(self) -> None:
        if self.view is None:
            return
        if self.position + 1 < len(self.view.steps):
            self.position += 1
            self._fill()
        else:
            self.services.count(Event.GUIDE_FINISHED, procedure=self.view.slug, language=self.lang)
            self._pages.setCurrentIndex(1)
            self._fill_question()

    def asking(self) -> bool:
        """Whether the screen asks "did this help you?" (after the last step)."""
        return self._pages.currentIndex() == 1

    def answer(self, helped: bool) -> None:
        """The resident's answer to "did this help you?": counted, then back to the checklist."""
        if self.view is not None:
            self.services.count(Event.HELPFUL_YES if helped else Event.HELPFUL_NO,
                                procedure=self.view.slug, language=self.lang)
        self.position = 0
        self._pages.setCurrentIndex(0)
        self.navigate.emit("procedure", self._slug)

    @Slot()
    def previous_step(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._fill()

    # --- internals ------------------------------------------------------------------------

    def _show(self, view: ProcedureView | None) -> None:
        self.view = view
        if view is not None:
            self.position = min(self.position, max(0, len(view.steps) - 1))
        self._fill_question() if self.asking() else self._fill()

    def _fill_question(self) -> None:
        self._question.setText(self.tr("Did this help you?"))
        set_button(self._yes, self.tr("Yes"), "thumb-up")
        set_button(self._no, self.tr("No"), "thumb-down")
        self.content_changed.emit()

    def _show_code(self, url: str) -> None:
        """The step's link as a QR code, so a phone opens it; nothing when there is no link."""
        self._code.set_text(url)
        self._code.setAccessibleName(self.tr("QR code of this page, to open it on your phone"))
        self._code_caption.setText(self.tr("Open this page on your phone"))
        self._code.setVisible(bool(url))
        self._code_caption.setVisible(bool(url))

    def _fill(self) -> None:
        view = self.view
        if view is None or not view.steps:
            self._counter.setText("")
            self._text.setText(self.tr("This procedure has no steps to follow here. "
                                       "Ask at the reception or a partner nearby."))
            for widget in (self._where, self._link, self._kind):
                widget.setText("")
            self._text_fr.set_french("")
            self._show_code("")
            self.words.show_terms((), lambda lang: False)
            self._next.setVisible(False)
            self._previous.setVisible(False)
            self.content_changed.emit()
            return
        step, total = view.steps[self.position], len(view.steps)
        self._counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.position + 1))
                              .replace("%2", str(total)))
        self._progress.setRange(0, total)
        self._progress.setValue(self.position + 1)
        self._picture.setPixmap(pictograms.pixmap(KIND_PICTOGRAMS.get(step.kind, "document"), 160, ratio=2.0))
        self._kind.setText({"online": self.tr("On the internet"), "on_site": self.tr("Go to an office"),
                            "document": self.tr("Papers"), "phone": self.tr("By phone")}.get(step.kind, ""))
        self._text.setText(self.shown(step.text))
        french = self.french.steps if self.french is not None else ()
        self._text_fr.set_french(self.beside(step.text, french[self.position].text)
                                 if len(french) == total else "")
        where = ""
        if step.partner is not None:
            where = step.partner.name + (" — " + step.partner.address if step.partner.address else "")
            if step.partner.telephone:
                where += "\n" + self.tr("Phone: %1").replace("%1", step.partner.telephone)
        self._where.setText(where)
        self._where.setVisible(bool(where))
        self._link.setText(step.url)
        self._link.setVisible(bool(step.url))
        self._show_code(step.url)
        # The words of this step only: the procedure's words were found in all of its texts.
        self.words.show_terms(found_in(view.glossary, [step.text.text]),
                              lambda lang: self.services.direction(lang) == "rtl")
        rtl = self.is_rtl()
        self._previous.setVisible(True)
        self._previous.setEnabled(self.position > 0)
        self._next.setVisible(True)
        last = self.position + 1 == total
        set_button(self._previous, self.tr("Previous step"), "back", mirrored=rtl)
        set_button(self._next, self.tr("Finished") if last else self.tr("Next step"),
                   "check" if last else "next", mirrored=rtl)
        self.content_changed.emit()

""""Is this for me?": a procedure's yes/no questions, one per screen, before its checklist.

Tap only: big Yes and No, "Previous question", and "Skip" to the checklist at any time. The end
says "This procedure is probably for you", or gives the advice of the first question answered the
other way, with its partner's card. The answers live in this screen only, for this visit: opening
the questions again starts them afresh, and the idle reset forgets them (DESIGN.md 5 and 6). Only
the result is counted, per day, with nothing else (kiosk/stats.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from kiosk.catalogue import ProcedureView, QuestionView, load_procedure
from kiosk.stats import Event
from ui.screens.base import ItemScreen
from ui.widgets.common import big_button, clear_layout, set_button, touch_scroll_area
from ui.widgets.labels import PlainLabel
from ui.widgets.partner_card import PartnerCard

# The pages of the screen.
QUESTION, RESULT = 0, 1


class EligibilityScreen(ItemScreen):
    """Asks a procedure's "is this for me?" questions, then says what the answers mean."""

    loader = staticmethod(load_procedure)

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        # The answers given so far, in order (True: yes): this visit only.
        self.answers: list[bool] = []
        self._counted = False

        self._counter = PlainLabel(object_name="Heading")
        self._progress = QProgressBar(textVisible=False)
        self._progress.setFixedHeight(16)
        self._question = PlainLabel(object_name="ScreenTitle")
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._yes = big_button("", "check")
        self._no = big_button("", "close", role="Secondary")
        for button in (self._yes, self._no):
            button.setIconSize(button.iconSize() * 2)
            button.setMinimumSize(360, 120)
        self._previous = big_button("", "back", role="Secondary")
        self._skip = big_button("", "next", role="Secondary")

        self._verdict = PlainLabel(object_name="ScreenTitle")
        self._advice = PlainLabel(object_name="StepText")
        self._cards = QVBoxLayout()
        self._checklist = big_button("", "next")
        self._change = big_button("", "back", role="Secondary")

        answers = QHBoxLayout()
        answers.setSpacing(64)
        answers.addStretch(1)
        answers.addWidget(self._yes)
        answers.addWidget(self._no)
        answers.addStretch(1)
        ways = QHBoxLayout()
        ways.addWidget(self._previous)
        ways.addStretch(1)
        ways.addWidget(self._skip)
        question_page = QWidget()
        page = QVBoxLayout(question_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(20)
        page.addWidget(self._counter)
        page.addWidget(self._progress)
        page.addStretch(1)
        page.addWidget(self._question)
        page.addSpacing(16)
        page.addLayout(answers)
        page.addStretch(2)
        page.addLayout(ways)

        result_content = QWidget()
        result = QVBoxLayout(result_content)
        result.setContentsMargins(0, 0, 16, 0)
        result.setSpacing(24)
        result.addWidget(self._verdict)
        result.addWidget(self._advice)
        result.addLayout(self._cards)
        result.addStretch(1)
        result_ways = QHBoxLayout()
        result_ways.addWidget(self._change)
        result_ways.addStretch(1)
        result_ways.addWidget(self._checklist)
        result_page = QWidget()
        page = QVBoxLayout(result_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(20)
        page.addWidget(touch_scroll_area(result_content), 1)
        page.addLayout(result_ways)

        self._pages = QStackedWidget()
        self._pages.addWidget(question_page)
        self._pages.addWidget(result_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 8, 48, 24)
        layout.addWidget(self._pages)

        self._yes.clicked.connect(lambda: self.answer(True))
        self._no.clicked.connect(lambda: self.answer(False))
        self._previous.clicked.connect(self.previous_question)
        self._change.clicked.connect(self.previous_question)
        self._skip.clicked.connect(self.see_checklist)
        self._checklist.clicked.connect(self.see_checklist)

    # --- Screen ---------------------------------------------------------------------------

    def open(self, argument: object, lang: str) -> None:
        self.answers, self._counted = [], False  # every visit starts afresh
        if self.view is not None and self.view.slug != str(argument):
            self.view = None  # no answer to another procedure's question while this one loads
        self._pages.setCurrentIndex(QUESTION)
        super().open(argument, lang)

    def spoken_text(self) -> str:
        if self.view is None:
            return ""
        if self.showing_result():
            cards = [line for card in self._card_widgets() for line in (card.partner.name, card.partner.address)]
            return "\n".join(t for t in (self._verdict.text(), self._advice.text(), *cards) if t)
        return "\n".join(t for t in (self.title(), self._counter.text(), self._question.text()) if t)

    def reset(self) -> None:
        self.forget_loads()
        self.view, self._slug, self.answers, self._counted = None, None, [], False
        self._pages.setCurrentIndex(QUESTION)
        clear_layout(self._cards)

    # --- user actions ---------------------------------------------------------------------

    def showing_result(self) -> bool:
        return self._pages.currentIndex() == RESULT

    def answer(self, yes: bool) -> None:
        """The resident's answer to the question shown: the next question, or the result."""
        if self.view is None or self.showing_result() or len(self.answers) >= len(self.view.questions):
            return
        self.answers.append(yes)
        question = self.view.questions[len(self.answers) - 1]
        if yes != question.relevant_if or len(self.answers) == len(self.view.questions):
            self._pages.setCurrentIndex(RESULT)
            if not self._counted:  # the first result of this visit: counted per day, nothing else
                self._counted = True
                self.services.count(Event.PROBABLY_FOR_ME if self.not_for_them() is None
                                    else Event.PROBABLY_NOT_FOR_ME)
        self._fill()

    @Slot()
    def previous_question(self) -> None:
        """Back to the question before (from the result: the last question answered)."""
        if not self.answers:
            return
        self.answers.pop()
        self._pages.setCurrentIndex(QUESTION)
        self._fill()

    @Slot()
    def see_checklist(self) -> None:
        self.navigate.emit("procedure", self._slug)

    def not_for_them(self) -> QuestionView | None:
        """The first question answered the other way, if any."""
        if self.view is None:
            return None
        for question, yes in zip(self.view.questions, self.answers):
            if yes != question.relevant_if:
                return question
        return None

    # --- internals ------------------------------------------------------------------------

    def _card_widgets(self) -> list[PartnerCard]:
        return [self._cards.itemAt(i).widget() for i in range(self._cards.count())]

    def _show(self, view: ProcedureView | None) -> None:
        self.view = view
        if view is not None:
            self.answers = self.answers[:len(view.questions)]
            if not self.answers or self.not_for_them() is None and len(self.answers) < len(view.questions):
                self._pages.setCurrentIndex(QUESTION)
        self._fill()

    def _fill(self) -> None:
        view, rtl = self.view, self.is_rtl()
        set_button(self._yes, self.tr("Yes"), "check")
        set_button(self._no, self.tr("No"), "close")
        set_button(self._previous, self.tr("Previous question"), "back", mirrored=rtl)
        set_button(self._skip, self.tr("Skip the questions"), "next", mirrored=rtl)
        set_button(self._change, self.tr("Change my answer"), "back", mirrored=rtl)
        if view is None or not view.questions:  # gone with a catalogue swap, or no questions now
            self._pages.setCurrentIndex(QUESTION)
            self._counter.setText("")
            self._question.setText(self.tr("There are no questions for this procedure."))
            for button in (self._yes, self._no, self._previous):
                button.setVisible(False)
            self.content_changed.emit()
            return
        if self.showing_result():
            self._fill_result(view)
        else:
            position, total = len(self.answers), len(view.questions)
            self._counter.setText(self.tr("Is this for me? Question %1 of %2")
                                  .replace("%1", str(position + 1)).replace("%2", str(total)))
            self._progress.setRange(0, total)
            self._progress.setValue(position + 1)
            self._question.setText(self.shown(view.questions[position].question))
            for button in (self._yes, self._no, self._previous):
                button.setVisible(True)
            self._previous.setEnabled(position > 0)
        self.content_changed.emit()

    def _fill_result(self, view: ProcedureView) -> None:
        clear_layout(self._cards)
        other = self.not_for_them()
        rtl = self.is_rtl()
        if other is None:
            self._verdict.setText(self.tr("This procedure is probably for you."))
            self._advice.setText(self.tr("Now gather the documents on the list."))
            set_button(self._checklist, self.tr("See the list"), "next", mirrored=rtl)
            return
        self._verdict.setText(self.tr("This procedure is probably not for you."))
        self._advice.setText(self.shown(other.otherwise))
        if other.partner is not None:
            card = PartnerCard(other.partner, self.lang, self.services.context.clock(), rtl=rtl)
            self._cards.addWidget(card)
            card.show()  # added to a screen already shown
        set_button(self._checklist, self.tr("See the list anyway"), "next", mirrored=rtl)

""""Is this for me?" questions of a procedure: at most six, in order, each with its texts per language,
the answer that keeps the procedure for the resident, the advice otherwise and a partner."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from kiosk.editing import MAX_QUESTIONS, QuestionDraft
from ui.editor.fields import TranslatableText
from ui.editor.steps import ListEditor, first_line


class QuestionsEditor(ListEditor):
    """The yes/no questions residents may answer before the checklist, in the order they are asked."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.add_button.setText(self.tr("Add a question"))
        self.question = TranslatableText()
        self.relevant_if = QComboBox()
        self.relevant_if.addItem(self.tr("Yes"), "yes")
        self.relevant_if.addItem(self.tr("No"), "no")
        self.otherwise = TranslatableText(multiline=True, lines=3)
        self.partner = QComboBox()
        self.form.addRow(self.tr("Question (yes or no)"), self.question)
        self.form.addRow(self.tr("It is for them if they answer"), self.relevant_if)
        self.form.addRow(self.tr("Otherwise, what to do"), self.otherwise)
        self.form.addRow(self.tr("Otherwise, who can help"), self.partner)
        self.question.edited.connect(self._detail_edited)
        self.relevant_if.currentIndexChanged.connect(self._detail_edited)
        self.otherwise.edited.connect(self._detail_edited)
        self.partner.currentIndexChanged.connect(self._detail_edited)
        self.set_partners([])

    def set_partners(self, partners: list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.partner.clear()
            self.partner.addItem(self.tr("(no partner)"), "")
            for slug, name in partners:
                self.partner.addItem(name, slug)
        finally:
            self._filling = False
        self._show_current(self.list.currentRow())

    def add_entry(self) -> None:
        if self.list.count() < MAX_QUESTIONS:
            super().add_entry()

    def new_entry(self) -> QuestionDraft:
        return QuestionDraft()

    def label(self, entry: QuestionDraft, number: int) -> str:
        text = first_line(entry.question.get("fr", "")) or self.tr("(no question yet)")
        answer = self.tr("yes") if entry.relevant_if == "yes" else self.tr("no")
        return f"{number}. {text} — {answer}"

    def show_entry(self, entry: QuestionDraft) -> None:
        self.question.set_value(entry.question)
        self.relevant_if.setCurrentIndex(max(0, self.relevant_if.findData(entry.relevant_if)))
        self.otherwise.set_value(entry.otherwise)
        index = self.partner.findData(entry.partner)
        if index < 0 and entry.partner:  # a partner not offered (yet): keep it
            self.partner.addItem(entry.partner, entry.partner)
            index = self.partner.count() - 1
        self.partner.setCurrentIndex(max(0, index))

    def store_entry(self, entry: QuestionDraft) -> None:
        entry.question = self.question.value()
        entry.relevant_if = self.relevant_if.currentData()
        entry.otherwise = self.otherwise.value()
        entry.partner = self.partner.currentData() or ""

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        self.question.set_language(lang, name, rtl)
        self.otherwise.set_language(lang, name, rtl)

    def focus_detail(self) -> None:
        self.question.focus()

    def focus_field(self, index: int, name: str, lang: str | None) -> None:
        self.select(index)
        if name == "otherwise":
            self.otherwise.focus(lang)
        elif name == "relevant_if":
            self.relevant_if.setFocus()
        elif name == "partner":
            self.partner.setFocus()
        else:
            self.question.focus(lang)

    def _relabel(self) -> None:
        super()._relabel()
        full = self.list.count() >= MAX_QUESTIONS
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(self.tr("At most %1 questions").replace("%1", str(MAX_QUESTIONS)) if full else "")

"""Translations waiting for review, per language, and marking them reviewed (issue 15, item 3).

The assistant (or a translator beside her) reads a translation against its French and marks it
reviewed with initials or a role and today's date. A text whose French was edited since its review
is listed as "needs review" (``kiosk.reviews``): nothing has to be done for that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from kiosk.context import Context
from kiosk.editing.translation_reviews import TextState, mark_reviewed, translation_states
from kiosk.errors import KioskError
from kiosk.hours import local_time
from kiosk.reviews import MACHINE, NEEDS_REVIEW, REVIEWED
from ui.editor.plain import plain_label, tell
from ui.translations import translated

_KEY = Qt.ItemDataRole.UserRole


class TranslationReviewDialog(QDialog):
    """The texts of one language with their state; the chosen ones marked reviewed.

    Signals:
        reviewed(str, int): texts of this language (code) were marked reviewed (how many).
    """

    reviewed = Signal(str, int)

    def __init__(self, context: Context, languages: list[tuple[str, str, bool]], lang: str, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._rtl = {code for code, _name, rtl in languages if rtl}
        self.setWindowTitle(self.tr("Translations to review"))
        self.resize(1300, 720)
        self.language = QComboBox()
        for code, name, _rtl in languages:
            self.language.addItem(f"{name} ({code})", code)
        self.waiting_only = QCheckBox(self.tr("Only those waiting for review"), checked=True)
        self.count = plain_label("")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Text"), self.tr("State"), self.tr("French"),
                                              self.tr("Translation")])
        for column in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 190)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.by = QLineEdit(placeholderText=self.tr("Initials or role, e.g. AB or interpreter"), maxLength=40)
        self.mark = QPushButton(self.tr("Mark the chosen texts reviewed"))
        self.mark.setToolTip(self.tr("Only once a person who reads the language has checked them against "
                                     "the French. Today's date is recorded."))
        close = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Language")))
        top.addWidget(self.language)
        top.addWidget(self.waiting_only)
        top.addStretch(1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(plain_label(self.tr("Reviewed by")))
        bottom.addWidget(self.by)
        bottom.addWidget(self.mark)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.language.currentIndexChanged.connect(self.refresh)
        self.waiting_only.toggled.connect(self.refresh)
        self.mark.clicked.connect(self.mark_chosen)
        close.clicked.connect(self.close)

        index = self.language.findData(lang)
        self.language.setCurrentIndex(max(index, 0))
        self.refresh()

    def lang(self) -> str:
        return self.language.currentData() or ""

    @Slot()
    def refresh(self) -> None:
        """List the texts of the chosen language again (the catalogue may have changed)."""
        names = {MACHINE: self.tr("machine-assisted"), NEEDS_REVIEW: self.tr("needs review: the French changed"),
                 REVIEWED: self.tr("reviewed")}
        states = translation_states(self.context.db, self.lang()) if self.lang() else []
        waiting = [s for s in states if s.state != REVIEWED]
        shown = waiting if self.waiting_only.isChecked() else states
        self.count.setText(self.tr("%1 of %2 texts waiting for review").replace("%1", str(len(waiting)))
                           .replace("%2", str(len(states))))
        self.table.setRowCount(len(shown))
        for row, text in enumerate(shown):
            state = names[text.state]
            if text.by:
                state += "\n" + self.tr("%1, %2").replace("%1", text.by).replace("%2", text.on)
            # Shown only (never stored): an isolate gives a right-to-left text its own direction
            # inside the left-to-right table, so its punctuation stays where the translator put it.
            rtl = self.lang() in self._rtl
            translation = "\u2067" + text.translation + "\u2069" if rtl else text.translation
            cells = (text.what, state, text.french, translation)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(_KEY, text.key)
                if column == 3 and rtl:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def chosen_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(_KEY) for row in rows]

    @Slot()
    def mark_chosen(self) -> int:
        """Mark the chosen texts reviewed by the initials written, today."""
        keys = self.chosen_keys()
        if not keys:
            tell(self, self.tr("Translations to review"), self.tr("Choose the texts to mark first."))
            return 0
        today = local_time(self.context.clock()).date()
        try:
            count = mark_reviewed(self.context.db, self.lang(), keys, self.by.text(), today)
        except KioskError as error:
            tell(self, self.tr("Translations to review"), translated(error.text))
            return 0
        self.refresh()
        self.reviewed.emit(self.lang(), count)
        return count

    def states(self) -> list[TextState]:
        """What the list shows, for the tests."""
        return translation_states(self.context.db, self.lang())

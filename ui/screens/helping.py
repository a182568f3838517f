"""Helping well: the rules of digital help, for the mediator beside a resident.

Facts about Aidants Connect from aidantsconnect.beta.gouv.fr (FAQ "habilitation" and "utiliser
Aidants Connect") and cramif.fr ("Plateforme Aidants Connect"), stored copies read on 2026-11-25.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.screens.base import Screen
from ui.widgets.common import clear_layout, heading, picture, touch_scroll_area
from ui.widgets.labels import PlainLabel


class HelpingScreen(Screen):
    """The rules of digital help: what a helper may and may not do."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._rules = QVBoxLayout()
        self._rules.setSpacing(20)
        self._source = PlainLabel(object_name="Muted")
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(self._rules)
        column.addWidget(self._source)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.addWidget(touch_scroll_area(content))

    def title(self) -> str:
        return self.tr("Helping well")

    def rules(self) -> list[tuple[str, str, str]]:
        """(pictogram, heading, text) of each rule, in the interface language."""
        return [
            ("person", self.tr("The resident decides"),
             self.tr("Explain, show, and let the resident do it whenever they can. Ask before you act "
                     "on their behalf, and say what you are doing at each step.")),
            ("keyboard", self.tr("Never their password"),
             self.tr("Never keep, note or type a resident's password or codes for them. They type it "
                     "themselves; look away. Never use your own email address or phone number for "
                     "their accounts.")),
            ("identity-document", self.tr("Acting in their name: Aidants Connect"),
             self.tr("To do a procedure in the resident's place, a professional helper needs an "
                     "Aidants Connect mandate: the resident signs it with FranceConnect, it lists the "
                     "procedures and lasts at most one year. Only salaried helpers of an approved "
                     "structure can use it: not volunteers, civic service, family or elected members.")),
            ("document", self.tr("Their papers stay theirs"),
             self.tr("Scan or photograph documents only for the procedure, send them, then delete "
                     "them from the computer and its downloads. Keep no copy and no notes about the "
                     "resident.")),
            ("online", self.tr("Close everything"),
             self.tr("At the end, log out of every website, close the browser and check nothing is "
                     "left open or saved. The kiosk itself keeps nothing once it resets.")),
            ("print", self.tr("A handout to take away"),
             self.tr("Give the resident the printed list or the QR code of the procedure, so they know "
                     "what to gather and what comes next.")),
        ]

    def show_language(self, lang: str) -> None:
        self.lang = lang
        clear_layout(self._rules)
        for pictogram, title, text in self.rules():
            row = QHBoxLayout()
            row.setSpacing(24)
            row.addWidget(picture(pictogram, 72), 0, Qt.AlignmentFlag.AlignTop)
            words = QVBoxLayout()
            words.addWidget(heading(title))
            words.addWidget(PlainLabel(text, object_name="Lead"))
            row.addLayout(words, 1)
            self._rules.addLayout(row)
        self._source.setText(self.tr("Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026."))
        self.content_changed.emit()

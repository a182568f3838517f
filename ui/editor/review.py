"""A procedure whose official fiche changed: what changed, and "the text is right" once read.

A re-import of a newer service-public.fr fiche never touches the assistant's wording
(``kiosk.importers``): it flags the procedure. The editor marks flagged procedures in its list and
shows this panel above the form, with the old and new official versions side by side.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from kiosk.importers import ReviewItem
from ui.editor.plain import plain_label


class ReviewPanel(QFrame):
    """"The official fiche changed on DATE: to read again (title, documents...)", and two buttons.

    Signals:
        reviewed(str): the assistant says the text of this procedure (slug) is right.
    """

    reviewed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="ReviewPanel")
        self.item: ReviewItem | None = None
        self.dialog: OfficialVersionsDialog | None = None
        self.text = plain_label(word_wrap=True)
        self.compare_button = QPushButton(self.tr("See what changed"))
        self.done_button = QPushButton(self.tr("I have read it: the text is right"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.compare_button)
        row.addWidget(self.done_button)
        self.compare_button.clicked.connect(self.compare)
        self.done_button.clicked.connect(self._done)
        self.hide()

    def show_item(self, item: ReviewItem | None) -> None:
        """Show the flag of ``item``; hidden when there is none (or only a draft to approve)."""
        self.item = item if item is not None and item.flagged else None
        self.setVisible(self.item is not None)
        if self.item is None:
            return
        fiche = self.item.fiche_id or ""
        if self.item.changed_on:
            text = self.tr("The official fiche %1 changed on %2. Read the procedure again: %3.")
            text = text.replace("%2", f"{self.item.changed_on:%d/%m/%Y}")
        else:
            text = self.tr("The official fiche %1 changed. Read the procedure again: %3.")
        self.text.setText(text.replace("%1", fiche).replace("%3", ", ".join(self.item.changes)))

    def _done(self) -> None:
        if self.item is not None:
            self.reviewed.emit(self.item.slug)

    def compare(self) -> OfficialVersionsDialog | None:
        if self.item is None:
            return None
        self.dialog = OfficialVersionsDialog(self.item, self.window())  # not inside the red panel
        self.dialog.show()
        return self.dialog


class OfficialVersionsDialog(QDialog):
    """The official fiche as the text was written from it, beside its new version."""

    def __init__(self, item: ReviewItem, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Official fiche %1: what changed").replace("%1", item.fiche_id or ""))
        self.resize(1100, 700)
        self.before = QPlainTextEdit(readOnly=True)
        self.after = QPlainTextEdit(readOnly=True)
        self.before.setPlainText(self.readable(item.previous) if item.previous else
                                 self.tr("(The text was written before the kiosk followed this fiche.)"))
        self.after.setPlainText(self.readable(item.official))
        columns = QHBoxLayout()
        for title, view in ((self.tr("The version the text is based on"), self.before),
                            (self.tr("The new version"), self.after)):
            column = QVBoxLayout()
            column.addWidget(plain_label(title, object_name="ColumnHeading"))
            column.addWidget(view, 1)
            columns.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("What the kiosk takes from the fiche on service-public.fr. "
                                        "Changed: %1.").replace("%1", ", ".join(item.changes)), word_wrap=True))
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

    def readable(self, values: dict[str, Any] | None) -> str:
        """The official values as plain lines: title, summary, online services, documents, places."""
        values = values or {}
        lines = [self.tr("Title: %1").replace("%1", values.get("title", "")), "",
                 self.tr("Summary:"), values.get("summary", ""), "", self.tr("Online services:")]
        for service in values.get("services", []):
            cerfa = f" (cerfa {service['cerfa']})" if service.get("cerfa") else ""
            lines.append(f"  • {service.get('title', '')}{cerfa}\n    {service.get('url', '')}")
        lines += ["", self.tr("Documents:")] + [f"  • {piece}" for piece in values.get("pieces", [])]
        lines += ["", self.tr("Where to go:")] + [f"  • {place}" for place in values.get("places", [])]
        if values.get("modified_on"):
            lines += ["", self.tr("Official date of change: %1").replace("%1", values["modified_on"])]
        return "\n".join(lines)

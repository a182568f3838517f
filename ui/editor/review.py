"""Flags raised by imports, above the form: a procedure whose official fiche changed, a partner
for which a partners file offers other values.

An import never touches the assistant's wording or values (``kiosk.importers``): it flags the
item. The editor marks flagged items in its list and shows one of these panels above the form:
``ReviewPanel`` (the old and new official versions side by side, "the text is right" once read)
or ``PartnerReviewPanel`` (the partner's values and the offered ones side by side, take them or
keep the partner's own).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from kiosk.importers import PartnerReviewItem, ReviewItem
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


class PartnerReviewPanel(QFrame):
    """"The partners file gives other values than yours": field, yours, theirs; take them or keep yours.

    Signals:
        accepted(str): take the offered values for this partner (slug).
        kept(str): keep the partner's own values (slug).
    """

    accepted = Signal(str)
    kept = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="ReviewPanel")
        self.item: PartnerReviewItem | None = None
        self.names = {
            "name": self.tr("Name"), "description": self.tr("Description (French)"), "adresse": self.tr("Address"),
            "complement_adresse": self.tr("Address, continued"), "code_postal": self.tr("Postcode"),
            "commune": self.tr("Town"), "telephone": self.tr("Phone"), "courriel": self.tr("Email"),
            "site_web": self.tr("Website"), "hours": self.tr("Opening hours"), "thematiques": self.tr("Themes")}
        self.text = plain_label(word_wrap=True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours, shown now"),
                                              self.tr("In the partners file")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.accept_button = QPushButton(self.tr("Take the new values"))
        self.keep_button = QPushButton(self.tr("Keep mine"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self.item and self.accepted.emit(self.item.slug))
        self.keep_button.clicked.connect(lambda: self.item and self.kept.emit(self.item.slug))
        self.hide()

    def show_item(self, item: PartnerReviewItem | None) -> None:
        """Show the values waiting on ``item``; hidden when there are none."""
        self.item = item
        self.setVisible(item is not None)
        if item is None:
            return
        when = f"{item.flagged_on:%d/%m/%Y}" if item.flagged_on else ""
        self.text.setText(self.tr("Since %1, the partners file (%2) gives other values than yours. Nothing was "
                                  "changed: take them, or keep yours.").replace("%1", when).replace("%2", item.source))
        self.table.setRowCount(len(item.fields))
        for row, field in enumerate(item.fields):
            for column, value in enumerate((self.names.get(field, field), item.current[field], item.offered[field])):
                text = ", ".join(value) if isinstance(value, list) else str(value)
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(item.fields)))
        self.table.setFixedHeight(min(height + 4, 260))

"""The history of an item: every save, when and what changed; going back to an earlier version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, 
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.editing import HistoryEntry, field_label, history
from kiosk.hours import local_time
from ui.translations import translated
from ui.editor.plain import plain_label

_ROLE = Qt.ItemDataRole.UserRole


def readable(data: dict[str, Any] | None) -> str:
    """A version of an item as plain lines a person can read (not JSON)."""
    if not data:
        return QCoreApplication.translate("HistoryDialog", "(it did not exist)")
    lines: list[str] = []
    for key, value in data.items():
        name = translated(field_label(key))
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            lines.append(f"{name}:")
            lines += [f"    [{lang}] {text}" for lang, text in value.items()]
        elif isinstance(value, dict):  # keywords
            lines.append(f"{name}:")
            lines += [f"    [{lang}] {', '.join(words)}" for lang, words in value.items()]
        elif isinstance(value, list):
            lines.append(f"{name}:")
            for number, item in enumerate(value, start=1):
                if isinstance(item, dict):
                    text = item.get("text") or item.get("note") or item.get("label") or {}
                    words = text.get("fr", "") if isinstance(text, dict) else ""
                    head = " ".join(str(item[k]) for k in ("kind", "document", "url", "partner") if item.get(k))
                    lines.append(f"    {number}. {head} {words}".rstrip())
                else:
                    lines.append(f"    {number}. {item}")
        else:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


class HistoryDialog(QDialog):
    """The saves of one item, newest first, each with the version before and after it.

    Signals:
        revert_requested(int): take the item back to the version before this save (record id).
    """

    revert_requested = Signal(int)

    def __init__(self, context: Context, kind: str, slug: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.kind, self.slug = context, kind, slug
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.resize(1100, 640)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Fields changed")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.before = QPlainTextEdit(readOnly=True)
        self.after = QPlainTextEdit(readOnly=True)
        self.take_back = QPushButton(self.tr("Go back to the version before this change"))
        self.take_back.setToolTip(self.tr("The item becomes what it was just before this save. This is "
                                          "recorded as a new save, so it can be undone too."))
        close = QPushButton(self.tr("Close"))

        versions = QSplitter()
        for heading, text in ((self.tr("Before this save"), self.before), (self.tr("After it"), self.after)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(plain_label(heading))
            column.addWidget(text)
            versions.addWidget(box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(versions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_back)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.take_back.clicked.connect(self._take_back)
        close.clicked.connect(self.accept)
        self.refresh()

    def entries(self) -> list[HistoryEntry]:
        return [self.table.item(row, 0).data(_ROLE) for row in range(self.table.rowCount())]

    def refresh(self) -> None:
        entries = history(self.context.db, self.kind, self.slug)
        actions = {"created": self.tr("Created"), "changed": self.tr("Changed"),
                   "deleted": self.tr("Deleted"), "reverted": self.tr("Taken back")}
        self.table.setRowCount(0)
        for entry in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = QTableWidgetItem(f"{local_time(entry.at):%Y-%m-%d %H:%M}")
            when.setData(_ROLE, entry)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(actions.get(entry.action, entry.action)))
            fields = ", ".join(translated(field_label(name)) for name in entry.changes)
            self.table.setItem(row, 2, QTableWidgetItem(fields))
        self.table.resizeColumnsToContents()
        if entries:
            self.table.setCurrentCell(0, 0)
        self._show_current()

    def select(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)

    def _current(self) -> HistoryEntry | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return None if item is None else item.data(_ROLE)

    def _show_current(self) -> None:
        entry = self._current()
        self.before.setPlainText(readable(entry.before) if entry else "")
        self.after.setPlainText(readable(entry.after) if entry else "")
        self.take_back.setEnabled(entry is not None)

    def _take_back(self) -> None:
        entry = self._current()
        if entry is not None:
            self.revert_requested.emit(entry.id)

"""Ordered lists of a procedure: its steps, its documents, its links, the partners who can help.

Each is a list the assistant reorders by dragging an entry or with the Up and Down buttons, with
Add and Remove, and under it the chosen entry's fields.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from kiosk.editing import Link, NeededDocument, StepDraft
from ui.editor.fields import TranslatableText, set_text

_ROLE = Qt.ItemDataRole.UserRole


class ListEditor(QWidget):
    """An ordered list with Add, Remove, Up and Down, drag-and-drop, and the chosen entry's fields.

    Subclasses say how to make a new entry (``new_entry``), how to name one in the list
    (``label``), and how to show and read back the fields of one (``show_entry``,
    ``store_entry``, both working on ``self.form``).
    """

    edited = Signal()
    _ids = itertools.count(1)

    def __init__(self, add_text: str, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(180)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.up_button.setToolTip(self.tr("Move the chosen entry up (or drag it)"))
        self.down_button.setToolTip(self.tr("Move the chosen entry down (or drag it)"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        self.detail = QWidget(objectName="ListDetail")
        self.form = QFormLayout(self.detail)
        self.form.setContentsMargins(12, 4, 0, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.detail)

        self._entries: dict[int, Any] = {}
        self._filling = False
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.list.currentRowChanged.connect(self._show_current)
        # A drag inside the list moves its row: number the entries again and say so.
        self.list.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._after_drag))
        self._show_current(-1)

    # --- what subclasses fill in ---------------------------------------------------------------

    def new_entry(self) -> Any:
        raise NotImplementedError

    def label(self, entry: Any, number: int) -> str:
        raise NotImplementedError

    def show_entry(self, entry: Any) -> None:
        raise NotImplementedError

    def store_entry(self, entry: Any) -> None:
        raise NotImplementedError

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        """Subclasses with translatable fields pass the language on."""

    # --- the list ----------------------------------------------------------------------------------

    def set_entries(self, entries: list[Any]) -> None:
        self._filling = True
        try:
            self.list.clear()
            self._entries = {}
            for entry in entries:
                self._append(copy.deepcopy(entry))
        finally:
            self._filling = False
        self.list.setCurrentRow(0 if entries else -1)
        self._show_current(self.list.currentRow())

    def entries(self) -> list[Any]:
        return [copy.deepcopy(self._entries[self.list.item(row).data(_ROLE)]) for row in range(self.list.count())]

    def current(self) -> Any | None:
        item = self.list.currentItem()
        return None if item is None else self._entries[item.data(_ROLE)]

    def add_entry(self) -> None:
        self._append(self.new_entry())
        self.list.setCurrentRow(self.list.count() - 1)
        self._relabel()
        self.edited.emit()
        self.focus_detail()

    def remove_entry(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        self._entries.pop(item.data(_ROLE), None)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._relabel()
        self.edited.emit()

    def move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._relabel()
        self.edited.emit()

    def select(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)

    def focus_detail(self) -> None:
        """Put the cursor on the chosen entry's first field."""

    # --- internals -------------------------------------------------------------------------------

    def _append(self, entry: Any) -> None:
        key = next(self._ids)
        self._entries[key] = entry
        item = QListWidgetItem()
        item.setData(_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)
        item.setText(self.label(entry, self.list.count()))

    def _relabel(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(self.label(self._entries[item.data(_ROLE)], row + 1))
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.remove_button.setEnabled(row >= 0)

    def _after_drag(self) -> None:
        self._relabel()
        if not self._filling:
            self.edited.emit()

    def _show_current(self, row: int) -> None:
        entry = self.current()
        self.detail.setEnabled(entry is not None)
        self._filling = True
        try:
            if entry is not None:
                self.show_entry(entry)
        finally:
            self._filling = False
        self._relabel()

    def _detail_edited(self, *_args) -> None:
        """A field of the chosen entry changed: keep it, name it again in the list."""
        if self._filling:
            return
        entry = self.current()
        if entry is None:
            return
        self.store_entry(entry)
        self.list.currentItem().setText(self.label(entry, self.list.currentRow() + 1))
        self.edited.emit()


def first_line(text: str, limit: int = 90) -> str:
    line = text.strip().split("\n")[0]
    return line if len(line) <= limit else line[:limit] + "…"


class StepsEditor(ListEditor):
    """The steps of a procedure, in the order residents follow them."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.add_button.setText(self.tr("Add a step"))
        self.kinds = {"online": self.tr("Online"), "on_site": self.tr("On site"),
                      "document": self.tr("A document"), "phone": self.tr("By phone")}
        self.kind = QComboBox()
        for code, name in self.kinds.items():
            self.kind.addItem(name, code)
        self.text = TranslatableText(multiline=True, lines=3)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.partner = QComboBox()
        self.form.addRow(self.tr("Done"), self.kind)
        self.form.addRow(self.tr("What to do"), self.text)
        self.form.addRow(self.tr("Web address"), self.url)
        self.form.addRow(self.tr("Where"), self.partner)
        self.kind.currentIndexChanged.connect(self._detail_edited)
        self.text.edited.connect(self._detail_edited)
        self.url.textChanged.connect(self._detail_edited)
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
        self._show_current(self.list.currentRow())  # the combo shows the chosen step's partner again

    def new_entry(self) -> StepDraft:
        return StepDraft("online", {})

    def label(self, entry: StepDraft, number: int) -> str:
        text = first_line(entry.text.get("fr", "")) or self.tr("(no text yet)")
        return f"{number}. {self.kinds.get(entry.kind, entry.kind)} — {text}"

    def show_entry(self, entry: StepDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.text.set_value(entry.text)
        set_text(self.url, entry.url)
        index = self.partner.findData(entry.partner)
        if index < 0 and entry.partner:  # a partner not offered (yet): keep it
            self.partner.addItem(entry.partner, entry.partner)
            index = self.partner.count() - 1
        self.partner.setCurrentIndex(max(0, index))

    def store_entry(self, entry: StepDraft) -> None:
        entry.kind = self.kind.currentData()
        entry.text = self.text.value()
        entry.url = self.url.text()
        entry.partner = self.partner.currentData() or ""

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        self.text.set_language(lang, name, rtl)

    def focus_detail(self) -> None:
        self.text.focus()

    def focus_field(self, index: int, name: str, lang: str | None) -> None:
        self.select(index)
        widget = {"url": self.url, "kind": self.kind, "partner": self.partner}.get(name)
        if widget is not None:
            widget.setFocus()
        else:
            self.text.focus(lang)


class DocumentsEditor(ListEditor):
    """The documents a procedure asks for, each with what this procedure needs of it."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.add_button.setText(self.tr("Add a document"))
        self.document = QComboBox()
        self.note = TranslatableText()
        self.optional = QCheckBox(self.tr("Only in some situations (the note says which)"))
        self.form.addRow(self.tr("Document"), self.document)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow("", self.optional)
        self.document.currentIndexChanged.connect(self._detail_edited)
        self.note.edited.connect(self._detail_edited)
        self.optional.toggled.connect(self._detail_edited)
        self._titles: dict[str, str] = {}

    def set_documents(self, documents: list[tuple[str, str]]) -> None:
        self._titles = dict(documents)
        self._filling = True
        try:
            self.document.clear()
            for slug, title in documents:
                self.document.addItem(title, slug)
        finally:
            self._filling = False
        self._show_current(self.list.currentRow())

    def new_entry(self) -> NeededDocument:
        return NeededDocument(self.document.itemData(0) or "")

    def label(self, entry: NeededDocument, number: int) -> str:
        note = first_line(entry.note.get("fr", ""), 50)
        title = self._titles.get(entry.document, entry.document)
        return f"{number}. {title}" + (f" — {note}" if note else "") + (" " + self.tr("(sometimes)")
                                                                          if entry.optional else "")

    def show_entry(self, entry: NeededDocument) -> None:
        self.document.setCurrentIndex(max(0, self.document.findData(entry.document)))
        self.note.set_value(entry.note)
        self.optional.setChecked(entry.optional)

    def store_entry(self, entry: NeededDocument) -> None:
        entry.document = self.document.currentData() or entry.document
        entry.note = self.note.value()
        entry.optional = self.optional.isChecked()

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        self.note.set_language(lang, name, rtl)

    def focus_detail(self) -> None:
        self.document.setFocus()

    def focus_field(self, index: int, name: str, lang: str | None) -> None:
        self.select(index)
        if name == "note":
            self.note.focus(lang)
        else:
            self.document.setFocus()


class LinksEditor(ListEditor):
    """Official links shown with a procedure: a label in each language and an address."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.add_button.setText(self.tr("Add a link"))
        self.text = TranslatableText()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.form.addRow(self.tr("Label"), self.text)
        self.form.addRow(self.tr("Web address"), self.url)
        self.text.edited.connect(self._detail_edited)
        self.url.textChanged.connect(self._detail_edited)

    def new_entry(self) -> Link:
        return Link({}, "")

    def label(self, entry: Link, number: int) -> str:
        return f"{number}. {entry.label.get('fr', '') or self.tr('(no label yet)')} — {entry.url}"

    def show_entry(self, entry: Link) -> None:
        self.text.set_value(entry.label)
        set_text(self.url, entry.url)

    def store_entry(self, entry: Link) -> None:
        entry.label = self.text.value()
        entry.url = self.url.text()

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        self.text.set_language(lang, name, rtl)

    def focus_detail(self) -> None:
        self.text.focus()

    def focus_field(self, index: int, name: str, lang: str | None) -> None:
        self.select(index)
        if name == "url":
            self.url.setFocus()
        else:
            self.text.focus(lang)


class PartnersList(ListEditor):
    """The partners who can help with a procedure (the kiosk shows the first three)."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.add_button.setText(self.tr("Add a partner"))
        self.partner = QComboBox()
        self.form.addRow(self.tr("Partner"), self.partner)
        self.partner.currentIndexChanged.connect(self._detail_edited)
        self._names: dict[str, str] = {}
        self._current_slug = ""

    def set_partners(self, partners: list[tuple[str, str]]) -> None:
        self._names = dict(partners)
        self._filling = True
        try:
            self.partner.clear()
            for slug, name in partners:
                self.partner.addItem(name, slug)
        finally:
            self._filling = False
        self._show_current(self.list.currentRow())

    def new_entry(self) -> list[str]:
        return [self.partner.itemData(0) or ""]

    # Entries are one-element lists, so that the chosen partner can change in place.
    def label(self, entry: list[str], number: int) -> str:
        return f"{number}. {self._names.get(entry[0], entry[0])}"

    def show_entry(self, entry: list[str]) -> None:
        self.partner.setCurrentIndex(max(0, self.partner.findData(entry[0])))

    def store_entry(self, entry: list[str]) -> None:
        entry[0] = self.partner.currentData() or entry[0]

    def set_slugs(self, slugs: list[str]) -> None:
        self.set_entries([[slug] for slug in slugs])

    def slugs(self) -> list[str]:
        return [entry[0] for entry in self.entries()]

    def focus_detail(self) -> None:
        self.partner.setFocus()


def move_row(editor: ListEditor, source: int, target: int) -> bool:
    """Move a row as a drag-and-drop inside the list does (used by tests and the keyboard)."""
    return editor.list.model().moveRow(QModelIndex(), source, QModelIndex(), target)

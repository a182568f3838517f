"""What every form of the editor does, and the small forms: announcements, categories, documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
                               QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget)

from kiosk.editing import (AnnouncementDraft, CategoryDraft, Choices, DocumentDraft, Draft)
from kiosk.hours import local_time
from kiosk.paths import resource
from ui import pictograms
from ui.editor.fields import LinesField, SourcesEditor, TranslatableText, hint
from ui.editor.plain import plain_label

Clock = Callable[[], dt.datetime]


class EditorForm(QScrollArea):
    """A form for one item: ``load`` a draft, read the edited one back with ``draft``.

    ``is_dirty`` compares the edited draft with the loaded one as they would be stored, so
    retyping a text as it was is not a change. ``edited`` is emitted on every change made by
    the person (never while loading).
    """

    edited = Signal()
    KIND = ""

    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._loaded: Draft | None = None
        self._filling = False
        self._translatable: list = []
        self._fields: dict[str, QWidget] = {}
        body = QWidget(objectName="FormBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(16, 12, 16, 16)
        self.column.setSpacing(12)
        self.heading = plain_label(object_name="FormHeading")
        self.column.addWidget(self.heading)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    # --- for subclasses ---------------------------------------------------------------------------

    def section(self, title: str, explanation: str = "") -> QFormLayout:
        """A titled group of fields."""
        box = QGroupBox(title)
        outer = QVBoxLayout(box)
        if explanation:
            outer.addWidget(hint(explanation))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(form)
        self.column.addWidget(box)
        return form

    def add(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> QWidget:
        """Add ``widget`` as the field ``name`` (the name problems use to lead to it)."""
        if label:
            form.addRow(label, widget)
        else:
            form.addRow(widget)
        self._fields[name] = widget
        if hasattr(widget, "set_language"):
            self._translatable.append(widget)
        signal = getattr(widget, "edited", None)
        if signal is not None:
            signal.connect(self._changed)
        return widget

    def fill(self, draft: Draft) -> None:
        raise NotImplementedError

    def read(self) -> Draft:
        raise NotImplementedError

    def title_of(self, draft: Draft) -> str:
        return draft.label() or self.tr("New")

    def set_choices(self, choices: Choices) -> None:
        """The categories, documents, partners, sites and languages to choose from."""

    def field_widget(self, path: list[str], lang: str | None) -> QWidget | None:
        """Put the cursor on the field ``path`` (e.g. ["steps", "1", "text"]); returns its widget."""
        widget = self._fields.get(path[0])
        if widget is None:
            return None
        if isinstance(widget, SourcesEditor):
            widget.focus_field(int(path[1]) if len(path) > 1 and path[1].isdigit() else 0,
                               path[2] if len(path) > 2 else "url")
        elif callable(getattr(widget, "focus", None)):  # a text with its translation
            widget.focus(lang)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # --- the form's life ---------------------------------------------------------------------------

    def load(self, draft: Draft) -> None:
        self._filling = True
        try:
            self.fill(draft)
        finally:
            self._filling = False
        self._loaded = draft.normalized()
        self.heading.setText(self.title_of(draft))
        self.verticalScrollBar().setValue(0)

    def loaded(self) -> Draft | None:
        return self._loaded

    def draft(self) -> Draft:
        draft = self.read()
        draft.slug = self._loaded.slug if self._loaded is not None else ""
        return draft

    def is_dirty(self) -> bool:
        return self._loaded is not None and not self.draft().same_as(self._loaded)

    def set_language(self, lang: str, name: str = "", rtl: bool = False) -> None:
        was = self._filling
        self._filling = True
        try:
            for widget in self._translatable:
                widget.set_language(lang, name, rtl)
        finally:
            self._filling = was

    def focus_field(self, field: str, lang: str | None = None) -> bool:
        widget = self.field_widget(field.split("."), lang) if field else None
        if widget is None:
            return False
        self.ensureWidgetVisible(widget, 50, 80)
        return True

    def _changed(self, *_args) -> None:
        if not self._filling:
            self.edited.emit()


def date_edit() -> QDateEdit:
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class SitesField(QListWidget):
    """The neighbourhoods (sites) an item belongs to, ticked; none ticked: every site."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(80)
        self._filling = False
        self.itemChanged.connect(lambda _item: None if self._filling else self.edited.emit())

    def set_sites(self, sites: list[tuple[str, str]]) -> None:
        ticked = self.value()
        self._filling = True
        try:
            self.clear()
            for slug, name in sites:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, slug)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if slug in ticked else Qt.CheckState.Unchecked)
                self.addItem(item)
        finally:
            self._filling = False

    def set_value(self, slugs: list[str]) -> None:
        self._filling = True
        try:
            known = {self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())}
            for slug in slugs:
                if slug not in known:
                    item = QListWidgetItem(slug)
                    item.setData(Qt.ItemDataRole.UserRole, slug)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    self.addItem(item)
            for row in range(self.count()):
                item = self.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in slugs
                                   else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def value(self) -> list[str]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]


class PictogramField(QComboBox):
    """One of the drawn pictograms of assets/pictograms, shown with its picture."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for path in sorted(resource("assets", "pictograms").glob("*.svg")):
            self.addItem(pictograms.icon(path.stem, 24), path.stem, path.stem)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def set_value(self, name: str) -> None:
        index = self.findData(name)
        if index < 0 and name:
            self.addItem(name, name)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def value(self) -> str:
        return self.currentData() or ""


class AnnouncementForm(EditorForm):
    """An "info flash" of the home screen: its text and the days it is shown."""

    KIND = "announcement"

    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__(clock, parent)
        form = self.section(self.tr("Announcement"), self.tr(
            "A short notice on the kiosk's home screen, shown from the first to the last day."))
        self.text = self.add(form, self.tr("Text"), "text", TranslatableText(multiline=True, lines=5))
        self.valid_from = self.add(form, self.tr("First day"), "valid_from", date_edit())
        self.valid_until = self.add(form, self.tr("Last day"), "valid_until", date_edit())
        self.state = plain_label(object_name="Hint")
        form.addRow("", self.state)
        self.sites = self.add(form, self.tr("Neighbourhoods"), "sites", SitesField())
        for edit in (self.valid_from, self.valid_until):
            edit.dateChanged.connect(self._changed)
            edit.dateChanged.connect(self._show_state)
        self.column.addStretch(1)

    def set_choices(self, choices: Choices) -> None:
        self.sites.set_sites(choices.sites)

    def fill(self, draft: AnnouncementDraft) -> None:
        today = local_time(self.clock()).date()
        self.text.set_value(draft.text)
        self.valid_from.setDate(to_qdate(draft.valid_from or today))
        self.valid_until.setDate(to_qdate(draft.valid_until or today + dt.timedelta(days=14)))
        self.sites.set_value(draft.sites)
        self._show_state()

    def read(self) -> AnnouncementDraft:
        return AnnouncementDraft(text=self.text.value(), valid_from=from_qdate(self.valid_from.date()),
                                 valid_until=from_qdate(self.valid_until.date()), sites=self.sites.value())

    def _show_state(self, *_args) -> None:
        today = local_time(self.clock()).date()
        start, end = from_qdate(self.valid_from.date()), from_qdate(self.valid_until.date())
        if end < start:
            text = self.tr("The last day is before the first.")
        elif end < today:
            text = self.tr("Expired: kiosks no longer show it.")
        elif start > today:
            text = self.tr("Not shown yet: kiosks show it from the first day.")
        else:
            text = self.tr("Shown on kiosks now.")
        self.state.setText(text)


class CategoryForm(EditorForm):
    """A life-event category: its title, a short description, its pictogram."""

    KIND = "category"

    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__(clock, parent)
        form = self.section(self.tr("Category"), self.tr("A tile of the kiosk's home screen."))
        self.title = self.add(form, self.tr("Title"), "title", TranslatableText())
        self.description = self.add(form, self.tr("Description"), "description", TranslatableText())
        self.pictogram = self.add(form, self.tr("Pictogram"), "pictogram", PictogramField())
        self.column.addStretch(1)

    def fill(self, draft: CategoryDraft) -> None:
        self.title.set_value(draft.title)
        self.description.set_value(draft.description)
        self.pictogram.set_value(draft.pictogram or "document")

    def read(self) -> CategoryDraft:
        return CategoryDraft(title=self.title.value(), description=self.description.value(),
                             pictogram=self.pictogram.value())


class DocumentForm(EditorForm):
    """A document residents are asked for, explained in plain words (shared by procedures)."""

    KIND = "document"

    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__(clock, parent)
        form = self.section(self.tr("Document"), self.tr(
            "Residents tap a document to learn what it is, what it looks like and where to get it."))
        self.title = self.add(form, self.tr("Name"), "title", TranslatableText())
        self.what = self.add(form, self.tr("What it is"), "what", TranslatableText(multiline=True))
        self.looks_like = self.add(form, self.tr("What it looks like"), "looks_like",
                                   TranslatableText(multiline=True))
        self.where = self.add(form, self.tr("Where to get it"), "where", TranslatableText(multiline=True))
        self.pictogram = self.add(form, self.tr("Pictogram"), "pictogram", PictogramField())
        checks = self.section(self.tr("Checked against"))
        self.sources = self.add(checks, self.tr("Sources"), "sources", SourcesEditor())
        self.to_check = self.add(checks, self.tr("Still to check"), "to_check", LinesField())
        self.column.addStretch(1)

    def fill(self, draft: DocumentDraft) -> None:
        self.sources.today = local_time(self.clock()).date().isoformat()
        for name in ("title", "what", "looks_like", "where"):
            getattr(self, name).set_value(getattr(draft, name))
        self.pictogram.set_value(draft.pictogram or "document")
        self.sources.set_value(draft.sources)
        self.to_check.set_value(draft.to_check)

    def read(self) -> DocumentDraft:
        return DocumentDraft(title=self.title.value(), what=self.what.value(),
                             looks_like=self.looks_like.value(), where=self.where.value(),
                             pictogram=self.pictogram.value(), sources=self.sources.value(),
                             to_check=self.to_check.value())


def row(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    """Widgets side by side, as one field."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    return holder


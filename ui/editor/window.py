"""The editor window: the list of items, the form of one, the problems; save, preview, history, publish.

A desktop window for the assistant (mouse and keyboard, not touch), over the catalogue of its
own KIOSK_HOME. Unsaved changes are never lost silently: choosing another item, another section,
importing, publishing or closing asks first (``ask_unsaved``). Every question and message goes
through a method of the window (``ask_unsaved``, ``ask_yes_no``, ``tell``, ``choose_file``) so
that tests answer them without a modal dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDockWidget, QFileDialog, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
                               QSplitter, QStackedWidget, QStyle, QToolBar, QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.editing import (AnnouncementDraft, CategoryDraft, DocumentDraft, Draft, PartnerDraft,
                           ORDERED, Problem, ProcedureDraft, check_draft, choices, delete_item, ensure_baseline,
                           field_label, import_catalogue, list_items, load_item, move_item, revert, save_draft, validate)
from kiosk.errors import KioskError
from kiosk.hours import local_time
from kiosk.importers import accept_partner_values, keep_partner_values, mark_reviewed, partner_review_of, review_of
from kiosk.settings import get_setting
from ui.editor.forms import AnnouncementForm, CategoryForm, DocumentForm, EditorForm
from ui.editor.history import HistoryDialog
from ui.editor.partner_form import PartnerForm
from ui.editor.plain import ask_yes_no, message_box, plain_label, tell
from ui.editor.preview import PreviewDialog
from ui.editor.problems import ProblemsPanel
from ui.editor.procedure_form import ProcedureForm
from ui.editor.flash_dialog import FlashDialog
from ui.editor.publish_dialog import PublishDialog
from ui.editor.review import PartnerReviewPanel, ReviewPanel
from ui.editor.translation_reviews import TranslationReviewDialog
from ui.translations import translated

_ROLE = Qt.ItemDataRole.UserRole
#: How long after the last keystroke the item being edited is checked again.
CHECK_DELAY_MS = 300

STYLESHEET = """
QWidget { font-size: 14px; }
#FormHeading { font-size: 22px; font-weight: bold; color: #0B3D91; }
#Hint, #ProblemsSummary { color: #33415C; }
#ProblemsSummary { font-weight: bold; }
QGroupBox { font-weight: bold; border: 1px solid #C9D4E5; border-radius: 6px; margin-top: 16px;
            padding: 10px 8px 8px 8px; background: #F6F8FC; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #0B3D91; }
QGroupBox QLabel { font-weight: normal; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #B3261E; background: #FDECEA; }
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] { background: #EEF1F5; color: #33415C; }
#PublishResult[failed="true"] { color: #B3261E; font-weight: bold; }
#TranslationBanner { background: #FFF4CC; color: #3D2B00; padding: 4px 10px; border-radius: 4px; }
#ReviewPanel { background: #FDECEA; border: 1px solid #B3261E; border-radius: 4px; }
#ReviewPanel QLabel { color: #5C0F0A; font-weight: bold; }
#ItemList::item { padding: 4px 2px; }
#ColumnHeading { font-weight: bold; }
"""


class EditorWindow(QMainWindow):
    """The assistant's editor."""

    SECTIONS = ("procedure", "partner", "announcement", "category", "document")

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        ensure_baseline(context)  # "what changed since the last publication" starts from here
        self.setStyleSheet(STYLESHEET)
        self.kind = "procedure"
        self.lang = "fr"
        self._choosing = False
        self._saved_problems: list[Problem] = []
        self.preview_dialog: PreviewDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.publish_dialog: PublishDialog | None = None
        self.reviews_dialog: TranslationReviewDialog | None = None

        names = {"procedure": self.tr("Procedures"), "partner": self.tr("Partners"),
                 "announcement": self.tr("Announcements"), "category": self.tr("Categories"),
                 "document": self.tr("Documents")}
        self.new_names = {"procedure": self.tr("New procedure"), "partner": self.tr("New partner"),
                          "announcement": self.tr("New announcement"), "category": self.tr("New category"),
                          "document": self.tr("New document")}

        # Left: which kind of item, a search, the list, a way to make a new one.
        self.section = QComboBox()
        for kind in self.SECTIONS:
            self.section.addItem(names[kind], kind)
        self.search = QLineEdit(placeholderText=self.tr("Search…"), clearButtonEnabled=True)
        self.review_only = QCheckBox()
        self.review_only.setToolTip(self.tr("Procedures whose official fiche changed, partners for which a partners file gives other values"))
        self.items = QListWidget(objectName="ItemList")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.new_names["procedure"])
        # The order residents see: categories on the home screen, procedures in their category.
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Earlier in the list, as residents see it on the kiosk"))
        self.down_button.setToolTip(self.tr("Later in the list, as residents see it on the kiosk"))
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 4, 8)
        column.addWidget(self.section)
        column.addWidget(self.search)
        column.addWidget(self.review_only)
        column.addWidget(self.items, 1)
        column.addLayout(order)
        column.addWidget(self.new_button)

        # Middle: the form of the item being edited.
        self.forms: dict[str, EditorForm] = {
            "procedure": ProcedureForm(context.clock), "partner": PartnerForm(context.clock),
            "announcement": AnnouncementForm(context.clock), "category": CategoryForm(context.clock),
            "document": DocumentForm(context.clock),
        }
        self.placeholder = plain_label(self.tr("Choose an item on the left, or make a new one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        for form in self.forms.values():
            self.stack.addWidget(form)
            form.edited.connect(self._form_edited)
        self.banner = plain_label(object_name="TranslationBanner")
        self.banner.setWordWrap(True)
        self.review_panel = ReviewPanel()
        self.partner_review_panel = PartnerReviewPanel()
        middle = QWidget()
        centre = QVBoxLayout(middle)
        centre.setContentsMargins(4, 8, 8, 0)
        centre.addWidget(self.banner)
        centre.addWidget(self.review_panel)
        centre.addWidget(self.partner_review_panel)
        centre.addWidget(self.stack, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(middle)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 1080])
        self.setCentralWidget(split)

        # Bottom: the problems.
        self.problems = ProblemsPanel()
        dock = QDockWidget(self.tr("Problems"), self)
        dock.setObjectName("ProblemsDock")
        dock.setWidget(self.problems)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [170], Qt.Orientation.Vertical)

        # Top: what can be done.
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.discard_action = self._action(self.tr("Undo my changes"), None, self.discard_changes)
        self.delete_action = self._action(self.tr("Delete"), None, self.delete_current)
        self.preview_action = self._action(self.tr("Preview"), None, self.preview)
        self.history_action = self._action(self.tr("History"), None, self.show_history)
        self.all_history_action = self._action(self.tr("All changes"), None, self.show_all_history)
        self.import_action = self._action(self.tr("Import a catalogue…"), None, self.import_file)
        self.reviews_action = self._action(self.tr("Translations to review…"), None, self.show_reviews)
        self.publish_action = self._action(self.tr("Publish…"), None, self.publish)
        self.flash_action = self._action(self.tr("Info flash…"), None, self.make_flash)
        self.language = QComboBox()
        self.language.setToolTip(self.tr("The language to translate into; French stays on the left."))
        toolbar = QToolBar(self.tr("Actions"), objectName="Actions")
        toolbar.setMovable(False)
        for action in (self.save_action, self.discard_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.preview_action, self.history_action, self.all_history_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(plain_label(" " + self.tr("Translate into") + " "))
        toolbar.addWidget(self.language)
        toolbar.addAction(self.reviews_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.flash_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.publish_action)
        self.addToolBar(toolbar)

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_current)

        self.section.currentIndexChanged.connect(self._section_chosen)
        self.search.textChanged.connect(self._filter_changed)
        self.review_only.toggled.connect(self._filter_changed)
        self.review_panel.reviewed.connect(self.mark_reviewed)
        self.partner_review_panel.accepted.connect(self.accept_partner_values)
        self.partner_review_panel.kept.connect(self.keep_partner_values)
        self.items.currentItemChanged.connect(self._item_chosen)
        self.new_button.clicked.connect(self.new_item)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.language.currentIndexChanged.connect(lambda _i: self.set_language(self.language.currentData()))
        self.problems.chosen.connect(self.go_to_problem)

        self.refresh_choices()
        self.refresh_list()
        self.refresh_problems()
        self.set_language("fr")
        if self.items.count():
            self.items.setCurrentRow(0)
        self._update_actions()

    # --- questions and messages (tests replace these) ----------------------------------------------

    def ask_unsaved(self) -> str:
        """"save", "discard" or "cancel": what to do with the changes not saved yet."""
        box = message_box(self, QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("“%1” has changes that are not saved yet.").replace("%1", self._current_label()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel,
                          informative=self.tr("Save them, throw them away, or go back to editing?"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Throw them away"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_yes_no(self, title: str, text: str) -> bool:
        return ask_yes_no(self, title, text)

    def tell(self, text: str, *, problem: bool = True) -> None:
        tell(self, self.tr("kiosk editor"), text, problem=problem)

    def choose_file(self, title: str, filters: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, title, "", filters)
        return path

    # --- the current item ------------------------------------------------------------------------

    def form(self) -> EditorForm | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, EditorForm) else None

    def current_slug(self) -> str | None:
        """The slug of the item in the form ("" for a new one not saved yet); None when none is open."""
        form = self.form()
        if form is None or form.loaded() is None:
            return None
        return form.loaded().slug

    def is_dirty(self) -> bool:
        form = self.form()
        return form is not None and form.is_dirty()

    def confirm_leave(self) -> bool:
        """May the item being edited be left? Asks when it has unsaved changes."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.discard_changes()
            return True
        return False

    def open_item(self, kind: str, slug: str) -> bool:
        """Show the saved item in its form (without asking: see ``confirm_leave``)."""
        draft = load_item(self.context.db, kind, slug)
        if draft is None:
            return False
        self._show_form(kind, draft)
        self._select_in_list(kind, slug)
        return True

    def _show_form(self, kind: str, draft: Draft, *, new: bool = False) -> None:
        if kind != self.kind:
            self._set_section(kind)
        form = self.forms[kind]
        form.load(draft)
        if new:
            form.load(form.draft())  # what the form shows for a new item is not a change yet
            form.heading.setText(self.new_names[kind])
        self.stack.setCurrentWidget(form)
        self.review_panel.show_item(review_of(self.context.db, draft.slug)
                                    if kind == "procedure" and draft.slug and not new else None)
        self.partner_review_panel.show_item(partner_review_of(self.context.db, draft.slug)
                                            if kind == "partner" and draft.slug and not new else None)
        self._update_actions()
        self.check_current()

    @Slot()
    def new_item(self) -> None:
        if not self.confirm_leave():
            return
        self._choosing = True
        self.items.setCurrentRow(-1)
        self._choosing = False
        self._show_form(self.kind, self._new_draft(self.kind), new=True)
        self.forms[self.kind].focus_field("title" if self.kind not in ("partner", "announcement") else
                                          "name" if self.kind == "partner" else "text")

    def _new_draft(self, kind: str) -> Draft:
        offered = choices(self.context.db)
        today = local_time(self.context.clock()).date()
        site = get_setting(self.context.db, "site")
        sites = [site] if site in {slug for slug, _ in offered.sites} else []
        if kind == "procedure":
            return ProcedureDraft(category=offered.categories[0][0] if offered.categories else "")
        if kind == "partner":
            return PartnerDraft(sites=sites)
        if kind == "announcement":
            return AnnouncementDraft(valid_from=today, valid_until=today + dt.timedelta(days=14), sites=sites)
        if kind == "category":
            return CategoryDraft(pictogram="document")
        return DocumentDraft(pictogram="document")

    # --- actions -----------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Save the item being edited; False when it could not be (the reason was told)."""
        form = self.form()
        if form is None:
            return True
        draft = form.draft()
        try:
            saved = save_draft(self.context.db, draft, self.context.clock())
        except KioskError as error:
            self.tell(translated(error.text))
            return False
        self.refresh_choices()
        self.refresh_list()
        self.open_item(form.KIND, saved.slug)
        self.refresh_problems()
        if saved.record_id is None:
            self.statusBar().showMessage(self.tr("Nothing to save: no change."), 5000)
        else:
            changes = ", ".join(translated(field_label(name)) for name in saved.changes)
            self.statusBar().showMessage(self.tr("Saved “%1”.").replace("%1", draft.label())
                                         + (f" ({changes})" if changes else ""), 8000)
        return True

    def move_current(self, step: int) -> bool:
        """Move the chosen category, or procedure within its category, one place (-1 up, 1 down)."""
        slug = self.current_slug()
        if not slug or self.kind not in ORDERED or not move_item(self.context.db, self.kind, slug, step):
            return False
        self.refresh_list()
        self.refresh_problems()
        self._update_actions()
        return True

    @Slot(str)
    def mark_reviewed(self, slug: str) -> bool:
        """The assistant has read a flagged procedure against its new official fiche: clear the flag."""
        if not self.confirm_leave():
            return False
        try:
            mark_reviewed(self.context.db, slug)
        except KioskError as error:
            self.tell(translated(error.text))
            return False
        self.refresh_list()
        self.open_item("procedure", slug)
        self.refresh_problems()
        self.statusBar().showMessage(self.tr("Marked as read: the procedure follows the new official fiche."), 8000)
        return True

    @Slot(str)
    def accept_partner_values(self, slug: str) -> bool:
        """Take the values a partners file offered for this partner: saved, as any save, in its history."""
        return self._answer_partner_flag(slug, True)

    @Slot(str)
    def keep_partner_values(self, slug: str) -> bool:
        """Keep the partner's own values; the same offered values will not be flagged again."""
        return self._answer_partner_flag(slug, False)

    def _answer_partner_flag(self, slug: str, accept: bool) -> bool:
        if not self.confirm_leave():
            return False
        try:
            if accept:
                accept_partner_values(self.context.db, slug, self.context.clock())
            else:
                keep_partner_values(self.context.db, slug)
        except KioskError as error:
            self.tell(translated(error.text))
            return False
        self.refresh_choices()
        self.refresh_list()
        self.open_item("partner", slug)
        self.refresh_problems()
        self.statusBar().showMessage(self.tr("The new values are saved (the history can take them back).") if accept
                                     else self.tr("Your values are kept."), 8000)
        return True

    @Slot()
    def discard_changes(self) -> None:
        """Back to the item as saved (a new item not saved yet: back to empty)."""
        form = self.form()
        if form is None or form.loaded() is None:
            return
        if form.loaded().slug:
            self.open_item(form.KIND, form.loaded().slug)
        else:
            self._show_form(form.KIND, self._new_draft(form.KIND), new=True)

    @Slot()
    def delete_current(self) -> None:
        slug = self.current_slug()
        if not slug:
            return
        label = self._current_label()
        if not self.ask_yes_no(self.tr("Delete"), self.tr("Delete “%1”? The history keeps it, so it can be "
                                                          "brought back.").replace("%1", label)):
            return
        try:
            delete_item(self.context.db, self.kind, slug, self.context.clock())
        except KioskError as error:
            self.tell(translated(error.text))
            return
        self.refresh_choices()
        self.refresh_list()
        self.refresh_problems()
        self.stack.setCurrentWidget(self.placeholder)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Deleted “%1”.").replace("%1", label), 8000)

    @Slot()
    def preview(self) -> PreviewDialog | None:
        form = self.form()
        if form is None or form.KIND != "procedure":
            return None
        try:
            dialog = PreviewDialog(self.context, form.draft(), self.lang, self)
        except KioskError as error:
            self.tell(self.tr("The preview cannot be shown: %1").replace("%1", translated(error.text)))
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = dialog
        dialog.resize(1500, 900)
        dialog.show()
        return dialog

    @Slot()
    def show_history(self) -> HistoryDialog | None:
        slug = self.current_slug()
        if not slug:
            return None
        return self._open_history(self.kind, slug, self._current_label())

    @Slot()
    def show_all_history(self) -> HistoryDialog:
        return self._open_history(None, None, self.tr("every change"))

    def _open_history(self, kind: str | None, slug: str | None, title: str) -> HistoryDialog:
        if self.history_dialog is not None:
            self.history_dialog.close()
        dialog = HistoryDialog(self.context, kind, slug, title, self)
        dialog.revert_requested.connect(self.revert_to)
        self.history_dialog = dialog
        dialog.show()
        return dialog

    @Slot()
    def show_reviews(self) -> TranslationReviewDialog:
        """The translations waiting for review, in the language being translated into."""
        if self.reviews_dialog is not None:
            self.reviews_dialog.close()
        languages = [(code, name, rtl) for code, (name, rtl) in self._languages.items() if code != "fr"]
        self.reviews_dialog = TranslationReviewDialog(self.context, languages, self.lang, self)
        self.reviews_dialog.show()
        return self.reviews_dialog

    @Slot(int)
    def revert_to(self, record_id: int) -> bool:
        """Take an item back to the version before the save ``record_id``."""
        if not self.confirm_leave():
            return False
        try:
            saved = revert(self.context.db, record_id, self.context.clock())
        except KioskError as error:
            self.tell(translated(error.text))
            return False
        self.refresh_choices()
        self.refresh_list()
        self.refresh_problems()
        if not self.open_item(saved.kind, saved.slug):
            self.stack.setCurrentWidget(self.placeholder)
            self._update_actions()
        if self.history_dialog is not None:
            self.history_dialog.refresh()
        self.statusBar().showMessage(self.tr("Taken back to the earlier version."), 8000)
        return True

    @Slot()
    def import_file(self) -> bool:
        if not self.confirm_leave():
            return False
        path = self.choose_file(self.tr("Import a published catalogue"),
                                self.tr("Catalogue (catalogue.json *.json);;All files (*)"))
        if not path:
            return False
        if not self.ask_yes_no(self.tr("Import"), self.tr(
                "Replace everything in the editor with the catalogue in %1? The editor database is "
                "replaced; its history stays.").replace("%1", path)):
            return False
        try:
            done = import_catalogue(self.context, Path(path))
        except KioskError as error:
            self.tell(translated(error.text))
            return False
        self.refresh_choices()
        self.refresh_list()
        self.refresh_problems()
        self.stack.setCurrentWidget(self.placeholder)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Imported version %1: %2 procedures.")
                                     .replace("%1", str(done.version))
                                     .replace("%2", str(done.counts["procedures"])), 10000)
        return True

    @Slot()
    def publish(self) -> PublishDialog | None:
        if not self.confirm_leave():
            return None
        if self.publish_dialog is not None:
            self.publish_dialog.close()
        dialog = PublishDialog(self.context, self)
        dialog.published.connect(lambda _done: (self.refresh_list(), self.refresh_problems()))
        self.publish_dialog = dialog
        dialog.show()
        return dialog

    @Slot()
    def make_flash(self) -> FlashDialog:
        """The A4 info flash as a PDF, from the catalogue as saved."""
        dialog = FlashDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- problems --------------------------------------------------------------------------------

    def refresh_problems(self) -> None:
        """Check the whole saved catalogue again, then the item being edited as it stands."""
        self._saved_problems = validate(self.context.db, self._today())
        self.check_current()

    @Slot()
    def check_current(self) -> None:
        """Show the problems with the item being edited as typed, beside those of the others."""
        form = self.form()
        problems = list(self._saved_problems)
        if form is not None and form.loaded() is not None:
            mine = (form.KIND, form.loaded().slug)
            live = check_draft(self.context.db, form.draft(), self._today())
            others = [p for p in problems if p.where[:2] != mine]
            problems = [p for p in live if p.is_error] + [p for p in others if p.is_error] + \
                       [p for p in live if not p.is_error] + [p for p in others if not p.is_error]
        self.problems.set_problems(problems)
        self._update_title()

    @Slot(object)
    def go_to_problem(self, problem: Problem) -> bool:
        """Open the problem's item, in the problem's language, with the cursor on its field."""
        kind, slug, field = problem.where
        form = self.form()
        here = form is not None and form.loaded() is not None and (form.KIND, form.loaded().slug) == (kind, slug)
        if not here:
            if not self.confirm_leave() or not self.open_item(kind, slug):
                return False
        if problem.lang and problem.lang != self.lang:
            self.language.setCurrentIndex(self.language.findData(problem.lang))
        return self.forms[kind].focus_field(field, problem.lang)

    # --- lists and languages ---------------------------------------------------------------------

    def refresh_choices(self) -> None:
        offered = choices(self.context.db)
        self._languages = {code: (name, direction == "rtl") for code, name, direction in offered.languages}
        current = self.language.currentData() or self.lang
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("(French only)"), "fr")
        for code, name, _direction in offered.languages:
            if code != "fr":
                self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)
        for form in self.forms.values():
            was = form._filling
            form._filling = True
            try:
                form.set_choices(offered)
            finally:
                form._filling = was

    def refresh_list(self) -> None:
        """The items of the chosen kind matching the search, the one being edited selected."""
        slug = self.current_slug() if self.form() is not None and self.form().KIND == self.kind else None
        self._choosing = True
        try:
            self.items.clear()
            every = list_items(self.context.db, self.kind)
            found = list_items(self.context.db, self.kind, self.search.text()) if self.search.text() else every
            # Items an import flagged (kiosk.importers): a filter, while there are any.
            flagged = sum(item.to_review for item in every)
            self.review_only.setText(self.tr("Only those to read again (%1)").replace("%1", str(flagged)))
            self.review_only.setVisible(flagged > 0)
            if not flagged:
                self.review_only.blockSignals(True)
                self.review_only.setChecked(False)
                self.review_only.blockSignals(False)
            for item in found:
                if self.review_only.isChecked() and not item.to_review:
                    continue
                text = item.title + (f"   ·  {item.detail}" if item.detail else "")
                if item.draft:
                    text += "   " + self.tr("(draft)")
                if item.to_review:
                    text += "   " + self.tr("(to read again)")
                row = QListWidgetItem(text)
                row.setData(_ROLE, item.slug)
                row.setToolTip(item.slug)
                if item.to_review:
                    row.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                    row.setToolTip((self.tr("%1: its official fiche changed since its text was written")
                                    if self.kind == "procedure" else
                                    self.tr("%1: a partners file gives other values, to accept or not"))
                                   .replace("%1", item.slug))
                self.items.addItem(row)
            if slug:
                self._select_in_list(self.kind, slug)
        finally:
            self._choosing = False

    def set_language(self, lang: str) -> None:
        """Translate into ``lang``: French on the left, read-only, and ``lang`` beside it."""
        self.lang = lang
        name, rtl = self._languages.get(lang, (lang, False))
        for form in self.forms.values():
            form.set_language(lang, name, rtl)
        if lang == "fr":
            self.banner.setText(self.tr("Editing in French. To translate, choose a language above."))
        else:
            self.banner.setText(self.tr("Translating into %1: French on the left (read-only), %1 on the right.")
                                .replace("%1", name))
        index = self.language.findData(lang)
        if index >= 0 and index != self.language.currentIndex():
            self.language.setCurrentIndex(index)

    def _select_in_list(self, kind: str, slug: str) -> None:
        if kind != self.kind:
            return
        was = self._choosing
        self._choosing = True
        try:
            for row in range(self.items.count()):
                if self.items.item(row).data(_ROLE) == slug:
                    self.items.setCurrentRow(row)
                    break
        finally:
            self._choosing = was

    def select_item(self, slug: str) -> bool:
        """Choose an item in the list, as a click does (asking about unsaved changes)."""
        for row in range(self.items.count()):
            if self.items.item(row).data(_ROLE) == slug:
                self.items.setCurrentRow(row)
                return self.current_slug() == slug
        return False

    def choose_section(self, kind: str) -> bool:
        """Show another kind of item, as the section menu does (asking about unsaved changes)."""
        self.section.setCurrentIndex(self.section.findData(kind))
        return self.kind == kind

    # --- internals -------------------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _item_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._choosing or current is None:
            return
        slug = current.data(_ROLE)
        if slug == self.current_slug() and self.form() is not None and self.form().KIND == self.kind:
            return
        if not self.confirm_leave():
            self._choosing = True
            self.items.setCurrentItem(previous)
            self._choosing = False
            return
        self.open_item(self.kind, slug)

    def _section_chosen(self, _index: int) -> None:
        kind = self.section.currentData()
        if self._choosing or kind == self.kind:
            return
        if not self.confirm_leave():
            self._choosing = True
            self.section.setCurrentIndex(self.section.findData(self.kind))
            self._choosing = False
            return
        self._set_section(kind)
        self.stack.setCurrentWidget(self.placeholder)
        self._update_actions()
        self.check_current()

    def _set_section(self, kind: str) -> None:
        self.kind = kind
        self._choosing = True
        self.section.setCurrentIndex(self.section.findData(kind))
        self._choosing = False
        self.new_button.setText(self.new_names[kind])
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh_list()

    def _filter_changed(self, *_args) -> None:
        self.refresh_list()
        self._update_actions()

    def _form_edited(self) -> None:
        self._update_title()
        self._update_actions()
        self._check_timer.start()

    def _update_actions(self) -> None:
        form = self.form()
        slug = self.current_slug()
        dirty = self.is_dirty()
        self.save_action.setEnabled(form is not None)
        self.discard_action.setEnabled(dirty)
        self.delete_action.setEnabled(bool(slug))
        self.preview_action.setEnabled(form is not None and form.KIND == "procedure")
        self.history_action.setEnabled(bool(slug))
        ordering = self.kind in ORDERED and form is not None and form.KIND == self.kind and bool(slug)
        for button in (self.up_button, self.down_button):
            button.setVisible(self.kind in ORDERED)
            # In the whole list only: moving among search results would hide where it lands.
            button.setEnabled(ordering and not self.search.text() and not self.review_only.isChecked())
        self._update_title()

    def _update_title(self) -> None:
        label = self._current_label()
        mark = " *" if self.is_dirty() else ""
        self.setWindowTitle(f"{label}{mark} — " + self.tr("kiosk editor") if label else self.tr("kiosk editor"))

    def _current_label(self) -> str:
        form = self.form()
        if form is None or form.loaded() is None:
            return ""
        return form.draft().label() or self.new_names[form.KIND]

    def _today(self) -> dt.date:
        return local_time(self.context.clock()).date()

    def closeEvent(self, event) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        for dialog in (self.preview_dialog, self.history_dialog, self.publish_dialog):
            if dialog is not None:
                dialog.close()
        event.accept()

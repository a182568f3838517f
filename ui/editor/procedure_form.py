"""The form of a procedure: every field, its steps, documents, partners, links, keywords, sources."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kiosk.editing import Choices, ProcedureDraft, valid_url
from kiosk.hours import local_time
from ui.editor.fields import LinesField, SourcesEditor, TranslatableText, WordsField, mark_invalid
from ui.editor.forms import Clock, EditorForm
from ui.editor.questions import QuestionsEditor
from ui.editor.steps import DocumentsEditor, LinksEditor, PartnersList, StepsEditor
from ui.editor.plain import plain_label


class ProcedureForm(EditorForm):
    """Everything about one procedure, as the kiosk shows it and the catalogue file writes it."""

    KIND = "procedure"

    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__(clock, parent)
        self.slug = plain_label(object_name="Hint")
        about = self.section(self.tr("The procedure"))
        about.addRow(self.tr("Identifier"), self.slug)
        self.category = self.add(about, self.tr("Category"), "category", QComboBox())
        self.shown = self.add(about, self.tr("On kiosks"), "status",
                              QCheckBox(self.tr("Shown to residents (untick to keep it as a draft)")))
        self.featured = self.add(about, self.tr("Info flash"), "featured", QCheckBox(
            self.tr("On the A4 info flash, with a QR code to its checklist")))
        self.mode = self.add(about, self.tr("Done"), "mode", QComboBox())
        for code, name in (("online", self.tr("Online")), ("on_site", self.tr("At an office")),
                           ("both", self.tr("Online or at an office"))):
            self.mode.addItem(name, code)
        self.title = self.add(about, self.tr("Title"), "title", TranslatableText())
        self.summary = self.add(about, self.tr("What it is"), "summary", TranslatableText(multiline=True))
        self.audience = self.add(about, self.tr("Who it is for"), "audience", TranslatableText(multiline=True))
        self.cost = self.add(about, self.tr("Cost"), "cost", TranslatableText())
        self.duration = self.add(about, self.tr("Usual duration"), "duration", TranslatableText())
        self.online_service = self.add(about, self.tr("Online service"), "online_service", QLineEdit())
        self.online_service.setPlaceholderText("https://…")

        questions = self.section(self.tr("Is this for me?"), self.tr(
            "Up to 6 yes/no questions residents may answer before the checklist, one per screen. "
            "The first answer that is not the expected one ends them with its advice."))
        self.eligibility = self.add(questions, "", "eligibility", QuestionsEditor())
        steps = self.section(self.tr("Steps"), self.tr(
            "One step per screen of the kiosk's guide, in order. Drag a step, or use Up and Down."))
        self.steps = self.add(steps, "", "steps", StepsEditor())
        documents = self.section(self.tr("Documents to gather"), self.tr(
            "The documents residents tick off; each is explained on its own screen."))
        self.documents = self.add(documents, "", "documents", DocumentsEditor())
        helpers = self.section(self.tr("Who can help nearby"), self.tr(
            "Partners where residents can get help; the kiosk shows the first three."))
        self.partners = self.add(helpers, "", "partners", PartnersList())
        links = self.section(self.tr("Official links"))
        self.links = self.add(links, "", "links", LinksEditor())
        search = self.section(self.tr("Search"), self.tr(
            "Other words residents may type to find it: abbreviations, old names, everyday words."))
        self.keywords = self.add(search, self.tr("Keywords"), "keywords", WordsField())
        mediator = self.section(self.tr("For the mediator"))
        self.helper_notes = self.add(mediator, self.tr("Helper notes"), "helper_notes",
                                     TranslatableText(multiline=True, lines=4))
        checks = self.section(self.tr("Checked against"), self.tr(
            "The official pages these facts come from, and the day you read them."))
        self.sources = self.add(checks, self.tr("Sources"), "sources", SourcesEditor())
        self.to_check = self.add(checks, self.tr("Still to check"), "to_check", LinesField())
        self.column.addStretch(1)

        self.category.currentIndexChanged.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._changed)
        self.shown.toggled.connect(self._changed)
        self.featured.toggled.connect(self._changed)
        self.online_service.textChanged.connect(self._changed)
        self.online_service.textChanged.connect(self._check_url)

    def set_choices(self, choices: Choices) -> None:
        current = self.category.currentData()
        was = self._filling
        self._filling = True
        try:
            self.category.clear()
            for slug, title in choices.categories:
                self.category.addItem(title, slug)
            self.category.setCurrentIndex(max(0, self.category.findData(current)))
            self.steps.set_partners(choices.partners)
            self.eligibility.set_partners(choices.partners)
            self.documents.set_documents(choices.documents)
            self.partners.set_partners(choices.partners)
        finally:
            self._filling = was

    def fill(self, draft: ProcedureDraft) -> None:
        self.slug.setText(draft.slug or self.tr("(given when first saved, from the French title)"))
        self.sources.today = local_time(self.clock()).date().isoformat()
        index = self.category.findData(draft.category)
        if index < 0 and draft.category:
            self.category.addItem(draft.category, draft.category)
            index = self.category.count() - 1
        self.category.setCurrentIndex(index)
        self.shown.setChecked(draft.status == "published")
        self.featured.setChecked(draft.featured)
        self.mode.setCurrentIndex(max(0, self.mode.findData(draft.mode)))
        for name in ("title", "summary", "audience", "cost", "duration", "helper_notes"):
            getattr(self, name).set_value(getattr(draft, name))
        self.online_service.setText(draft.online_service)
        self.eligibility.set_entries(draft.eligibility)
        self.steps.set_entries(draft.steps)
        self.documents.set_entries(draft.documents)
        self.partners.set_slugs(draft.partners)
        self.links.set_entries(draft.links)
        self.keywords.set_value(draft.keywords)
        self.sources.set_value(draft.sources)
        self.to_check.set_value(draft.to_check)
        self._check_url()

    def read(self) -> ProcedureDraft:
        return ProcedureDraft(
            category=self.category.currentData() or "",
            status="published" if self.shown.isChecked() else "draft", featured=self.featured.isChecked(),
            title=self.title.value(), summary=self.summary.value(), audience=self.audience.value(),
            mode=self.mode.currentData(), cost=self.cost.value(), duration=self.duration.value(),
            online_service=self.online_service.text(), links=self.links.entries(),
            keywords=self.keywords.value(), documents=self.documents.entries(),
            steps=self.steps.entries(), partners=self.partners.slugs(),
            helper_notes=self.helper_notes.value(), sources=self.sources.value(),
            to_check=self.to_check.value(), eligibility=self.eligibility.entries(),
        )

    def field_widget(self, path: list[str], lang: str | None) -> QWidget | None:
        lists = {"steps": self.steps, "documents": self.documents, "links": self.links,
                 "eligibility": self.eligibility}
        if path[0] in lists and len(path) > 1 and path[1].isdigit():
            editor = lists[path[0]]
            editor.focus_field(int(path[1]), path[2] if len(path) > 2 else "", lang)
            return editor
        if path[0] in ("steps", "documents", "links", "partners", "eligibility"):
            editor = {**lists, "partners": self.partners}[path[0]]
            editor.list.setFocus()
            return editor
        return super().field_widget(path, lang)

    def _check_url(self, *_args) -> None:
        text = self.online_service.text().strip()
        mark_invalid(self.online_service, bool(text) and not valid_url(text),
                     self.tr("A web address starts with https:// and has no spaces."))

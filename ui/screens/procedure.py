"""A procedure: what it is, who it is for, the documents to gather, who can help."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt, Slot
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.card import Card

from kiosk.catalogue import ChecklistItem, ProcedureView, load_procedure
from kiosk.stats import Event
from ui import pictograms, theme
from ui.fullscreen import current_scale
from ui.screens.base import ItemScreen
from ui.widgets.common import big_button, clear_layout, heading, picture, set_button, touch_scroll_area
from ui.widgets.french import FrenchBeside
from ui.widgets.glossary_row import GlossaryRow
from ui.widgets.labels import PlainLabel
from ui.translations import qt_locale

MODE_PICTOGRAMS = {"online": "online", "on_site": "on-site", "both": "online"}
#: The side column's width at 1920x1080 (scaled with the screen).
SIDE_WIDTH = 560


def date_text(value, lang: str) -> str:
    """A date written the way the language writes it ("25 novembre 2026", "25 Kasım 2026")."""
    return qt_locale(lang).toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


class DocumentRow(QWidget):
    """One document of the checklist: a big tick box, its title and note, and a "?" button."""

    def __init__(self, item: ChecklistItem, ticked: bool, shown, french: ChecklistItem | None = None,
                 beside=None, parent=None) -> None:
        """``french``: the same item in French, shown under its title and note by ``beside``
        (``ItemScreen.beside``) at a front desk."""
        super().__init__(parent)
        self.slug = item.document.slug
        # The box alone, its title a wrapped label beside it: a check box's own text never wraps,
        # so a long document title would widen the whole column past the screen.
        self.tick = QCheckBox()
        self.tick.setChecked(ticked)
        self.tick.setAccessibleName(item.document.title.text)
        self._title = PlainLabel(shown(item.document.title), object_name="DocumentTitle")
        self.explain = QPushButton(objectName="Secondary")
        self.explain.setIcon(pictograms.icon("info", 40))
        self.explain.setIconSize(QSize(40, 40))
        self._note = PlainLabel(shown(item.note), object_name="Muted")
        self._note.setVisible(bool(item.note.text))
        self.title_fr, self.note_fr = FrenchBeside(), FrenchBeside()
        if french is not None and beside is not None:
            self.title_fr.set_french(beside(item.document.title, french.document.title))
            self.note_fr.set_french(beside(item.note, french.note))

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self.title_fr)
        text.addWidget(self._note)
        text.addWidget(self.note_fr)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(picture(item.document.pictogram, 56), 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.explain, 0, Qt.AlignmentFlag.AlignTop)

    def title(self) -> str:
        """The document's title, as shown beside the box."""
        return self._title.text()

    def mouseReleaseEvent(self, event) -> None:
        """A tap anywhere on the row ticks it: a finger need not find the small box."""
        if self.rect().contains(event.position().toPoint()):
            self.tick.toggle()

class ProcedureScreen(ItemScreen):
    """Everything about one procedure, and the ways on: the guide and taking it away."""

    loader = staticmethod(load_procedure)

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._counted: str | None = None
        #: How, how much and how long, as shown (read aloud after the documents).
        self._fact_texts: list[str] = []
        #: Ticked documents per procedure, for this resident's session only.
        self._ticked: dict[str, set[str]] = {}

        self._fallback = PlainLabel(object_name="FallbackNote")
        #: No person has checked this translation yet (kiosk.reviews): said in the screen's language.
        self._machine = PlainLabel(object_name="MachineNote")
        self._summary = PlainLabel(object_name="Lead")
        self._audience_heading = heading()
        self._audience = PlainLabel()
        # At a front desk, the French under the resident's language (Services.french_beside).
        self._summary_fr, self._audience_fr = FrenchBeside(), FrenchBeside()
        self._facts = QHBoxLayout()
        self._facts.setSpacing(32)
        self._documents_heading = heading()
        self._documents_hint = PlainLabel(object_name="Muted")
        self._checklist = QVBoxLayout()
        self._checklist.setSpacing(4)
        self.words = GlossaryRow()
        self._notes_heading = heading()
        self._notes = PlainLabel(object_name="HelperNotes")

        self._for_me = big_button("", "person")
        self._guide = big_button("", "next")
        self._takeaway = big_button("", "qr-code", role="Secondary")
        self._partners_heading = heading()
        self._partners = QVBoxLayout()
        self._checked = PlainLabel(object_name="Muted")

        content = QWidget()
        self._main = QVBoxLayout(content)
        main = self._main
        main.setContentsMargins(0, 0, 24, 0)
        main.setSpacing(12)
        main.addWidget(self._summary)
        main.addWidget(self._summary_fr)
        main.addWidget(self._audience_heading)
        main.addWidget(self._audience)
        main.addWidget(self._audience_fr)
        main.addLayout(self._facts)
        main.addWidget(self.words)  # seen without scrolling: the words of the whole procedure
        main.addWidget(self._documents_heading)
        main.addWidget(self._documents_hint)
        main.addLayout(self._checklist)
        main.addWidget(self._notes_heading)
        main.addWidget(self._notes)
        main.addStretch(1)
        self._scroll = touch_scroll_area(content)

        # The ways on (guide, take away) and who can help: a side column in landscape; in
        # portrait the ways on sit above the text and who can help comes after it.
        self._actions = QWidget(objectName="Actions")
        self._actions_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self._actions)
        self._actions_layout.setContentsMargins(0, 0, 0, 0)
        self._actions_layout.setSpacing(16)
        self._actions_layout.addWidget(self._for_me)
        self._actions_layout.addWidget(self._guide)
        self._actions_layout.addWidget(self._takeaway)
        self._helpers = QWidget(objectName="Helpers")
        helpers = QVBoxLayout(self._helpers)
        helpers.setContentsMargins(0, 12, 0, 0)
        helpers.setSpacing(16)
        helpers.addWidget(self._partners_heading)
        helpers.addLayout(self._partners)
        helpers.addWidget(self._checked)
        side = QWidget(objectName="SidePanel")
        self._side = QVBoxLayout(side)
        self._side.setContentsMargins(0, 0, 16, 0)
        self._side.setSpacing(0)
        self._side.addStretch(1)
        self._side_scroll = touch_scroll_area(side)
        self._side_scroll.setFixedWidth(theme.scaled(SIDE_WIDTH, current_scale()))

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self._scroll, 1)
        columns.addWidget(self._side_scroll)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(48, 8, 48, 24)
        self._layout.addWidget(self._fallback)
        self._layout.addWidget(self._machine)
        self._layout.addLayout(columns, 1)
        self._portrait: bool | None = None
        self.set_portrait(False)

        self._for_me.clicked.connect(self.ask_questions)
        self._guide.clicked.connect(self.start_guide)
        self._takeaway.clicked.connect(self.take_away)
        self.words.chosen.connect(self.navigate.emit)

    # --- Screen ---------------------------------------------------------------------------

    def set_portrait(self, portrait: bool) -> None:
        self._side_scroll.setFixedWidth(theme.scaled(SIDE_WIDTH, current_scale()))
        if portrait == self._portrait:
            return
        self._portrait = portrait
        if portrait:
            self._actions_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._layout.insertWidget(1, self._actions)
            self._main.insertWidget(self._main.count() - 1, self._helpers)
        else:
            self._actions_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self._side.insertWidget(0, self._actions)
            self._side.insertWidget(1, self._helpers)
        self._side_scroll.setVisible(not portrait)

    def spoken_text(self) -> str:
        if self.view is None:
            return ""
        parts = [self.title(), self._machine.text() if self.view.machine_translated else "", self._summary.text()]
        if self.view.audience.text:
            parts += [self._audience_heading.text(), self._audience.text()]
        parts.append(self._documents_heading.text())
        parts += [row.title() for row in self.rows()] or [self._documents_hint.text()]
        parts += self._fact_texts
        return "\n".join(part for part in parts if part)

    def reset(self) -> None:
        self.forget_loads()
        self.view, self._slug, self._ticked, self._counted = None, None, {}, None
        self._fact_texts = []
        clear_layout(self._checklist)
        clear_layout(self._partners)

    # --- user actions ---------------------------------------------------------------------

    def ticked(self) -> set[str]:
        return set(self._ticked.get(self._slug or "", set()))

    def rows(self) -> list[DocumentRow]:
        return [self._checklist.itemAt(i).widget() for i in range(self._checklist.count())]

    @Slot()
    def ask_questions(self) -> None:
        """"Is this for me?": the procedure's yes/no questions, one per screen."""
        self.navigate.emit("eligibility", self._slug)

    @Slot()
    def start_guide(self) -> None:
        self.navigate.emit("guide", self._slug)

    @Slot()
    def take_away(self) -> None:
        self.navigate.emit("takeaway", (self._slug, frozenset(self.ticked())))

    # --- internals ------------------------------------------------------------------------

    def _show(self, view: ProcedureView | None) -> None:
        self.view = view
        if view is None:  # gone with a catalogue swap: nothing to show but the way home
            self._summary.setText(self.tr("This procedure is no longer in the catalogue."))
            for label in (self._summary_fr, self._audience_fr):
                label.set_french("")
            clear_layout(self._checklist)
            self.content_changed.emit()
            return
        # Counted once per procedure in a row: not again on a language switch, nor on coming back
        # from its guide, a document or the take-away screen.
        if view.slug != self._counted:
            self._counted = view.slug
            self.services.count(Event.VIEWED, procedure=view.slug, language=self.lang)
        self._fallback.setText(self.tr("Some of this text is not yet translated: it is shown in French."))
        self._fallback.setVisible(view.has_fallback())
        self._machine.setText(self.tr("Translated by machine: ask the mediator if something is unclear."))
        self._machine.setVisible(view.machine_translated)
        self._summary.setText(self.shown(view.summary))
        self._audience_heading.setText(self.tr("Who is it for?"))
        self._audience.setText(self.shown(view.audience))
        french = self.french
        self._summary_fr.set_french(self.beside(view.summary, french and french.summary))
        self._audience_fr.set_french(self.beside(view.audience, french and french.audience))
        for widget in (self._audience_heading, self._audience):
            widget.setVisible(bool(view.audience.text))
        self._fill_facts(view)
        self._fill_checklist(view)
        self._fill_notes(view)
        self._fill_partners(view)
        self.words.show_terms(view.glossary, lambda lang: self.services.direction(lang) == "rtl")
        rtl = self.is_rtl()
        set_button(self._for_me, self.tr("Is this for me?"), "person")
        self._for_me.setVisible(bool(view.questions))
        set_button(self._guide, self.tr("Step by step"), "next", mirrored=rtl)
        self._guide.setVisible(bool(view.steps))
        set_button(self._takeaway, self.tr("Take this list with me"), "qr-code")
        self._checked.setText(  # the main source's site and its page's date (kiosk.sources)
            (self.tr("Checked against %1 (page of %2)").replace("%2", date_text(view.page_date, self.lang))
             if view.page_date else self.tr("Checked against %1")).replace("%1", view.source_site)
            if view.source_site else "")
        self._scroll.verticalScrollBar().setValue(0)
        self.content_changed.emit()

    def _fill_facts(self, view: ProcedureView) -> None:
        clear_layout(self._facts)
        mode = {"online": self.tr("Online"), "on_site": self.tr("At an office"),
                "both": self.tr("Online or at an office")}[view.mode]
        self._fact_texts = []
        for pictogram, text in ((MODE_PICTOGRAMS[view.mode], mode), ("cost", self.shown(view.cost)),
                                ("duration", self.shown(view.duration))):
            if not text:
                continue
            self._fact_texts.append(text)
            fact = QHBoxLayout()
            fact.setSpacing(10)
            fact.addWidget(picture(pictogram, 48), 0, Qt.AlignmentFlag.AlignTop)
            label = PlainLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            fact.addWidget(label, 1)
            self._facts.addLayout(fact, 1)

    def _fill_checklist(self, view: ProcedureView) -> None:
        clear_layout(self._checklist)
        self._documents_heading.setText(self.tr("Documents to gather"))
        self._documents_hint.setText(self.tr("Tick what you have. Tap the i button to see what a document is."))
        if not view.checklist:
            self._documents_hint.setText(self.tr("No document is needed to start."))
        ticked = self._ticked.setdefault(view.slug, set())
        french = {item.document.slug: item for item in (self.french.checklist if self.french else ())}
        for item in view.checklist:
            row = DocumentRow(item, item.document.slug in ticked, self.shown,
                              french.get(item.document.slug), self.beside)
            row.explain.setAccessibleName(self.tr("What is this document?") + " " + item.document.title.text)
            row.tick.toggled.connect(lambda on, slug=item.document.slug: self._on_tick(slug, on))
            row.explain.clicked.connect(lambda _=False, slug=item.document.slug: self.navigate.emit("document", slug))
            self._checklist.addWidget(row)

    def _fill_partners(self, view: ProcedureView) -> None:
        clear_layout(self._partners)
        self._partners_heading.setText(self.tr("Who can help nearby"))
        self._partners_heading.setVisible(bool(view.partners))
        for partner in view.partners[:3]:
            card = Card(PlainLabel(partner.name, object_name="TileTitle"), name=partner.name)
            if partner.address:
                card.add(PlainLabel(partner.address, object_name="Muted"))
            card.clicked.connect(lambda _=False, slug=partner.slug: self.navigate.emit("partners", slug))
            self._partners.addWidget(card)

    def _fill_notes(self, view: ProcedureView) -> None:
        """The mediator's notes and what is still to be checked: in mediator and admin modes, and
        at a front desk (``Services.shows_notes``)."""
        notes = view.helper_notes.text
        if view.to_check:
            notes += ("\n\n" if notes else "") + self.tr("Still to be checked:") + "\n" + "\n".join(
                "• " + item for item in view.to_check)
        self._notes_heading.setText(self.tr("For the mediator"))
        self._notes.setText(notes)
        shown = self.services.shows_notes() and bool(notes)
        self._notes_heading.setVisible(shown)
        self._notes.setVisible(shown)

    def _on_tick(self, slug: str, on: bool) -> None:
        ticked = self._ticked.setdefault(self._slug or "", set())
        if on:
            ticked.add(slug)
        else:
            ticked.discard(slug)

"""The form of a partner: address, contact, opening hours read back as a person would say them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from kiosk.editing import Choices, PartnerDraft, valid_email, valid_phone, valid_postcode, valid_url
from kiosk.hours import hours_on, local_time, opening_state, parse_hours, reading
from ui.editor.fields import LinesField, SourcesEditor, TranslatableText, mark_invalid
from ui.editor.forms import Clock, EditorForm, SitesField, row
from ui.editor.plain import plain_label


class PartnerForm(EditorForm):
    """A local partner (data·inclusion fields), checked as typed."""

    KIND = "partner"

    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__(clock, parent)
        about = self.section(self.tr("Partner"))
        self.name = self.add(about, self.tr("Name"), "name", QLineEdit())
        self.description = self.add(about, self.tr("What they do"), "description",
                                    TranslatableText(multiline=True))
        self.themes = self.add(about, self.tr("Themes"), "thematiques", QLineEdit())
        self.themes.setPlaceholderText(self.tr("themes, separated by commas"))
        self.sites = self.add(about, self.tr("Neighbourhoods"), "sites", SitesField())

        place = self.section(self.tr("Address and contact"))
        self.adresse = self.add(place, self.tr("Street address"), "adresse", QLineEdit())
        self.adresse.setPlaceholderText("1 bis rue Bergson")
        self.complement = self.add(place, self.tr("Address complement"), "complement_adresse", QLineEdit())
        self.code_postal = QLineEdit()
        self.code_postal.setPlaceholderText("49000")
        self.code_postal.setMaxLength(5)
        self.code_postal.setFixedWidth(90)
        self.commune = QLineEdit()
        self.commune.setPlaceholderText("Angers")
        place.addRow(self.tr("Postcode and town"), row(self.code_postal, self.commune))
        self._fields["code_postal"], self._fields["commune"] = self.code_postal, self.commune
        self.telephone = self.add(place, self.tr("Phone"), "telephone", QLineEdit())
        self.telephone.setPlaceholderText("02 41 05 46 00")
        self.courriel = self.add(place, self.tr("E-mail"), "courriel", QLineEdit())
        self.site_web = self.add(place, self.tr("Website"), "site_web", QLineEdit())
        self.site_web.setPlaceholderText("https://…")

        hours = self.section(self.tr("Opening hours"), self.tr(
            "Written as OpenStreetMap does, e.g. Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off. "
            "Check the reading below: it is what kiosks will understand."))
        self.horaires = self.add(hours, self.tr("Hours"), "horaires_accueil", QLineEdit())
        self.horaires.setPlaceholderText("Mo-Fr 09:00-12:00,14:00-17:00")
        self.hours_reading = plain_label(object_name="HoursReading")
        self.hours_reading.setWordWrap(True)
        hours.addRow(self.tr("Read as"), self.hours_reading)
        self.horaires_texte = self.add(hours, self.tr("As published"), "horaires_texte", QLineEdit())
        self.horaires_texte.setPlaceholderText(self.tr("the hours as the partner writes them, shown when "
                                                       "the line above cannot be read"))
        checks = self.section(self.tr("Checked against"))
        self.sources = self.add(checks, self.tr("Sources"), "sources", SourcesEditor())
        self.to_check = self.add(checks, self.tr("Still to check"), "to_check", LinesField())
        self.column.addStretch(1)

        self._checks = {
            self.code_postal: (valid_postcode, self.tr("A postcode is five digits, such as 49000.")),
            self.telephone: (valid_phone, self.tr("Ten digits such as 02 41 05 46 00, or a short number "
                                                  "such as 3230.")),
            self.courriel: (valid_email, self.tr("An e-mail address such as accueil@example.fr.")),
            self.site_web: (valid_url, self.tr("A web address starts with https:// and has no spaces.")),
        }
        for edit in (self.name, self.themes, self.adresse, self.complement, self.code_postal, self.commune,
                     self.telephone, self.courriel, self.site_web, self.horaires, self.horaires_texte):
            edit.textChanged.connect(self._changed)
            edit.textChanged.connect(self._check_fields)

    def set_choices(self, choices: Choices) -> None:
        self.sites.set_sites(choices.sites)

    def fill(self, draft: PartnerDraft) -> None:
        self.sources.today = local_time(self.clock()).date().isoformat()
        self.name.setText(draft.name)
        self.description.set_value(draft.description)
        self.themes.setText(", ".join(draft.thematiques))
        self.sites.set_value(draft.sites)
        for edit, value in ((self.adresse, draft.adresse), (self.complement, draft.complement_adresse),
                            (self.code_postal, draft.code_postal), (self.commune, draft.commune),
                            (self.telephone, draft.telephone), (self.courriel, draft.courriel),
                            (self.site_web, draft.site_web), (self.horaires, draft.horaires_accueil),
                            (self.horaires_texte, draft.horaires_texte)):
            edit.setText(value)
        self.sources.set_value(draft.sources)
        self.to_check.set_value(draft.to_check)
        self._check_fields()

    def read(self) -> PartnerDraft:
        return PartnerDraft(
            name=self.name.text(), description=self.description.value(),
            adresse=self.adresse.text(), complement_adresse=self.complement.text(),
            code_postal=self.code_postal.text(), commune=self.commune.text(),
            telephone=self.telephone.text(), courriel=self.courriel.text(), site_web=self.site_web.text(),
            horaires_accueil=self.horaires.text(), horaires_texte=self.horaires_texte.text(),
            thematiques=[t.strip() for t in self.themes.text().split(",") if t.strip()],
            sites=self.sites.value(), sources=self.sources.value(), to_check=self.to_check.value(),
        )

    # --- checked as typed ------------------------------------------------------------------------

    def _check_fields(self, *_args) -> None:
        for edit, (valid, explanation) in self._checks.items():
            text = edit.text().strip()
            mark_invalid(edit, bool(text) and not valid(text), explanation)
        self.hours_reading.setText(self.hours_text())
        expression = self.horaires.text().strip()
        mark_invalid(self.horaires, bool(expression) and parse_hours(expression) is None,
                     self.hours_reading.text())

    def hours_text(self) -> str:
        """The opening hours of the coming week as a person reads them, or why they cannot be read."""
        expression = self.horaires.text().strip()
        if not expression:
            return self.tr("No opening hours: kiosks say they are not known.")
        if parse_hours(expression) is None:
            return self.tr("These hours cannot be read. Kiosks cannot say \"open now\"; they show the "
                           "text as published instead.")
        now = self.clock()
        today = local_time(now).date()
        days = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        lines = []
        for offset in range(7):
            day = today + dt.timedelta(days=offset)
            periods = hours_on(expression, day) or ()
            hours = reading(periods) or self.tr("closed")
            lines.append(f"{days[day.weekday()]} {day:%d/%m}: {hours}")
        state = opening_state(expression, now)
        if state is not None and state.is_open is not None:
            lines.insert(0, self.tr("Open now.") if state.is_open else self.tr("Closed now."))
        return "\n".join(lines)

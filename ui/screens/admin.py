"""The admin screen, behind the admin PIN: sync, settings, statistics, PINs, leaving kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from kiosk import stats
from kiosk.catalogue import catalogue_status, categories, languages, load_procedure, sync_history
from kiosk.errors import KioskError
from kiosk.pins import Role, set_pin
from kiosk.settings import get_setting, set_settings
from kiosk.workshops import calendar_status
from ui.operations import run_in_background
from ui.print_jobs import printer_names
from ui.print_panel import print_pool
from ui.screens.base import Screen
from ui.widgets.bar_chart import BarChart
from ui.widgets.common import big_button, clear_layout, heading, touch_scroll_area
from ui.widgets.labels import PlainLabel

# The statistics periods offered: whole ISO weeks or months, up to this one (kiosk.stats).
PERIODS = {"4w": (4, "week"), "12w": (12, "week"), "12m": (12, "month")}


class AdminScreen(Screen):
    """Five sections chosen on the left.

    Signals:
        sync_requested(): "Sync now" was pressed.
        quit_requested(): "Quit kiosk mode" was confirmed.
    """

    sync_requested = Signal()
    quit_requested = Signal()

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self._sections = QButtonGroup(self)
        self._menu = QVBoxLayout()
        self._pages = QStackedWidget()
        self._message = PlainLabel(object_name="Lead")

        # sync
        self._status = PlainLabel(object_name="Lead")
        self._outdated = PlainLabel(object_name="FallbackNote")
        self._sync_now = big_button("", "online")
        self._history = PlainLabel()
        # settings
        self._site = QLineEdit()
        self._source = QLineEdit()
        self._calendar = QLineEdit()
        self._interval = QLineEdit()
        self._idle = QLineEdit()
        self._languages = {lang.code: QCheckBox(lang.name) for lang in languages(services.context.db)}
        self._printer = QComboBox()
        self._read_aloud = QCheckBox()
        self._keys = QPlainTextEdit()
        self._save = big_button("", "check")
        # statistics
        self._periods = QButtonGroup(self)
        self._period_buttons = {key: QPushButton(checkable=True, objectName="ThemeFilter") for key in PERIODS}
        self._charts = QVBoxLayout()
        # PINs
        self._mediator_pin = QLineEdit()
        self._admin_pin = QLineEdit()
        self._save_pins = big_button("", "check")
        # quit
        self._quit = big_button("", "close", role="Secondary")
        self._quit_confirm = big_button("", "warning")

        self._build_pages()
        self._sync_now.clicked.connect(self.sync_requested)
        self._save.clicked.connect(self.save_settings)
        self._save_pins.clicked.connect(self.save_pins)
        self._quit.clicked.connect(lambda: self._quit_confirm.setVisible(True))
        self._quit_confirm.clicked.connect(self.quit_requested)
        self._periods.buttonClicked.connect(lambda _button: self._fill_statistics())

    # --- construction ---------------------------------------------------------------------

    def _page(self, *widgets) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(16)
        for widget in widgets:
            if isinstance(widget, QWidget):
                column.addWidget(widget)
            else:
                column.addLayout(widget)
        column.addStretch(1)
        return touch_scroll_area(content)

    def _build_pages(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(14)
        for field in (self._site, self._source, self._calendar, self._interval, self._idle, self._mediator_pin,
                      self._admin_pin):
            field.setMinimumHeight(56)
        for field in (self._mediator_pin, self._admin_pin):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        languages_widget = QWidget()
        languages_row = QHBoxLayout(languages_widget)
        languages_row.setContentsMargins(0, 0, 0, 0)
        for box in self._languages.values():
            languages_row.addWidget(box)
        languages_row.addStretch(1)
        self._keys.setFixedHeight(120)
        #: Each form field with the label naming it (texts set in the interface language).
        self._labels = {field: PlainLabel() for field in (
            self._site, self._source, self._calendar, self._interval, self._idle, languages_widget, self._printer,
            self._read_aloud, self._keys, self._mediator_pin, self._admin_pin)}
        for field in (self._site, self._source, self._calendar, self._interval, self._idle, languages_widget, self._printer,
                      self._read_aloud, self._keys):
            form.addRow(self._labels[field], field)
        self._languages_widget = languages_widget
        periods = QHBoxLayout()
        for button in self._period_buttons.values():
            self._periods.addButton(button)
            periods.addWidget(button)
        periods.addStretch(1)
        self._period_buttons["12w"].setChecked(True)
        pins = QFormLayout()
        for field in (self._mediator_pin, self._admin_pin):
            pins.addRow(self._labels[field], field)

        self._pages.addWidget(self._page(self._outdated, self._status, self._sync_now, heading(), self._history))
        self._pages.addWidget(self._page(form, self._save))
        self._pages.addWidget(self._page(periods, self._charts))
        self._pages.addWidget(self._page(pins, self._save_pins))
        self._quit_confirm.hide()
        self._pages.addWidget(self._page(PlainLabel(object_name="Lead"), self._quit, self._quit_confirm))

        for index in range(5):
            button = QPushButton(objectName="ThemeFilter", checkable=True)
            self._sections.addButton(button, index)
            self._menu.addWidget(button)
        self._menu.addStretch(1)
        self._sections.idClicked.connect(self.show_section)
        self._sections.button(0).setChecked(True)

        right = QVBoxLayout()
        right.addWidget(self._message)
        right.addWidget(self._pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(32)
        layout.addLayout(self._menu)
        layout.addLayout(right, 1)

    # --- Screen ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Administration")

    def open(self, argument: object, lang: str) -> None:
        self._message.setText("")
        self._quit_confirm.hide()
        self.show_language(lang)
        self._load_settings()

    def show_language(self, lang: str) -> None:
        self.lang = lang
        for index, text in enumerate((self.tr("Catalogue and sync"), self.tr("Settings"), self.tr("Statistics"),
                                      self.tr("PINs"), self.tr("Quit kiosk mode"))):
            button = self._sections.button(index)
            button.setText(text)
            button.setAccessibleName(text)
        self._retranslate_forms()
        self.refresh_sync()
        self._fill_statistics()
        self.content_changed.emit()

    def reset(self) -> None:
        self._mediator_pin.setText("")
        self._admin_pin.setText("")
        self._message.setText("")

    # --- sections -------------------------------------------------------------------------

    @Slot(int)
    def show_section(self, index: int) -> None:
        self._sections.button(index).setChecked(True)
        self._pages.setCurrentIndex(index)
        self._message.setText("")

    def refresh_sync(self) -> None:
        db, now = self.services.context.db, self.services.context.clock()
        status = catalogue_status(db, now)
        if status is None:
            self._status.setText(self.tr("No catalogue is loaded."))
        else:
            text = self.tr("Catalogue version %1, published %2, valid until %3.").replace(
                "%1", str(status.version)).replace("%2", f"{status.published_at:%Y-%m-%d}").replace(
                "%3", f"{status.expires_at:%Y-%m-%d}")
            self._status.setText(text)
        self._outdated.setText(self.tr(
            "Outdated: this catalogue expired on %1. Residents are told to check with the mediator. "
            "Sync, or ask the assistant to publish a new one.").replace(
            "%1", "" if status is None else f"{status.expires_at:%Y-%m-%d}"))
        self._outdated.setVisible(status is not None and status.outdated)
        if self.services.safe_start:  # why read aloud, the background sync and printing are off
            self._status.setText(self._status.text() + "\n" + self.tr(
                "Safe start: the kiosk restarted too often in a short time, so read aloud, the "
                "background sync and printing are off until the next start. See the log."))
        calendar = calendar_status(self.services.context.home)
        if calendar is not None:  # when the workshops calendar was last read, or why it was refused
            read = self.tr("never") if calendar.read_at is None else f"{calendar.read_at:%Y-%m-%d %H:%M}"
            self._status.setText(self._status.text() + "\n" + self.tr(
                "Workshops calendar: last read %1. Last try %2: %3").replace("%1", read).replace(
                "%2", f"{calendar.attempt_at:%Y-%m-%d %H:%M}" if calendar.attempt_at else "").replace(
                "%3", calendar.reason))
        lines = [f"{a.at:%Y-%m-%d %H:%M}  {a.outcome}  {a.reason}" for a in sync_history(db, 10)]
        self._history.setText("\n".join(lines) or self.tr("No sync yet."))

    def sync_finished(self, answer: dict) -> None:
        self.refresh_sync()
        self._message.setText(answer.get("reason", ""))

    @Slot()
    def save_settings(self) -> None:
        try:
            values = {
                "site": self._site.text().strip(),
                "catalogue_source": self._source.text().strip(),
                "workshops_calendar": self._calendar.text().strip(),
                "sync_interval_minutes": self._whole_number(self._interval.text(), self.tr("sync interval")),
                "idle_timeout_seconds": self._whole_number(self._idle.text(), self.tr("idle timeout")),
                "languages_offered": [code for code, box in self._languages.items() if box.isChecked()],
                "printer": self._printer.currentData() or "",
                "read_aloud": self._read_aloud.isChecked(),
                "trusted_keys": [line.strip() for line in self._keys.toPlainText().splitlines() if line.strip()],
            }
            set_settings(self.services.context.db, values)
        except KioskError as error:
            self._message.setText(self.tr("Nothing was saved.") + " " + str(error))
            return
        self._message.setText(self.tr("Saved. Languages, read-aloud and the idle timeout change at the next start."))

    @Slot()
    def save_pins(self) -> None:
        db = self.services.context.db
        try:
            for role, field in ((Role.MEDIATOR, self._mediator_pin), (Role.ADMIN, self._admin_pin)):
                if field.text():
                    set_pin(db, role, field.text())
        except KioskError as error:
            self._message.setText(str(error))
            return
        finally:
            self._mediator_pin.setText("")
            self._admin_pin.setText("")
        self._message.setText(self.tr("The PINs are saved."))

    # --- internals ------------------------------------------------------------------------

    def _whole_number(self, text: str, what: str) -> int:
        try:
            return int(text.strip())
        except ValueError:
            raise KioskError(self.tr("Give the %1 as a whole number.").replace("%1", what)) from None

    def _load_settings(self) -> None:
        db = self.services.context.db
        self._site.setText(get_setting(db, "site"))
        self._source.setText(get_setting(db, "catalogue_source"))
        self._calendar.setText(get_setting(db, "workshops_calendar"))
        self._interval.setText(str(get_setting(db, "sync_interval_minutes")))
        self._idle.setText(str(get_setting(db, "idle_timeout_seconds")))
        offered = get_setting(db, "languages_offered")
        for code, box in self._languages.items():
            box.setChecked(not offered or code in offered)
        self._printer.clear()
        self._printer.addItem(self.tr("The system's default printer"), "")
        chosen = get_setting(db, "printer")
        if chosen:
            self._printer.addItem(chosen, chosen)
        self._printer.setCurrentIndex(self._printer.count() - 1)
        # The print system's list comes later: it is asked off the UI thread, with a deadline.
        run_in_background(self, printer_names, self._add_printers, pool=print_pool())
        self._read_aloud.setChecked(get_setting(db, "read_aloud"))
        self._keys.setPlainText("\n".join(get_setting(db, "trusted_keys")))

    def _add_printers(self, names: list[str] | None) -> None:
        for name in names or []:
            if self._printer.findData(name) < 0:
                self._printer.addItem(name, name)

    def _retranslate_forms(self) -> None:
        self._read_aloud.setText(self.tr("Offer read-aloud"))
        for field, label in ((self._site, self.tr("Site")),
                             (self._source, self.tr("Catalogue source (path or address)")),
                             (self._calendar, self.tr("Workshops calendar (.ics path or address)")),
                             (self._interval, self.tr("Sync every (minutes)")),
                             (self._idle, self.tr("Idle timeout (seconds)")),
                             (self._languages_widget, self.tr("Languages offered")),
                             (self._printer, self.tr("Printer")),
                             (self._read_aloud, ""),
                             (self._keys, self.tr("Trusted publisher keys, one per line")),
                             (self._mediator_pin, self.tr("New mediator PIN")),
                             (self._admin_pin, self.tr("New admin PIN"))):
            self._labels[field].setText(label)
            field.setAccessibleName(label or self._read_aloud.text())
        for box in self._languages.values():
            box.setAccessibleName(box.text())
        self._save.setText(self.tr("Save the settings"))
        self._save.setAccessibleName(self._save.text())
        self._save_pins.setText(self.tr("Save the PINs"))
        self._save_pins.setAccessibleName(self._save_pins.text())
        for key, text in (("4w", self.tr("4 weeks")), ("12w", self.tr("12 weeks")), ("12m", self.tr("12 months"))):
            self._period_buttons[key].setText(text)
            self._period_buttons[key].setAccessibleName(text)
        self._quit.setText(self.tr("Quit kiosk mode"))
        self._quit.setAccessibleName(self._quit.text())
        self._quit_confirm.setText(self.tr("Yes, close the kiosk"))
        self._quit_confirm.setAccessibleName(self._quit_confirm.text())
        explanation = self._pages.widget(4).widget().findChild(PlainLabel)
        explanation.setText(self.tr("Closing the kiosk shows the system underneath. "
                                    "Under systemd it starts again by itself after a few seconds."))
        self._sync_now.setText(self.tr("Sync now"))
        self._sync_now.setAccessibleName(self._sync_now.text())

    def _fill_statistics(self) -> None:
        db = self.services.context.db
        key = next(k for k, b in self._period_buttons.items() if b.isChecked())
        today = stats.local_day(self.services.context.clock())
        count, unit = PERIODS[key]
        summary = stats.summary(db, stats.periods_back(today, count, unit), today, unit)
        at_desk = sorted((p for p in summary.procedures if p.desk), key=lambda p: (-p.desk, p.slug))[:10]
        titles = {}
        for p in [*summary.procedures[:10], *at_desk]:
            view = load_procedure(db, p.slug, self.lang)
            titles[p.slug] = view.title.text if view else p.slug
        names = {lang.code: lang.name for lang in languages(db)}
        category_titles = {c.slug: c.title.text for c in categories(db, self.lang)}
        started = sum(p.guide_started for p in summary.procedures)
        finished = sum(p.guide_finished for p in summary.procedures)
        yes = sum(p.helpful_yes for p in summary.procedures)
        no = sum(p.helpful_no for p in summary.procedures)
        charts = [
            (self.tr("Most consulted procedures"), [(titles[p.slug], p.viewed) for p in summary.procedures[:10]]),
            (self.tr("Languages used"), [(names.get(l.code, l.code), l.viewed + l.category_viewed)
                                         for l in summary.languages]),
            (self.tr("Life events opened"), [(category_titles.get(c.slug, c.slug), c.viewed)
                                             for c in summary.categories]),
            (self.tr("Guides"), [(self.tr("started"), started), (self.tr("finished"), finished)]),
            (self.tr("Did this help you?"), [(self.tr("yes"), yes), (self.tr("no"), no)]),
            (self.tr("Searches that found nothing"), [(self.tr("in all"), summary.searches_empty_total)]),
            # Counted by `kiosk desk` (kiosk.stats.at_desk), apart from the terminal's own use.
            (self.tr("Viewed at a front desk"), [(titles[p.slug], p.desk) for p in at_desk]),
        ]
        clear_layout(self._charts)
        self._charts.addWidget(PlainLabel(self.tr("Counts below 5 are shown as <5. The others are rounded "
                                                  "to the nearest 5."), object_name="Muted"))
        for title, rows in charts:
            self._charts.addWidget(heading(title))
            chart = BarChart()
            chart.set_rows(rows)
            self._charts.addWidget(chart)

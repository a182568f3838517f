"""The take-away screen's print button and what it says about the print (issue 12, item 8).

It says "sent to the printer" only once the print system accepted the handout, "printed" only
once the print system says so, and one plain sentence when the printer cannot print (the QR code
still works; a mediator can help). A resident session prints at most ``handouts_per_session``
handouts; after that the button says why. Every call into the print system runs on a pool of its
own with deadlines (``ui.print_jobs``), so a print system that does not answer never holds up the
screen, nor the loads of the other screens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.settings import get_setting
from kiosk.stats import Event
from ui.operations import run_in_background
from ui.print_jobs import PRINTED, SENT, UNAVAILABLE, PrintJob
from ui.widgets.common import big_button
from ui.widgets.labels import PlainLabel

log = logging.getLogger(__name__)

# How often a sent job is asked about, and for how long (then it stays "sent").
FOLLOW_MS = 1500
FOLLOW_TIMES = 80

_POOL: QThreadPool | None = None


def print_pool() -> QThreadPool:
    """The threads that wait on the print system (two: a lookup never waits behind a print)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


class PrintPanel(QWidget):
    """The print button and the sentence under it.

    Args:
        find_printer: returns the printer (``print_handout(view, ticked) -> PrintJob`` and
            ``follow(job) -> PrintJob``) or None; called off the UI thread, with deadlines.

    Signals:
        printed(bool): a print ended: printed (or taken by a spooler that says no more), or not.
        job_changed(str): the state of the print: "sent", "printed", "refused", "unavailable".
    """

    printed = Signal(bool)
    job_changed = Signal(str)

    def __init__(self, services, find_printer: Callable[[], object | None], icon_size: QSize,
                 parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._find_printer = find_printer
        self._view = None
        self._ticked: frozenset[str] = frozenset()
        self._slug: str | None = None
        self._lang = "fr"
        self._printer = None
        self._printing = False
        self._handouts = 0  # accepted by the print system in this resident session
        self._generation = 0  # the resident session: a reset makes older answers stale
        self._lookups = 0  # the printer lookup: only the latest one counts
        self._follows = 0
        self._looking = False
        self._job: PrintJob | None = None  # the job being followed, and its printer
        self._job_printer = None

        self.button = big_button("", role="Primary")
        self.button.setIconSize(icon_size)
        self.button.setMinimumSize(420, 72)
        self.button.hide()
        self.status = PlainLabel(object_name="Lead")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status.setWordWrap(True)
        self.status.hide()
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_MS)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.button.clicked.connect(self.print_list)
        self._follow_timer.timeout.connect(self._follow)

    # --- what the take-away screen calls ---------------------------------------------------

    def show_procedure(self, view, slug: str | None, ticked: frozenset[str], lang: str) -> None:
        """The procedure on screen (None: none); looks for the printer off the UI thread."""
        self._view, self._slug, self._ticked, self._lang = view, slug, ticked, lang
        if view is None or not self._services.printing or self._limit() == 0:
            # No procedure, or printing set to 0 handouts: nothing to say. Printing off for a safe
            # start: the printer is not available.
            self._printer = None
            self._set_outcome("no-printer" if view is not None and not self._services.printing else None)
            return
        if self._printing:
            return  # the print under way keeps its printer and its sentence
        self._lookups += 1
        lookup = self._lookups
        self._looking = True

        def found(printer) -> None:
            if lookup == self._lookups:
                self._looking = False
                self._printer = printer
                self._set_outcome(None if printer is not None else "no-printer")

        run_in_background(self, self._find_printer, found, lambda _error: found(None), pool=print_pool())

    def reset(self) -> None:
        """The idle reset: a new resident, who may print again."""
        self._generation += 1
        self._lookups += 1
        self._follow_timer.stop()
        self._looking = False
        self._printing, self._handouts, self._follows = False, 0, 0
        self._view, self._slug, self._printer, self._ticked = None, None, None, frozenset()
        self._set_outcome(None)

    def looking(self) -> bool:
        """Whether the print system is being asked for the printer (tests)."""
        return self._looking

    def spoken_parts(self) -> list[str]:
        return [widget.text() for widget in (self.button, self.status) if not widget.isHidden()]

    # --- user action -----------------------------------------------------------------------

    @Slot()
    def print_list(self) -> None:
        """Give the handout to the print system; the screen stays responsive meanwhile."""
        if self._printing or self._view is None or self._printer is None or self._limit_reached():
            return
        self._printing = True
        self._follow_timer.stop()
        generation = self._generation
        view, ticked, printer = self._view, self._ticked, self._printer
        self._set_outcome(None)
        run_in_background(self, lambda: printer.print_handout(view, ticked),
                          lambda job: self._on_job(generation, printer, job, first=True),
                          lambda _error: self._on_job(generation, printer, None, first=True),
                          pool=print_pool())

    # --- internals -------------------------------------------------------------------------

    def _limit(self) -> int:
        return get_setting(self._services.context.db, "handouts_per_session")

    def _limit_reached(self) -> bool:
        # A terminal's limit holds until the idle reset, which a front desk never has: there the
        # receptionist prints for one resident after another (0 still turns printing off).
        return self._handouts >= self._limit() and not self._services.desk

    def _on_job(self, generation: int, printer, job: PrintJob | None, *, first: bool) -> None:
        if generation != self._generation:
            return  # a new resident since: not theirs to hear about
        if job is None:
            job = PrintJob(getattr(printer, "name", "?"), None, UNAVAILABLE, "the handout could not be made")
            log.warning("printing: %s", job.reason)
        self._printing = False
        if first and job.state in (SENT, PRINTED):
            self._handouts += 1
            self._follows = 0
            if self._slug is not None:
                self._services.count(Event.PRINTED, procedure=self._slug, language=self._lang)
        self._set_outcome({SENT: "sent", PRINTED: "printed"}.get(job.state, "not-working"))
        self.job_changed.emit(job.state)
        if job.state == SENT and job.job_id is not None and self._follows < FOLLOW_TIMES:
            self._job, self._job_printer = job, printer
            self._follow_timer.start()
        elif job.state != SENT:
            self.printed.emit(job.state == PRINTED)
        else:
            self.printed.emit(True)  # the spooler took it and says no more

    @Slot()
    def _follow(self) -> None:
        self._follows += 1
        generation, job, printer = self._generation, self._job, self._job_printer

        def answered(now: PrintJob) -> None:
            if now != job:
                self._on_job(generation, printer, now, first=False)
            elif generation == self._generation and self._follows < FOLLOW_TIMES:
                self._follow_timer.start()  # still waiting in the print system: ask again later
            elif generation == self._generation:
                log.info("printing: job %s still not printed; no longer followed", job.job_id)

        run_in_background(self, lambda: printer.follow(job), answered, pool=print_pool())

    def _set_outcome(self, outcome: str | None) -> None:
        self.status.setProperty("outcome", outcome)
        self.retranslate()

    def retranslate(self) -> None:
        limit_reached = self._limit_reached() and self._limit() > 0
        if self._printing:
            text = self.tr("Printing…")
        elif limit_reached:
            text = self.tr("%1 prints already: that is the most for one visit").replace("%1", str(self._limit()))
        else:
            text = self.tr("Print this list")
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.button.setEnabled(not self._printing and not limit_reached)
        self.button.setVisible(self._view is not None and self._printer is not None)
        outcome = self.status.property("outcome")
        self.status.setText({
            "no-printer": self.tr("The printer is not available. The QR code still works, and a mediator can help."),
            "not-working": self.tr("The printer cannot print right now. The QR code still works, "
                                   "and a mediator can help."),
            "sent": self.tr("Sent to the printer. Please wait."),
            "printed": self.tr("Printed. Take your paper from the printer."),
        }.get(outcome, ""))
        self.status.setVisible(outcome is not None)

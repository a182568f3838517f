"""Background sync of the central catalogue (DESIGN.md 4.4): on a timer and on demand.

Each sync runs ``kiosk sync --json`` as a separate process: the UI never waits for the network,
and the memory a big catalogue takes while it is verified and applied is given back when the
process ends. The process has a deadline (``DEADLINE_MS``): a sync still running past it (a
share or server that accepts and never answers, a name that never resolves) is killed and
recorded in the log as failed, with a plain reason; the next one runs at the next interval. The
swap is atomic, so the screen in use keeps its content and the new catalogue
shows from the next screen.
"""

from __future__ import annotations

import json
import logging
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

from kiosk.context import Context
from kiosk.settings import get_setting

log = logging.getLogger(__name__)

#: How long one sync may run (a full 5,000-procedure sync takes a few seconds).
DEADLINE_MS = 5 * 60_000


def sync_command() -> list[str]:
    """How to run ``kiosk sync --json`` from this program (the source tree or the frozen bundle)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "sync", "--json"]
    return [sys.executable, "-m", "kiosk", "sync", "--json"]


class BackgroundSync(QObject):
    """Runs a sync every ``sync_interval_minutes`` while a catalogue source or a workshops calendar is set.

    Signals:
        finished(dict): the ``--json`` answer of one sync (outcome, version, reason).
        applied(): a new catalogue is in the database.
    """

    finished = Signal(dict)
    applied = Signal()

    def __init__(self, context: Context, parent=None, *, deadline_ms: int = DEADLINE_MS,
                 command: list[str] | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._command = command or sync_command()
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(deadline_ms)
        self._deadline.timeout.connect(self._on_deadline)
        self._timed_out = False

    def start(self) -> None:
        minutes = get_setting(self._context.db, "sync_interval_minutes")
        self._timer.start(max(1, int(minutes)) * 60_000)
        QTimer.singleShot(30_000, self.sync_now)  # soon after start, once the screen is up

    def scheduled(self) -> bool:
        """Whether syncs run on the timer (``start`` was called)."""
        return self._timer.isActive()

    def running(self) -> bool:
        return self._process is not None

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync unless one is running or nothing is set to fetch (neither a catalogue source
        nor a workshops calendar); returns whether it started."""
        db = self._context.db
        if self._process is not None or not (get_setting(db, "catalogue_source")
                                             or get_setting(db, "workshops_calendar")):
            return False
        program, *arguments = self._command
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("KIOSK_HOME", str(self._context.home))
        process.setProcessEnvironment(environment)
        process.finished.connect(self._on_finished)
        self._process = process
        self._timed_out = False
        self._deadline.start()
        process.start(program, arguments)
        return True

    @Slot()
    def _on_deadline(self) -> None:
        """Past the deadline: kill the sync (a signal, no wait); ``_on_finished`` reports it."""
        if self._process is None:
            return
        self._timed_out = True
        log.warning("background sync: still running after %g minutes: stopped",
                    self._deadline.interval() / 60_000)
        if self._process.state() == QProcess.ProcessState.NotRunning:
            self._on_finished()  # it never started: no "finished" will come
        else:
            self._process.kill()

    @Slot()
    def _on_finished(self, *_args) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        self._deadline.stop()
        output = bytes(process.readAllStandardOutput()).decode("utf-8", "replace").strip()
        process.deleteLater()
        try:
            answer = json.loads(output.splitlines()[-1]) if output else {}
        except json.JSONDecodeError:
            answer = {}
        if self._timed_out:
            minutes = self._deadline.interval() / 60_000
            answer = {"outcome": "failed", "version": None,
                      "reason": f"The sync took longer than {minutes:g} minutes and was stopped: "
                                "the catalogue source does not answer. The kiosk tries again later."}
        elif not isinstance(answer, dict) or "outcome" not in answer:
            answer = {"outcome": "failed", "version": None,
                      "reason": "The sync process gave no answer (it may have crashed)."}
        log.info("background sync: %s (%s)", answer["outcome"], answer.get("reason", ""))
        self.finished.emit(answer)
        if answer["outcome"] == "applied":
            self.applied.emit()

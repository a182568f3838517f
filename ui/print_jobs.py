"""Printing that tells the truth: the print system is asked, with a deadline, what became of a job.

On Linux the kiosk talks to CUPS through its command-line tools (``lp``, ``lpstat``, ``cancel``),
each in a process of its own with a deadline: a CUPS server that accepts a connection and never
answers (issue 17) costs a few seconds of a worker thread, never the screen, and libcups is never
called inside this process (it would hold Python's lock while it waits). The handout is written
as a PDF first (``ui.printing.handout_to_pdf``), which CUPS prints on any printer.

A job is *sent* once CUPS has accepted it, and *printed* only once CUPS says it is completed. A
printer that refuses jobs (``cupsreject``), is stopped (``cupsdisable``, as when it is out of
paper) or reports no paper makes the job *refused*; the job is then cancelled, so that it does
not come out later in front of someone else. A print system that does not answer makes it
*unavailable*. Everything is logged, by printer and job number only (no personal data).

On Windows the spooler is given the handout through ``QPrinter``; it says no more than that it
took the job, so the kiosk says "sent" there.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

log = logging.getLogger(__name__)

#: How long one call into the print system may take.
DEADLINE_S = 8.0

SENT, PRINTED, REFUSED, UNAVAILABLE = "sent", "printed", "refused", "unavailable"

#: printer-state-reasons (IPP) that mean the printer cannot print now.
BLOCKING_REASONS = ("media-empty", "media-needed", "media-jam", "paused", "offline", "door-open",
                    "cover-open", "toner-empty", "marker-supply-empty", "shutdown", "stopped")


@dataclass(frozen=True)
class PrintJob:
    """What became of one handout: ``state`` is one of SENT, PRINTED, REFUSED, UNAVAILABLE.

    ``reason`` is for the log (English, no personal data).
    """

    printer: str
    job_id: str | None
    state: str
    reason: str = ""

    def final(self) -> bool:
        return self.state != SENT


def _run(arguments: list[str]) -> subprocess.CompletedProcess | None:
    """Run a CUPS tool; None when it does not finish within ``DEADLINE_S`` or cannot start."""
    deadline_s = DEADLINE_S
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # messages in English, to read them
    try:
        return subprocess.run(arguments, capture_output=True, text=True, errors="replace",
                              timeout=deadline_s, env=environment, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        log.warning("printing: %s did not answer within %g s", arguments[0], deadline_s)
    except OSError as error:
        log.warning("printing: %s could not run (%s)", arguments[0], error.strerror or error)
    return None


def printer_names() -> list[str] | None:
    """The print system's printers, or None when it does not answer."""
    answer = _run(["lpstat", "-e"])
    if answer is None:
        return None
    return [line.strip() for line in answer.stdout.splitlines() if line.strip()] if answer.returncode == 0 else []


def cups_printer(name: str = "") -> CupsPrinter | None:
    """The CUPS printer ``name`` (empty: the default destination), or None when there is no such
    printer or the print system does not answer (logged)."""
    if not name:
        answer = _run(["lpstat", "-d"])
        if answer is None:
            return None
        line = answer.stdout.strip()
        if answer.returncode != 0 or ":" not in line:
            return None  # "no system default destination"
        name = line.rsplit(":", 1)[1].strip()
    if not name or name.startswith("-"):
        return None
    answer = _run(["lpstat", "-p", name])
    if answer is None or answer.returncode != 0 or not answer.stdout.startswith(f"printer {name} "):
        return None
    return CupsPrinter(name)


def printer_problem(lpstat_long: str, name: str) -> str | None:
    """Why the printer in ``lpstat -l -p`` output cannot print now, or None when it can."""
    for line in lpstat_long.splitlines():
        if line.startswith(f"printer {name} ") and " disabled " in f"{line} ":
            return "the printer is stopped"
        if line.strip().startswith("Alerts:"):
            blocking = [alert for alert in line.split(":", 1)[1].split()
                        if alert.startswith(BLOCKING_REASONS) and not alert.endswith(("-report", "-warning"))]
            if blocking:
                return "the printer reports " + ", ".join(blocking)
    return None


def _job_listed(output: str, job_id: str) -> bool:
    return any(line.split(maxsplit=1)[:1] == [job_id] for line in output.splitlines())


@dataclass(frozen=True)
class CupsPrinter:
    """A CUPS printer, by name."""

    name: str

    def print_handout(self, view, ticked: Iterable[str] | None) -> PrintJob:
        """Write the handout, give it to CUPS and say what CUPS did with it. Blocking."""
        from ui.printing import handout_to_pdf  # Qt: the handout is painted by this process

        with tempfile.TemporaryDirectory(prefix="kiosk-print-") as folder:
            path = Path(folder) / "handout.pdf"
            handout_to_pdf(view, ticked, path)
            answer = _run(["lp", "-d", self.name, "-t", "kiosk-handout", "--", str(path)])
        if answer is None:
            return self._logged(PrintJob(self.name, None, UNAVAILABLE, "the print system did not answer"))
        if answer.returncode != 0:
            message = " ".join(answer.stderr.split())[:200]
            state = REFUSED if "not accepting" in message else UNAVAILABLE
            return self._logged(PrintJob(self.name, None, state, f"lp refused the job: {message}"))
        words = answer.stdout.split()
        job_id = words[3] if words[:3] == ["request", "id", "is"] and len(words) > 3 else None
        job = self.follow(PrintJob(self.name, job_id, SENT, "accepted by the print system"))
        return job if job.final() else self._logged(job)

    def follow(self, job: PrintJob) -> PrintJob:
        """Ask CUPS about ``job`` again: printed, still waiting, or stuck at a stopped printer."""
        if job.final() or job.job_id is None:
            return job
        done = _run(["lpstat", "-W", "completed", "-o", self.name])
        if done is None:
            return job  # no answer this time: still "sent"
        if _job_listed(done.stdout, job.job_id):
            return self._logged(replace(job, state=PRINTED, reason="completed"))
        status = _run(["lpstat", "-l", "-p", self.name])
        problem = printer_problem(status.stdout, self.name) if status is not None else None
        if problem is not None:
            _run(["cancel", job.job_id])  # not later, in front of someone else
            return self._logged(replace(job, state=REFUSED, reason=f"{problem}; job cancelled"))
        waiting = _run(["lpstat", "-W", "not-completed", "-o", self.name])
        if waiting is not None and waiting.returncode == 0 and not _job_listed(waiting.stdout, job.job_id):
            # Gone from the queue: it may have completed since the first question (a loaded
            # machine, a fast printer), so ask once more before saying it was stopped.
            done = _run(["lpstat", "-W", "completed", "-o", self.name])
            if done is not None and _job_listed(done.stdout, job.job_id):
                return self._logged(replace(job, state=PRINTED, reason="completed"))
            return self._logged(replace(job, state=UNAVAILABLE, reason="the job was stopped or cancelled"))
        return job

    @staticmethod
    def _logged(job: PrintJob) -> PrintJob:
        level = logging.INFO if job.state in (SENT, PRINTED) else logging.WARNING
        log.log(level, "printing: job %s on %s: %s (%s)", job.job_id or "-", job.printer, job.state, job.reason)
        return job


@dataclass(frozen=True)
class SpoolerPrinter:
    """A Windows printer, through Qt and the spooler (which says only that it took the job)."""

    name: str

    def print_handout(self, view, ticked: Iterable[str] | None) -> PrintJob:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        from ui.printing import print_handout

        printer = QPrinter(QPrinterInfo.printerInfo(self.name), QPrinter.PrinterMode.HighResolution)
        print_handout(view, ticked, printer)
        log.info("printing: handout given to the Windows spooler (%s)", self.name)
        return PrintJob(self.name, None, SENT, "given to the spooler")

    def follow(self, job: PrintJob) -> PrintJob:
        return job


def system_printer(name: str = ""):
    """The printer the kiosk prints on (``name``, empty: the default), or None. Blocking, with
    deadlines: call it off the UI thread."""
    if sys.platform == "win32":
        from PySide6.QtPrintSupport import QPrinterInfo

        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
        return None if info.isNull() else SpoolerPrinter(info.printerName())
    return cups_printer(name)

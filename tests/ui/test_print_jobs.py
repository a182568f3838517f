"""Printing asks the print system what became of the handout: a real CUPS where there is one."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from kiosk.catalogue import load_procedure
from tests.ui.silent_servers import silent_tcp_port
from ui import print_jobs
from ui.print_jobs import PRINTED, REFUSED, SENT, UNAVAILABLE, PrintJob, cups_printer, printer_problem

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cups:
    """A cupsd of our own: a temporary folder, a free port, one queue called ``handouts``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for name in ("spool", "cache", "state", "log", "tmp", "ppd", "out"):
            (folder / name).mkdir()
        (folder / "tmp").chmod(0o1777)  # the filters run as another user
        (folder / "out").chmod(0o1777)
        self.port = _free_port()
        self.server = f"127.0.0.1:{self.port}"
        (folder / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
            "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        (folder / "cups-files.conf").write_text(
            f"ServerRoot {folder}\nRequestRoot {folder}/spool\nCacheDir {folder}/cache\n"
            f"StateDir {folder}/state\nTempDir {folder}/tmp\nAccessLog {folder}/log/access_log\n"
            f"ErrorLog {folder}/log/error_log\nPageLog {folder}/log/page_log\nPrintcap /dev/null\n"
            "FileDevice Yes\n")
        self.process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def run(self, *arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(arguments), capture_output=True, text=True, timeout=30,
                              env={**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C"})

    def wait_until_up(self) -> bool:
        for _ in range(100):
            if self.process.poll() is not None:
                return False
            if self.run("lpstat", "-r").stdout.startswith("scheduler is running"):
                return True
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def cups(monkeypatch):
    if shutil.which("cupsd") is None or shutil.which("lp") is None:
        pytest.skip("CUPS (cupsd, lp) is not installed")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
    server = Cups(folder)
    try:
        if not server.wait_until_up():
            pytest.fail("cupsd did not start: " + (folder / "log" / "error_log").read_text(errors="replace")
                        if (folder / "log" / "error_log").exists() else "cupsd did not start")
        # cups-pdf, as on a real kiosk with a PDF printer; its backend runs only under a root cupsd.
        if os.geteuid() == 0 and CUPS_PDF_BACKEND.exists() and CUPS_PDF_PPD.exists():
            queue = ["-v", "cups-pdf:/", "-P", str(CUPS_PDF_PPD)]
        else:
            queue = ["-v", f"file://{folder}/out/printed.pdf", "-m", "raw"]
        added = server.run("lpadmin", "-p", "handouts", "-E", *queue)
        assert added.returncode == 0, added.stderr
        assert server.run("lpadmin", "-d", "handouts").returncode == 0
        monkeypatch.setenv("CUPS_SERVER", server.server)
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def view(starter_context):
    return load_procedure(starter_context.db, "complementaire-sante-solidaire", "fr")


def _remove_cups_pdf_output(job: PrintJob) -> None:
    """cups-pdf writes to the job owner's ~/PDF: take our handout away again."""
    number = (job.job_id or "").rsplit("-", 1)[-1]
    for path in (Path.home() / "PDF").glob(f"kiosk-handout*job_{number}.pdf"):
        path.unlink(missing_ok=True)


def _until_final(printer, job: PrintJob) -> PrintJob:
    for _ in range(200):
        if job.final():
            return job
        time.sleep(0.1)
        job = printer.follow(job)
    return job


def test_a_handout_printed_on_a_cups_pdf_queue(app, cups, view, caplog):
    caplog.set_level(logging.INFO, "ui.print_jobs")
    printer = cups_printer("")  # the default destination
    assert printer is not None and printer.name == "handouts"
    job = printer.print_handout(view, {"identity-document"})
    assert job.state in (SENT, PRINTED) and job.job_id.startswith("handouts-")
    job = _until_final(printer, job)
    _remove_cups_pdf_output(job)
    assert job.state == PRINTED
    logged = " ".join(record.getMessage() for record in caplog.records if record.name == "ui.print_jobs")
    assert f"job {job.job_id} on handouts: printed" in logged
    assert view.title.text not in logged  # no trace of what the resident printed


def test_a_stopped_printer_is_said_and_its_job_cancelled(app, cups, view, caplog):
    assert cups.run("cupsdisable", "handouts").returncode == 0  # as when it has no paper
    printer = cups_printer("handouts")
    job = _until_final(printer, printer.print_handout(view, None))
    assert job.state == REFUSED and "stopped" in job.reason
    assert job.job_id not in cups.run("lpstat", "-W", "not-completed", "-o", "handouts").stdout
    assert any("the printer is stopped" in record.getMessage() for record in caplog.records)


def test_a_printer_refusing_jobs_is_said(app, cups, view, caplog):
    assert cups.run("cupsreject", "handouts").returncode == 0
    job = cups_printer("handouts").print_handout(view, None)
    assert job.state == REFUSED and "not accepting" in job.reason
    assert any("refused" in record.getMessage() for record in caplog.records if record.levelname == "WARNING")


def test_an_unknown_printer_is_none(cups):
    assert cups_printer("no-such-printer") is None
    assert cups_printer("-d") is None  # never taken for an option
    assert print_jobs.printer_names() == ["handouts"]


def test_a_silent_print_system_is_no_printer_within_the_deadline(app, monkeypatch, view):
    if shutil.which("lpstat") is None:
        pytest.skip("the CUPS command-line tools are not installed")
    monkeypatch.setattr(print_jobs, "DEADLINE_S", 1.0)
    with silent_tcp_port() as port:
        monkeypatch.setenv("CUPS_SERVER", f"127.0.0.1:{port}")
        assert cups_printer("") is None
        assert cups_printer("handouts") is None
        assert print_jobs.printer_names() is None
        job = print_jobs.CupsPrinter("handouts").print_handout(view, None)
    assert job.state == UNAVAILABLE


def test_no_paper_and_other_blocking_alerts():
    idle = "printer p is idle.  enabled since Thu Dec  3 04:14:53 2026\n\tAlerts: none\n"
    assert printer_problem(idle, "p") is None
    assert printer_problem(idle.replace("none", "media-empty-error"), "p") == "the printer reports media-empty-error"
    assert printer_problem(idle.replace("none", "media-needed"), "p") is not None
    assert printer_problem(idle.replace("none", "media-low-report toner-low-warning"), "p") is None
    stopped = "printer p disabled since Thu Dec  3 04:15:07 2026 -\n\tPaused\n\tAlerts: paused\n"
    assert printer_problem(stopped, "p") == "the printer is stopped"


def test_a_job_that_completes_between_two_questions_is_printed(monkeypatch):
    """CUPS answers "not completed yet", then the job leaves the queue because it is done: a loaded
    machine saw it as "stopped or cancelled" (and told the resident so) before this was asked again."""
    answers = iter([
        "",                                           # lpstat -W completed: not yet
        "handouts is idle.  enabled since now\n",     # lpstat -l -p: no problem
        "",                                           # lpstat -W not-completed: gone from the queue
        "handouts-7 root 1024 now\n",                 # lpstat -W completed: there it is
    ])
    asked = []

    def fake_run(arguments):
        asked.append(arguments)
        return subprocess.CompletedProcess(arguments, 0, next(answers), "")

    monkeypatch.setattr(print_jobs, "_run", fake_run)
    job = print_jobs.CupsPrinter("handouts").follow(PrintJob("handouts", "handouts-7", SENT))
    assert job.state == PRINTED
    assert len(asked) == 4

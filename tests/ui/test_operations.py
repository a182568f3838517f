"""Background work hands its result back on the UI thread."""

import threading

from PySide6.QtCore import QObject

from kiosk.catalogue import load_procedure
from ui.operations import run_in_background


def test_result_arrives_on_the_ui_thread(qtbot, starter_context):
    owner = QObject()
    got = {}

    def done(view):
        got["view"] = view
        got["thread"] = threading.current_thread()

    run_in_background(owner, lambda: load_procedure(starter_context.db, "rsa", "fr"), done)
    qtbot.waitUntil(lambda: "view" in got)
    assert got["view"].slug == "rsa"
    assert got["thread"] is threading.main_thread()


def test_error_goes_to_on_error(qtbot):
    owner = QObject()
    errors = []

    def fail():
        raise ValueError("broken")

    run_in_background(owner, fail, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert str(errors[0]) == "broken"


def test_owner_deleted_while_working_is_safe(qtbot):
    import threading as _threading

    import shiboken6

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    release = _threading.Event()
    called = []
    owner = QObject()
    run_in_background(owner, lambda: release.wait(5) or "late", called.append)
    shiboken6.delete(owner)  # the owner is gone while the work still runs
    release.set()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    assert called == []

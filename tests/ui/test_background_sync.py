"""The kiosk syncs in the background, in its own process; the next screen shows the new catalogue."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.signing import public_key_text
from kiosk.settings import set_setting
from tests.conftest import mini_catalogue
from tests.kiosk.conftest import write_signed
from ui.sync import BackgroundSync


def test_no_source_no_sync(context):
    assert BackgroundSync(context).sync_now() is False


def test_a_workshops_calendar_alone_is_read_in_the_background(app, qtbot, context):
    from pathlib import Path

    from kiosk.workshops import calendar_status

    calendar = Path(__file__).parent.parent / "fixtures" / "workshops" / "roseraie.ics"
    set_setting(context.db, "workshops_calendar", str(calendar))
    sync = BackgroundSync(context)
    with qtbot.waitSignal(sync.finished, timeout=60_000) as answer:
        assert sync.sync_now()
    assert answer.args[0]["workshops"]["outcome"] == "read"
    assert calendar_status(context.home).outcome == "read"


def test_sync_applies_and_the_next_screen_shows_it(app, qtbot, context, tmp_path):
    from ui.services import Services
    from ui.window import KioskWindow

    key = Ed25519PrivateKey.generate()
    newer = mini_catalogue(version=2)
    newer["categories"][0]["title"]["fr"] = "Santé et soins"
    path = write_signed(tmp_path / "share", newer, key)
    set_setting(context.db, "trusted_keys", [public_key_text(key.public_key())])
    set_setting(context.db, "catalogue_source", str(path))

    window = KioskWindow(Services.from_context(context, speech_engine="mock"))
    qtbot.addWidget(window)
    window.show()
    assert window.screen("home").tiles()[0].accessibleName() == "Santé"

    sync = BackgroundSync(context)
    with qtbot.waitSignal(sync.finished, timeout=60_000) as answer:
        assert sync.sync_now()
        assert not sync.sync_now()  # one at a time
    assert answer.args[0]["outcome"] == "applied" and answer.args[0]["version"] == 2
    # The screen in use is untouched; the next one comes from the new catalogue.
    assert window.screen("home").tiles()[0].accessibleName() == "Santé"
    window.open_screen("search", None)
    window.go_home()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    assert window.screen("home").tiles()[0].accessibleName() == "Santé et soins"

    with qtbot.waitSignal(sync.finished, timeout=60_000) as again:
        sync.sync_now()
    assert again.args[0]["outcome"] == "unchanged"


def test_a_sync_past_its_deadline_is_killed_and_fails_plainly(app, qtbot, context, caplog):
    """A source that never answers (a hung share or server): the process is stopped, not awaited."""
    import sys

    set_setting(context.db, "catalogue_source", "https://catalogue.example/catalogue.json")
    hung = [sys.executable, "-c", "import time; time.sleep(600)"]
    sync = BackgroundSync(context, deadline_ms=300, command=hung)
    with qtbot.waitSignal(sync.finished, timeout=30_000) as answer:  # long before the 600 s
        assert sync.sync_now()
    assert answer.args[0]["outcome"] == "failed"
    assert "does not answer" in answer.args[0]["reason"]
    assert not sync.running()
    assert any("background sync: still running after" in record.getMessage() for record in caplog.records)
    with qtbot.waitSignal(sync.finished, timeout=30_000):  # and the next one starts as usual
        assert sync.sync_now()


def test_a_sync_that_cannot_start_fails_at_its_deadline(app, qtbot, context):
    set_setting(context.db, "catalogue_source", "https://catalogue.example/catalogue.json")
    sync = BackgroundSync(context, deadline_ms=200, command=["/nonexistent/kiosk", "sync", "--json"])
    with qtbot.waitSignal(sync.finished, timeout=10_000) as answer:
        assert sync.sync_now()
    assert answer.args[0]["outcome"] == "failed"
    assert not sync.running()


def test_a_share_that_blocks_never_holds_the_kiosk(app, qtbot, context, tmp_path):
    """A catalogue source whose read never returns (a FIFO nobody writes to, as a hung share):
    the real ``kiosk sync`` ends by the deadline at the latest, and the UI never waited for it."""
    import os

    share = tmp_path / "share"
    share.mkdir()
    os.mkfifo(share / "catalogue.json.sig")
    os.mkfifo(share / "catalogue.json")
    set_setting(context.db, "catalogue_source", str(share / "catalogue.json"))
    sync = BackgroundSync(context, deadline_ms=5000)
    with qtbot.waitSignal(sync.finished, timeout=60_000) as answer:
        assert sync.sync_now()
        assert sync.running()  # sync_now returned at once
    assert answer.args[0]["outcome"] in ("failed", "refused")
    assert not sync.running()

"""`kiosk status` says whether the last start was a safe start, and why (text and --json)."""

from __future__ import annotations

import json

from kiosk.cli import main
from kiosk.starts import record_start
from tests.conftest import NOW


def test_status_without_any_start(context, capsys):
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["last_start"] is None


def test_status_after_a_normal_start(context, capsys):
    record_start(context.home, NOW)
    assert main(["status", "--json"]) == 0
    started = json.loads(capsys.readouterr().out)["last_start"]
    assert started == {"at": "2026-11-25T10:00:00Z", "safe": False, "recent_starts": 1, "reason": ""}
    assert main(["status"]) == 0
    assert "Last start: 2026-11-25T10:00:00Z: normal" in capsys.readouterr().out


def test_status_after_a_safe_start(context, capsys):
    for _ in range(4):
        record_start(context.home, NOW)
    assert main(["status", "--json"]) == 0
    started = json.loads(capsys.readouterr().out)["last_start"]
    assert started["safe"] is True and started["recent_starts"] == 4
    assert "read aloud, the background sync and printing are off" in started["reason"]
    assert main(["status"]) == 0
    text = capsys.readouterr().out
    assert "Last start: 2026-11-25T10:00:00Z: safe start" in text and "started 4 times in 10 minutes" in text

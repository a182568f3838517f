"""The technical log rotates in KIOSK_HOME/logs."""

import logging

from kiosk.logs import BACKUPS, MAX_BYTES, start_logging


def test_log_goes_to_the_home_folder_and_rotates(tmp_path):
    path = start_logging(tmp_path)
    try:
        log = logging.getLogger("kiosk.test")
        log.info("started")
        for _ in range(MAX_BYTES // 100 * (BACKUPS + 2)):
            log.info("x" * 100)
        files = sorted(p.name for p in (tmp_path / "logs").iterdir())
        assert files[0] == "kiosk.log" and len(files) == BACKUPS + 1
        assert all(p.stat().st_size <= MAX_BYTES + 200 for p in (tmp_path / "logs").iterdir())
        assert start_logging(tmp_path) == path  # a second call adds no second handler
        assert sum(1 for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)) == 1
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()

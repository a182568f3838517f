"""KIOSK_HOME is 0700 and every file in it 0600 (DESIGN.md 8; issue 13, item 4).

Each step runs as a real process through the one entry point, ``kiosk.cli.main``, which sets the
process's umask: a start, a sync, a publication (whose files in the share stay readable by the web
server and the kiosks), the editor's backup; and an older kiosk's readable folder is tightened.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def kiosk(*args: str, home: Path, code: str | None = None) -> subprocess.CompletedProcess:
    """``kiosk ARGS`` in a process whose inherited umask is the usual, permissive 022."""
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "kiosk", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "KIOSK_HOME": str(home)}, preexec_fn=lambda: os.umask(0o022))
    assert result.returncode == 0, result.stderr
    return result


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def assert_private(home: Path) -> list[Path]:
    """``home`` is 0700, and everything in it 0600 (folders 0700). Returns the files seen."""
    assert mode(home) == 0o700
    seen = []
    for path in home.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path.relative_to(home)} is {oct(mode(path))}"
        seen.append(path)
    return seen


def test_start_sync_publish_and_backup_keep_everything_private(tmp_path):
    editor, kiosk_home, keys, share = (tmp_path / name for name in ("editor", "kiosk", "keys", "share"))
    share.mkdir()
    # A start (the starter catalogue loaded, the database and its WAL made).
    kiosk("status", home=editor)
    assert {path.name for path in assert_private(editor)} >= {"kiosk.sqlite3"}
    # A key pair, and a publication: the key stays 0600; the share's files are readable by others.
    kiosk("keygen", "--out", str(keys), home=editor)
    assert (mode(keys / "publisher.key"), mode(keys / "publisher.pub")) == (0o600, 0o644)
    kiosk("publish", "--key", str(keys / "publisher.key"), "--out", str(share), home=editor)
    assert mode(share / "catalogue.json") == mode(share / "catalogue.json.sig") == 0o644
    assert_private(editor)
    # The editor's publication, with its backup of the editor database.
    backup = kiosk(home=editor, code=(
        "import sys; from pathlib import Path\n"
        "from kiosk.cli import main\n"
        "assert main(['status']) == 0\n"  # the entry point sets the umask, as for `kiosk editor`
        "from kiosk.context import open_context\n"
        "from kiosk.editing.publishing import publish_catalogue\n"
        f"done = publish_catalogue(open_context(), key=Path({str(keys / 'publisher.key')!r}), "
        f"out=Path({str(share)!r}))\n"
        "print(done.backup)\n")).stdout.split()[-1]
    assert Path(backup).parent == editor / "backups"
    assert Path(backup) in assert_private(editor)
    # A kiosk that trusts the key and syncs.
    kiosk("trust", "add", str(keys / "publisher.pub"), home=kiosk_home)
    kiosk("sync", str(share / "catalogue.json"), home=kiosk_home)
    assert_private(kiosk_home)
    assert mode(keys / "publisher.key") == 0o600


def test_an_older_kiosks_readable_folder_is_made_private_at_start(tmp_path):
    home = tmp_path / "home"
    kiosk("status", home=home)
    (home / "logs").mkdir(exist_ok=True)
    (home / "logs" / "kiosk.log").write_text("old\n")
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    outside = tmp_path / "outside.txt"
    outside.write_text("not the kiosk's")
    outside.chmod(0o644)
    (home / "link").symlink_to(outside)
    (home / ".config").mkdir()  # another program's, when KIOSK_HOME is the account's home
    (home / ".config" / "x").write_text("")
    (home / ".config" / "x").chmod(0o644)
    kiosk("status", home=home)
    assert mode(outside) == 0o644  # a link is not followed
    assert mode(home / ".config" / "x") == 0o644
    (home / "link").unlink()
    for path in (home / ".config" / "x", home / ".config"):
        path.unlink() if path.is_file() else path.rmdir()
    assert_private(home)


def test_the_command_sets_a_private_umask_for_everything_it_starts(tmp_path):
    """The background sync process and any child inherit it."""
    out = kiosk(home=tmp_path / "home", code=(
        "import os\nfrom kiosk.cli import main\nmain(['status'])\n"
        "print(oct(os.umask(0)))\n")).stdout.split()[-1]
    assert out == "0o77"


def test_a_file_another_process_removes_meanwhile_is_no_error(tmp_path, monkeypatch):
    """Two processes on one home (the kiosk and its background sync, parallel commands): a
    temporary file listed, then renamed away by the other, is not a reason to refuse to start."""
    from kiosk.context import make_private

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    (home / "kiosk.sqlite3").write_bytes(b"")
    (home / "gone.tmp").write_bytes(b"")
    real_lstat = Path.lstat

    def lstat(path, *args, **kwargs):
        if path.name == "gone.tmp":
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(Path, "lstat", lstat)
    make_private(home)
    assert stat.S_IMODE(real_lstat(home).st_mode) == 0o700
    assert stat.S_IMODE(real_lstat(home / "kiosk.sqlite3").st_mode) == 0o600

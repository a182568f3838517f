"""The command line (DESIGN.md 4.2): exit codes, --json shapes, KIOSK_HOME, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def kiosk(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
        env={"KIOSK_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=120,
    )


@pytest.fixture(scope="module")
def ready_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli") / "home"
    assert kiosk("status", home=home).returncode == 0
    return home


def test_status_json_shape(ready_home):
    out = kiosk("status", "--json", home=ready_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    catalogue = data["catalogue"]
    assert catalogue["version"] >= 1 and len(catalogue["sha256"]) == 64
    assert catalogue["outdated"] is False
    assert catalogue["published_at"].endswith("Z") and catalogue["expires_at"].endswith("Z")
    counts = catalogue["counts"]
    assert counts["procedures"] >= 20 and counts["categories"] >= 8
    assert counts["partners"] >= 1
    assert counts["languages"] == 9  # fr, en, ar, tr, uk, ru, prs, ps, ti (issue 15)
    assert data["last_sync"] is None


def test_status_text(ready_home):
    out = kiosk("status", home=ready_home)
    assert out.returncode == 0 and "Catalogue version" in out.stdout


def test_search_json(ready_home):
    out = kiosk("search", "complementaire sante", "--json", home=ready_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["query"] == "complementaire sante" and data["lang"] == "fr"
    assert data["results"][0]["slug"] == "complementaire-sante-solidaire"
    assert set(data["results"][0]) >= {"slug", "title", "category"}


def test_search_arabic(ready_home):
    out = kiosk("search", "وفاة", "--lang", "ar", "--json", home=ready_home)
    assert out.returncode == 0
    assert "declaration-deces" in [r["slug"] for r in json.loads(out.stdout)["results"]][:3]


def test_search_nothing_found(ready_home):
    out = kiosk("search", "", home=ready_home)
    assert out.returncode == 0 and "Nothing found" in out.stdout


def test_search_unknown_language(ready_home):
    out = kiosk("search", "rsa", "--lang", "xx", home=ready_home)
    assert out.returncode == 1
    assert "no language 'xx'" in out.stderr and out.stderr.count("\n") == 1


def test_usage_error_exits_2(ready_home):
    assert kiosk("frobnicate", home=ready_home).returncode == 2
    assert kiosk("search", home=ready_home).returncode == 2


def test_foreign_database_refused_with_one_sentence(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "kiosk.sqlite3").write_bytes(b"not a database at all" * 50)
    out = kiosk("status", home=home)
    assert out.returncode == 1
    assert out.stderr.startswith("kiosk: ") and "not an SQLite file" in out.stderr
    assert "Traceback" not in out.stderr
    assert (home / "kiosk.sqlite3").read_bytes() == b"not a database at all" * 50


def test_unwritable_home(tmp_path: Path):
    (tmp_path / "file").write_text("x")
    out = kiosk("status", home=tmp_path / "file" / "home")
    assert out.returncode == 1 and "cannot write to its folder" in out.stderr

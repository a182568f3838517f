"""``kiosk check [CATALOGUE] [--json]`` (DESIGN.md 4.2), and the starter catalogue passing it in CI."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.paths import starter_catalogue
from tests.conftest import catalogue_bytes, mini_catalogue


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _write(tmp_path: Path, data: dict | bytes) -> Path:
    path = tmp_path / "catalogue.json"
    path.write_bytes(data if isinstance(data, bytes) else catalogue_bytes(data))
    return path


def test_a_clean_catalogue_exits_0_with_its_warnings(home, tmp_path, capsys):
    code, out, err = _run(capsys, str(_write(tmp_path, mini_catalogue())), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["errors"] == 0 and report["catalogue"].endswith("catalogue.json")
    assert report["warnings"] == len(report["problems"]) > 0  # no page dates in the mini catalogue
    assert report["counts"]["warnings"]["no-page-date"] == 2
    assert not home.exists() or not any(home.iterdir())  # a file is checked without a kiosk database


def test_errors_exit_1_and_are_counted_by_check(home, tmp_path, capsys):
    data = mini_catalogue()
    data["partners"][0]["name"] = "CAF (adresse à vérifier)"
    data["procedures"][0]["sources"][0]["url"] = "https://www.example.com/blog"
    data["procedures"][0]["summary"]["fr"] = "Le chèque arrive le 28 février 2020."
    path = _write(tmp_path, data)
    code, out, _ = _run(capsys, str(path), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["counts"]["errors"] == {"placeholder": 1, "unofficial-source": 1}
    assert report["counts"]["warnings"]["past-date"] == 1
    first = report["problems"][0]
    assert set(first) >= {"severity", "kind", "slug", "field", "lang", "check", "message"}
    code, out, _ = _run(capsys, str(path))
    assert code == 1
    assert "2 errors" in out and "placeholder 1, unofficial-source 1" in out
    assert "error   partner caf name: CAF (adresse à vérifier): the name holds 'à vérifier'" in out


@pytest.mark.parametrize("raw, words", [
    (b"{", "not valid JSON"),
    (None, "U+202E"),
    (b"9" * 5000, "no field of a catalogue needs a number"),
])
def test_a_refused_file_exits_1_with_one_sentence(home, tmp_path, capsys, raw, words):
    if raw is None:
        data = mini_catalogue()
        data["partners"][0]["name"] = "\u202eFAC"
        raw = catalogue_bytes(data)
    path = _write(tmp_path, raw)
    code, out, err = _run(capsys, str(path))
    assert (code, out) == (1, "")
    assert words in err and err.count("\n") == 1
    code, out, err = _run(capsys, str(path), "--json")
    assert code == 1 and words in json.loads(out)["refused"]


def test_what_is_not_a_catalogue_file_is_refused_without_reading(home, tmp_path, capsys):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # opening it to read would block forever
    for path, words in ((fifo, "is not a file"), (tmp_path, "is not a file"), (tmp_path / "none.json", "no file")):
        code, out, err = _run(capsys, str(path))
        assert (code, out) == (1, "") and words in err


def test_the_catalogue_in_use_is_checked_without_an_argument(context, capsys):
    code, out, err = _run(capsys, "--json")
    report = json.loads(out)
    assert (code, err, report["catalogue"], report["errors"]) == (0, "", None, 0)


def test_the_terminal_never_obeys_what_the_catalogue_in_use_holds(context, capsys):
    """The editor's database may hold what a kiosk refuses; kiosk check says so without obeying it."""
    connection = sqlite3.connect(context.db.path)
    with connection:
        connection.execute("UPDATE partners SET name = ? WHERE slug = 'caf'", ("CAF\x1b[2J",))
    connection.close()
    code, out, _ = _run(capsys)
    assert code == 1
    assert "\x1b" not in out and "U+001B" in out


def test_the_starter_catalogue_has_no_content_errors(home, capsys):
    """Run in CI on data/catalogue.json (issue 14: ``kiosk check data/catalogue.json`` passes).

    It fails until the content fixes of issue 14 land in data/catalogue.json; the errors it
    lists are the ones left to fix.
    """
    code, out, _ = _run(capsys, str(starter_catalogue()), "--json")
    report = json.loads(out)
    errors = [f"{p['kind']} {p['slug']} {p['field']}: {p['message']}" for p in report["problems"]
              if p["severity"] == "error"]
    assert errors == [] and code == 0

"""``kiosk translations export`` / ``import``: PO files for outside translators (issue 15, item 4)."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from sqlalchemy import func, select

from kiosk import models as m
from kiosk import translation_files
from kiosk.catalogue import load_procedure
from kiosk.cli import main
from kiosk.context import open_context
from kiosk.errors import KioskError
from kiosk.publish import catalogue_json, export_content
from kiosk.translation_files import export_po, import_po, initials
from tests.conftest import NOW

#: A procedure of the starter catalogue whose texts and documents are all translated into Arabic.
SLUG = "creer-adresse-email"


@pytest.fixture
def editor(home):
    """The assistant's PC on the starter catalogue."""
    context = open_context(home, clock=lambda: NOW)
    yield context
    context.close()


def _snapshot(context) -> tuple[bytes, int]:
    with context.db.engine.connect() as connection:
        records = connection.scalar(select(func.count()).select_from(m.EditRecord.__table__))
    return catalogue_json(export_content(context.db)), records


def _export(context, tmp_path: Path, lang: str = "ar") -> Path:
    out = tmp_path / "po"
    export_po(context.db, lang, out, NOW)
    return out / f"{lang}.po"


def _edit(path: Path, change) -> None:
    po = polib.pofile(str(path), encoding="utf-8")
    change(po)
    po.save(str(path))


def _of_procedure(po: polib.POFile, slug: str, documents: set[str]) -> list[polib.POEntry]:
    return [e for e in po if e.msgctxt.startswith(f"procedure/{slug}/")
            or e.msgctxt.split("/")[:2] in (["document", d] for d in documents)]


def test_export_writes_a_po_file_translators_tools_read(editor, tmp_path):
    path = _export(editor, tmp_path)
    po = polib.pofile(str(path), encoding="utf-8")
    assert po.metadata["Language"] == "ar"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Plural-Forms"].startswith("nplurals=6;")
    entry = po.find(f"procedure/{SLUG}/title", by="msgctxt")
    assert entry.msgid == "Créer votre adresse e-mail"  # the French
    assert "fuzzy" in entry.flags and entry.msgstr  # machine-assisted, translated
    assert "At most 300 characters" in entry.comment
    assert len({e.msgctxt for e in po}) == len(po) > 500
    assert path.stat().st_mode & 0o777 == 0o644


def test_export_then_import_unchanged_changes_nothing(editor, tmp_path):
    before = _snapshot(editor)
    path = _export(editor, tmp_path)
    summary = import_po(editor.db, path.parent, NOW)
    assert summary.updated == {"ar": 0} and summary.reviewed == {"ar": 0}
    assert _snapshot(editor) == before  # byte-identical catalogue, no history record


def test_an_edited_file_marks_exactly_its_unfuzzied_texts_reviewed(editor, tmp_path):
    assert load_procedure(editor.db, SLUG, "ar").machine_translated
    path = _export(editor, tmp_path)
    documents = {item.document.slug for item in load_procedure(editor.db, SLUG, "fr").checklist}
    chosen: list[str] = []

    def review(po):
        po.metadata["Last-Translator"] = "Amina Benali <amina@example.org>"
        entries = _of_procedure(po, SLUG, documents)
        for entry in entries:
            if entry.msgstr and "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                chosen.append(entry.msgctxt)
        po.find(f"procedure/{SLUG}/title", by="msgctxt").msgstr = "أنشئ بريدك الإلكتروني"

    _edit(path, review)
    summary = import_po(editor.db, path.parent, NOW)
    assert summary.updated == {"ar": 1} and summary.reviewed == {"ar": len(chosen)}
    reviews = export_content(editor.db)["reviews"]["ar"]
    assert sorted(reviews) == sorted(chosen)
    assert {r["by"] for r in reviews.values()} == {"AB"} and {r["on"] for r in reviews.values()} == {"2026-11-25"}
    view = load_procedure(editor.db, SLUG, "ar")
    assert view.title.text == "أنشئ بريدك الإلكتروني"
    assert not view.machine_translated  # the kiosk's "translated by machine" line goes away
    assert load_procedure(editor.db, SLUG, "tr").machine_translated
    # and a second import of the same file changes nothing more
    before = _snapshot(editor)
    assert import_po(editor.db, path.parent, NOW).reviewed == {"ar": 0}
    assert _snapshot(editor) == before


def test_a_fuzzy_change_updates_the_text_and_drops_its_review(editor, tmp_path):
    path = _export(editor, tmp_path)
    key = f"procedure/{SLUG}/title"
    _edit(path, lambda po: (po.metadata.update({"Last-Translator": "AB"}),
                            po.find(key, by="msgctxt").flags.remove("fuzzy")))
    import_po(editor.db, path.parent, NOW)
    assert key in export_content(editor.db)["reviews"]["ar"]
    path = _export(editor, tmp_path)
    _edit(path, lambda po: (setattr(po.find(key, by="msgctxt"), "msgstr", "بطاقة فيتال"),
                            po.find(key, by="msgctxt").flags.append("fuzzy")))
    import_po(editor.db, path.parent, NOW)
    assert key not in export_content(editor.db).get("reviews", {}).get("ar", {})
    assert load_procedure(editor.db, SLUG, "ar").title.text == "بطاقة فيتال"


def _first(po):
    return po.find(f"procedure/{SLUG}/title", by="msgctxt")


@pytest.mark.parametrize("change, words", [
    (lambda po: setattr(_first(po), "msgstr", "بطاقة\u202eفيتال"), r"invisible character U\+202E"),
    (lambda po: setattr(_first(po), "msgstr", "بطاقة\u2066فيتال"), r"invisible character U\+2066"),
    (lambda po: setattr(_first(po), "msgid", "Carte Vitale (ancienne)"), "no longer the one in this file"),
    (lambda po: setattr(_first(po), "msgctxt", "procedure/nothing/title"), "names no text of the catalogue"),
    (lambda po: setattr(_first(po), "msgstr", "ب" * 301), "more than the 300"),
    (lambda po: setattr(_first(po), "msgstr", "بطاقة {date}"), "must keep"),
    (lambda po: po.metadata.update({"Language": "de"}), "does not translate into"),
    (lambda po: po.metadata.update({"Language": "tr"}), "named for ar but says it is in tr"),
    (lambda po: po.metadata.update({"Language": "fr"}), "French, the source"),
    (lambda po: po.metadata.pop("Language"), "does not say its language"),
    (lambda po: _first(po).flags.remove("fuzzy"), "does not say by whom"),
])
def test_a_hostile_or_wrong_file_is_refused_whole(editor, tmp_path, change, words):
    path = _export(editor, tmp_path)
    _edit(path, lambda po: (po.metadata.update({"Last-Translator": ""}), change(po)))
    before = _snapshot(editor)
    with pytest.raises(KioskError, match=words) as refused:
        import_po(editor.db, path.parent, NOW)
    assert "\n" not in str(refused.value) and str(path) in str(refused.value)
    assert _snapshot(editor) == before


def test_direction_marks_are_allowed(editor, tmp_path):
    path = _export(editor, tmp_path)
    _edit(path, lambda po: setattr(_first(po), "msgstr", "بطاقة Vitale\u200f."))
    import_po(editor.db, path.parent, NOW)
    assert load_procedure(editor.db, SLUG, "ar").title.text == "بطاقة Vitale\u200f."


def test_invalid_syntax_is_one_sentence_with_file_and_line(editor, tmp_path):
    path = _export(editor, tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[30] = 'msgstr "an "unescaped" quote"'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _snapshot(editor)
    with pytest.raises(KioskError, match=rf"{path}, line \d+: this is not valid PO syntax"):
        import_po(editor.db, path.parent, NOW)
    path.write_bytes(b'msgid ""\nmsgstr "\xff\xfe"\n')
    with pytest.raises(KioskError, match="not UTF-8"):
        import_po(editor.db, path.parent, NOW)
    assert _snapshot(editor) == before


def test_a_huge_file_is_refused_unread(editor, tmp_path, monkeypatch):
    path = _export(editor, tmp_path)
    monkeypatch.setattr(translation_files, "MAX_PO_BYTES", path.stat().st_size - 1)
    with pytest.raises(KioskError, match="MB"):
        import_po(editor.db, path.parent, NOW)


def test_one_bad_file_and_nothing_of_the_good_one_is_written(editor, tmp_path):
    good = _export(editor, tmp_path, "ar")
    bad = _export(editor, tmp_path, "tr")
    _edit(good, lambda po: (po.metadata.update({"Last-Translator": "AB"}), _first(po).flags.remove("fuzzy")))
    _edit(bad, lambda po: setattr(po.find(f"procedure/{SLUG}/title", by="msgctxt"), "msgstr", "x\u202ey"))
    before = _snapshot(editor)
    with pytest.raises(KioskError, match="tr.po"):
        import_po(editor.db, good.parent, NOW)
    assert _snapshot(editor) == before
    two = tmp_path / "po" / "ar-copy.po"
    two.write_bytes(good.read_bytes())
    bad.unlink()
    with pytest.raises(KioskError, match="two files in ar"):
        import_po(editor.db, good.parent, NOW)


def test_initials():
    assert initials("Amina Benali <amina@example.org>") == "AB"
    assert initials("Ярослав Петренко") == "ЯП"
    assert initials("") == ""


def test_command_line(editor, tmp_path, capsys):
    out = tmp_path / "cli"
    assert main(["translations", "export", "--lang", "ar", "--out", str(out)]) == 0
    assert main(["translations", "import", str(out)]) == 0
    assert "ar: 0 texts changed, 0 marked reviewed." in capsys.readouterr().out
    assert main(["translations", "export", "--lang", "xx", "--out", str(out)]) == 1
    assert main(["translations", "import", str(tmp_path / "nothing")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 2 and "kiosk: " in error
    assert main(["translations", "import", str(out), "--by", "A\u202eB"]) == 1
    with pytest.raises(SystemExit) as usage:
        main(["translations", "export", "--out", str(out)])
    assert usage.value.code == 2

"""The translation files: complete, in step with the source, the kiosk's and the editor's kept apart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import resource
from ui.translations import SOURCES, lupdate, ts_file

#: What a translation must keep as it is: %1, %n, {name}.
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")

TS_FILES = [ts_file(lang, source.name) for source in SOURCES for lang in source.languages]


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element of every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[name, message.findtext("source")] = message.find("translation")
    return found


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_message_is_translated_with_its_placeholders(path):
    assert path.exists()
    for (context, source), translation in messages(path).items():
        where = f"{path.name}, {context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        text = translation.text or ""
        assert text.strip(), where
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), where


def test_the_kiosk_and_the_editor_are_translated_apart():
    kiosk, editor = (source for source in SOURCES)
    assert not any("/ui/editor/" in name for name in kiosk.files())
    assert str(resource("kiosk", "editing", "checks.py")) in editor.files()
    assert str(resource("ui", "editor", "window.py")) in editor.files()
    # Both translators are installed at once in the editor's preview: a context is in one file only.
    kiosk_contexts = {context for context, _source in messages(ts_file("fr", "kiosk"))}
    editor_contexts = {context for context, _source in messages(ts_file("fr", "editor"))}
    assert kiosk_contexts and editor_contexts and not kiosk_contexts & editor_contexts


def test_the_editor_translation_holds_every_string_of_its_sources(tmp_path):
    """lupdate finds the editor's tr() strings and the core's QT_TRANSLATE_NOOP templates, all in editor_fr.ts."""
    [editor] = [source for source in SOURCES if source.name == "editor"]
    collected = tmp_path / "editor.ts"
    lupdate(editor.files(), collected)
    wanted = set(messages(collected))
    assert ("Problem", "{name}: step {number} has no text; write it or remove the step.") in wanted
    assert ("Field", "step {number}") in wanted
    assert wanted == set(messages(ts_file("fr", "editor"))), "run: python -m ui.translations update"

"""The interface's own words through Qt's translation system.

Source strings are English, in ``self.tr()`` calls, and in ``QT_TRANSLATE_NOOP`` templates of the
core's messages (``kiosk.messages``). Two sets of translation files, ``SOURCES``, are kept apart:
the kiosk's screens (``assets/translations/kiosk_LANG.ts``, every resident language) and the
assistant's editor with the core messages it shows (``editor_LANG.ts``, French only). Edit them
with Qt Linguist (``pyside6-linguist``); they are compiled to ``.qm`` at set-up and packaging.
Catalogue content is translated in the catalogue itself, not here.

    python -m ui.translations update   # collect new source strings into every .ts
    python -m ui.translations build    # compile .ts to .qm (done by scripts/setup.sh)
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.messages import Text, render
from kiosk.paths import resource

#: Interface languages; English is the source language and needs no file.
LANGUAGES = ("fr", "en", "ar", "tr", "uk", "ru", "prs", "ps", "ti")
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
#: The editor's languages: the assistant's French, or the source language for developers.
EDITOR_LANGUAGES = ("fr", "en")
#: Catalogue codes Qt does not know by themselves (QLocale("prs") is the "C" locale): Dari is
#: Persian as written in Afghanistan, which Qt calls fa_AF (its native name: دری).
QT_LOCALES = {"prs": "fa_AF"}


def qt_locale(lang: str) -> QLocale:
    """The Qt locale of a catalogue language code: dates, speech voices, screen readers."""
    return QLocale(QT_LOCALES.get(lang, lang))


@dataclass(frozen=True)
class TranslationSource:
    """One ``.ts`` file per language, collecting the strings of ``folders`` but ``left_out``."""

    name: str
    languages: tuple[str, ...]
    folders: tuple[str, ...]
    left_out: tuple[str, ...] = ()

    def files(self) -> list[str]:
        """The Python files lupdate reads."""
        found = {path for folder in self.folders for path in resource(folder).rglob("*.py")}
        return sorted(str(path) for path in found
                      if not any(path.is_relative_to(resource(other)) for other in self.left_out))


SOURCES = (
    TranslationSource("kiosk", TRANSLATED, folders=("ui",), left_out=("ui/editor",)),
    TranslationSource("editor", ("fr",), folders=("ui/editor", "kiosk")),
)


def ts_file(lang: str, name: str = "kiosk") -> Path:
    return resource("assets", "translations", f"{name}_{lang}.ts")


def qm_file(lang: str, name: str = "kiosk") -> Path:
    return ts_file(lang, name).with_suffix(".qm")


def _tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / name)


def build() -> None:
    """Compile every .ts that is newer than its .qm."""
    for source in SOURCES:
        for lang in source.languages:
            ts, qm = ts_file(lang, source.name), qm_file(lang, source.name)
            if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
                subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def lupdate(files: list[str], ts: Path) -> None:
    """Collect the source strings of ``files`` into ``ts``, keeping its translations."""
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *files, "-ts", str(ts)], check=True)


def update() -> None:
    """Collect the source strings into every .ts, keeping existing translations."""
    for source in SOURCES:
        files = source.files()
        for lang in source.languages:
            lupdate(files, ts_file(lang, source.name))


def translated(text: Text) -> str:
    """A core message (``kiosk.messages``) in the language of the installed translations."""
    return render(text, QCoreApplication.translate)


def _install(name: str, files: list[Path]) -> bool:
    """Replace the application's translators called ``name`` with ``files``; False if one is missing."""
    app = QCoreApplication.instance()
    for old in app.findChildren(QTranslator, name):
        app.removeTranslator(old)
        old.deleteLater()
        old.setObjectName("")
    loaded = True
    for path in files:
        translator = QTranslator(app)
        translator.setObjectName(name)
        if translator.load(str(path)):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
            loaded = False
    return loaded


class InterfaceLanguage:
    """Installs the interface translation of one language at a time.

    The translator belongs to the application (there is one interface language at a time, whatever
    the number of windows): it is found again by its object name rather than kept here.
    """

    NAME = "kiosk-interface-translation"

    def set(self, lang: str) -> bool:
        """Switch the interface to ``lang``; returns False (English shown) when there is no file."""
        return _install(self.NAME, [] if lang == "en" else [qm_file(lang)])


class EditorLanguage:
    """Installs the editor's translation, and Qt's own for its standard buttons and dialogs.

    Beside the kiosk's interface translation (the preview shows the kiosk's screens in another
    language): their contexts differ (``EditorWindow``, ``Problem``... against ``ProcedureScreen``...),
    so Qt finds each string in the one translator that has it.
    """

    NAME = "kiosk-editor-translation"

    def set(self, lang: str) -> bool:
        """Show the editor in ``lang``; returns False when a file is missing (English shown there)."""
        if lang == "en":
            return _install(self.NAME, [])
        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        return _install(self.NAME, [qt_translations / f"qtbase_{lang}.qm", qm_file(lang, "editor")])


if __name__ == "__main__":
    {"build": build, "update": update}[sys.argv[1]]()

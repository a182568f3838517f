"""The interface's own words through Qt's translation system.

Source strings are English, in ``self.tr()`` calls; ``assets/translations/kiosk_LANG.ts`` hold the
translations (edit them with Qt Linguist, ``pyside6-linguist``) and are compiled to ``.qm`` at set-up
and packaging. Catalogue content is translated in the catalogue itself, not here.

    python -m ui.translations update   # collect new source strings into every .ts
    python -m ui.translations build    # compile .ts to .qm (done by scripts/setup.sh)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.paths import resource

#: Interface languages; English is the source language and needs no file.
LANGUAGES = ("fr", "en", "ar", "tr", "uk")
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")


def ts_file(lang: str) -> Path:
    return resource("assets", "translations", f"kiosk_{lang}.ts")


def qm_file(lang: str) -> Path:
    return ts_file(lang).with_suffix(".qm")


def _tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / name)


def build() -> None:
    """Compile every .ts that is newer than its .qm."""
    for lang in TRANSLATED:
        ts, qm = ts_file(lang), qm_file(lang)
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    """Collect the source strings of ui/ into every .ts, keeping existing translations."""
    sources = sorted(str(p) for p in resource("ui").rglob("*.py"))
    for lang in TRANSLATED:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts_file(lang))],
                       check=True)


class InterfaceLanguage:
    """Installs the interface translation of one language at a time.

    The translator belongs to the application (there is one interface language at a time, whatever
    the number of windows): it is found again by its object name rather than kept here.
    """

    NAME = "kiosk-interface-translation"

    def set(self, lang: str) -> bool:
        """Switch the interface to ``lang``; returns False (English shown) when there is no file."""
        app = QCoreApplication.instance()
        for old in app.findChildren(QTranslator, self.NAME):
            app.removeTranslator(old)
            old.deleteLater()
            old.setObjectName("")
        if lang == "en":
            return True
        translator = QTranslator(app)
        translator.setObjectName(self.NAME)
        if not translator.load(str(qm_file(lang))):
            return False
        app.installTranslator(translator)
        return True


if __name__ == "__main__":
    {"build": build, "update": update}[sys.argv[1]]()

"""Frozen into the bundle as ``kiosk-probe`` by tests/test_kiosk_spec.py: what only Qt can tell.

``kiosk-probe HOME LANG`` (on a real X server, with ``QT_IM_MODULE=qtvirtualkeyboard``) opens the
kiosk window on the search screen in LANG, shows the on-screen keyboard and prints one JSON line:
whether the keyboard showed, its layout and height, the text-to-speech engines and image formats
Qt found, a time zone read from the bundled tzdata, the font families registered from the bundle's
files and the letters of every language's name and of the screen's title that no bundled font drew. kiosk.spec freezes it with the kiosk's
own modules and files, nothing else: it sees exactly what the kiosk sees.
"""

import datetime
import json
import os
import sys
import zoneinfo
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.context import open_context
from ui.app import create_application
from ui.fonts import missing_letters, register_fonts
from ui.services import Services
from ui.window import KioskWindow

app = create_application()
context = open_context(Path(sys.argv[1]))
services = Services.from_context(context, speech_engine=None)
window = KioskWindow(services)
window.resize(1920, 1080)
window.show()


def open_search() -> None:
    window.set_language(sys.argv[2])
    window.open_screen("search", None)
    window.activateWindow()
    window.screen("search").field.setFocus()
    QGuiApplication.inputMethod().show()
    QTimer.singleShot(2500, report)


def bundled_zone_offset(name: str) -> str:
    """The UTC offset of zone ``name`` in January, read from the bundled tzdata, not the system's."""
    zoneinfo.reset_tzpath([])
    try:
        return str(zoneinfo.ZoneInfo.no_cache(name).utcoffset(datetime.datetime(2026, 1, 15)))
    except zoneinfo.ZoneInfoNotFoundError as error:
        return f"not found: {error}"
    finally:
        zoneinfo.reset_tzpath()


def report() -> None:
    method = QGuiApplication.inputMethod()
    print(json.dumps({
        "keyboard_visible": method.isVisible(),
        "keyboard_locale": method.locale().name(),
        "keyboard_height": method.keyboardRectangle().height(),
        "speech_engines": QTextToSpeech.availableEngines(),
        "image_formats": sorted(bytes(name).decode() for name in QImageReader.supportedImageFormats()),
        "bundled_paris_offset": bundled_zone_offset("Europe/Paris"),
        "font_families": register_fonts(),
        "missing_letters": missing_letters(
            "\n".join([*(language.name for language in services.languages), window.screen("search").title()]),
            QApplication.font()),
    }), flush=True)
    app.exit(0)


QTimer.singleShot(500, open_search)
QTimer.singleShot(30000, lambda: app.exit(1))
code = app.exec()
context.close()
sys.stdout.flush()
# Skip the interpreter's teardown: with the keyboard's QML engine alive it can crash on exit (it does
# unfrozen too), which says nothing about the bundle.
os._exit(code)

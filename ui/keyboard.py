"""Qt Virtual Keyboard for the search field, in the screen's language.

The keyboard is Qt's input-method plugin (``QT_IM_MODULE=qtvirtualkeyboard``, set by ui.app when a
display is used). Its language is a setting of its own QML engine, which a widgets application
cannot reach through C++ API: once the keyboard window exists, a tiny QML object created in that
engine sets ``VirtualKeyboardSettings.locale`` and limits the globe key to the kiosk's languages.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QObject, QUrl
from PySide6.QtGui import QGuiApplication

#: The keyboard layout for each language of the kiosk: Qt's own where it ships one; Dari and Pashto
#: take the Persian layout (same script; Pashto's own letters are missing, README "Languages"),
#: Tigrinya the English one (Qt has no Ethiopic layout; search words are mostly French or Latin).
LAYOUTS = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_AR", "tr": "tr_TR", "uk": "uk_UA",
           "ru": "ru_RU", "prs": "fa_FA", "ps": "fa_FA", "ti": "en_GB"}

_SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    property string wanted: ""
    property var offered: []
    onOfferedChanged: VirtualKeyboardSettings.activeLocales = offered
    onWantedChanged: VirtualKeyboardSettings.locale = wanted
}
"""


def virtual_keyboard_enabled() -> bool:
    return os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"


class KeyboardLanguage(QObject):
    """Keeps the on-screen keyboard's layout in the language shown on screen."""

    def __init__(self, languages: list[str], parent=None) -> None:
        super().__init__(parent)
        self._offered = list(dict.fromkeys(LAYOUTS[lang] for lang in languages if lang in LAYOUTS))
        self._wanted = ""
        self._settings: QObject | None = None
        if virtual_keyboard_enabled():
            QGuiApplication.inputMethod().visibleChanged.connect(self._apply)

    def set_language(self, lang: str) -> None:
        self._wanted = LAYOUTS.get(lang, "")
        self._apply()

    def _apply(self) -> None:
        if not virtual_keyboard_enabled() or not self._wanted:
            return
        if self._settings is None:
            self._settings = self._create_settings()
            if self._settings is None:
                return  # the keyboard window does not exist yet: applied when it first shows
            self._settings.setProperty("offered", self._offered)
        self._settings.setProperty("wanted", self._wanted)

    def _create_settings(self) -> QObject | None:
        from PySide6.QtQml import QQmlComponent, qmlEngine
        from PySide6.QtQuick import QQuickWindow

        for window in QGuiApplication.topLevelWindows():
            if isinstance(window, QQuickWindow):
                engine = qmlEngine(window.contentItem())
                if engine is None:
                    continue
                component = QQmlComponent(engine)
                component.setData(QByteArray(_SETTINGS_QML), QUrl())
                settings = component.create()
                if settings is not None:
                    settings.setParent(self)
                    return settings
        return None

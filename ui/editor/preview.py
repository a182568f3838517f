"""The preview: a procedure exactly as a resident sees it, with the kiosk's own screens, in any language.

The procedure as it stands in the form (unsaved changes included, and even while it is a draft)
is stored in a throw-away copy of the editor's database (``kiosk.editing.preview_copy``), and the
kiosk's procedure, guide, document and "is this for me?" screens show it from there at the kiosk's size, 1920 pixels
wide, with the kiosk's look. Nothing is saved by previewing.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFrame, QGraphicsScene, QGraphicsView,
                               QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.editing import Draft, preview_copy
from ui import theme
from ui.fonts import kiosk_font
from ui.screens.document import DocumentScreen
from ui.screens.eligibility import EligibilityScreen
from ui.screens.guide import GuideScreen
from ui.screens.procedure import ProcedureScreen
from ui.services import Services
from ui.translations import InterfaceLanguage
from ui.widgets.labels import PlainLabel
from ui.editor.plain import plain_label

#: The kiosk's screen below its language bar.
FRAME_SIZE = (1920, 1000)


class PreviewDialog(QDialog):
    """The kiosk's procedure screen (and its guide and documents) for one procedure.

    Raises ``KioskError`` at construction when the procedure cannot be stored even in a copy
    (e.g. no category chosen yet).
    """

    def __init__(self, context: Context, draft: Draft, lang: str = "fr", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", draft.label() or self.tr("new procedure")))
        self._copy = preview_copy(context, draft)
        self.slug = self._copy.slug
        self.services = Services.from_context(self._copy.context, speech_engine=None, statistics=False)
        self._interface = InterfaceLanguage()

        self.language = QComboBox()
        for language in self.services.languages:
            self.language.addItem(language.name, language.code)
        self.mediator = QCheckBox(self.tr("As a mediator sees it (helper notes)"))
        self.back = QPushButton(self.tr("Back to the procedure"))
        close = QPushButton(self.tr("Close"))
        note = plain_label(self.tr("Unsaved changes are shown too. Nothing is saved by previewing."))
        note.setObjectName("Hint")
        bar = QHBoxLayout()
        bar.addWidget(plain_label(self.tr("Language")))
        bar.addWidget(self.language)
        bar.addWidget(self.mediator)
        bar.addWidget(self.back)
        bar.addStretch(1)
        bar.addWidget(note)
        bar.addWidget(close)

        # The kiosk's own screens, with the kiosk's stylesheet and font, at the kiosk's size.
        self.frame = QWidget(objectName="PreviewFrame")
        self.frame.setFixedSize(*FRAME_SIZE)
        self.frame.setStyleSheet(theme.stylesheet())
        self.frame.setFont(kiosk_font(pixel_size=theme.BODY_PX))
        self.title = PlainLabel(object_name="ScreenTitle")
        self.procedure = ProcedureScreen(self.services)
        self.guide = GuideScreen(self.services)
        self.document = DocumentScreen(self.services)
        self.eligibility = EligibilityScreen(self.services)  # "Is this for me?": the questions flow
        self.stack = QStackedWidget()
        for screen in self._screens():
            self.stack.addWidget(screen)
            screen.navigate.connect(self._navigate)
            screen.content_changed.connect(self._refresh_title)
        inside = QVBoxLayout(self.frame)
        inside.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(48, 16, 48, 0)
        header.addWidget(self.title)
        inside.addLayout(header)
        inside.addWidget(self.stack, 1)
        # Shown whole, scaled to the dialog, and still live: taps, ticks and scrolling work.
        self.view = _FittedView(self.frame)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(lambda _i: self.show_language(self.language.currentData()))
        self.mediator.toggled.connect(self._set_mediator)
        self.back.clicked.connect(lambda: self._navigate("procedure", self.slug))
        close.clicked.connect(self.close)
        self.finished.connect(self._clean_up)
        self._open(self.procedure, self.slug)
        self.show_language(self.language.currentData())

    def _screens(self) -> tuple:
        return (self.procedure, self.guide, self.document, self.eligibility)

    def current(self):
        return self.stack.currentWidget()

    def show_language(self, lang: str) -> None:
        """Everything in ``lang``, mirrored for right-to-left languages, as on the kiosk."""
        self._interface.set(lang)
        rtl = self.services.direction(lang) == "rtl"
        self.frame.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.current().show_language(lang)

    def lang(self) -> str:
        return self.language.currentData()

    def _open(self, screen, argument) -> None:
        self.stack.setCurrentWidget(screen)
        self.back.setVisible(screen is not self.procedure)
        screen.open(argument, self.lang())

    def _navigate(self, name: str, argument: object) -> None:
        screens = {"procedure": self.procedure, "guide": self.guide, "document": self.document,
                   "eligibility": self.eligibility}
        if name in screens:
            self._open(screens[name], argument)

    def _set_mediator(self, on: bool) -> None:
        self.services.mode = "mediator" if on else "resident"
        self.current().show_language(self.lang())

    def _refresh_title(self) -> None:
        self.title.setText(self.current().title())

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self._clean_up()

    def _clean_up(self, *_args) -> None:
        if self._copy is None:
            return
        for screen in self._screens():
            screen.forget_loads()
        QThreadPool.globalInstance().waitForDone()  # no screen still reading the copy
        self._interface.set("en")
        folder = self._copy.context.home
        self._copy.context.close()
        self._copy = None
        shutil.rmtree(folder, ignore_errors=True)


class _FittedView(QGraphicsView):
    """Shows a widget of the kiosk's size whole, scaled down to fit, still usable with the mouse."""

    def __init__(self, widget: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.proxy = self.scene().addWidget(widget)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#5E7396"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.proxy, Qt.AspectRatioMode.KeepAspectRatio)

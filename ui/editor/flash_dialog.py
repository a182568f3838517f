"""The info flash from the editor: which languages, where to save the PDF; made off the UI thread.

The same PDF as ``kiosk flash``, from the catalogue as saved in the editor (unsaved changes are
not on it), for the kiosk's site.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.catalogue import languages
from kiosk.context import Context
from kiosk.flash import FIRST_LANGUAGE, flash_column, stored_workshops
from kiosk.settings import get_setting
from ui.editor.plain import plain_label
from ui.flash import write_flash
from ui.operations import run_in_background


class FlashDialog(QDialog):
    """Make the A4 info flash as a PDF.

    Signals:
        saved(object): the path of the PDF once it is written.
        failed(str): the sentence saying why it could not be.
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Info flash"))
        self.resize(640, 260)
        self.languages = QComboBox()
        offered = languages(context.db)
        french = next((info.name for info in offered if info.code == FIRST_LANGUAGE), FIRST_LANGUAGE)
        self.languages.addItem(french, [FIRST_LANGUAGE])
        for info in offered:
            if info.code != FIRST_LANGUAGE:
                self.languages.addItem(f"{french} + {info.name}", [FIRST_LANGUAGE, info.code])
        self.result = plain_label(word_wrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save the PDF…"))
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("Languages"), self.languages)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "One A4 sheet to pin up or hand out: this month's news, the procedures ticked "
            "“On the A4 info flash” with their QR codes, the help hours and the next workshops. "
            "It shows the catalogue as saved."), word_wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.close)

    # --- questions (tests replace this) ----------------------------------------------------------

    def choose_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the info flash"), "flash.pdf",
                                                    self.tr("PDF files (*.pdf)"))
        return path

    # --- user actions ----------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Ask where, then write the flash off the UI thread; False when the assistant gave no place."""
        path = self.choose_path()
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        wanted = self.languages.currentData()
        context, font = self.context, QGuiApplication.font()
        site = get_setting(context.db, "site")

        def work() -> Path:
            now = context.clock()
            workshops = stored_workshops(context)
            return write_flash(path, [flash_column(context.db, lang, site, now, workshops) for lang in wanted],
                               font=font)

        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Making the flash…"))
        run_in_background(self, work, self._on_saved, self._on_failed)
        return True

    # --- internals -------------------------------------------------------------------------------

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.result.setText(self.tr("The info flash is saved in %1.").replace("%1", str(path)))
        self.saved.emit(path)

    def _on_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        sentence = self.tr("The info flash could not be saved (%1). Choose another folder.").replace("%1", reason)
        self.result.setText(sentence)
        self.failed.emit(sentence)

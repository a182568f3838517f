"""Publishing: where to, with which key, what changed since the last time; then the signed files.

The work runs off the UI thread (``kiosk.editing.publish_catalogue``): checks, a backup of the
editor database, the next version written atomically to the publication folder. Whatever goes
wrong is said in one plain sentence, and the previous publication stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.editing import (EditorPublication, catalogue_version, changes_since_publication, publish_catalogue,
                           summary_messages, validate)
from kiosk.errors import KioskError
from kiosk.publish import DEFAULT_EXPIRES_IN_DAYS, MAX_EXPIRES_IN_DAYS
from kiosk.settings import get_setting, set_settings
from kiosk.stats import local_day
from ui.editor.problems import counts_sentence
from ui.operations import run_in_background
from ui.translations import translated
from ui.editor.plain import plain_label


class PublishDialog(QDialog):
    """Publish the editor's catalogue as the next signed version.

    Signals:
        published(object): the ``EditorPublication`` once the files are in place.
    """

    published = Signal(object)

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Publish the catalogue"))
        self.resize(860, 620)
        self.folder = QLineEdit(get_setting(context.db, "publish_folder"))
        self.folder.setPlaceholderText(self.tr("the shared folder, or the folder the web server serves"))
        self.key = QLineEdit(get_setting(context.db, "publisher_key"))
        self.key.setPlaceholderText(self.tr("…/publisher.key"))
        self.expires = QSpinBox()
        self.expires.setRange(1, MAX_EXPIRES_IN_DAYS)
        self.expires.setValue(DEFAULT_EXPIRES_IN_DAYS)
        self.expires.setSuffix(self.tr(" days"))
        browse_folder = QPushButton(self.tr("Choose…"))
        browse_key = QPushButton(self.tr("Choose…"))
        form = QFormLayout()
        form.addRow(self.tr("Publication folder"), _beside(self.folder, browse_folder))
        form.addRow(self.tr("Publisher key"), _beside(self.key, browse_key))
        form.addRow(self.tr("Kiosks warn after"), self.expires)

        self.version = plain_label(object_name="FormHeading")
        self.problems = plain_label()
        self.problems.setWordWrap(True)
        self.changes = QListWidget()
        self.result = plain_label(object_name="PublishResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.publish_button = QPushButton(self.tr("Publish"), objectName="PublishButton")
        self.publish_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.version)
        layout.addWidget(self.problems)
        layout.addWidget(plain_label(self.tr("What changed since the last publication:")))
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        browse_folder.clicked.connect(self._choose_folder)
        browse_key.clicked.connect(self._choose_key)
        self.publish_button.clicked.connect(self.publish)
        close.clicked.connect(self.reject)
        self.busy = False
        self.refresh()

    def refresh(self) -> None:
        """Count the problems and list the changes again (after a save, or a publication)."""
        version = (catalogue_version(self.context.db) or 0) + 1
        self.version.setText(self.tr("This will be version %1.").replace("%1", str(version)))
        problems = validate(self.context.db, local_day(self.context.clock()))
        errors = sum(p.is_error for p in problems)
        text = counts_sentence(errors, len(problems) - errors)
        if errors:
            text += " " + self.tr("They are in the list of problems: click one to go to its field.")
        self.problems.setText(text)
        self.publish_button.setEnabled(not errors and not self.busy)
        self.changes.clear()
        changes = summary_messages(changes_since_publication(self.context))
        self.changes.addItems([translated(line) for line in changes])

    def publish(self) -> None:
        """Save the folder and key settings, then publish off the UI thread."""
        folder, key = self.folder.text().strip(), self.key.text().strip()
        try:
            set_settings(self.context.db, {"publish_folder": folder, "publisher_key": key})
        except KioskError as error:
            self._failed(error)
            return
        context, days = self.context, self.expires.value()
        self.busy = True
        self.publish_button.setEnabled(False)
        self.result.setText(self.tr("Publishing…"))

        def work() -> EditorPublication:
            return publish_catalogue(context, key=Path(key) if key else None,
                                     out=Path(folder) if folder else None, expires_in_days=days)

        run_in_background(self, work, self._done, self._failed)

    def _done(self, done: EditorPublication) -> None:
        self.busy = False
        self.result.setProperty("failed", False)
        self.result.setText(self.tr(
            "Version %1 is published in %2. Kiosks take it at their next sync. "
            "A copy of the editor database was kept in %3.")
            .replace("%1", str(done.version)).replace("%2", str(done.publication.catalogue.parent))
            .replace("%3", str(done.backup)))
        self.refresh()
        self.published.emit(done)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.result.setProperty("failed", True)
        if isinstance(error, KioskError):  # PublicationRefused too
            message = translated(error.text)
        else:
            message = self.tr("Publishing failed: %1. The previous publication was left as it is.") \
                .replace("%1", str(error))
        self.result.setText(message)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.publish_button.setEnabled(True)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Publication folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _choose_key(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Publisher key"), self.key.text(),
                                                    self.tr("Publisher key (*.key);;All files (*)"))
        if path:
            self.key.setText(path)


def _beside(field: QLineEdit, button: QPushButton) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    row.addWidget(button)
    return holder

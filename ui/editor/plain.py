"""Text the editor shows is never read as HTML (DESIGN.md section 6, issue 13 item 10).

The editor shows text from files and errors: a path, a fiche's title, a partner's name, a reason
from the operating system. A QLabel or a QMessageBox left at its default (``Qt.AutoText``) takes
anything that looks like HTML as rich text: ``<img src=...>`` would load an image, ``<a href>`` a
link, and a tag would hide what the text really says. Every label of the editor is made by
``plain_label`` and every message box by ``message_box``, both plain text, as every kiosk label
is (``ui.widgets.labels.PlainLabel``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", *, object_name: str | None = None, word_wrap: bool = False) -> QLabel:
    """A label that shows ``text`` exactly as written."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(word_wrap)
    if object_name:
        label.setObjectName(object_name)
    label.setText(text)
    return label


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                informative: str = "") -> QMessageBox:
    """A message box whose texts (the main one and the informative one) are plain text.

    ``QMessageBox.setTextFormat`` covers the main text only: the informative text gets a label of
    its own, in Qt's default format, so every label of the box is made plain once it is built.
    """
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)
    return box


def tell(parent: QWidget | None, title: str, text: str, *, problem: bool = True) -> None:
    """Show ``text`` (a warning when ``problem``) until the person closes it."""
    icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
    message_box(parent, icon, title, text).exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a question; True when the answer is Yes."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes

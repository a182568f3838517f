"""The PIN pad of the mediator and admin modes, opened by a hidden gesture."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.pins import MAX_LENGTH, Role
from ui.widgets.common import big_button
from ui.widgets.labels import PlainLabel


class PinPad(QWidget):
    """Covers the window: choose a mode, type the PIN on big digits.

    Signals:
        entered(str, str): the role ("mediator" or "admin") and the PIN typed.
    """

    entered = Signal(str, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._pin = ""
        self._roles = QButtonGroup(self)
        self._mediator = QPushButton(checkable=True, objectName="ThemeFilter")
        self._admin = QPushButton(checkable=True, objectName="ThemeFilter")
        for role, button in ((Role.MEDIATOR, self._mediator), (Role.ADMIN, self._admin)):
            button.setProperty("role", role.value)
            self._roles.addButton(button)
        self._mediator.setChecked(True)
        self._dots = PlainLabel(object_name="ScreenTitle")
        self._dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message = PlainLabel(object_name="Lead")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._digits = [QPushButton(str(n), objectName="Secondary") for n in range(10)]
        self._erase = big_button("", "back", role="Secondary")
        self._ok = big_button("", "check")
        self._cancel = big_button("", "close", role="Secondary")

        roles = QHBoxLayout()
        roles.addWidget(self._mediator)
        roles.addWidget(self._admin)
        grid = QGridLayout()
        grid.setSpacing(12)
        for n in range(1, 10):
            grid.addWidget(self._digits[n], (n - 1) // 3, (n - 1) % 3)
        grid.addWidget(self._erase, 3, 0)
        grid.addWidget(self._digits[0], 3, 1)
        grid.addWidget(self._ok, 3, 2)
        for button in self._digits:
            button.setMinimumSize(140, 96)
            button.setAccessibleName(button.text())
        panel = QFrame(objectName="OverlayPanel")
        panel.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a keypad never mirrors
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 32, 48, 32)
        inner.setSpacing(16)
        inner.addLayout(roles)
        inner.addWidget(self._dots)
        inner.addWidget(self._message)
        inner.addLayout(grid)
        inner.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)

        for button in self._digits:
            button.clicked.connect(lambda _=False, digit=button.text(): self.type_digit(digit))
        self._erase.clicked.connect(self.erase)
        self._ok.clicked.connect(self.submit)
        self._cancel.clicked.connect(self.close_pad)
        self.hide()

    def open_pad(self) -> None:
        self._pin = ""
        self._message.setText("")
        self._retranslate()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def role(self) -> str:
        return self._roles.checkedButton().property("role")

    def show_message(self, text: str) -> None:
        self._message.setText(text)

    @Slot()
    def close_pad(self) -> None:
        self._pin = ""
        self.hide()

    def type_digit(self, digit: str) -> None:
        if len(self._pin) < MAX_LENGTH:
            self._pin += digit
            self._dots.setText("●" * len(self._pin))

    @Slot()
    def erase(self) -> None:
        self._pin = self._pin[:-1]
        self._dots.setText("●" * len(self._pin))

    @Slot()
    def submit(self) -> None:
        pin, self._pin = self._pin, ""
        self._dots.setText("")
        self.entered.emit(self.role(), pin)

    def _retranslate(self) -> None:
        for button, text in ((self._mediator, self.tr("Mediator")), (self._admin, self.tr("Administration")),
                             (self._erase, self.tr("Erase")), (self._ok, self.tr("OK")),
                             (self._cancel, self.tr("Cancel"))):
            button.setText(text)
            button.setAccessibleName(text)
        self._dots.setText("")

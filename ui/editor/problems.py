"""The list of problems: errors (publishing is refused) and warnings; each leads to its field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from kiosk.editing import Problem
from ui.translations import translated
from ui.editor.plain import plain_label

_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    """Every problem of the catalogue, the one being edited included as it is typed.

    Signals:
        chosen(object): a problem was clicked: open its item and put the cursor on its field.
    """

    chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = plain_label(object_name="ProblemsSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(objectName="Problems")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._problems: list[Problem] = []
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        style = self.style()
        self._icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                       "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        self.set_problems([])

    def set_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        self.list.clear()
        for problem in self._problems:
            item = QListWidgetItem(self._icons[problem.severity], translated(problem.text))
            item.setData(_ROLE, problem)
            item.setToolTip(self.tr("Click to go to this field."))
            self.list.addItem(item)
        errors = sum(p.is_error for p in self._problems)
        warnings = len(self._problems) - errors
        self.summary.setText(counts_sentence(errors, warnings))

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def errors(self) -> list[Problem]:
        return [p for p in self._problems if p.is_error]

    def choose(self, index: int) -> None:
        """Lead to the field of the problem at ``index`` (as a click does)."""
        self.chosen.emit(self._problems[index])

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(_ROLE))


def counts_sentence(errors: int, warnings: int) -> str:
    """"2 errors to fix before publishing, and 1 warning." / "3 warnings: publishing is allowed.".

    Shown by the problems panel and the publish dialog, translated in the panel's context.
    """
    def count(n: int, one: str, many: str) -> str:
        return (one if n == 1 else many).replace("%n", str(n))

    if errors:
        text = count(errors, QCoreApplication.translate("ProblemsPanel", "1 error to fix before publishing"),
                     QCoreApplication.translate("ProblemsPanel", "%n errors to fix before publishing"))
        if warnings:
            text += count(warnings, QCoreApplication.translate("ProblemsPanel", ", and 1 warning"),
                          QCoreApplication.translate("ProblemsPanel", ", and %n warnings"))
        return text + "."
    if warnings:
        return count(warnings, QCoreApplication.translate("ProblemsPanel", "1 warning: publishing is allowed."),
                     QCoreApplication.translate("ProblemsPanel", "%n warnings: publishing is allowed."))
    return QCoreApplication.translate("ProblemsPanel", "No problems: ready to publish.")

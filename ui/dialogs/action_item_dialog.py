"""An action item set in the minutes: what is to be done, by whom, by when."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from committee_app.services.assemblies import MemberChoice

from ..models.assembly_formatting import date_format
from ..models.assembly_member_choices_model import MemberChoicesModel
from .inline_problem import problem_label, show_problem

TASK_LENGTH = 2000


@dataclass(frozen=True)
class ActionItemForm:
    text: str
    assignee_id: int | None
    due_on: date | None


class ActionItemDialog(QDialog):
    def __init__(self, members: list[MemberChoice], today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action item"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.members = MemberChoicesModel(members, self.tr("— nobody yet —"), self)
        self.assignee = QComboBox()
        self.assignee.setModel(self.members)
        self.has_due_date = QCheckBox(self.tr("D&ue by:"))
        self.due_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat(date_format())
        self.due_on.setEnabled(False)
        self.has_due_date.toggled.connect(self.due_on.setEnabled)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Task:"), self.text)
        layout.addRow(self.tr("&Assignee:"), self.assignee)
        layout.addRow(self.has_due_date, self.due_on)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(480, 300)

    def problem_text(self) -> str:
        text = self.text.toPlainText().strip()
        if not text:
            return self.tr("Write what is to be done.")
        if len(text) > TASK_LENGTH:
            return self.tr("The task is too long: {length} characters, at most {limit}.").format(
                length=len(text), limit=TASK_LENGTH
            )
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def form(self) -> ActionItemForm:
        return ActionItemForm(
            text=self.text.toPlainText().strip(),
            assignee_id=self.members.member_id(self.assignee.currentIndex()),
            due_on=self.due_on.date().toPython() if self.has_due_date.isChecked() else None,
        )

    @classmethod
    def get_action(
        cls, parent: QWidget | None, members: list[MemberChoice], today: date
    ) -> tuple[ActionItemForm | None, bool]:
        dialog = cls(members, today, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else None), accepted

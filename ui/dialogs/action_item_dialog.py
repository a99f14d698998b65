"""An action item: what is to be done, by whom, by when; from the Actions view also the
agenda item it was set under (or none) and, when changed later, its status."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from committee_app.labels import label
from committee_app.models import ActionItem
from committee_app.services.actions import TASK_LENGTH, AgendaItemChoice
from committee_app.services.assemblies import MemberChoice
from committee_app.vocabulary import ActionStatus

from ..models.agenda_item_choices_model import AgendaItemChoicesModel
from ..models.assembly_formatting import date_format
from .day_field import TypedDateEdit
from ..models.assembly_member_choices_model import MemberChoicesModel
from .inline_problem import problem_label, show_problem

# An agenda item is named with its assembly: long titles are cut in the closed list, not the dialog.
AGENDA_ITEM_NAME_LENGTH = 50


@dataclass(frozen=True)
class ActionItemForm:
    text: str
    assignee_id: int | None
    due_on: date | None
    agenda_item_id: int | None = None
    status: ActionStatus = ActionStatus.open

    @classmethod
    def of(cls, action: ActionItem) -> "ActionItemForm":
        return cls(action.text, action.assignee_id, action.due_on, action.agenda_item_id, ActionStatus(action.status))


class ActionItemDialog(QDialog):
    """``agenda_items`` None: the agenda item is given by where the dialog was opened (the
    minutes) and not asked. ``current`` None: a new, open item; otherwise its fields and status."""

    def __init__(
        self,
        members: list[MemberChoice],
        today: date,
        parent: QWidget | None = None,
        *,
        agenda_items: list[AgendaItemChoice] | None = None,
        current: ActionItemForm | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action item") if current is None else self.tr("Edit action item"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.members = MemberChoicesModel(members, self.tr("— nobody yet —"), self)
        self.assignee = QComboBox()
        self.assignee.setModel(self.members)
        self.has_due_date = QCheckBox(self.tr("D&ue by:"))
        self.due_on = TypedDateEdit(QDate(today.year, today.month, today.day))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat(date_format())
        self.due_on.setEnabled(False)
        self.has_due_date.toggled.connect(self.due_on.setEnabled)
        self.agenda_items = None
        self.agenda_item = None
        if agenda_items is not None:
            self.agenda_items = AgendaItemChoicesModel(agenda_items, self.tr("— none: not set at an assembly —"), self)
            self.agenda_item = QComboBox()
            self.agenda_item.setModel(self.agenda_items)
            self.agenda_item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.agenda_item.setMinimumContentsLength(AGENDA_ITEM_NAME_LENGTH)
        self.status = None
        if current is not None:
            self.status = QComboBox()
            for status in ActionStatus:
                self.status.addItem(label(status), status)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Task:"), self.text)
        layout.addRow(self.tr("&Assignee:"), self.assignee)
        layout.addRow(self.has_due_date, self.due_on)
        if self.agenda_item is not None:
            layout.addRow(self.tr("Set at &agenda item:"), self.agenda_item)
        if self.status is not None:
            layout.addRow(self.tr("&Status:"), self.status)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        if current is not None:
            self._show(current)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(520, 320)

    def _show(self, current: ActionItemForm) -> None:
        self.text.setPlainText(current.text)
        self.assignee.setCurrentIndex(self.members.row_of(current.assignee_id))
        if current.due_on is not None:
            self.has_due_date.setChecked(True)
            self.due_on.setDate(QDate(current.due_on.year, current.due_on.month, current.due_on.day))
        if self.agenda_item is not None:
            self.agenda_item.setCurrentIndex(self.agenda_items.row_of(current.agenda_item_id))
        self.status.setCurrentIndex(self.status.findData(current.status))

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
            agenda_item_id=self.agenda_items.item_id(self.agenda_item.currentIndex()) if self.agenda_item else None,
            status=ActionStatus(self.status.currentData()) if self.status is not None else ActionStatus.open,
        )

    @classmethod
    def get_action(
        cls,
        parent: QWidget | None,
        members: list[MemberChoice],
        today: date,
        *,
        agenda_items: list[AgendaItemChoice] | None = None,
    ) -> tuple[ActionItemForm | None, bool]:
        """A new action item; ``agenda_items`` given: the user may choose one of them, or none."""
        dialog = cls(members, today, parent, agenda_items=agenda_items)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else None), accepted

    @classmethod
    def get_changed_action(
        cls,
        parent: QWidget | None,
        current: ActionItemForm,
        members: list[MemberChoice],
        agenda_items: list[AgendaItemChoice],
        today: date,
    ) -> tuple[ActionItemForm | None, bool]:
        dialog = cls(members, today, parent, agenda_items=agenda_items, current=current)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else None), accepted

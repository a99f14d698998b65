"""A demand's wording (title, text, category, priority, to whom) and its follow-up
(to whom, presented when, the deadline given, the response)."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from committee_app.labels import label, priority_label
from committee_app.services.demands import TITLE_LENGTH
from committee_app.services.fields import LONG_TEXT_LENGTH
from committee_app.vocabulary import DemandCategory, DemandPriority

from ..models.assembly_formatting import short_date
from .day_field import DayField
from .inline_problem import problem_label, show_problem

DEFAULT_PRIORITY = DemandPriority.normal.value


@dataclass(frozen=True)
class DemandWording:
    title: str
    text: str = ""
    category: DemandCategory = DemandCategory.other
    priority: int = DEFAULT_PRIORITY
    addressed_to: str = ""


@dataclass(frozen=True)
class NewDemand:
    """A demand as first written down, with the day it was proposed (its history starts then)."""

    wording: DemandWording
    proposed_on: date


@dataclass(frozen=True)
class FollowUp:
    addressed_to: str = ""
    presented_on: date | None = None
    deadline: date | None = None
    response: str = ""


def title_label(title: str) -> QLabel:
    """The demand's title over a dialog's fields, shown as typed (never as rich text)."""
    shown = QLabel(title)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    shown.setStyleSheet("font-weight: bold;")
    return shown


def long_text_field() -> QPlainTextEdit:
    field = QPlainTextEdit()
    # Tab moves on to the next field, as everywhere else in the form.
    field.setTabChangesFocus(True)
    return field


def wording_problem(title: str, text: str) -> str:
    """Why a demand so worded cannot be saved yet, or "" when it can (shared by every dialog
    that writes a demand)."""
    if not title.strip():
        return QCoreApplication.translate("DemandDialog", "Write the demand in a few words.")
    length = len(text.strip())
    if length > LONG_TEXT_LENGTH:
        return QCoreApplication.translate("DemandDialog", "The text is too long: {length} characters, at most {limit}.").format(
            length=length, limit=LONG_TEXT_LENGTH
        )
    return ""


def priority_choice(current: int) -> QComboBox:
    """The named levels of priority, highest first; a number an older store holds outside them
    is offered too, so that editing the wording does not change it."""
    levels = sorted({level.value for level in DemandPriority} | {current})
    choice = QComboBox()
    for level in levels:
        choice.addItem(priority_label(level), level)
    choice.setCurrentIndex(levels.index(current))
    return choice


class DemandDialog(QDialog):
    def __init__(self, current: DemandWording, *, new: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New demand") if new else self.tr("Edit demand"))
        self.title = QLineEdit(current.title)
        self.title.setMaxLength(TITLE_LENGTH)
        self.text = long_text_field()
        self.text.setPlainText(current.text)
        self.category = QComboBox()
        for category in DemandCategory:
            self.category.addItem(label(category), category)
        self.category.setCurrentIndex(self.category.findData(current.category))
        self.priority = priority_choice(current.priority)
        self.priority.setToolTip(self.tr("Demands of high priority come first in the list and on paper."))
        self.addressed_to = QLineEdit(current.addressed_to)
        self.addressed_to.setMaxLength(TITLE_LENGTH)
        self.addressed_to.setPlaceholderText(self.tr("The employer, the akimat, a ministry…"))
        # Only a new demand is dated: the day it was proposed starts its history.
        self.proposed_on = DayField(QDate.currentDate()) if new else None
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Demand:"), self.title)
        layout.addRow(self.tr("&Text:"), self.text)
        layout.addRow(self.tr("&Category:"), self.category)
        layout.addRow(self.tr("&Priority:"), self.priority)
        layout.addRow(self.tr("&Addressed to:"), self.addressed_to)
        if self.proposed_on is not None:
            self.proposed_on.setToolTip(self.tr("The day the demand was put forward, which may be before today."))
            layout.addRow(self.tr("Proposed &on:"), self.proposed_on)
            self.proposed_on.dateChanged.connect(self._check)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.title.textChanged.connect(self._check)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(560, 420)

    def problem_text(self) -> str:
        """Why the demand cannot be saved yet, or "" when it can."""
        if self.proposed_on is not None and self.proposed_on.date().toPython() > date.today():
            return self.tr("The date cannot be in the future: today is {today}.").format(today=short_date(date.today()))
        return wording_problem(self.title.text(), self.text.toPlainText())

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def wording(self) -> DemandWording:
        return DemandWording(
            title=self.title.text().strip(),
            text=self.text.toPlainText().strip(),
            # Qt hands a StrEnum back as a plain str.
            category=DemandCategory(self.category.currentData()),
            priority=self.priority.currentData(),
            addressed_to=self.addressed_to.text().strip(),
        )

    def new_demand(self) -> NewDemand:
        proposed_on = self.proposed_on.date().toPython() if self.proposed_on is not None else date.today()
        return NewDemand(self.wording(), proposed_on)

    @classmethod
    def get_new_demand(cls, parent: QWidget | None) -> tuple[NewDemand, bool]:
        dialog = cls(DemandWording(title=""), new=True, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.new_demand(), accepted

    @classmethod
    def get_demand_wording(cls, parent: QWidget | None, current: DemandWording) -> tuple[DemandWording, bool]:
        dialog = cls(current, new=False, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.wording(), accepted


class OptionalDate:
    """A date that may be left unset: a check box (the row's label) turns the date field on."""

    def __init__(self, check_box: QCheckBox, initial: date | None):
        self.check_box = check_box
        self.edit = DayField(QDate.currentDate() if initial is None else QDate(initial.year, initial.month, initial.day))
        self.check_box.setChecked(initial is not None)
        self.edit.setEnabled(initial is not None)
        self.check_box.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check_box.isChecked() else None


class FollowUpDialog(QDialog):
    def __init__(self, title: str, current: FollowUp, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up of the demand"))
        heading = title_label(title)
        self.addressed_to = QLineEdit(current.addressed_to)
        self.addressed_to.setMaxLength(TITLE_LENGTH)
        self.addressed_to.setPlaceholderText(self.tr("The employer, the akimat, a ministry…"))
        self.presented_on = OptionalDate(QCheckBox(self.tr("&Presented on:")), current.presented_on)
        self.deadline = OptionalDate(QCheckBox(self.tr("&Deadline given:")), current.deadline)
        self.deadline.check_box.setToolTip(self.tr("The date by which an answer was demanded, as in an ultimatum."))
        self.response = long_text_field()
        self.response.setPlainText(current.response)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(heading)
        layout.addRow(self.tr("&Addressed to:"), self.addressed_to)
        layout.addRow(self.presented_on.check_box, self.presented_on.edit)
        layout.addRow(self.deadline.check_box, self.deadline.edit)
        layout.addRow(self.tr("&Response:"), self.response)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        for signal in (
            self.presented_on.check_box.toggled,
            self.presented_on.edit.dateChanged,
            self.deadline.check_box.toggled,
            self.deadline.edit.dateChanged,
            self.response.textChanged,
        ):
            signal.connect(self._check)
        self._check()
        self.resize(520, 380)

    def problem_text(self) -> str:
        presented_on, deadline = self.presented_on.value(), self.deadline.value()
        if presented_on is not None and deadline is not None and deadline < presented_on:
            return self.tr("The deadline cannot be before the day the demand was presented.")
        length = len(self.response.toPlainText().strip())
        if length > LONG_TEXT_LENGTH:
            return self.tr("The response is too long: {length} characters, at most {limit}.").format(
                length=length, limit=LONG_TEXT_LENGTH
            )
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def follow_up(self) -> FollowUp:
        return FollowUp(
            addressed_to=self.addressed_to.text().strip(),
            presented_on=self.presented_on.value(),
            deadline=self.deadline.value(),
            response=self.response.toPlainText().strip(),
        )

    @classmethod
    def get_follow_up(cls, parent: QWidget | None, title: str, current: FollowUp) -> tuple[FollowUp, bool]:
        dialog = cls(title, current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.follow_up(), accepted

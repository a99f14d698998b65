"""An election's settings: what is elected and to which body, how many seats, who is elected
(most votes, or more than half of those registered), how the votes are cast, the counting
commission of a secret ballot, and the term of the mandates it gives."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from committee_app.labels import label
from committee_app.models import Election
from committee_app.rules import ELECTION_SEATS_LIMIT
from committee_app.services.fields import NAME_LENGTH
from committee_app.vocabulary import BallotKind, ElectionQuota

from ..models.assembly_formatting import date_format
from .day_field import TypedDateEdit
from .inline_problem import problem_label, show_problem


@dataclass(frozen=True)
class ElectionSettings:
    office: str
    body: str
    seats: int
    quota: ElectionQuota
    ballot_kind: BallotKind
    counting_commission: str
    mandate_from: date | None
    mandate_until: date | None

    @classmethod
    def of(cls, election: Election) -> "ElectionSettings":
        return cls(
            election.office,
            election.body,
            election.seats,
            ElectionQuota(election.quota),
            BallotKind(election.ballot_kind),
            election.counting_commission,
            election.mandate_from,
            election.mandate_until,
        )

    def fields(self) -> dict:
        return {
            "office": self.office,
            "body": self.body,
            "seats": self.seats,
            "quota": self.quota,
            "ballot_kind": self.ballot_kind,
            "counting_commission": self.counting_commission,
            "mandate_from": self.mandate_from,
            "mandate_until": self.mandate_until,
        }


class ElectionSettingsDialog(QDialog):
    def __init__(self, current: ElectionSettings | None, assembly_day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New election") if current is None else self.tr("Election settings"))
        self.office = QLineEdit()
        self.office.setMaxLength(NAME_LENGTH)
        self.office.setPlaceholderText(self.tr("For example: delegate to the council of workers' committees"))
        self.body = QLineEdit()
        self.body.setMaxLength(NAME_LENGTH)
        self.body.setPlaceholderText(self.tr("For example: the council of workers' committees of Mangistau"))
        self.seats = QSpinBox(minimum=1, maximum=ELECTION_SEATS_LIMIT)
        self.quota = QComboBox()
        for quota in ElectionQuota:
            self.quota.addItem(label(quota), quota)
        self.ballot_kind = QComboBox()
        for kind in BallotKind:
            self.ballot_kind.addItem(label(kind), kind)
        self.commission = QPlainTextEdit()
        self.commission.setTabChangesFocus(True)
        self.commission.setPlaceholderText(self.tr("One name a line, the chair first"))
        self.commission.setMaximumHeight(90)
        day = QDate(assembly_day.year, assembly_day.month, assembly_day.day)
        self.has_start = QCheckBox(self.tr("Mandates &from:"))
        self.mandate_from = self._day_field(day)
        self.has_start.toggled.connect(self.mandate_from.setEnabled)
        self.has_end = QCheckBox(self.tr("Mandates &until:"))
        self.mandate_until = self._day_field(day.addYears(1))
        self.has_end.toggled.connect(self.mandate_until.setEnabled)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Office elected:"), self.office)
        layout.addRow(self.tr("&Body of the mandate:"), self.body)
        layout.addRow(self.tr("&Seats:"), self.seats)
        layout.addRow(self.tr("&Who is elected:"), self.quota)
        layout.addRow(self.tr("How the &votes are cast:"), self.ballot_kind)
        layout.addRow(self.tr("&Counting commission:"), self.commission)
        layout.addRow(self.has_start, self.mandate_from)
        layout.addRow(self.has_end, self.mandate_until)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        if current is not None:
            self._show(current)
        for field in (self.office, self.body):
            field.textChanged.connect(self._check)
        for box in (self.has_start, self.has_end):
            box.toggled.connect(self._check)
        self.mandate_from.dateChanged.connect(self._check)
        self.mandate_until.dateChanged.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    def _day_field(self, day: QDate) -> TypedDateEdit:
        field = TypedDateEdit(day)
        field.setCalendarPopup(True)
        field.setDisplayFormat(date_format())
        field.setEnabled(False)
        return field

    def _show(self, current: ElectionSettings) -> None:
        self.office.setText(current.office)
        self.body.setText(current.body)
        self.seats.setValue(current.seats)
        self.quota.setCurrentIndex(self.quota.findData(current.quota))
        self.ballot_kind.setCurrentIndex(self.ballot_kind.findData(current.ballot_kind))
        self.commission.setPlainText(current.counting_commission)
        for box, field, day in (
            (self.has_start, self.mandate_from, current.mandate_from),
            (self.has_end, self.mandate_until, current.mandate_until),
        ):
            if day is not None:
                box.setChecked(True)
                field.setDate(QDate(day.year, day.month, day.day))

    def problem_text(self) -> str:
        if not self.office.text().strip():
            return self.tr("Write what is elected, for example a delegate to the council.")
        if not self.body.text().strip():
            return self.tr("Write the body the mandates are to.")
        settings = self.settings()
        if settings.mandate_from and settings.mandate_until and settings.mandate_until < settings.mandate_from:
            return self.tr("The mandates cannot end before they begin.")
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def settings(self) -> ElectionSettings:
        return ElectionSettings(
            office=" ".join(self.office.text().split()),
            body=" ".join(self.body.text().split()),
            seats=self.seats.value(),
            quota=ElectionQuota(self.quota.currentData()),
            ballot_kind=BallotKind(self.ballot_kind.currentData()),
            counting_commission=self.commission.toPlainText().strip(),
            mandate_from=self.mandate_from.date().toPython() if self.has_start.isChecked() else None,
            mandate_until=self.mandate_until.date().toPython() if self.has_end.isChecked() else None,
        )

    @classmethod
    def get_settings(
        cls, parent: QWidget | None, current: ElectionSettings | None, assembly_day: date
    ) -> tuple[ElectionSettings | None, bool]:
        dialog = cls(current, assembly_day, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.settings() if accepted else None), accepted

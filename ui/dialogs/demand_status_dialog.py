"""Change a demand's status: only the changes the rules allow are offered, the natural next
step first; with the day it happened, a note for the history and, when adopting, the vote that
carried it. A final status is asked about before it is recorded."""

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from committee_app import rules
from committee_app.labels import label
from committee_app.services.demands import VoteSummary
from committee_app.vocabulary import DemandStatus

from .. import confirm
from ..models.assembly_formatting import short_date, vote_summary_text
from .day_field import DayField
from .demand_dialog import long_text_field, title_label
from .inline_problem import problem_label, show_problem

# Item data of the vote choice "adopted without a recorded vote" (vote ids start at 1).
WITHOUT_VOTE = 0


@dataclass(frozen=True)
class StatusChange:
    status: DemandStatus
    note: str = ""
    vote_id: int | None = None
    on: date = field(default_factory=date.today)


class DemandStatusDialog(QDialog):
    def __init__(
        self,
        title: str,
        current: DemandStatus,
        votes: list[VoteSummary],
        parent: QWidget | None = None,
        *,
        earliest: date | None = None,
    ):
        """``earliest``: the day of the demand's last change; the new one cannot be dated before it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the demand's status"))
        self._title = title
        self._earliest = earliest
        heading = title_label(title)
        self.status = QComboBox()
        for status in rules.demand_status_choices(current):
            self.status.addItem(label(status), status)
        self.on = DayField(QDate.currentDate())
        self.on.setToolTip(self.tr("The day it happened, which may be before today."))
        self.on_label = QLabel()
        self.on_label.setBuddy(self.on)
        self.vote = QComboBox()
        self.vote.addItem(self.tr("Choose the vote that adopted it…"), None)
        for vote in votes:
            self.vote.addItem(self.vote_text(vote), vote.vote_id)
        self.vote.addItem(self.tr("Adopted without a recorded vote"), WITHOUT_VOTE)
        self.no_votes_hint = QLabel(
            self.tr("No carried vote is recorded yet. Record the vote in its assembly first, or adopt without one.")
        )
        self.no_votes_hint.setWordWrap(True)
        self.note = long_text_field()
        self.note.setPlaceholderText(self.tr("Why, who decided, what was said: kept in the demand's history."))
        self.final_warning = QLabel()
        self.final_warning.setWordWrap(True)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(heading)
        self.form.addRow(self.tr("Status now:"), QLabel(label(current)))
        self.form.addRow(self.tr("&New status:"), self.status)
        self.form.addRow(self.on_label, self.on)
        self.form.addRow(self.tr("Adopted by &vote:"), self.vote)
        self.form.addRow(self.no_votes_hint)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.form.addRow(self.final_warning)
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)
        self._has_votes = bool(votes)
        self._vote_days = {vote.vote_id: vote.assembly_date for vote in votes}
        self.status.currentIndexChanged.connect(self._update)
        self.vote.currentIndexChanged.connect(self._date_by_vote)
        self.vote.currentIndexChanged.connect(self._update)
        self.on.dateChanged.connect(self._update)
        self._update()
        self.resize(560, 400)

    def vote_text(self, vote: VoteSummary) -> str:
        return vote_summary_text(vote)

    def chosen_status(self) -> DemandStatus:
        # Qt hands a StrEnum back as a plain str.
        return DemandStatus(self.status.currentData())

    def chosen_day(self) -> date:
        return self.on.date().toPython()

    def problem_text(self) -> str:
        if self.chosen_status() == DemandStatus.adopted and self.vote.currentData() is None:
            return self.tr("Choose the vote that adopted the demand, or “Adopted without a recorded vote”.")
        if self.chosen_day() > date.today():
            return self.tr("The date cannot be in the future: today is {today}.").format(today=short_date(date.today()))
        if self._earliest is not None and self.chosen_day() < self._earliest:
            return self.tr("The date cannot be before the demand's last change, on {date}.").format(
                date=short_date(self._earliest)
            )
        return ""

    def _date_by_vote(self) -> None:
        """A demand adopted by a vote was adopted on the day of that assembly."""
        day = self._vote_days.get(self.vote.currentData())
        if day is not None:
            self.on.setDate(QDate(day.year, day.month, day.day))

    def _update(self) -> None:
        status = self.chosen_status()
        adopting = status == DemandStatus.adopted
        self.form.setRowVisible(self.vote, adopting)
        self.no_votes_hint.setVisible(adopting and not self._has_votes)
        # Presenting is dated by the day the demand was handed over: the follow-up keeps that day too.
        self.on_label.setText(self.tr("&Presented on:") if status == DemandStatus.presented else self.tr("&Date:"))
        final = rules.is_final_demand_status(status)
        self.final_warning.setText(
            self.tr("“{status}” is final: the demand's status cannot change after this.").format(status=label(status))
            if final
            else ""
        )
        self.final_warning.setVisible(final)
        show_problem(self.problem, self.buttons, self.problem_text())

    def accept(self) -> None:
        if self.problem_text():
            return
        status = self.chosen_status()
        if rules.is_final_demand_status(status):
            question = self.tr(
                "Mark “{title}” as {status}? This cannot be undone: after it, the demand's status cannot change."
            ).format(title=self._title, status=rules.demand_status_label(status))
            if not confirm.ask(self, self.tr("Final status"), question):
                return
        super().accept()

    def change(self) -> StatusChange:
        status = self.chosen_status()
        vote_id = self.vote.currentData() if status == DemandStatus.adopted else None
        return StatusChange(
            status=status,
            note=self.note.toPlainText().strip(),
            vote_id=None if vote_id == WITHOUT_VOTE else vote_id,
            on=self.chosen_day(),
        )

    @classmethod
    def get_status_change(
        cls,
        parent: QWidget | None,
        title: str,
        current: DemandStatus,
        votes: list[VoteSummary],
        *,
        earliest: date | None = None,
    ) -> tuple[StatusChange, bool]:
        """Only for a demand whose status can still change (see ``rules.allowed_demand_transitions``)."""
        dialog = cls(title, current, votes, parent, earliest=earliest)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.change(), accepted

"""Change a demand's status: only the changes the rules allow are offered, with a note for the
history and, when adopting, the vote that carried it."""

from dataclasses import dataclass

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

from ..models.assembly_formatting import short_date
from .demand_dialog import long_text_field, title_label
from .inline_problem import problem_label, show_problem

# Item data of the vote choice "adopted without a recorded vote" (vote ids start at 1).
WITHOUT_VOTE = 0


@dataclass(frozen=True)
class StatusChange:
    status: DemandStatus
    note: str = ""
    vote_id: int | None = None


class DemandStatusDialog(QDialog):
    def __init__(self, title: str, current: DemandStatus, votes: list[VoteSummary], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the demand's status"))
        heading = title_label(title)
        self.status = QComboBox()
        allowed = rules.allowed_demand_transitions(current)
        for status in DemandStatus:
            if status in allowed:
                self.status.addItem(label(status), status)
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
        self.form.addRow(self.tr("Adopted by &vote:"), self.vote)
        self.form.addRow(self.no_votes_hint)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.form.addRow(self.final_warning)
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)
        self._has_votes = bool(votes)
        self.status.currentIndexChanged.connect(self._update)
        self.vote.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(560, 360)

    def vote_text(self, vote: VoteSummary) -> str:
        counts = "{votes_for}–{votes_against}–{votes_abstain}".format(
            votes_for=vote.votes_for, votes_against=vote.votes_against, votes_abstain=vote.votes_abstain
        )
        if vote.assembly_date is None:
            return self.tr("No. {number}: {question} ({counts})").format(
                number=vote.assembly_number, question=vote.question, counts=counts
            )
        return self.tr("No. {number}, {date}: {question} ({counts})").format(
            number=vote.assembly_number, date=short_date(vote.assembly_date), question=vote.question, counts=counts
        )

    def chosen_status(self) -> DemandStatus:
        # Qt hands a StrEnum back as a plain str.
        return DemandStatus(self.status.currentData())

    def problem_text(self) -> str:
        if self.chosen_status() == DemandStatus.adopted and self.vote.currentData() is None:
            return self.tr("Choose the vote that adopted the demand, or “Adopted without a recorded vote”.")
        return ""

    def _update(self) -> None:
        adopting = self.chosen_status() == DemandStatus.adopted
        self.form.setRowVisible(self.vote, adopting)
        self.no_votes_hint.setVisible(adopting and not self._has_votes)
        final = not rules.allowed_demand_transitions(self.chosen_status())
        self.final_warning.setText(
            self.tr("“{status}” is final: the demand's status cannot change after this.").format(
                status=label(self.chosen_status())
            )
            if final
            else ""
        )
        self.final_warning.setVisible(final)
        show_problem(self.problem, self.buttons, self.problem_text())

    def change(self) -> StatusChange:
        status = self.chosen_status()
        vote_id = self.vote.currentData() if status == DemandStatus.adopted else None
        return StatusChange(
            status=status,
            note=self.note.toPlainText().strip(),
            vote_id=None if vote_id == WITHOUT_VOTE else vote_id,
        )

    @classmethod
    def get_status_change(
        cls, parent: QWidget | None, title: str, current: DemandStatus, votes: list[VoteSummary]
    ) -> tuple[StatusChange, bool]:
        """Only for a demand whose status can still change (see ``rules.allowed_demand_transitions``)."""
        dialog = cls(title, current, votes, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.change(), accepted

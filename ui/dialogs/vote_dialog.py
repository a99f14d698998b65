"""Recording a vote (the question, the counts, the majority rule, with the outcome shown as
it is typed), and writing the demand a carried vote adopts."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from committee_app import rules
from committee_app.errors import UserError
from committee_app.labels import label
from committee_app.services.assemblies import Hall
from committee_app.services.demands import TITLE_LENGTH as DEMAND_TITLE_LENGTH
from committee_app.vocabulary import DemandCategory, MajorityRule, VoteOutcome

from ..models.assembly_formatting import grouped
from ..models.votes_model import OUTCOME_COLOURS
from ..text_labels import plain_label
from .demand_dialog import wording_problem
from .inline_problem import problem_label, show_problem

QUESTION_LENGTH = 1000
# Far above any hall; the real limit is the number registered, checked by the rules.
MOST_VOTES = 1_000_000


@dataclass(frozen=True)
class VoteForm:
    question: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    majority_rule: MajorityRule


class VoteDialog(QDialog):
    def __init__(self, hall: Hall, question: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a vote"))
        self._hall = hall
        self.question = QLineEdit(question)
        self.question.setMaxLength(QUESTION_LENGTH)
        self.votes_for = QSpinBox(minimum=0, maximum=MOST_VOTES)
        self.votes_against = QSpinBox(minimum=0, maximum=MOST_VOTES)
        self.votes_abstain = QSpinBox(minimum=0, maximum=MOST_VOTES)
        self.rule = QComboBox()
        for rule in MajorityRule:
            self.rule.addItem(label(rule), rule)
        self.present_note = QLabel(
            self.tr("Registered: {registered} ({members} members present, {others} others); entitled: {entitled}").format(
                registered=grouped(hall.registered),
                members=grouped(hall.members_present),
                others=grouped(hall.others),
                entitled=grouped(hall.entitled),
            )
        )
        self.present_note.setWordWrap(True)
        self.outcome = QLabel()
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Question:"), self.question)
        layout.addRow(self.tr("&For:"), self.votes_for)
        layout.addRow(self.tr("&Against:"), self.votes_against)
        layout.addRow(self.tr("A&bstained:"), self.votes_abstain)
        layout.addRow(self.tr("&Rule:"), self.rule)
        layout.addRow(self.present_note)
        layout.addRow(self.tr("Outcome:"), self.outcome)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.question.textChanged.connect(self._check)
        for box in (self.votes_for, self.votes_against, self.votes_abstain):
            box.valueChanged.connect(self._check)
        self.rule.currentIndexChanged.connect(self._check)
        self._check()
        self.resize(480, self.sizeHint().height())

    def preview(self) -> tuple[VoteOutcome | None, str]:
        """The outcome these counts give, or the rule's refusal."""
        try:
            outcome = rules.vote_outcome(
                self.votes_for.value(),
                self.votes_against.value(),
                self.votes_abstain.value(),
                self.rule.currentData(),
                self._hall.registered,
                self._hall.entitled,
            )
        except UserError as error:
            return None, str(error)
        return outcome, ""

    def _check(self) -> None:
        outcome, refusal = self.preview()
        if outcome is None:
            self.outcome.setText("—")
            self.outcome.setStyleSheet("")
        else:
            self.outcome.setText(label(outcome))
            self.outcome.setStyleSheet(f"color: {OUTCOME_COLOURS[outcome].name()}; font-weight: bold;")
        problem = refusal or ("" if self.question.text().strip() else self.tr("Write the question put to the vote."))
        show_problem(self.problem, self.buttons, problem)

    def form(self) -> VoteForm:
        return VoteForm(
            question=self.question.text().strip(),
            votes_for=self.votes_for.value(),
            votes_against=self.votes_against.value(),
            votes_abstain=self.votes_abstain.value(),
            majority_rule=self.rule.currentData(),
        )

    @classmethod
    def get_vote(cls, parent: QWidget | None, hall: Hall, question: str = "") -> tuple[VoteForm | None, bool]:
        dialog = cls(hall, question, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else None), accepted


@dataclass(frozen=True)
class DemandForm:
    title: str
    text: str
    category: DemandCategory


class AdoptDemandDialog(QDialog):
    """The demand a carried vote adopts: it is written and adopted in one go."""

    def __init__(self, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adopt a demand"))
        source = plain_label(self.tr("Adopted by the vote: {question}").format(question=question))
        source.setWordWrap(True)
        # The question put to the vote usually words the demand already; the user edits it from there.
        self.title = QLineEdit(self.title_from(question))
        self.title.setMaxLength(DEMAND_TITLE_LENGTH)
        # Its beginning in view, where a long question's words start.
        self.title.setCursorPosition(0)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.category = QComboBox()
        for category in DemandCategory:
            self.category.addItem(label(category), category)
        self.category.setCurrentIndex(self.category.findData(DemandCategory.other))
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(source)
        layout.addRow(self.tr("&Demand:"), self.title)
        layout.addRow(self.tr("&Text:"), self.text)
        layout.addRow(self.tr("&Category:"), self.category)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.title.textChanged.connect(self._check)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(520, 360)

    @staticmethod
    def title_from(question: str) -> str:
        """A demand's title out of the question it was voted as: the same words, without the
        question mark ("Повысить ставки на 30%?" gives "Повысить ставки на 30%")."""
        return question.strip().rstrip("? ")[:DEMAND_TITLE_LENGTH]

    def problem_text(self) -> str:
        return wording_problem(self.title.text(), self.text.toPlainText())

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def form(self) -> DemandForm:
        return DemandForm(self.title.text().strip(), self.text.toPlainText().strip(), self.category.currentData())

    @classmethod
    def get_demand(cls, parent: QWidget | None, question: str) -> tuple[DemandForm | None, bool]:
        dialog = cls(question, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else None), accepted

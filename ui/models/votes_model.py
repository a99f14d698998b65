"""The votes on one agenda item, with their outcome and the demands they adopted."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from committee_app.labels import label
from committee_app.models import Vote
from committee_app.vocabulary import MajorityRule, VoteOutcome

Index = QModelIndex | QPersistentModelIndex
OUTCOME_COLOURS = {VoteOutcome.carried: QColor("#1b5e20"), VoteOutcome.failed: QColor("#b71c1c")}


class VotesModel(QAbstractTableModel):
    QUESTION, FOR, AGAINST, ABSTAINED, RULE, OUTCOME, DEMANDS = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._votes: list[Vote] = []
        self._demands: dict[int, list[str]] = {}

    def set_votes(self, votes: list[Vote], demands: dict[int, list[str]]) -> None:
        """``demands``: vote id → titles of the demands it adopted."""
        self.beginResetModel()
        self._votes = list(votes)
        self._demands = dict(demands)
        self.endResetModel()

    def clear(self) -> None:
        self.set_votes([], {})

    def vote(self, row: int) -> Vote:
        return self._votes[row]

    def row_of(self, vote_id: int) -> int | None:
        return next((row for row, each in enumerate(self._votes) if each.id == vote_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._votes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        vote = self._votes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == self.RULE:
            return self.short_rule(vote.majority_rule)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                vote.question,
                str(vote.votes_for),
                str(vote.votes_against),
                str(vote.votes_abstain),
                label(vote.majority_rule),
                label(vote.outcome),
                "; ".join(self._demands.get(vote.id, [])),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME:
            return OUTCOME_COLOURS[vote.outcome]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.FOR, self.AGAINST, self.ABSTAINED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def short_rule(self, rule: MajorityRule) -> str:
        """The rule in a word, for a narrow column; the tooltip has it in full."""
        return {
            MajorityRule.simple: self.tr("Simple"),
            MajorityRule.absolute: self.tr("Absolute"),
            MajorityRule.two_thirds: self.tr("Two thirds"),
            MajorityRule.registered_majority: self.tr("Of registered"),
        }[rule]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Question"),
            self.tr("For"),
            self.tr("Against"),
            self.tr("Abstained"),
            self.tr("Rule"),
            self.tr("Outcome"),
            self.tr("Demands adopted"),
        )[section]

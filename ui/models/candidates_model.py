"""An election's candidates in ballot order, their votes (typed into the table as the
counting commission reads them out) and whether each is elected or tied."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from committee_app.services.elections import CandidateResult

Index = QModelIndex | QPersistentModelIndex


class CandidatesModel(QAbstractTableModel):
    NUMBER, NAME, VOTES, RESULT = range(4)
    # A count typed: the candidate's id and the votes (None: erased, not counted yet).
    votes_typed = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[CandidateResult] = []
        self.editable = True

    def set_candidates(self, rows: tuple[CandidateResult, ...] | list[CandidateResult], *, editable: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.editable = editable
        self.endResetModel()

    def clear(self) -> None:
        self.set_candidates([], editable=False)

    def candidate(self, row: int) -> CandidateResult:
        return self._rows[row]

    def row_of(self, candidate_id: int) -> int | None:
        return next((row for row, each in enumerate(self._rows) if each.id == candidate_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def result_text(self, candidate: CandidateResult) -> str:
        if candidate.elected:
            return self.tr("elected")
        if candidate.tied:
            return self.tr("tie")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        candidate = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            votes = "" if candidate.votes is None else str(candidate.votes)
            return (str(candidate.position), candidate.name, votes, self.result_text(candidate))[column]
        if role == Qt.ItemDataRole.EditRole and column == self.VOTES:
            return candidate.votes if candidate.votes is not None else 0
        if role == Qt.ItemDataRole.FontRole and candidate.elected:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT and candidate.tied:
            return Qt.GlobalColor.darkRed
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.VOTES and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.VOTES:
            return False
        # The store says whether the count fits; the table shows what it then holds.
        self.votes_typed.emit(self._rows[index.row()].id, None if value is None or value == "" else int(value))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Candidate"), self.tr("Votes"), self.tr("Result"))[section]

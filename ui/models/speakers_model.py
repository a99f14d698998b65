"""An agenda item's speakers list in the live view: the order, the name, and where each
stands (waiting, speaking, or spoke and for how long)."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from committee_app.services.live import SpeakerRow
from committee_app.vocabulary import SpeakerState

from ..hall_screen import clock_text

Index = QModelIndex | QPersistentModelIndex


def state_text(row: SpeakerRow) -> str:
    if row.state == SpeakerState.speaking:
        return QCoreApplication.translate("SpeakersModel", "speaking")
    if row.state == SpeakerState.spoke:
        if row.spoke_seconds is None:
            return QCoreApplication.translate("SpeakersModel", "spoke")
        return QCoreApplication.translate("SpeakersModel", "spoke {time}").format(time=clock_text(row.spoke_seconds))
    return ""


class SpeakersModel(QAbstractTableModel):
    NUMBER, NAME, STATE = range(3)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SpeakerRow] = []

    def set_rows(self, rows: list[SpeakerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[SpeakerRow]:
        return list(self._rows)

    def speaker(self, row: int) -> SpeakerRow:
        return self._rows[row]

    def row_of(self, speaker_id: int) -> int | None:
        return next((row for row, each in enumerate(self._rows) if each.id == speaker_id), None)

    def on_the_floor(self) -> SpeakerRow | None:
        return next((row for row in self._rows if row.state == SpeakerState.speaking), None)

    def next_waiting(self) -> SpeakerRow | None:
        return next((row for row in self._rows if row.state == SpeakerState.waiting), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        speaker = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(speaker.position), speaker.name, state_text(speaker))[column]
        if role == Qt.ItemDataRole.FontRole and speaker.state == SpeakerState.speaking:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ForegroundRole and speaker.state == SpeakerState.spoke:
            return Qt.GlobalColor.darkGray
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Speaker"), self.tr("Time"))[section]

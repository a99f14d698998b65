"""What the senders' held assemblies resolved (ПОСТАНОВИЛИ), with their halls and votes."""

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from committee_app.services.council import ReceivedResolution

from .assembly_formatting import short_date

Index = QModelIndex | QPersistentModelIndex


class ReceivedResolutionsModel(QAbstractTableModel):
    SENDER, ASSEMBLY, HALL, ITEM, DECIDED, VOTES = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ReceivedResolution] = []

    def set_rows(self, rows: list[ReceivedResolution]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("From"),
            self.tr("Assembly"),
            self.tr("Registered / entitled"),
            self.tr("Item"),
            self.tr("Resolved"),
            self.tr("Voted (for / against / abstained)"),
        )[section]

    def _votes(self, resolution: ReceivedResolution) -> str:
        return "; ".join(f"{votes_for} / {against} / {abstained}" for _question, votes_for, against, abstained, _outcome in resolution.votes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        resolution = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DECIDED and resolution.decided:
            # The whole text as typed: a tooltip that looks like markup is read as markup.
            return "<p style='white-space:pre-wrap'>" + html.escape(resolution.decided) + "</p>"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.SENDER:
            return resolution.sender
        if column == self.ASSEMBLY:
            number = self.tr("No. {number}").format(number=resolution.assembly_number)
            return f"{number}, {short_date(resolution.assembly_date)}" if resolution.assembly_date else number
        if column == self.HALL:
            hall = f"{resolution.registered} / {resolution.entitled}"
            return hall if resolution.quorum_reached else self.tr("{hall}, no quorum").format(hall=hall)
        if column == self.ITEM:
            return resolution.title
        if column == self.DECIDED:
            return " ".join(resolution.decided.split())
        return self._votes(resolution)

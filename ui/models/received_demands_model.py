"""Demands that came in bundles: in a council, the committees' demands side by side with the
common demand each is linked to; in a committee, the council's common demands."""

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from committee_app.labels import label
from committee_app.services.council import ReceivedDemand

from .assembly_formatting import short_date

Index = QModelIndex | QPersistentModelIndex


class ReceivedDemandsModel(QAbstractTableModel):
    SENDER, TITLE, ADOPTED, VOTED, STATUS, DEADLINE, COMMON = range(7)

    def __init__(self, parent: QObject | None = None, *, with_common: bool = True):
        super().__init__(parent)
        self._rows: list[ReceivedDemand] = []
        self.with_common = with_common

    def set_rows(self, rows: list[ReceivedDemand]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def demand(self, row: int) -> ReceivedDemand:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (7 if self.with_common else 6)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("From"),
            self.tr("Demand"),
            self.tr("Adopted"),
            self.tr("Voted (for / against / abstained)"),
            self.tr("Status"),
            self.tr("Deadline"),
            self.tr("Common demand"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        demand = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE and demand.text:
            # As typed: a tooltip that looks like markup is read as markup.
            return "<p style='white-space:pre-wrap'>" + html.escape(demand.text) + "</p>"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.SENDER:
            return demand.sender
        if column == self.TITLE:
            return demand.title
        if column == self.ADOPTED:
            parts = []
            if demand.adopted_at_assembly is not None:
                parts.append(self.tr("No. {number}").format(number=demand.adopted_at_assembly))
            if demand.adopted_on is not None:
                parts.append(short_date(demand.adopted_on))
            return ", ".join(parts)
        if column == self.VOTED:
            if demand.votes_for is None:
                return ""
            return f"{demand.votes_for} / {demand.votes_against} / {demand.votes_abstain}"
        if column == self.STATUS:
            return label(demand.status)
        if column == self.DEADLINE:
            return short_date(demand.deadline) if demand.deadline else ""
        return demand.common_title or ""

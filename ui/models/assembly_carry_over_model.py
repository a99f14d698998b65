"""Agenda items offered for a new agenda, each with a tick: ticked ones are carried over."""

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app.models import AgendaItem

Index = QModelIndex | QPersistentModelIndex


class CarryOverModel(QAbstractListModel):
    def __init__(self, items: list[AgendaItem], parent: QObject | None = None):
        super().__init__(parent)
        self._items = list(items)
        # Offered because they were left unresolved, so carried over unless unticked.
        self._ticked = [True] * len(self._items)

    def ticked_item_ids(self) -> list[int]:
        return [item.id for item, ticked in zip(self._items, self._ticked, strict=True) if ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.details or item.title
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ticked[index.row()] else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

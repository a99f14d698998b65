"""The action items set under one agenda item: task, assignee, due date, status."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app.labels import label
from committee_app.models import ActionItem

from .assembly_formatting import short_date

Index = QModelIndex | QPersistentModelIndex


class AssemblyActionItemsModel(QAbstractTableModel):
    TEXT, ASSIGNEE, DUE_ON, STATUS = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._actions: list[ActionItem] = []
        self._assignees: dict[int, str] = {}

    def set_actions(self, actions: list[ActionItem], assignees: dict[int, str]) -> None:
        """``assignees``: member id → name."""
        self.beginResetModel()
        self._actions = list(actions)
        self._assignees = dict(assignees)
        self.endResetModel()

    def clear(self) -> None:
        self.set_actions([], {})

    def action(self, row: int) -> ActionItem:
        return self._actions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        action = self._actions[index.row()]
        return (
            action.text,
            self._assignees.get(action.assignee_id, "") if action.assignee_id is not None else "",
            short_date(action.due_on),
            label(action.status),
        )[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Task"), self.tr("Assignee"), self.tr("Due"), self.tr("Status"))[section]

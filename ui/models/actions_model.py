"""Action items as a table: overdue ones highlighted, filtered by assignee inside the model."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from committee_app.labels import label
from committee_app.services.actions import ActionRow, is_overdue

from .assembly_formatting import short_date
from .demands_model import PASSED_BACKGROUND, PASSED_FOREGROUND, ROW_ID_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Everyone:
    """The assignee filter that shows every action item."""


EVERYONE = Everyone()
# The assignee filter is EVERYONE, a member's id, or None for the items nobody was assigned.
AssigneeFilter = Everyone | int | None


class ActionsTableModel(QAbstractTableModel):
    TEXT, ASSIGNEE, DUE_ON, ASSEMBLY, STATUS = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._all: list[ActionRow] = []
        self._rows: list[ActionRow] = []
        self._assignee: AssigneeFilter = EVERYONE
        self._today = date.today()

    def set_rows(self, rows: list[ActionRow], today: date) -> None:
        """Rows in the order to show them; the assignee filter stays as it was."""
        self.beginResetModel()
        self._all = list(rows)
        self._today = today
        self._rows = self._filtered()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._all = []
        self._rows = []
        self.endResetModel()

    def show_assignee(self, assignee: AssigneeFilter) -> None:
        self.beginResetModel()
        self._assignee = assignee
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[ActionRow]:
        if self._assignee == EVERYONE:
            return list(self._all)
        return [row for row in self._all if row.assignee_id == self._assignee]

    def assignees(self) -> list[tuple[int, str]]:
        """(id, name) of every member assigned one of the loaded items, by name."""
        named = {row.assignee_id: row.assignee for row in self._all if row.assignee_id is not None}
        return sorted(named.items(), key=lambda pair: (pair[1].casefold(), pair[0]))

    def has_unassigned(self) -> bool:
        return any(row.assignee_id is None for row in self._all)

    def action(self, row: int) -> ActionRow:
        return self._rows[row]

    def is_overdue(self, row: int) -> bool:
        # ActionRow carries the two fields is_overdue reads (status and due_on).
        return is_overdue(self._rows[row], self._today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Task"), self.tr("Assignee"), self.tr("Due"), self.tr("Assembly"), self.tr("Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, index.column())
        if role == ROW_ID_ROLE:
            return action.id
        overdue = self.is_overdue(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self._overdue_text(action)
            return action.text if index.column() == self.TEXT else None
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PASSED_BACKGROUND)
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PASSED_FOREGROUND)
        return None

    def _display(self, action: ActionRow, column: int) -> str:
        if column == self.TEXT:
            # One line per row: the full text is in the tooltip.
            return " ".join(action.text.split())
        if column == self.ASSIGNEE:
            return action.assignee or ""
        if column == self.DUE_ON:
            return short_date(action.due_on)
        if column == self.ASSEMBLY:
            return self.tr("No. {number}").format(number=action.assembly_number) if action.assembly_number else ""
        return label(action.status)

    def _overdue_text(self, action: ActionRow) -> str:
        days = (self._today - action.due_on).days
        if days == 1:
            return self.tr("Overdue since yesterday")
        return self.tr("Overdue by {count} days").format(count=days)

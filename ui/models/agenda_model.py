"""An assembly's agenda: position, title, presenter, planned minutes and planned start.

Rows are reordered by drag and drop or from the keyboard; either way the model asks its
``mover`` (which writes to the store) and follows the order the store returns.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app import rules
from committee_app.models import AgendaItem

from .assembly_formatting import short_time

Index = QModelIndex | QPersistentModelIndex
AGENDA_ITEM_MIME_TYPE = "application/x-committee-desk-agenda-item"
# Moves an item to a 1-based position; returns the renumbered agenda, or None if refused.
Mover = Callable[[int, int], list[AgendaItem] | None]


class AgendaModel(QAbstractTableModel):
    POSITION, TITLE, PRESENTER, MINUTES, START = range(5)

    def __init__(self, mover: Mover, parent: QObject | None = None):
        super().__init__(parent)
        self._mover = mover
        self._items: list[AgendaItem] = []
        self._presenters: dict[int, str] = {}
        self._starts_at: datetime | None = None
        self._starts: list[datetime | None] = []

    def set_agenda(self, items: list[AgendaItem], presenters: dict[int, str], starts_at: datetime | None) -> None:
        """``presenters``: member id → name, for the items presented by a member."""
        self.beginResetModel()
        self._items = list(items)
        self._presenters = dict(presenters)
        self._starts_at = starts_at
        self._recompute_starts()
        self.endResetModel()

    def clear(self) -> None:
        self.set_agenda([], {}, None)

    def replace_item(self, item: AgendaItem) -> None:
        """Show the saved state of one item (its protocol parts, say) without a reload."""
        row = self.row_of(item.id)
        if row is None:
            return
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, each in enumerate(self._items) if each.id == item_id), None)

    def _recompute_starts(self) -> None:
        self._starts = rules.agenda_start_times(self._starts_at, [item.planned_minutes for item in self._items])

    def presenter_text(self, item: AgendaItem) -> str:
        if item.presenter_id is not None:
            return self._presenters.get(item.presenter_id, "")
        return item.presenter_name

    # --- reading ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.POSITION:
                return str(item.position)
            if column == self.TITLE:
                return item.title if role == Qt.ItemDataRole.DisplayRole else item.details or item.title
            if column == self.PRESENTER:
                return self.presenter_text(item)
            if column == self.MINUTES:
                return str(item.planned_minutes)
            return short_time(self._starts[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.POSITION, self.MINUTES, self.START):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Item"), self.tr("Presenter"), self.tr("Min."), self.tr("Starts"))[section]

    # --- reordering --------------------------------------------------------------------

    def move_row(self, row: int, target_row: int) -> bool:
        """Move the item at ``row`` so that it ends up at ``target_row`` (both 0-based)."""
        if not 0 <= row < len(self._items):
            return False
        target_row = max(0, min(target_row, len(self._items) - 1))
        if target_row == row:
            return False
        renumbered = self._mover(self._items[row].id, target_row + 1)
        if renumbered is None:
            return False
        # Qt counts the destination before the move: below the row, one further down.
        destination = target_row + 1 if target_row > row else target_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items = list(renumbered)
        self._recompute_starts()
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_ITEM_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(AGENDA_ITEM_MIME_TYPE, QByteArray(str(self._items[rows[0]].id).encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged_row(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        source = self._dragged_row(data)
        if source is None:
            return False
        # Dropped on an item: before it; between items: at ``row``; below the last: at the end.
        before = parent.row() if parent.isValid() else row if row >= 0 else len(self._items)
        target = before - 1 if before > source else before
        return self.move_row(source, target)

    def _dragged_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(AGENDA_ITEM_MIME_TYPE):
            return None
        text = bytes(data.data(AGENDA_ITEM_MIME_TYPE).data()).decode("ascii", "replace")
        return self.row_of(int(text)) if text.isdigit() else None

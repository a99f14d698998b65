"""The attendance checklist: one row per member, ticked when present.

Ticking asks the model's ``writer`` to record the presence first; the row changes only
once the store has it.
"""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from committee_app.labels import label
from committee_app.services.assemblies import AttendanceRow
from committee_app.vocabulary import Presence

Index = QModelIndex | QPersistentModelIndex
# Records a presence (None: not marked) for member ids; returns whether it was saved.
PresenceWriter = Callable[[list[int], Presence | None], bool]
UNMARKED_COLOUR = QColor("#757575")


class AttendanceModel(QAbstractTableModel):
    NAME, WORKPLACE, PRESENCE = range(3)

    def __init__(self, writer: PresenceWriter, parent: QObject | None = None):
        super().__init__(parent)
        self._writer = writer
        self._rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def member_ids(self, rows: list[int] | None = None) -> list[int]:
        """The members of ``rows`` (all rows shown if None)."""
        chosen = range(len(self._rows)) if rows is None else rows
        return [self._rows[row].member_id for row in chosen]

    def row(self, row: int) -> AttendanceRow:
        return self._rows[row]

    def record(self, member_ids: list[int], presence: Presence | None) -> bool:
        """Write ``presence`` for these members, then show it."""
        if not member_ids or not self._writer(member_ids, presence):
            return False
        self.show_presence(set(member_ids), presence)
        return True

    def show_presence(self, member_ids: set[int], presence: Presence | None) -> None:
        changed = [row for row, each in enumerate(self._rows) if each.member_id in member_ids]
        for row in changed:
            self._rows[row] = replace(self._rows[row], presence=presence)
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))

    def toggle(self, rows: list[int]) -> bool:
        """Present for all of ``rows``, unless all already are: then absent."""
        if not rows:
            return False
        all_present = all(self._rows[row].presence == Presence.present for row in rows)
        return self.record(self.member_ids(rows), Presence.absent if all_present else Presence.present)

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return entry.full_name
            if column == self.WORKPLACE:
                return entry.workplace
            return label(entry.presence) if entry.presence is not None else self.tr("Not marked")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if entry.presence == Presence.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRESENCE and entry.presence is None:
            return UNMARKED_COLOUR
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.record([self._rows[index.row()].member_id], Presence.present if checked else Presence.absent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Member"), self.tr("Workplace"), self.tr("Presence"))[section]

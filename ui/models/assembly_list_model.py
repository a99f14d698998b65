"""The assemblies, newest first: protocol number, date, kind, status and title."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app.labels import label
from committee_app.models import Assembly

from .assembly_formatting import short_date_time

Index = QModelIndex | QPersistentModelIndex


class AssemblyListModel(QAbstractTableModel):
    NUMBER, STARTS_AT, KIND, STATUS, TITLE = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._assemblies: list[Assembly] = []

    def set_assemblies(self, assemblies: list[Assembly]) -> None:
        self.beginResetModel()
        self._assemblies = list(assemblies)
        self.endResetModel()

    def clear(self) -> None:
        self.set_assemblies([])

    def replace(self, assembly: Assembly) -> None:
        """Show the saved state of one assembly without a reload."""
        row = self.row_of(assembly.id)
        if row is not None:
            self._assemblies[row] = assembly
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def assembly(self, row: int) -> Assembly:
        return self._assemblies[row]

    def row_of(self, assembly_id: int) -> int | None:
        return next((row for row, each in enumerate(self._assemblies) if each.id == assembly_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._assemblies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        assembly = self._assemblies[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(assembly.number)
            if column == self.STARTS_AT:
                return short_date_time(assembly.starts_at)
            if column == self.KIND:
                return label(assembly.kind)
            if column == self.STATUS:
                return label(assembly.status)
            return assembly.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Date"), self.tr("Kind"), self.tr("Status"), self.tr("Title"))[section]

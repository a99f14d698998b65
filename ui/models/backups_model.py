"""The backups found in the chosen place, with what each held when this store verified it."""

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app.backup import BackupFile
from committee_app.models import VerifiedBackup

from .assembly_formatting import data_size, local_date_time, short_date_time

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BackupRow:
    file: BackupFile
    verified: VerifiedBackup | None


class BackupsTableModel(QAbstractTableModel):
    MADE, SIZE, CONTENTS, FILE = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[BackupRow] = []

    def set_rows(self, rows: list[BackupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> BackupRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Made"), self.tr("Size"), self.tr("Verified contents"), self.tr("File"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.MADE:
                return short_date_time(row.file.taken_at)
            if index.column() == self.SIZE:
                return data_size(row.file.size)
            if index.column() == self.CONTENTS:
                return self.contents_text(row.verified)
            return row.file.path.name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.file.path)
        return None

    def contents_text(self, verified: VerifiedBackup | None) -> str:
        if verified is None:
            return self.tr("not verified from this laptop")
        return self.tr("{members} members, {assemblies} assemblies, {demands} demands (verified {when})").format(
            members=verified.members,
            assemblies=verified.assemblies,
            demands=verified.demands,
            when=local_date_time(verified.verified_at),
        )

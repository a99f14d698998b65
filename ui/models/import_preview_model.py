"""The rows of a file being imported, as the import would take them: the spreadsheet's row
number, what would happen to the row (new, the same as a member, an error and why), and the
member fields it holds. The preview is a list in memory already; the model only shows it."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from committee_app.exchange.member_import import ImportPreview, PreviewRow, RowStatus
from committee_app.labels import label
from committee_app.services import members
from committee_app.vocabulary import MemberRole, MemberStatus

from .assembly_formatting import short_date

Index = QModelIndex | QPersistentModelIndex
ERROR_COLOUR = QColor("#b00020")
SAME_COLOUR = QColor("#5f6368")


class ImportPreviewModel(QAbstractTableModel):
    ROW, STATUS, NOTE = range(3)
    FIRST_FIELD = 3

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []
        self._labels = members.field_labels()

    def set_preview(self, preview: ImportPreview | None) -> None:
        """Show ``preview``'s rows, with a column for each member field some column of the file fills."""
        self.beginResetModel()
        if preview is None:
            self._rows, self._fields = [], []
        else:
            self._rows = list(preview.rows)
            targets = {target for target in preview.mapping.values() if target is not None}
            self._fields = [name for name in members.EDITABLE_FIELDS if name in targets or name == "full_name"]
        self.endResetModel()

    def fields(self) -> list[str]:
        return list(self._fields)

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIRST_FIELD + len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.ROW:
            return self.tr("Row")
        if section == self.STATUS:
            return self.tr("Import")
        if section == self.NOTE:
            return self.tr("Why")
        if self.FIRST_FIELD <= section < self.columnCount():
            return self._labels[self._fields[section - self.FIRST_FIELD]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STATUS, self.NOTE) and row.reason:
            return row.reason
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == RowStatus.error:
                return QBrush(ERROR_COLOUR)
            if row.status == RowStatus.same:
                return QBrush(SAME_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == self.ROW:
            return str(row.row_number)
        if column == self.STATUS:
            return self.status_text(row)
        if column == self.NOTE:
            return row.reason
        name = self._fields[column - self.FIRST_FIELD]
        return self._value_text(name, row.values.get(name, ""), row.status)

    def status_text(self, row: PreviewRow) -> str:
        if row.status == RowStatus.new:
            return self.tr("New member")
        if row.status == RowStatus.error:
            return self.tr("Error: left out")
        if row.existing_member_id is None:
            return self.tr("Repeats a row: left out")
        return self.tr("Already in the list")

    @staticmethod
    def _value_text(name: str, value: str, status: RowStatus) -> str:
        """Roles, statuses and dates as the members list shows them; a row with an error as written."""
        if not value or status == RowStatus.error:
            return value
        try:
            if name == "role":
                return label(MemberRole(value))
            if name == "status":
                return label(MemberStatus(value))
            if name == "joined_on":
                return short_date(date.fromisoformat(value))
        except ValueError:
            return value
        return value

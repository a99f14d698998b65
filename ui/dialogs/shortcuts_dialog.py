"""Help → Keyboard shortcuts: every command that has a shortcut, grouped by where it works.

The list is read from the window's own QActions when the dialog opens, so it shows the
shortcuts the app really has, in the UI's language."""

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..commands import plain_text, shortcuts_text

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ShortcutSection:
    """Where the commands work (the whole window, a view, a page of a view) and the commands."""

    title: str
    actions: list[QAction]


@dataclass(frozen=True)
class _Row:
    command: str
    keys: str
    heading: bool = False


class ShortcutsModel(QAbstractTableModel):
    """A heading row for each section, then a row for each of its commands."""

    COMMAND, KEYS = range(2)

    def __init__(self, sections: list[ShortcutSection], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        for section in sections:
            self._rows.append(_Row(section.title, "", heading=True))
            self._rows.extend(_Row(plain_text(action.text()), shortcuts_text(action)) for action in section.actions)

    def is_heading(self, row: int) -> bool:
        return self._rows[row].heading

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Command"), self.tr("Keys"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].heading:
            # A heading names a place, not a command: the keys move past it.
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.command if index.column() == self.COMMAND else row.keys
        if role == Qt.ItemDataRole.FontRole and row.heading:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ShortcutsDialog(QDialog):
    def __init__(self, sections: list[ShortcutSection], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(sections, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Rows as tall as their text: more of the list in sight.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ShortcutsModel.COMMAND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ShortcutsModel.KEYS, QHeaderView.ResizeMode.ResizeToContents)
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                self.table.setSpan(row, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 640)

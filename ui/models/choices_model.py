"""Records to choose from in a combo box, with a first row for none ("— nobody chosen —")."""

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
CHOICE_ID_ROLE = Qt.ItemDataRole.UserRole


class ChoicesModel(QAbstractListModel):
    """``choices`` have an ``id``; a subclass says how each is named."""

    def __init__(self, choices: list, none_text: str, parent: QObject | None = None):
        super().__init__(parent)
        self._choices = list(choices)
        self._none_text = none_text

    def name(self, choice) -> str:
        raise NotImplementedError

    def chosen_id(self, row: int) -> int | None:
        return None if row <= 0 else self._choices[row - 1].id

    def row_of(self, chosen_id: int | None) -> int:
        """The row of ``chosen_id``; the first row (none) if it is None or not listed."""
        return next((row for row, choice in enumerate(self._choices, start=1) if choice.id == chosen_id), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._none_text if index.row() == 0 else self.name(self._choices[index.row() - 1])
        if role == CHOICE_ID_ROLE:
            return self.chosen_id(index.row())
        return None

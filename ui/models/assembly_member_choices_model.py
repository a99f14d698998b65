"""Members to choose from (chair, secretary, presenter, assignee), with a first row for nobody."""

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app.services.assemblies import MemberChoice

Index = QModelIndex | QPersistentModelIndex
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole


class MemberChoicesModel(QAbstractListModel):
    def __init__(self, choices: list[MemberChoice], nobody_text: str, parent: QObject | None = None):
        super().__init__(parent)
        self._choices = list(choices)
        self._nobody_text = nobody_text

    def member_id(self, row: int) -> int | None:
        return None if row <= 0 else self._choices[row - 1].id

    def row_of(self, member_id: int | None) -> int:
        """The row of ``member_id``; the nobody row if it is None or not listed."""
        return next((row for row, choice in enumerate(self._choices, start=1) if choice.id == member_id), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._nobody_text if index.row() == 0 else self._choices[index.row() - 1].full_name
        if role == MEMBER_ID_ROLE:
            return self.member_id(index.row())
        return None

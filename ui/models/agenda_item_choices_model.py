"""Agenda items an action item can belong to, named by their assembly, with a first row for none."""

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from committee_app.services.actions import AgendaItemChoice

from .assembly_formatting import short_date

Index = QModelIndex | QPersistentModelIndex
AGENDA_ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaItemChoicesModel(QAbstractListModel):
    def __init__(self, choices: list[AgendaItemChoice], none_text: str, parent: QObject | None = None):
        super().__init__(parent)
        self._choices = list(choices)
        self._none_text = none_text

    def item_id(self, row: int) -> int | None:
        return None if row <= 0 else self._choices[row - 1].id

    def row_of(self, item_id: int | None) -> int:
        """The row of ``item_id``; the first row (none) if it is None or not listed."""
        return next((row for row, choice in enumerate(self._choices, start=1) if choice.id == item_id), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._none_text if index.row() == 0 else self._name(self._choices[index.row() - 1])
        if role == AGENDA_ITEM_ID_ROLE:
            return self.item_id(index.row())
        return None

    def _name(self, choice: AgendaItemChoice) -> str:
        if choice.assembly_starts_at is None:
            return self.tr("No. {number}, item {position}: {title}").format(
                number=choice.assembly_number, position=choice.position, title=choice.title
            )
        return self.tr("No. {number} of {date}, item {position}: {title}").format(
            number=choice.assembly_number,
            date=short_date(choice.assembly_starts_at.date()),
            position=choice.position,
            title=choice.title,
        )

"""The members list, fit for 100,000 members: the store searches and sorts, the model keeps
only member ids and reads the rows on screen a page at a time.

Per sort, the ids of every member are read once in order; per keystroke, only the set of
matching ids is read, and the ordered list is filtered by it. Both are single queries, so
a keystroke costs one search whatever the sort column, and a sort one ordered read.
"""

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from committee_app.labels import label
from committee_app.services import members
from committee_app.services.members import MemberRow
from committee_app.store import Store
from committee_app.vocabulary import MemberRole, MemberStatus

from .assembly_formatting import short_date

# Rows are read by id in pages; a few dozen pages stay cached, the rest are read again.
PAGE_SIZE = 256
CACHED_ROWS = PAGE_SIZE * 32
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class MembersTableModel(QAbstractTableModel):
    NAME, PHONE, WORKPLACE, UNIT, ROLE, STATUS, JOINED_ON = range(7)
    # Each column's key in members.SORTABLE_COLUMNS, which is also its field.
    COLUMN_KEYS = ("full_name", "phone", "workplace", "unit", "role", "status", "joined_on")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        titles = members.field_labels()
        self._titles = [titles[key] for key in self.COLUMN_KEYS]
        self._role_labels = {role: label(role) for role in MemberRole}
        self._status_labels = {status: label(status) for status in MemberStatus}
        self._store: Store | None = None
        self._query = ""
        self._order_by = "full_name"
        self._descending = False
        self._show_left = False
        self._everyone: list[int] = []  # every member, in the current order
        self._left: set[int] = set()
        self._listed: list[int] = []  # ``_everyone`` without those who left, unless they are shown
        self._matching: set[int] | None = None  # None: no search, everyone listed matches
        self._ids: list[int] = []  # the rows
        self._rows: OrderedDict[int, MemberRow | None] = OrderedDict()

    # --- what the view asks -------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._store is not None

    @property
    def is_filtered(self) -> bool:
        return self._matching is not None

    @property
    def show_left(self) -> bool:
        return self._show_left

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, member_id: int) -> int:
        """The row showing this member, or -1."""
        try:
            return self._ids.index(member_id)
        except ValueError:
            return -1

    def member_at(self, row: int) -> MemberRow | None:
        """The row's member, or None if it was deleted since the list was read."""
        return self._row(row)

    def total_count(self) -> int:
        """The members the list holds without a search."""
        return len(self._listed)

    def hidden_left_count(self) -> int:
        """Members who left and match the search, but are not shown."""
        if self._show_left:
            return 0
        if self._matching is None:
            return len(self._left)
        return len(self._matching & self._left)

    # --- changing what is shown -----------------------------------------------------------

    def load(self, store: Store) -> None:
        """Read the list from ``store``, keeping the search, the order and the left-members choice."""
        everyone = members.search_member_ids(store, order_by=self._order_by, descending=self._descending)
        left = members.member_ids_with_status(store, MemberStatus.left)
        matching = members.member_ids_matching(store, self._query)
        self.beginResetModel()
        self._store = store
        self._rows.clear()
        self._everyone, self._left, self._matching = everyone, left, matching
        self._list()
        self.endResetModel()

    def reload(self) -> None:
        """Read the list again after a change to the records."""
        if self._store is not None:
            self.load(self._store)

    def clear(self) -> None:
        """Drop every record (the store is being locked)."""
        self.beginResetModel()
        self._store = None
        self._rows.clear()
        self._everyone, self._left, self._listed, self._matching, self._ids = [], set(), [], None, []
        self.endResetModel()

    def set_query(self, text: str) -> None:
        self._query = text
        if self._store is None:
            return
        matching = members.member_ids_matching(self._store, text)
        self.beginResetModel()
        self._matching = matching
        self._ids = self._matching_rows()
        self.endResetModel()

    def set_show_left(self, show: bool) -> None:
        self._show_left = show
        if self._store is None:
            return
        self.beginResetModel()
        self._list()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order_by = self.COLUMN_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._store is None:
            return
        everyone = members.search_member_ids(self._store, order_by=self._order_by, descending=self._descending)
        self.beginResetModel()
        self._everyone = everyone
        self._list()
        self.endResetModel()

    def _list(self) -> None:
        if self._show_left:
            self._listed = self._everyone
        else:
            left = self._left
            self._listed = [member_id for member_id in self._everyone if member_id not in left]
        self._ids = self._matching_rows()

    def _matching_rows(self) -> list[int]:
        matching = self._matching
        if matching is None:
            return self._listed
        return [member_id for member_id in self._listed if member_id in matching]

    # --- rows, read a page at a time --------------------------------------------------------

    def _row(self, position: int) -> MemberRow | None:
        member_id = self._ids[position]
        if member_id in self._rows:
            self._rows.move_to_end(member_id)
            return self._rows[member_id]
        start = position - position % PAGE_SIZE
        page = [other for other in self._ids[start : start + PAGE_SIZE] if other not in self._rows]
        fetched = members.member_rows(self._store, page)
        for other in page:
            self._rows[other] = fetched.get(other)
        while len(self._rows) > CACHED_ROWS:
            self._rows.popitem(last=False)
        return self._rows[member_id]

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == MEMBER_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is MemberStatus.left:
                return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        return self._text(row, index.column())

    def _text(self, row: MemberRow, column: int) -> str:
        if column == self.ROLE:
            return self._role_labels[row.role]
        if column == self.STATUS:
            return self._status_labels[row.status]
        if column == self.JOINED_ON:
            return short_date(row.joined_on)
        return getattr(row, self.COLUMN_KEYS[column])

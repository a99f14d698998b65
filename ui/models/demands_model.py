"""The demands as a table (with deadlines that need chasing highlighted) and a demand's history."""

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from committee_app import rules
from committee_app.labels import label, priority_label
from committee_app.models import DemandEvent
from committee_app.services.demands import DemandRow, VoteSummary, deadline_is_near, event_day
from committee_app.vocabulary import DemandStatus

from .assembly_formatting import local_date_time, short_date

ROW_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2

IN_PROGRESS = "in_progress"
CLOSED = "closed"
# Every status that can still change: the steps before and during negotiation, and a partial answer.
IN_PROGRESS_STATUSES = frozenset(status for status in DemandStatus if not rules.is_final_demand_status(status))

# Light backgrounds with dark text of the same hue: readable in light and dark themes alike.
PASSED_BACKGROUND = QColor("#f8d7da")
PASSED_FOREGROUND = QColor("#842029")
NEAR_BACKGROUND = QColor("#fff3cd")
NEAR_FOREGROUND = QColor("#664d03")

# Past every real date and assembly number, so that rows without one sort last.
_LAST = 10**9

Index = QModelIndex | QPersistentModelIndex


class DemandsTableModel(QAbstractTableModel):
    TITLE, CATEGORY, STATUS, PRIORITY, ADOPTED_BY, ADDRESSED_TO, DEADLINE = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[DemandRow] = []
        self._today = date.today()

    def set_rows(self, rows: list[DemandRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], self._today)

    def demand(self, row: int) -> DemandRow:
        return self._rows[row]

    def row_of(self, demand_id: int) -> int | None:
        return next((number for number, each in enumerate(self._rows) if each.id == demand_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Demand"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Adopted by"),
            self.tr("Addressed to"),
            self.tr("Deadline"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        demand = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(demand, column)
        if role == SORT_ROLE:
            return self._sort_key(demand, column)
        if role == ROW_ID_ROLE:
            return demand.id
        if role == GROUP_ROLE:
            return group_key(demand.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DEADLINE:
                return self.deadline_warning(demand)
            if column == self.ADOPTED_BY and demand.adopted_by is not None:
                return self._vote_sentence(demand.adopted_by)
            if column == self.TITLE:
                return demand.title
            return None
        if column == self.DEADLINE and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return self._deadline_style(demand, role)
        return None

    def _display(self, demand: DemandRow, column: int) -> str | int:
        if column == self.TITLE:
            return demand.title
        if column == self.CATEGORY:
            return label(demand.category)
        if column == self.STATUS:
            return label(demand.status)
        if column == self.PRIORITY:
            return priority_label(demand.priority)
        if column == self.ADOPTED_BY:
            return self.adopted_by_text(demand.adopted_by)
        if column == self.ADDRESSED_TO:
            return demand.addressed_to
        return short_date(demand.deadline)

    def _sort_key(self, demand: DemandRow, column: int) -> str | int:
        if column == self.TITLE:
            return demand.title.casefold()
        if column == self.CATEGORY:
            return label(demand.category).casefold()
        if column == self.STATUS:
            return rules.demand_status_order(demand.status)
        if column == self.PRIORITY:
            return demand.priority
        if column == self.ADOPTED_BY:
            return demand.adopted_by.assembly_number if demand.adopted_by else _LAST
        if column == self.ADDRESSED_TO:
            return demand.addressed_to.casefold()
        return demand.deadline.toordinal() if demand.deadline else _LAST

    def adopted_by_text(self, vote: VoteSummary | None) -> str:
        """"No. 2, 12.01.2026 (23–0–1)": the assembly's protocol number, its date, and the count."""
        if vote is None:
            return ""
        if vote.assembly_date is None:
            return self.tr("No. {number} ({votes_for}–{votes_against}–{votes_abstain})").format(
                number=vote.assembly_number,
                votes_for=vote.votes_for,
                votes_against=vote.votes_against,
                votes_abstain=vote.votes_abstain,
            )
        return self.tr("No. {number}, {date} ({votes_for}–{votes_against}–{votes_abstain})").format(
            number=vote.assembly_number,
            date=short_date(vote.assembly_date),
            votes_for=vote.votes_for,
            votes_against=vote.votes_against,
            votes_abstain=vote.votes_abstain,
        )

    def _vote_sentence(self, vote: VoteSummary) -> str:
        return self.tr(
            "Adopted by assembly No. {number}: “{question}” — {votes_for} for, {votes_against} against, {votes_abstain} abstained"
        ).format(
            number=vote.assembly_number,
            question=vote.question,
            votes_for=vote.votes_for,
            votes_against=vote.votes_against,
            votes_abstain=vote.votes_abstain,
        )

    def _days_left(self, demand: DemandRow) -> int | None:
        """Days to a deadline that still needs chasing, negative once passed; None otherwise."""
        # DemandRow carries the fields deadline_is_near reads (status, deadline and response).
        if not deadline_is_near(demand, self._today):
            return None
        return (demand.deadline - self._today).days

    def deadline_warning(self, demand: DemandRow) -> str | None:
        """How near or long past a deadline that still needs chasing is; None when it does not."""
        days = self._days_left(demand)
        if days is None:
            return None
        # One and zero days apart get their own words; a count of two or more reads the same
        # in English and lets translators use an abbreviation ("дн.") instead of plural forms.
        if days < -1:
            return self.tr("Deadline passed {count} days ago").format(count=-days)
        if days == -1:
            return self.tr("Deadline passed yesterday")
        if days == 0:
            return self.tr("Deadline is today")
        if days == 1:
            return self.tr("Deadline is tomorrow")
        return self.tr("Deadline in {count} days").format(count=days)

    def _deadline_style(self, demand: DemandRow, role: int):
        days = self._days_left(demand)
        if days is None:
            return None
        passed = days < 0
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PASSED_BACKGROUND if passed else NEAR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PASSED_FOREGROUND if passed else NEAR_FOREGROUND)
        if passed:
            # Not by colour alone: a passed deadline is also bold.
            font = QFont()
            font.setBold(True)
            return font
        return None


def group_key(status: DemandStatus) -> str:
    """What the status filter matches: the group, then the status ("in_progress:presented")."""
    return "{group}:{status}".format(group=IN_PROGRESS if status in IN_PROGRESS_STATUSES else CLOSED, status=status.value)


class DemandsFilterProxy(QSortFilterProxyModel):
    """Sorting and the status filter. A proxy is fine here: a committee has tens of demands,
    not the hundred thousand rows where a Python-side proxy becomes slow (see DESIGN.md)."""

    ALL = ""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(GROUP_ROLE)
        self.setFilterKeyColumn(DemandsTableModel.TITLE)

    def show_group(self, group: str) -> None:
        """``ALL``, ``IN_PROGRESS``, ``CLOSED``, or one status's value to show only that status."""
        if not group:
            self.setFilterRegularExpression(QRegularExpression())
            return
        escaped = QRegularExpression.escape(group)
        pattern = f"^{escaped}:" if group in (IN_PROGRESS, CLOSED) else f":{escaped}$"
        self.setFilterRegularExpression(QRegularExpression(pattern))


class DemandHistoryModel(QAbstractTableModel):
    """A demand's changes of status in the order they happened: the day, what changed, and the
    note; the day and time each was typed in show as the day's tooltip."""

    WHEN, CHANGE, NOTE = range(3)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._events: list[DemandEvent] = []

    def set_events(self, events: list[DemandEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Change"), self.tr("Note"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._events[index.row()]
        column = index.column()
        if column == self.WHEN:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Typed in on {moment}").format(moment=local_date_time(event.created_at))
            return short_date(event_day(event))
        if column == self.CHANGE:
            return self.change_text(event)
        return event.note

    def change_text(self, event: DemandEvent) -> str:
        if event.from_status is None:
            return label(event.to_status)
        return self.tr("{before} → {after}").format(before=label(event.from_status), after=label(event.to_status))

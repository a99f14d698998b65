"""Demands: the list with status, category and the vote that adopted each one; the selected
demand's text, follow-up with the counterparty, and history of status changes."""

from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app import rules
from committee_app.labels import label
from committee_app.services import council, demands
from committee_app.vocabulary import DemandStatus

from .. import printing_actions
from ..commands import view_action
from ..dialogs.demand_dialog import (
    DemandDialog,
    DemandWording,
    FollowUp,
    FollowUpDialog,
)
from ..dialogs.demand_status_dialog import DemandStatusDialog
from ..error_reporting import reporting_errors
from ..models.demands_model import (
    CLOSED,
    IN_PROGRESS,
    DemandHistoryModel,
    DemandsFilterProxy,
    DemandsTableModel,
    short_date,
)
from ..models.received_demands_model import ReceivedDemandsModel
from ..printing_actions import DocumentPrinter
from ..session import DeskSession
from ..text_labels import plain_label
from .base import DeskView
from .council_view import received_table


class DemandsView(DeskView):
    key = "demands"

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.model = DemandsTableModel(self)
        self.proxy = DemandsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.history_model = DemandHistoryModel(self)
        self.printer = DocumentPrinter(session, self)
        self._create_actions()
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_action.trigger())
        self._show_details(None)

    def title(self) -> str:
        return self.tr("Demands")

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the view, in one place, with its shortcut."""
        self.new_action = self._action(self.tr("&New demand…"), "Ctrl+N", self.new_demand)
        self.new_action.setStatusTip(self.tr("Write down a demand proposed to the committee"))
        self.edit_action = self._action(self.tr("&Edit…"), "F2", self.edit_demand)
        self.edit_action.setStatusTip(self.tr("Change the wording, category, priority or addressee"))
        self.follow_up_action = self._action(self.tr("Edit &follow-up…"), "Ctrl+E", self.edit_follow_up)
        self.follow_up_action.setStatusTip(self.tr("To whom and when it was presented, the deadline given, the response"))
        self.status_action = self._action(self.tr("Change &status…"), "Ctrl+Shift+S", self.change_status)
        self.print_action = self._action(self.tr("&Print demands…"), "Ctrl+P", self.print_demands)
        self.print_action.setStatusTip(
            self.tr("The adopted demands, numbered, with the vote that adopted each: ready to hand over")
        )

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        return view_action(self, text, shortcut, slot)

    def _build_layout(self) -> None:
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All"), DemandsFilterProxy.ALL)
        self.filter.addItem(self.tr("In progress"), IN_PROGRESS)
        self.filter.setItemData(
            self.filter.count() - 1,
            self.tr("Proposed, adopted, presented, under negotiation or partially met: the status can still change"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.filter.addItem(self.tr("Closed"), CLOSED)
        self.filter.setItemData(
            self.filter.count() - 1,
            self.tr("Met, refused, rejected or withdrawn: the status is final"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.filter.insertSeparator(self.filter.count())
        for status in sorted(DemandStatus, key=rules.demand_status_order):
            self.filter.addItem(label(status), status.value)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("Sho&w:"))
        filter_label.setBuddy(self.filter)
        toolbar = QToolBar(self.tr("Demands"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action, self.follow_up_action, self.status_action])
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addSeparator()
        toolbar.addWidget(filter_label)
        toolbar.addWidget(self.filter)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Sized to their contents: a committee has tens of demands, so measuring them is cheap.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DemandsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Priority ascending is the order the store lists demands in; keep it until a header is clicked.
        header.setSortIndicator(DemandsTableModel.PRIORITY, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.setFocusProxy(self.table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_details())
        splitter.addWidget(self._build_from_the_council())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(splitter)

    def _build_from_the_council(self) -> QWidget:
        """The council's common demands, as its last bundle sent them: read-only, shown only
        in a committee's store that has imported one."""
        self.from_council_model = ReceivedDemandsModel(self, with_common=False)
        self.from_council = QWidget()
        heading = QLabel(self.tr("From the council (read-only; a newer bundle from the council updates them)"))
        heading.setStyleSheet("font-weight: bold;")
        self.from_council_table = received_table(self.from_council_model, ReceivedDemandsModel.TITLE)
        layout = QVBoxLayout(self.from_council)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.from_council_table)
        self.from_council.hide()
        return self.from_council

    def _build_details(self) -> QWidget:
        self.heading = plain_label(selectable=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.summary = plain_label(selectable=True)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setTabChangesFocus(True)
        self.addressed_to = plain_label(selectable=True)
        self.presented_on = plain_label(selectable=True)
        self.deadline = plain_label(selectable=True)
        self.response = plain_label(selectable=True)
        follow_up = QFormLayout()
        follow_up.addRow(self.tr("Addressed to:"), self.addressed_to)
        follow_up.addRow(self.tr("Presented on:"), self.presented_on)
        follow_up.addRow(self.tr("Deadline:"), self.deadline)
        follow_up.addRow(self.tr("Response:"), self.response)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.text)
        left_layout.addLayout(follow_up)

        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(DemandHistoryModel.NOTE, QHeaderView.ResizeMode.Stretch)
        history_label = QLabel(self.tr("H&istory:"))
        history_label.setBuddy(self.history)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history)

        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(left)
        details.addWidget(right)
        return details

    # --- records --------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        """Fill the list from the store, keeping (or moving to) the selected demand."""
        keep = select_id if select_id is not None else self.selected_id()
        with reporting_errors(self):
            store = self.session.store
            self.model.set_rows(demands.demand_overview(store), date.today())
            received = [] if council.is_council(store) else council.received_demands(store)
            self.from_council_model.set_rows(received)
            self.from_council.setVisible(bool(received))
        self._select(keep)
        if self.selected_id() is None:
            self._show_details(None)

    def clear(self) -> None:
        self.model.clear()
        self.from_council_model.clear()
        self.history_model.clear()
        self._show_details(None)

    def selected_id(self) -> int | None:
        row = self._selected_source_row()
        return None if row is None else self.model.demand(row).id

    def _selected_source_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def _select(self, demand_id: int | None) -> None:
        row = self.model.row_of(demand_id) if demand_id is not None else None
        if row is None:
            # Nothing chosen yet: the first demand shown, so its details and commands are ready.
            if self.proxy.rowCount() > 0:
                self.table.selectRow(0)
            else:
                self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and self.filter.currentData() != DemandsFilterProxy.ALL:
            # The filter hides it (a new demand, or one just moved on): show them all to keep it in view.
            self.filter.setCurrentIndex(self.filter.findData(DemandsFilterProxy.ALL))
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()

    def _filter_changed(self) -> None:
        self.proxy.show_group(self.filter.currentData())
        if self.selected_id() is None:
            # The chosen demand is filtered out: the first one shown, as when the list opens.
            self._select(None)
        if self.selected_id() is None:
            self._show_details(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self._selected_source_row()
        self._show_details(None if row is None else self.model.demand(row))

    def _show_details(self, demand: demands.DemandRow | None) -> None:
        self._update_actions(demand)
        if demand is None:
            for shown in (self.heading, self.summary, self.addressed_to, self.presented_on, self.deadline, self.response):
                shown.clear()
            self.text.clear()
            self.history_model.clear()
            return
        self.heading.setText(demand.title)
        adopted_by = self.model.adopted_by_text(demand.adopted_by)
        self.summary.setText(
            self.tr("{status} · {category} · adopted by {vote}").format(
                status=label(demand.status), category=label(demand.category), vote=adopted_by
            )
            if adopted_by
            else self.tr("{status} · {category}").format(status=label(demand.status), category=label(demand.category))
        )
        self.text.setPlainText(demand.text)
        self.addressed_to.setText(demand.addressed_to)
        self.presented_on.setText(short_date(demand.presented_on))
        warning = self.model.deadline_warning(demand)
        self.deadline.setText(
            self.tr("{date} ({warning})").format(date=short_date(demand.deadline), warning=warning)
            if warning
            else short_date(demand.deadline)
        )
        self.response.setText(demand.response)
        self.history_model.clear()
        with reporting_errors(self):
            self.history_model.set_events(demands.demand_history(self.session.store, demand.id))

    def _update_actions(self, demand: demands.DemandRow | None) -> None:
        chosen = demand is not None
        for action in (self.edit_action, self.follow_up_action):
            action.setEnabled(chosen)
        changeable = chosen and bool(rules.allowed_demand_transitions(demand.status))
        self.status_action.setEnabled(changeable)
        if chosen and not changeable:
            why = self.tr("This demand is {status}, which is final: its status cannot change.").format(
                status=rules.demand_status_label(demand.status)
            )
        else:
            why = self.tr("Move the selected demand on: adopted, presented, under negotiation, met, refused…")
        self.status_action.setToolTip(why)
        self.status_action.setStatusTip(why)

    def _current(self) -> demands.DemandRow | None:
        row = self._selected_source_row()
        return None if row is None else self.model.demand(row)

    # --- user commands --------------------------------------------------------------

    def new_demand(self) -> None:
        new, accepted = DemandDialog.get_new_demand(self)
        if not accepted:
            return
        demand = None
        with reporting_errors(self):
            demand = demands.propose_demand(self.session.store, on=new.proposed_on, **vars(new.wording))
        if demand is None:
            return
        self.load(select_id=demand.id)

    def edit_demand(self) -> None:
        demand = self._current()
        if demand is None:
            return
        current = DemandWording(
            title=demand.title,
            text=demand.text,
            category=demand.category,
            priority=demand.priority,
            addressed_to=demand.addressed_to,
        )
        wording, accepted = DemandDialog.get_demand_wording(self, current)
        if not accepted:
            return
        with reporting_errors(self):
            demands.update_demand(self.session.store, demand.id, **vars(wording))
        self.load(select_id=demand.id)

    def edit_follow_up(self) -> None:
        demand = self._current()
        if demand is None:
            return
        current = FollowUp(
            addressed_to=demand.addressed_to,
            presented_on=demand.presented_on,
            deadline=demand.deadline,
            response=demand.response,
        )
        follow_up, accepted = FollowUpDialog.get_follow_up(self, demand.title, current)
        if not accepted:
            return
        with reporting_errors(self):
            demands.update_demand(self.session.store, demand.id, **vars(follow_up))
        self.load(select_id=demand.id)

    def change_status(self) -> None:
        demand = self._current()
        if demand is None or not rules.allowed_demand_transitions(demand.status):
            return
        votes = earliest = None
        with reporting_errors(self):
            adopting_possible = DemandStatus.adopted in rules.allowed_demand_transitions(demand.status)
            votes = demands.carried_votes(self.session.store) if adopting_possible else []
            history = demands.demand_history(self.session.store, demand.id)
            earliest = max((demands.event_day(event) for event in history), default=None)
        if votes is None:
            return
        change, accepted = DemandStatusDialog.get_status_change(
            self, demand.title, demand.status, votes, earliest=earliest
        )
        if not accepted:
            return
        with reporting_errors(self):
            demands.change_demand_status(
                self.session.store, demand.id, change.status, note=change.note, vote_id=change.vote_id, on=change.on
            )
        self.load(select_id=demand.id)

    def print_demands(self) -> None:
        self.printer.print_document(printing_actions.demands())

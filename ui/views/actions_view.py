"""Action items across assemblies: who does what by when, overdue ones highlighted;
marked done or dropped here."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.services import actions
from committee_app.services.actions import ActionRow
from committee_app.vocabulary import ActionStatus

from .. import confirm
from ..commands import view_action
from ..error_reporting import reporting_errors
from ..models.actions_model import EVERYONE, ActionsTableModel, AssigneeFilter
from ..session import DeskSession
from .base import DeskView

# Long tasks are cut in the question about dropping one.
QUESTION_TEXT_LIMIT = 120


class ActionsView(DeskView):
    key = "actions"

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.model = ActionsTableModel(self)
        self._create_actions()
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Actions")

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the view, in one place, with its shortcut."""
        self.done_action = self._action(self.tr("Mark &done"), "Ctrl+D", self.mark_done)
        self.done_action.setStatusTip(self.tr("The selected task is done"))
        self.dropped_action = self._action(self.tr("Mark d&ropped…"), "Ctrl+Shift+D", self.mark_dropped)
        self.dropped_action.setStatusTip(self.tr("The selected task will not be done; it stays in the records"))
        self.reopen_action = self._action(self.tr("Re&open"), "Ctrl+Shift+O", self.reopen)
        self.reopen_action.setStatusTip(self.tr("Put a task marked done or dropped back on the open list"))

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        return view_action(self, text, shortcut, slot)

    def _build_layout(self) -> None:
        self.show_closed = QCheckBox(self.tr("Show done and drop&ped"))
        self.show_closed.toggled.connect(lambda _checked: self.load())
        self.assignee = QComboBox()
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assignee.currentIndexChanged.connect(self._assignee_changed)
        assignee_label = QLabel(self.tr("&Assignee:"))
        assignee_label.setBuddy(self.assignee)
        toolbar = QToolBar(self.tr("Actions"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.done_action, self.dropped_action, self.reopen_action])
        toolbar.addSeparator()
        toolbar.addWidget(assignee_label)
        toolbar.addWidget(self.assignee)
        toolbar.addSeparator()
        toolbar.addWidget(self.show_closed)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.table)
        self._fill_assignees()

    # --- records --------------------------------------------------------------------

    def load(self, select_row: int | None = None) -> None:
        """Fill the list from the store; the selection stays on the same task, or on
        ``select_row`` (the place of a task that just left the list)."""
        keep = self.selected()
        with reporting_errors(self):
            rows = actions.action_overview(self.session.store, include_closed=self.show_closed.isChecked())
            self.model.set_rows(rows, date.today())
        self._fill_assignees()
        self._select(keep.id if keep is not None else None, select_row)

    def clear(self) -> None:
        self.model.clear()
        self._fill_assignees()
        self._update_actions()

    def selected(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.action(rows[0].row()) if rows else None

    def _select(self, action_id: int | None, fallback_row: int | None) -> None:
        ids = [self.model.action(row).id for row in range(self.model.rowCount())]
        if action_id in ids:
            row = ids.index(action_id)
        elif fallback_row is not None and ids:
            row = min(fallback_row, len(ids) - 1)
        else:
            self.table.clearSelection()
            self._update_actions()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()

    def _fill_assignees(self) -> None:
        """"Everyone", the members assigned a listed task, and "Not assigned" if there are such;
        the choice stays when that assignee is still listed."""
        chosen = self.assignee.currentData() if self.assignee.count() else EVERYONE
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Everyone"), EVERYONE)
        for member_id, name in self.model.assignees():
            self.assignee.addItem(name, member_id)
        if self.model.has_unassigned():
            self.assignee.addItem(self.tr("Not assigned"), None)
        index = self._assignee_index(chosen)
        self.assignee.setCurrentIndex(max(index, 0))
        self.assignee.blockSignals(False)
        if index < 0:
            self.model.show_assignee(EVERYONE)

    def _assignee_index(self, assignee: AssigneeFilter) -> int:
        # findData cannot look for None, and EVERYONE is not a Qt value: compare by hand.
        return next((i for i in range(self.assignee.count()) if self.assignee.itemData(i) == assignee), -1)

    def _assignee_changed(self) -> None:
        self.model.show_assignee(self.assignee.currentData())
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected()
        open_now = chosen is not None and chosen.status == ActionStatus.open
        self.done_action.setEnabled(open_now)
        self.dropped_action.setEnabled(open_now)
        self.reopen_action.setEnabled(chosen is not None and not open_now)

    # --- user commands --------------------------------------------------------------

    def mark_done(self) -> None:
        self._set_status(ActionStatus.done)

    def mark_dropped(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status != ActionStatus.open:
            return
        text = " ".join(chosen.text.split())
        if len(text) > QUESTION_TEXT_LIMIT:
            text = text[:QUESTION_TEXT_LIMIT] + "…"
        question = self.tr("Drop the task “{task}”? It stays in the records, marked dropped.").format(task=text)
        if confirm.ask(self, self.tr("Drop the task"), question):
            self._set_status(ActionStatus.dropped)

    def reopen(self) -> None:
        self._set_status(ActionStatus.open)

    def _set_status(self, status: ActionStatus) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status == status:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        with reporting_errors(self):
            actions.set_action_status(self.session.store, chosen.id, status)
        # A task leaving the list hands the selection to the next one, ready for the next key.
        self.load(select_row=row)

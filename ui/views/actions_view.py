"""Action items across assemblies: who does what by when, overdue ones highlighted;
set, changed, marked done or dropped here."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.services import actions, assemblies
from committee_app.services.actions import ActionRow
from committee_app.vocabulary import ActionStatus

from .. import confirm
from ..commands import view_action
from ..dialogs.action_item_dialog import ActionItemDialog, ActionItemForm
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
        self.table.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self._update_actions()

    def title(self) -> str:
        return self.tr("Actions")

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the view, in one place, with its shortcut."""
        self.new_action = self._action(self.tr("&New action item…"), "Ctrl+N", self.new_task)
        self.new_action.setStatusTip(self.tr("Write down a task: what is to be done, by whom, by when"))
        # Return belongs to the list: it must not fire while the assignee filter has the focus.
        self.edit_action = view_action(
            self,
            self.tr("&Edit…"),
            [QKeySequence(Qt.Key.Key_F2), QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.edit_task,
            context=Qt.ShortcutContext.WidgetShortcut,
            add_to_owner=False,
        )
        self.edit_action.setStatusTip(self.tr("Change the selected task, its assignee, due date, agenda item or status"))
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
        toolbar.addActions([self.new_action, self.edit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.done_action, self.dropped_action, self.reopen_action])
        # The filters have a row of their own: beside the commands they pushed some out of sight.
        filters = QHBoxLayout()
        filters.addWidget(assignee_label)
        filters.addWidget(self.assignee)
        filters.addSpacing(24)
        filters.addWidget(self.show_closed)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # The edit action is the list's own (its Return works there only); the others join it in the list's menu.
        self.table.addActions(
            [self.new_action, self.edit_action, self.done_action, self.dropped_action, self.reopen_action]
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self._fill_assignees()

    # --- records --------------------------------------------------------------------

    def load(self, select_row: int | None = None, *, select_id: int | None = None) -> None:
        """Fill the list from the store; the selection stays on the same task (or goes to
        ``select_id``), else on ``select_row`` (the place of a task that just left the list).
        The list stays scrolled where it was unless the selected task is out of sight."""
        keep = self.selected()
        if select_id is None and keep is not None:
            select_id = keep.id
        with reporting_errors(self):
            rows = actions.action_overview(self.session.store, include_closed=self.show_closed.isChecked())
            self.model.set_rows(rows, date.today())
        self._fill_assignees()
        self._select(select_id, select_row)

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
        self.edit_action.setEnabled(chosen is not None)
        self.done_action.setEnabled(open_now)
        self.dropped_action.setEnabled(open_now)
        self.reopen_action.setEnabled(chosen is not None and not open_now)

    # --- user commands --------------------------------------------------------------

    def new_task(self) -> None:
        store = self.session.store
        with reporting_errors(self):
            members = assemblies.member_choices(store)
            agenda_items = actions.agenda_item_choices(store)
            form, accepted = ActionItemDialog.get_action(self, members, date.today(), agenda_items=agenda_items)
            if not accepted:
                return
            added = actions.add_action_item(
                store,
                text=form.text,
                assignee_id=form.assignee_id,
                due_on=form.due_on,
                agenda_item_id=form.agenda_item_id,
            )
            self._show_task(added.id)

    def edit_task(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        store = self.session.store
        # A task or agenda item gone meanwhile is named in a message; the list is read again either way.
        with reporting_errors(self):
            current = actions.get_action_item(store, chosen.id)
            members = assemblies.member_choices(store, including=(current.assignee_id,))
            agenda_items = actions.agenda_item_choices(store)
            form, accepted = ActionItemDialog.get_changed_action(
                self, ActionItemForm.of(current), members, agenda_items, date.today()
            )
            if not accepted:
                return
            actions.update_action_item(
                store,
                chosen.id,
                text=form.text,
                assignee_id=form.assignee_id,
                due_on=form.due_on,
                agenda_item_id=form.agenda_item_id,
                status=form.status,
            )
        self.load(select_row=row)

    def _show_task(self, action_id: int) -> None:
        """Select a task just set; a closed one or another assignee's is shown by widening the list."""
        self.load(select_id=action_id)
        if self.selected() is None or self.selected().id != action_id:
            self.assignee.setCurrentIndex(self._assignee_index(EVERYONE))
            self._select(action_id, None)

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

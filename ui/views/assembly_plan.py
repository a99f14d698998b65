"""The Plan page: the assembly's details and its agenda, reordered by drag and drop or by
Ctrl+Shift+Up / Ctrl+Shift+Down, with the planned start of each item."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.labels import label
from committee_app.models import AgendaItem, Assembly
from committee_app.services import assemblies

from .. import confirm
from ..commands import view_action
from ..dialogs.agenda_item_dialog import AgendaItemDialog, AgendaItemForm
from ..error_reporting import reporting_errors
from ..models.agenda_model import AgendaModel
from ..models.assembly_formatting import grouped, quorum_rule_text, short_date_time, short_time
from ..session import DeskSession
from ..text_labels import plain_label
from .assembly_editing import AssemblyEditing


class PlanPage(QWidget):
    def __init__(self, session: DeskSession, editing: AssemblyEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.editing = editing
        self.assembly: Assembly | None = None
        self.agenda_model = AgendaModel(self.move_item, self)
        self._create_actions()
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.agenda_model.modelReset.connect(self._update_actions)
        self.agenda_model.rowsMoved.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self._update_actions()

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the page, in one place, with its shortcut."""
        self.add_action = self._action(self.tr("&Add item…"), ["Ctrl+Shift+N", "Ins"], self.add_item)
        self.add_action.setStatusTip(self.tr("Add an item at the end of the agenda"))
        self.edit_action = self._action(self.tr("&Edit item…"), ["F2", "Return", "Enter"], self.edit_item, on_table=True)
        self.remove_action = self._action(self.tr("&Remove item"), ["Del"], self.remove_item, on_table=True)
        self.up_action = self._action(self.tr("Move &up"), ["Ctrl+Shift+Up"], lambda: self.move_current(-1))
        self.down_action = self._action(self.tr("Move &down"), ["Ctrl+Shift+Down"], lambda: self.move_current(+1))
        for action in (self.up_action, self.down_action):
            action.setStatusTip(self.tr("Change the order of the agenda (dragging an item works too)"))

    def _action(self, text: str, shortcuts: list[str], slot, *, on_table: bool = False) -> QAction:
        # Return and Del belong to the table: they must not fire while typing elsewhere on the page.
        context = Qt.ShortcutContext.WidgetShortcut if on_table else Qt.ShortcutContext.WidgetWithChildrenShortcut
        return view_action(self, text, shortcuts, slot, context=context, add_to_owner=False)

    def _build_layout(self) -> None:
        self.details = {
            name: plain_label(selectable=True)
            for name in ("number", "kind", "title", "starts_at", "place", "chair", "secretary", "quorum", "status", "entitled", "guests")
        }
        what = QFormLayout()
        what.addRow(self.tr("Protocol number:"), self.details["number"])
        what.addRow(self.tr("Kind:"), self.details["kind"])
        what.addRow(self.tr("Title:"), self.details["title"])
        what.addRow(self.tr("Status:"), self.details["status"])
        what.addRow(self.tr("Entitled to take part:"), self.details["entitled"])
        who = QFormLayout()
        who.addRow(self.tr("Starts:"), self.details["starts_at"])
        who.addRow(self.tr("Place:"), self.details["place"])
        who.addRow(self.tr("Chair:"), self.details["chair"])
        who.addRow(self.tr("Secretary:"), self.details["secretary"])
        who.addRow(self.tr("Quorum:"), self.details["quorum"])
        who.addRow(self.tr("Invited guests:"), self.details["guests"])
        # Two columns keep the agenda, the page's main content, as tall as possible.
        form = QHBoxLayout()
        form.addLayout(what, 1)
        form.addSpacing(16)
        form.addLayout(who, 1)

        toolbar = QToolBar(self.tr("Agenda"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.add_action, self.edit_action, self.remove_action])
        toolbar.addSeparator()
        toolbar.addActions([self.up_action, self.down_action])

        self.table = QTableView()
        self.table.setModel(self.agenda_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.addActions([self.edit_action, self.remove_action])
        agenda_label = QLabel(self.tr("A&genda:"))
        agenda_label.setBuddy(self.table)
        self.total = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(toolbar)
        layout.addWidget(agenda_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        for action in (self.add_action, self.up_action, self.down_action):
            self.addAction(action)

    def _update_actions(self) -> None:
        row = self.current_row()
        has_item = row is not None
        self.add_action.setEnabled(self.assembly is not None)
        self.edit_action.setEnabled(has_item)
        self.remove_action.setEnabled(has_item)
        self.up_action.setEnabled(has_item and row > 0)
        self.down_action.setEnabled(has_item and row < self.agenda_model.rowCount() - 1)

    # --- showing --------------------------------------------------------------------

    def show_assembly(self, assembly: Assembly | None) -> None:
        self.assembly = assembly
        self._show_details()
        self.reload_agenda()

    def _show_details(self) -> None:
        assembly = self.assembly
        if assembly is None:
            for shown in self.details.values():
                shown.clear()
            return
        names = assemblies.member_names(self.session.store, [assembly.chair_id, assembly.secretary_id])
        self.details["number"].setText(str(assembly.number))
        self.details["kind"].setText(label(assembly.kind))
        self.details["title"].setText(assembly.title)
        self.details["starts_at"].setText(short_date_time(assembly.starts_at))
        self.details["place"].setText(assembly.place)
        self.details["chair"].setText(names.get(assembly.chair_id, ""))
        self.details["secretary"].setText(names.get(assembly.secretary_id, ""))
        self.details["quorum"].setText(quorum_rule_text(assembly.quorum_rule))
        self.details["status"].setText(label(assembly.status))
        self.details["guests"].setText(", ".join(assemblies.named_guests(assembly)))
        self.details["entitled"].setText(
            self.tr("The committee's active members") if assembly.entitled is None else grouped(assembly.entitled)
        )

    def reload_agenda(self, select_item_id: int | None = None) -> None:
        if self.assembly is None:
            self.agenda_model.clear()
            self._show_total()
            return
        current = self.current_item()
        keep = select_item_id if select_item_id is not None else current.id if current else None
        store = self.session.store
        items = assemblies.agenda(store, self.assembly.id)
        presenters = assemblies.member_names(store, [item.presenter_id for item in items])
        self.agenda_model.set_agenda(items, presenters, self.assembly.starts_at)
        row = self.agenda_model.row_of(keep) if keep is not None else None
        self.table.selectRow(row if row is not None else 0)
        self._show_total()

    def _show_total(self) -> None:
        items = self.agenda_model.items()
        minutes = sum(item.planned_minutes for item in items)
        if not items:
            self.total.setText(self.tr("The agenda is empty.") if self.assembly else "")
            return
        starts = self.assembly.starts_at
        if starts is None:
            self.total.setText(self.tr("Planned: {minutes} min").format(minutes=minutes))
        else:
            self.total.setText(
                self.tr("Planned: {minutes} min, until about {end}").format(
                    minutes=minutes, end=short_time(starts + timedelta(minutes=minutes))
                )
            )

    def clear(self) -> None:
        self.assembly = None
        self._show_details()
        self.agenda_model.clear()
        self.total.clear()
        self._update_actions()

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def current_item(self) -> AgendaItem | None:
        row = self.current_row()
        return self.agenda_model.item(row) if row is not None else None

    # --- changing the agenda ----------------------------------------------------------

    def _members(self, *including: int | None):
        return assemblies.member_choices(self.session.store, including=including)

    def add_item(self) -> None:
        if self.assembly is None or not self.editing.allows_change():
            return
        form, accepted = AgendaItemDialog.get_item(self, AgendaItemForm(), self._members(), new=True)
        if not accepted:
            return
        with reporting_errors(self):
            item = assemblies.add_agenda_item(self.session.store, self.assembly.id, **form.item_fields())
            self.reload_agenda(select_item_id=item.id)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or not self.editing.allows_change():
            return
        current = AgendaItemForm(item.title, item.details, item.presenter_id, item.presenter_name, item.planned_minutes)
        form, accepted = AgendaItemDialog.get_item(self, current, self._members(item.presenter_id), new=False)
        if not accepted:
            return
        with reporting_errors(self):
            assemblies.update_agenda_item(self.session.store, item.id, **form.item_fields())
            self.reload_agenda(select_item_id=item.id)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or not self.editing.allows_change():
            return
        question = self.tr("Remove “{title}” from the agenda? Its minutes and votes are removed with it.").format(
            title=item.title
        )
        if not confirm.ask(self, self.tr("Remove agenda item"), question):
            return
        with reporting_errors(self):
            assemblies.remove_agenda_item(self.session.store, item.id)
            self.reload_agenda()

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row is not None and self.agenda_model.move_row(row, row + step):
            self.table.selectRow(row + step)

    def move_item(self, item_id: int, new_position: int) -> list[AgendaItem] | None:
        """The model's mover: writes the new order, or returns None when it was refused."""
        if not self.editing.allows_change():
            return None
        renumbered = None
        with reporting_errors(self):
            renumbered = assemblies.move_agenda_item(self.session.store, item_id, new_position)
        return renumbered

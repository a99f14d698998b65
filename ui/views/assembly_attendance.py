"""The Attendance page: a checklist of members that stays quick with hundreds of them
(search, Space to tick the selected rows, mark all at once), the guests, and a quorum
indicator that follows every change."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.models import Assembly
from committee_app.services import assemblies
from committee_app.vocabulary import Presence

from .. import confirm
from ..commands import view_action
from ..error_reporting import reporting_errors
from ..models.attendance_model import AttendanceModel
from ..session import DeskSession
from .assembly_editing import AssemblyEditing

# Typing pauses this long before the list is searched again.
TO_THE_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_DELAY_MS = 200
MOST_GUESTS = 1_000_000
REACHED_STYLE = "color: #1b5e20; font-weight: bold;"
MISSING_STYLE = "color: #b71c1c; font-weight: bold;"


class AttendancePage(QWidget):
    assembly_saved = Signal(object)  # the Assembly, after the guests were saved

    def __init__(self, session: DeskSession, editing: AssemblyEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.editing = editing
        self.assembly: Assembly | None = None
        self._saving_guests = False
        self.model = AttendanceModel(self.write_presence, self)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_rows)
        self._create_actions()
        self._build_layout()
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.guests.editingFinished.connect(self.save_guests)

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the page, in one place, with its shortcut."""
        self.toggle_action = self._action(self.tr("&Present / not present"), ["Space"], self.toggle_selected)
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toggle_action.setStatusTip(self.tr("Tick or untick the selected members"))
        self.excused_action = self._action(self.tr("&Excused"), [], lambda: self.mark_selected(Presence.excused))
        self.absent_action = self._action(self.tr("A&bsent"), [], lambda: self.mark_selected(Presence.absent))
        self.unmark_action = self._action(self.tr("&Not marked"), [], lambda: self.mark_selected(None))
        self.mark_all_action = self._action(self.tr("Mark &all present"), ["Ctrl+Shift+A"], self.mark_all_present)
        self.mark_all_action.setStatusTip(self.tr("Mark every member in the list present (only those found, while searching)"))
        self.clear_action = self._action(self.tr("&Clear"), [], self.clear_marks)
        self.clear_action.setStatusTip(self.tr("Forget the marks of every member in the list"))
        self.find_action = self._action(self.tr("&Find"), ["Ctrl+F"], self._focus_search)

    def _action(self, text: str, shortcuts: list[str], slot) -> QAction:
        return view_action(self, text, shortcuts, slot, add_to_owner=False)

    def _build_layout(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, phone, workplace or shop"))
        search_label = QLabel(self.tr("F&ind:"))
        search_label.setBuddy(self.search)
        self.guests = QSpinBox(minimum=0, maximum=MOST_GUESTS)
        guests_label = QLabel(self.tr("&Guests:"))
        guests_label.setBuddy(self.guests)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(24)
        top.addWidget(guests_label)
        top.addWidget(self.guests)

        toolbar = QToolBar(self.tr("Attendance"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.toggle_action, self.mark_all_action, self.clear_action])

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.toggle_action, self.excused_action, self.absent_action, self.unmark_action])
        self.quorum_label = QLabel()
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.quorum_label, 1)
        bottom.addWidget(self.count_label)
        layout.addLayout(bottom)
        self.addActions([self.mark_all_action, self.clear_action, self.find_action])
        # Find a name, then straight into the list to mark it: guests come after.
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.guests)
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down and Return go to the list (with the search applied at once)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in TO_THE_LIST:
            if self.search_timer.isActive():
                self.search_timer.stop()
                self.reload_rows()
            if self.model.rowCount() > 0:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- showing --------------------------------------------------------------------

    def show_assembly(self, assembly: Assembly | None) -> None:
        self.assembly = assembly
        self.guests.blockSignals(True)
        self.guests.setValue(assembly.guests_count if assembly else 0)
        self.guests.blockSignals(False)
        self.reload_rows()
        self.update_quorum()

    def reload_rows(self) -> None:
        self.search_timer.stop()
        if self.assembly is None:
            self.model.clear()
        else:
            with reporting_errors(self):
                self.model.set_rows(assemblies.attendance_sheet(self.session.store, self.assembly.id, self.search.text()))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def update_quorum(self) -> None:
        if self.assembly is None:
            self.quorum_label.clear()
            self.count_label.clear()
            return
        store = self.session.store
        hall = assemblies.hall(store, self.assembly.id)
        status = hall.quorum
        if status.reached:
            text = self.tr("Quorum reached: {present} of {required} needed").format(
                present=status.registered, required=status.required
            )
        else:
            text = self.tr("Missing {missing} for quorum: {present} of {required} needed").format(
                missing=status.missing, present=status.registered, required=status.required
            )
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(REACHED_STYLE if status.reached else MISSING_STYLE)
        self.count_label.setText(
            self.tr("Present: {present}, guests: {guests}").format(
                present=hall.members_present, guests=self.guests.value()
            )
        )

    def clear(self) -> None:
        self.assembly = None
        self.search.clear()
        self.search_timer.stop()
        self.model.clear()
        self.guests.blockSignals(True)
        self.guests.setValue(0)
        self.guests.blockSignals(False)
        self.quorum_label.clear()
        self.count_label.clear()

    # --- marking --------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def toggle_selected(self) -> None:
        self.model.toggle(self.selected_rows())

    def mark_selected(self, presence: Presence | None) -> None:
        self.model.record(self.model.member_ids(self.selected_rows()), presence)

    def mark_all_present(self) -> None:
        self.model.record(self.model.member_ids(), Presence.present)

    def clear_marks(self) -> None:
        member_ids = self.model.member_ids()
        if not member_ids:
            return
        question = self.tr("Clear the presence marks of the members listed ({count})?").format(count=len(member_ids))
        if confirm.ask(self, self.tr("Clear attendance"), question):
            self.model.record(member_ids, None)

    def write_presence(self, member_ids: list[int], presence: Presence | None) -> bool:
        """The model's writer: one transaction, whether for one member or the whole hall."""
        if self.assembly is None or not self.editing.allows_change():
            return False
        saved = False
        store = self.session.store
        with reporting_errors(self):
            if presence is None:
                assemblies.clear_presence(store, self.assembly.id, member_ids)
            elif len(member_ids) == 1:
                assemblies.set_presence(store, self.assembly.id, member_ids[0], presence)
            else:
                assemblies.set_presence_many(store, self.assembly.id, member_ids, presence)
            saved = True
        self.update_quorum()
        return saved

    def save_pending(self, *, may_ask: bool) -> bool:
        """See DeskView.save_pending: the guests count typed but not yet confirmed."""
        wanted = self.guests.value()
        if self.assembly is None or wanted == self.assembly.guests_count:
            return False
        if may_ask or self.editing.changes_allowed_without_asking():
            self.save_guests()
            return self.assembly is None or self.assembly.guests_count != wanted
        return True

    def save_guests(self) -> None:
        # The question asked below takes the focus, which finishes the editing a second time.
        if self._saving_guests or self.assembly is None or self.guests.value() == self.assembly.guests_count:
            return
        self._saving_guests = True
        try:
            if not self.editing.allows_change():
                self.guests.setValue(self.assembly.guests_count)
                return
            with reporting_errors(self):
                self.assembly = assemblies.update_assembly(
                    self.session.store, self.assembly.id, guests_count=self.guests.value()
                )
                self.assembly_saved.emit(self.assembly)
            self.update_quorum()
        finally:
            self._saving_guests = False

"""The Attendance page: a checklist of members that stays quick with hundreds of them
(search, Space to tick the selected rows, mark all at once), the people signed in at the
door who are not in the member list, the guests, and a quorum line over those entitled that
follows every change."""

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
from committee_app.vocabulary import AssemblyKind, Presence

from .. import confirm
from ..commands import view_action
from ..error_reporting import reporting_errors
from ..models.assembly_formatting import grouped
from ..models.attendance_model import AttendanceModel
from ..session import DeskSession
from .assembly_editing import AssemblyEditing, RecordFields

# Typing pauses this long before the list is searched again.
TO_THE_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_DELAY_MS = 200
MOST_PEOPLE = 1_000_000
REACHED_STYLE = "color: #1b5e20; font-weight: bold;"
MISSING_STYLE = "color: #b71c1c; font-weight: bold;"


class AttendancePage(QWidget):
    assembly_saved = Signal(object)  # the Assembly, after the counts typed here were saved

    def __init__(self, session: DeskSession, editing: AssemblyEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.editing = editing
        self.assembly: Assembly | None = None
        self._saving_counts = False
        self.model = AttendanceModel(self.write_presence, self)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_rows)
        self._create_actions()
        self._build_layout()
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        for box in self.count_boxes():
            box.editingFinished.connect(self.save_counts)
        self.record_fields = RecordFields(editing, list(self.count_boxes()))

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
        self.others = QSpinBox(minimum=0, maximum=MOST_PEOPLE)
        self.others.setGroupSeparatorShown(True)
        self.others.setToolTip(self.tr("Workers not in the member list: counted at the door or from the signed sheets"))
        others_label = QLabel(self.tr("Signed in at the &door:"))
        others_label.setBuddy(self.others)
        self.guests = QSpinBox(minimum=0, maximum=MOST_PEOPLE)
        self.guests.setToolTip(self.tr("Invited guests do not vote and do not count towards quorum"))
        guests_label = QLabel(self.tr("&Guests:"))
        guests_label.setBuddy(self.guests)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(24)
        top.addWidget(others_label)
        top.addWidget(self.others)
        top.addSpacing(12)
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
        # The name takes the room; the workplace and the presence («По уважительной причине»)
        # are shown whole.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.toggle_action, self.excused_action, self.absent_action, self.unmark_action])
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
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
        # Find a name, then straight into the list to mark it: the counts come after.
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.others)
        QWidget.setTabOrder(self.others, self.guests)
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

    def count_boxes(self) -> tuple[QSpinBox, QSpinBox]:
        return self.others, self.guests

    def _saved_counts(self) -> tuple[int, int]:
        return (self.assembly.registered_others, self.assembly.guests_count) if self.assembly else (0, 0)

    def _typed_counts(self) -> tuple[int, int]:
        return self.others.value(), self.guests.value()

    def _show_counts(self, counts: tuple[int, int]) -> None:
        for box, value in zip(self.count_boxes(), counts, strict=True):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def show_assembly(self, assembly: Assembly | None) -> None:
        self.assembly = assembly
        self._show_counts(self._saved_counts())
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
        hall = assemblies.hall(self.session.store, self.assembly.id)
        status = hall.quorum
        self.quorum_label.setText(self.quorum_text(hall, self.assembly))
        self.quorum_label.setStyleSheet(REACHED_STYLE if status.reached else MISSING_STYLE)
        self.count_label.setText(
            self.tr("Members present: {members}, at the door: {others}, guests: {guests}").format(
                members=grouped(hall.members_present), others=grouped(hall.others), guests=grouped(self.guests.value())
            )
        )

    def quorum_text(self, hall: assemblies.Hall, assembly: Assembly) -> str:
        """The quorum in a line that says whom it is counted over."""
        status = hall.quorum
        base = self.base_text(hall, assembly)
        if status.reached:
            return self.tr("Quorum reached: {registered} registered {base}; {required} needed").format(
                registered=grouped(status.registered), base=base, required=grouped(status.required)
            )
        return self.tr("Missing {missing} for quorum: {registered} registered {base}; {required} needed").format(
            missing=grouped(status.missing), registered=grouped(status.registered), base=base,
            required=grouped(status.required),
        )

    def base_text(self, hall: assemblies.Hall, assembly: Assembly) -> str:
        """Whom the quorum is counted over, as the line says it ("of 1,200 workers")."""
        count = hall.entitled
        if hall.entitled_are_members:
            text = self.tr("of {count} active members of the committee", "", count)
        elif assembly.kind == AssemblyKind.general_assembly:
            text = self.tr("of {count} workers entitled to take part", "", count)
        elif assembly.kind == AssemblyKind.delegates_council:
            text = self.tr("of {count} delegates elected", "", count)
        else:
            text = self.tr("of {count} entitled to take part", "", count)
        return text.format(count=grouped(count))

    def clear(self) -> None:
        self.assembly = None
        self.search.clear()
        self.search_timer.stop()
        self.model.clear()
        self._show_counts((0, 0))
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
        """See DeskView.save_pending: the counts typed but not yet confirmed."""
        if self.assembly is None or self._typed_counts() == self._saved_counts():
            return False
        if may_ask or self.editing.changes_allowed_without_asking():
            self.save_counts()
            return self.assembly is None or self._typed_counts() != self._saved_counts()
        return True

    def save_counts(self) -> None:
        # The question asked below takes the focus, which finishes the editing a second time.
        if self._saving_counts or self.assembly is None or self._typed_counts() == self._saved_counts():
            return
        self._saving_counts = True
        try:
            if not self.editing.allows_change():
                self._show_counts(self._saved_counts())
                return
            others, guests = self._typed_counts()
            with reporting_errors(self):
                self.assembly = assemblies.update_assembly(
                    self.session.store, self.assembly.id, registered_others=others, guests_count=guests
                )
                self.assembly_saved.emit(self.assembly)
            # A count refused (fewer than a vote already counted) goes back to the one kept.
            self._show_counts(self._saved_counts())
            self.update_quorum()
        finally:
            self._saving_counts = False

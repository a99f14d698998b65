"""Members: find anyone as you type, add, edit, mark as left, delete (history is kept), erase a
person completely, and bring a list in from a spreadsheet or write it out to one."""

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.services import erasure, members
from committee_app.vocabulary import MemberStatus

from .. import confirm, error_reporting, printing_actions
from ..clipboard import PHONE_ON_CLIPBOARD_MS, clipboard_guard
from ..commands import view_action
from ..dialogs.delegates_dialog import DelegatesDialog
from ..dialogs.erase_member_dialog import EraseMemberDialog
from ..dialogs.member_dialog import MemberDialog
from ..error_reporting import reporting_errors
from ..models.members_model import MembersTableModel
from ..member_exchange import MemberFiles
from ..printing_actions import DocumentPrinter
from ..session import DeskSession
from .base import DeskView

COLUMN_WIDTHS = {
    MembersTableModel.PHONE: 150,
    MembersTableModel.WORKPLACE: 200,
    MembersTableModel.UNIT: 180,
    MembersTableModel.ROLE: 120,
    MembersTableModel.STATUS: 90,
    MembersTableModel.JOINED_ON: 130,
}
SEARCH_LENGTH = 200
RESULTS_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MembersView(DeskView):
    """Members who left are hidden until asked for: the list is then the committee as it is
    today (the people to call, to count for quorum, to put on a sign-in sheet), and a note
    says when people who left match the search, so nobody seems lost."""

    key = "members"
    # After an erasure: make a new backup and retire the older ones, which still hold the person.
    retire_backups_requested = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.model = MembersTableModel(self)
        self.printer = DocumentPrinter(session, self)
        self.member_files = MemberFiles(session, self)
        self.member_files.imported.connect(lambda _summary: self._reload(keep_position=True))
        # The member selected before the list is read again, and the row they were on.
        self._selected_before: tuple[int | None, int] = (None, -1)
        # After a member is deleted or hidden, select the one now in their place.
        self._keep_position = False
        self._create_actions()
        self._build_layout()
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._list_was_read)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.show_left.toggled.connect(self._show_left_toggled)
        self._list_was_read()

    def title(self) -> str:
        return self.tr("Members")

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the view, in one place, with its shortcut."""
        self.new_action = self._action(self.tr("&New member…"), [QKeySequence("Ctrl+N")], self.new_member)
        self.new_action.setStatusTip(self.tr("Add a member to the committee's list"))
        self.edit_action = self._action(
            self.tr("&Edit…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)],
            self.edit_member,
        )
        self.edit_action.setStatusTip(self.tr("Change the selected member's details"))
        self.left_action = self._action(self.tr("Mark as &left"), [], self.mark_left)
        self.left_action.setStatusTip(self.tr("The member left the committee; their history stays"))
        self.delete_action = self._action(self.tr("&Delete…"), [QKeySequence(QKeySequence.StandardKey.Delete)],
                                          self.delete_member)
        self.delete_action.setStatusTip(
            self.tr("Delete the selected member; one with history in the records is marked as left instead")
        )
        self.copy_phone_action = self._action(self.tr("&Copy phone number"), [QKeySequence("Ctrl+Shift+C")], self.copy_phone)
        self.copy_phone_action.setStatusTip(
            self.tr("Copy the selected member's phone number; it is cleared from the clipboard after 30 seconds")
        )
        # The table's own Ctrl+C copies a cell and leaves it there; a name or phone copied here
        # is taken off the clipboard after the same 30 seconds.
        self.copy_cell_action = self._action(self.tr("Cop&y"), [QKeySequence(QKeySequence.StandardKey.Copy)], self.copy_cell)
        self.copy_cell_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.erase_action = self._action(self.tr("Erase &completely…"), [QKeySequence("Ctrl+Shift+E")], self.erase_member)
        self.erase_action.setStatusTip(
            self.tr("Remove the selected person from every record, leaving a numbered placeholder; counts stay right")
        )
        self.find_action = self._action(self.tr("&Find"), [QKeySequence("Ctrl+F")], self.focus_search)
        self.find_action.setStatusTip(self.tr("Search by name, phone, workplace or shop"))
        self.print_action = self._action(self.tr("&Print member list…"), [QKeySequence("Ctrl+P")], self.print_roster)
        self.print_action.setStatusTip(
            self.tr("Every member with their phone number; those who left too while the list shows them")
        )
        self.import_action = self._action(self.tr("&Import…"), [QKeySequence("Ctrl+I")], self.import_members)
        self.import_action.setStatusTip(
            self.tr("Add members from a spreadsheet (.xlsx or CSV), after a preview of what will be added")
        )
        self.export_action = self._action(self.tr("E&xport…"), [QKeySequence("Ctrl+Shift+X")], self.export_members)
        self.export_action.setStatusTip(
            self.tr("Write the member list to a spreadsheet (.xlsx or CSV); those who left too while the list shows them")
        )

        self.delegates_action = self._action(self.tr("Dele&gates…"), [QKeySequence("Ctrl+Shift+G")], self.show_delegates)
        self.delegates_action.setStatusTip(
            self.tr("The mandates elections gave: who holds which, in which body, until when; recalls")
        )

    def _action(self, text: str, shortcuts: list[QKeySequence], slot) -> QAction:
        return view_action(self, text, shortcuts, slot)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Members"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action, self.left_action, self.delete_action, self.erase_action])
        toolbar.addSeparator()
        toolbar.addActions([self.print_action, self.import_action, self.export_action])
        toolbar.addSeparator()
        toolbar.addAction(self.delegates_action)

        self.search = QLineEdit()
        self.search.setMaxLength(SEARCH_LENGTH)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, phone, workplace or shop (Ctrl+F)"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.show_left = QCheckBox(self.tr("Show members who le&ft"))
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_left)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.new_action, self.edit_action, self.left_action, self.delete_action, self.erase_action])
        self.table.addActions([self.copy_phone_action, self.copy_cell_action])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # Never sized to contents: that would read every one of 100,000 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MembersTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSortIndicator(MembersTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.count_label = QLabel()
        self.hidden_left_label = QLabel()
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.hidden_left_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(search_row)
        layout.addWidget(self.table)
        layout.addLayout(count_row)
        self.setFocusProxy(self.search)

    # --- DeskView -------------------------------------------------------------------

    def load(self) -> None:
        self.model.load(self.session.store)

    def clear(self) -> None:
        self.model.clear()
        # What was typed may be a name: it goes too.
        self.search.clear()

    # --- finding --------------------------------------------------------------------

    def _search(self, text: str) -> None:
        with reporting_errors(self):
            self.model.set_query(text)

    def _show_left_toggled(self, show: bool) -> None:
        with reporting_errors(self):
            self.model.set_show_left(show)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_results(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Esc clears it; Down and Return go to the results (where Return edits)."""
        if watched is self.search and event.type() == QEvent.Type.ShortcutOverride:
            if event.key() in RESULTS_KEYS:
                # Claimed from the edit action's Return shortcut, so it arrives here as a key press.
                event.accept()
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() in RESULTS_KEYS:
                self.focus_results()
                return True
        return super().eventFilter(watched, event)

    # --- the list, read again ------------------------------------------------------------

    def _remember_selection(self) -> None:
        row = self.selected_row()
        self._selected_before = (self.model.member_id(row) if row >= 0 else None, row)

    def _list_was_read(self) -> None:
        """Select the member selected before, else the one in their place, else the first."""
        member_id, row_before = self._selected_before
        count = self.model.rowCount()
        row = self.model.row_of(member_id) if member_id is not None else -1
        if row < 0 and count:
            row = min(row_before, count - 1) if self._keep_position and row_before >= 0 else 0
        if row >= 0:
            self._select_row(row)
        self._update_counts()
        self._update_actions()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, MembersTableModel.NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _reload(self, *, keep_position: bool = False) -> None:
        self._keep_position = keep_position
        try:
            with reporting_errors(self):
                self.model.reload()
        finally:
            self._keep_position = False

    def _update_counts(self) -> None:
        if not self.model.is_loaded:
            self.count_label.clear()
            self.hidden_left_label.clear()
            return
        shown = self.model.rowCount()
        if self.model.is_filtered:
            text = self.tr("{shown} of %Ln member(s)", "", self.model.total_count())
            self.count_label.setText(text.format(shown=QLocale().toString(shown)))
        else:
            self.count_label.setText(self.tr("%Ln member(s)", "", shown))
        hidden = self.model.hidden_left_count()
        self.hidden_left_label.setText(
            self.tr("%Ln member(s) who left are hidden", "", hidden) if hidden else ""
        )

    def _update_actions(self) -> None:
        row = self.selected_row()
        member = self.model.member_at(row) if row >= 0 else None
        self.new_action.setEnabled(self.model.is_loaded)
        for action in (self.print_action, self.import_action, self.export_action):
            action.setEnabled(self.model.is_loaded)
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(member is not None)
        self.erase_action.setEnabled(member is not None and not member.erased)
        self.left_action.setEnabled(member is not None and member.status is not MemberStatus.left)
        self.copy_phone_action.setEnabled(member is not None and bool(member.phone))
        self.copy_cell_action.setEnabled(member is not None)

    def copy_phone(self) -> None:
        row = self.selected_row()
        member = self.model.member_at(row) if row >= 0 else None
        if member is None or not member.phone:
            return
        self._copy(member.phone)

    def copy_cell(self) -> None:
        index = self.table.currentIndex()
        text = index.data() if index.isValid() else None
        if text:
            self._copy(str(text))

    def _copy(self, text: str) -> None:
        clipboard_guard().copy_for_a_while(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Copied. It is cleared from the clipboard in {seconds} seconds.").format(
                    seconds=PHONE_ON_CLIPBOARD_MS // 1000
                ),
                PHONE_ON_CLIPBOARD_MS,
            )

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_member_id(self) -> int | None:
        row = self.selected_row()
        return self.model.member_id(row) if row >= 0 else None

    # --- changing the records ---------------------------------------------------------------

    def new_member(self) -> None:
        values, accepted = MemberDialog.get_member(self)
        if not accepted:
            return
        with reporting_errors(self):
            added = members.add_member(self.session.store, **values)
            self._reload()
            self._bring_into_view(added.id, added.status)

    def _bring_into_view(self, member_id: int, status: MemberStatus) -> None:
        """Select a member just added or edited, clearing the search or showing those who
        left if that is what hides them."""
        if self.model.row_of(member_id) < 0 and self.search.text():
            self.search.clear()
        if self.model.row_of(member_id) < 0 and status is MemberStatus.left:
            self.show_left.setChecked(True)
        row = self.model.row_of(member_id)
        if row >= 0:
            self._select_row(row)

    def edit_member(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        member = None
        with reporting_errors(self):
            member = members.get_member(self.session.store, member_id)
        if member is None:
            self._reload(keep_position=True)
            return
        values, accepted = MemberDialog.get_member(self, member)
        if not accepted:
            return
        with reporting_errors(self):
            members.update_member(self.session.store, member_id, **values)
        self._reload(keep_position=True)

    def mark_left(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        with reporting_errors(self):
            members.mark_member_left(self.session.store, member_id)
        self._reload(keep_position=True)

    def delete_member(self) -> None:
        row = self.selected_row()
        member = self.model.member_at(row) if row >= 0 else None
        if member is None:
            return
        title = self.tr("Delete member")
        question = self.tr(
            "Delete {name} from the records? A member who chaired, attended, spoke, stood for election or was "
            "assigned work is kept and marked as having left, so the minutes stay whole."
        ).format(name=member.full_name)
        if not confirm.ask(self, title, question):
            return
        result = None
        with reporting_errors(self):
            result = members.delete_member(self.session.store, member.id)
        self._reload(keep_position=True)
        if result is not None and not result.deleted:
            error_reporting.show_message(self, QMessageBox.Icon.Information, title, result.reason)

    def erase_member(self) -> None:
        row = self.selected_row()
        member = self.model.member_at(row) if row >= 0 else None
        if member is None or member.erased:
            return
        retire_backups, accepted = EraseMemberDialog.get_confirmation(self, member.full_name)
        if not accepted:
            return
        result = None
        with reporting_errors(self):
            result = erasure.erase_member(self.session.store, member.id)
        self._reload(keep_position=True)
        if result is None:
            return
        done = self.tr("The person was erased from every record; {count} records changed.").format(count=result.records_changed)
        if retire_backups:
            self.retire_backups_requested.emit()
        else:
            done += " " + self.tr("Backups made before still hold them: make a new backup and retire the older ones soon.")
            error_reporting.show_message(self, QMessageBox.Icon.Information, self.tr("Erase member completely"), done)

    # --- printing -------------------------------------------------------------------------

    def print_roster(self) -> None:
        self.printer.print_document(printing_actions.roster(include_left=self.show_left.isChecked()))

    def show_delegates(self) -> None:
        DelegatesDialog(self.session, self.printer, self).exec()

    # --- spreadsheets ---------------------------------------------------------------------

    def import_members(self) -> None:
        self.member_files.import_members()

    def export_members(self) -> None:
        self.member_files.export_members(include_left=self.show_left.isChecked())

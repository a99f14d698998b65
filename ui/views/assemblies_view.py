"""Assemblies: the list, newest first, and the chosen assembly's plan, attendance and minutes.

The whole cycle of a meeting happens here: plan it (copying an earlier agenda and carrying
over what was left unresolved), take attendance with a live quorum, write the minutes and
votes, then mark it held, after which it is a record and changes are asked about first.
"""

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from committee_app.labels import label
from committee_app.models import AgendaItem, Assembly
from committee_app.printing.tally_counts import DEFAULT_SHEETS, MOST_SHEETS
from committee_app.services import assemblies, profile
from committee_app.vocabulary import AssemblyKind, AssemblyStatus

from .. import confirm, error_reporting, printing_actions
from ..commands import view_action
from ..dialogs.assembly_dialog import AssemblyDialog, AssemblyForm, CarryOverDialog
from ..dialogs.election_dialog import open_election
from ..error_reporting import reporting_errors
from ..models.assembly_formatting import short_date_time
from ..models.assembly_list_model import AssemblyListModel
from ..printing_actions import DocumentPrinter, Printable
from ..session import DeskSession
from .assembly_attendance import AttendancePage
from .assembly_editing import AssemblyEditing
from .assembly_minutes import MinutesPage
from .assembly_plan import PlanPage
from .base import DeskView
from .live_window import LiveWindow

# A new assembly is proposed for the next morning; the secretary changes it in the dialog.
DEFAULT_START = time(10, 0)


# Enough of an assembly's title to tell it apart; the rest is elided.
LIST_TITLE_WIDTH = 90


class AssembliesView(DeskView):
    key = "assemblies"

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.editing = AssemblyEditing(self)
        self.editing.changed.connect(self._show_banner)
        self.list_model = AssemblyListModel(self)
        self.plan = PlanPage(session, self.editing)
        self.attendance = AttendancePage(session, self.editing)
        self.minutes = MinutesPage(session, self.editing, self.plan.agenda_model)
        self.printer = DocumentPrinter(session, self)
        self.live_window: LiveWindow | None = None
        self._reloading = False
        self._create_actions()
        self._build_layout()
        self.list.selectionModel().currentRowChanged.connect(self._assembly_chosen)
        self.attendance.assembly_saved.connect(self._assembly_saved)
        self._show_assembly(None)

    def title(self) -> str:
        return self.tr("Assemblies")

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the view, in one place, with its shortcut."""
        self.new_action = self._action(self.tr("&New assembly…"), "Ctrl+N", self.new_assembly)
        self.new_action.setStatusTip(self.tr("Plan an assembly, starting from an earlier agenda if you like"))
        self.edit_action = self._action(self.tr("&Edit details…"), "Ctrl+E", self.edit_details)
        self.edit_action.setStatusTip(self.tr("Number, kind, date and time, place, chair, secretary, quorum rule"))
        self.held_action = self._action(self.tr("Mark as &held"), "Ctrl+Shift+H", self.mark_held)
        self.held_action.setStatusTip(self.tr("The assembly took place; its minutes become a record"))
        self.cancelled_action = self._action(self.tr("Mark as &cancelled"), "", self.mark_cancelled)
        self.planned_action = self._action(self.tr("Mark as pla&nned again"), "", self.mark_planned)
        self.live_action = self._action(self.tr("&Run the assembly"), "F5", self.run_live)
        self.live_action.setStatusTip(
            self.tr("The live view: the item on the floor, the speakers and their time, the vote as hands are counted")
        )
        self.election_action = self._action(self.tr("E&lection…"), "Ctrl+Shift+L", self.hold_election)
        self.election_action.setStatusTip(
            self.tr("An election on an agenda item: the candidates, the votes, the counting commission, the mandates")
        )
        self.print_agenda_action = self._action(self.tr("Print &agenda…"), "Ctrl+P", self.print_agenda)
        self.print_agenda_action.setStatusTip(
            self.tr("The notice of the assembly: date, place, the items and their times")
        )
        self.print_signin_action = self._action(
            self.tr("Print &sign-in sheet…"), "Ctrl+Shift+P", self.print_signin_sheet
        )
        self.print_signin_action.setStatusTip(self.tr("The active members with a column to sign, and blank rows"))
        self.print_minutes_action = self._action(self.tr("Print &minutes…"), "Ctrl+Shift+M", self.print_minutes)
        self.print_minutes_action.setStatusTip(self.tr("The protocol: present, heard, spoke, resolved, the votes"))
        self.print_tally_action = self._action(self.tr("Print &tally sheets…"), "", self.print_tally_sheets)
        self.print_tally_action.setStatusTip(
            self.tr("Numbered sheets for counting hands on one item in a big hall, one for each counter")
        )
        self.print_actions = [
            self.print_agenda_action,
            self.print_signin_action,
            self.print_minutes_action,
            self.print_tally_action,
        ]

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        return view_action(self, text, shortcut, slot)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Assemblies"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.live_action, self.election_action])
        toolbar.addSeparator()
        toolbar.addActions([self.held_action, self.cancelled_action, self.planned_action])
        toolbar.addSeparator()
        print_menu = QMenu(self)
        print_menu.addActions(self.print_actions)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setMenu(print_menu)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.print_button)

        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AssemblyListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The title takes what the other columns leave, elided, never a sideways scroll.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusProxy(self.list)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3e0; color: #5d4037; padding: 4px;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan, self.tr("&Plan"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.empty_note = QLabel(self.tr("No assembly is chosen. Plan one with “New assembly” (Ctrl+N)."))
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.banner)
        details_layout.addWidget(self.tabs)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty_note)
        self.detail_stack.addWidget(details)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(splitter)

    def _update_actions(self) -> None:
        assembly = self.current_assembly()
        status = assembly.status if assembly else None
        self.edit_action.setEnabled(assembly is not None)
        self.live_action.setEnabled(assembly is not None)
        self.election_action.setEnabled(assembly is not None)
        self.held_action.setEnabled(status == AssemblyStatus.planned)
        self.cancelled_action.setEnabled(status == AssemblyStatus.planned)
        self.planned_action.setEnabled(status is not None and status != AssemblyStatus.planned)
        for action in self.print_actions:
            action.setEnabled(assembly is not None)
        self.print_button.setEnabled(assembly is not None)

    # --- loading --------------------------------------------------------------------

    def load(self) -> None:
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_assembly()
        keep = select_id if select_id is not None else current.id if current else None
        self.minutes.save_without_asking()
        self._reloading = True
        try:
            self.list_model.set_assemblies(assemblies.list_assemblies(self.session.store))
            self._fit_list_width()
            row = self.list_model.row_of(keep) if keep is not None else None
            if row is None and self.list_model.rowCount():
                row = 0
            if row is not None:
                self.list.selectRow(row)
        finally:
            self._reloading = False
        self._show_assembly(self.list_model.assembly(row) if row is not None else None)

    def _fit_list_width(self) -> None:
        """Wide enough for every column but the title in full, and the start of the title."""
        header = self.list.horizontalHeader()
        columns = sum(
            LIST_TITLE_WIDTH
            if column == AssemblyListModel.TITLE
            else max(header.sectionSizeHint(column), self.list.sizeHintForColumn(column))
            for column in range(self.list_model.columnCount())
        )
        scroll_bar = self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(columns + scroll_bar + 2 * self.list.frameWidth())

    def save_pending(self, *, may_ask: bool) -> bool:
        if self.live_window is not None:
            self.live_window.save_pending()
            if not may_ask:
                # The app is locking itself: the live view closes, and the item's clock stops.
                self.live_window.stop_floor_clock()
        discarded = self.minutes.save_pending(may_ask=may_ask)
        return self.attendance.save_pending(may_ask=may_ask) or discarded

    def clear(self) -> None:
        if self.live_window is not None:
            # Locking has saved what was typed (save_pending); a wipe must write nothing more.
            live_window, self.live_window = self.live_window, None
            live_window.closed.disconnect(self._live_closed)
            live_window.close_without_saving()
        self.minutes.clear()
        self.plan.clear()
        self.attendance.clear()
        self.list_model.clear()
        self.editing.follow(None)
        self.banner.clear()
        self.detail_stack.setCurrentIndex(0)
        self._update_actions()

    def current_assembly(self) -> Assembly | None:
        return self.editing.assembly

    def _assembly_chosen(self, current, _previous) -> None:
        if self._reloading:
            return
        self._show_assembly(self.list_model.assembly(current.row()) if current.isValid() else None)

    def _show_assembly(self, assembly: Assembly | None) -> None:
        leaving = self.editing.assembly
        if leaving is not None and (assembly is None or assembly.id != leaving.id):
            # What was typed belongs to the assembly being left: saved (or refused) while it is still shown.
            self.minutes.save_texts()
        self.editing.follow(assembly)
        self.detail_stack.setCurrentIndex(1 if assembly else 0)
        self.plan.show_assembly(assembly)
        self.attendance.show_assembly(assembly)
        self.minutes.show_assembly(assembly)
        self._show_banner()
        self._update_actions()

    def _show_banner(self) -> None:
        assembly = self.current_assembly()
        if assembly is not None and assembly.status == AssemblyStatus.held:
            if self.editing.is_unlocked_record():
                self.banner.setText(
                    self.tr("This assembly is held: its minutes are a record. You agreed to change it; it stays open to changes until another assembly is chosen or the app is locked.")
                )
            else:
                self.banner.setText(self.tr("This assembly is held: its minutes are a record. Changes are asked about first."))
        elif assembly is not None and assembly.status == AssemblyStatus.cancelled:
            self.banner.setText(self.tr("This assembly was cancelled. Changes are asked about first."))
        else:
            self.banner.clear()
        self.banner.setVisible(bool(self.banner.text()))

    def _assembly_saved(self, assembly: Assembly) -> None:
        """An assembly's record changed on one of the pages: the list and the guard follow."""
        self.list_model.replace(assembly)
        self.editing.follow(assembly)

    # --- planning ---------------------------------------------------------------------

    def _new_assembly_form(self, earlier: list[Assembly]) -> AssemblyForm:
        """The next number; place, chair, secretary and quorum rule as at the latest assembly
        (``earlier``: every assembly, highest number first)."""
        store = self.session.store
        latest = earlier[0] if earlier else None
        committee = profile.get_profile(store)
        tomorrow = datetime.now().date() + timedelta(days=1)
        return AssemblyForm(
            number=latest.number + 1 if latest else 1,
            kind=latest.kind if latest else AssemblyKind.general_assembly,
            title="",
            starts_at=datetime.combine(tomorrow, DEFAULT_START),
            place=latest.place if latest else "",
            chair_id=latest.chair_id if latest else None,
            secretary_id=latest.secretary_id if latest else None,
            quorum_rule=latest.quorum_rule if latest else committee.default_quorum_rule if committee else "majority",
            entitled=latest.entitled if latest else None,
        )

    def new_assembly(self) -> None:
        store = self.session.store
        with reporting_errors(self):
            earlier = assemblies.list_assemblies(store)
            form = self._new_assembly_form(earlier)
            members = assemblies.member_choices(store, including=(form.chair_id, form.secretary_id))
            form, accepted = AssemblyDialog.get_assembly(
                self, form, members, other_dates={each.number: each.starts_at for each in earlier}, copy_sources=earlier
            )
            if not accepted:
                return
            self.minutes.save_texts()
            assembly = assemblies.plan_assembly(store, copy_agenda_from=form.copy_agenda_from, **form.assembly_fields())
            self.reload(select_id=assembly.id)
            self.tabs.setCurrentWidget(self.plan)
            self._offer_unresolved_items(assembly)

    def _offer_unresolved_items(self, assembly: Assembly) -> None:
        store = self.session.store
        offer = assemblies.carry_over_candidates(store, assembly.id)
        if not offer.items:
            return
        item_ids, accepted = CarryOverDialog.get_items(self, offer.source.number, offer.items)
        if accepted and item_ids:
            assemblies.copy_agenda_items(store, assembly.id, item_ids)
            self.plan.reload_agenda()

    def edit_details(self) -> None:
        assembly = self.current_assembly()
        if assembly is None or not self.editing.allows_change():
            return
        store = self.session.store
        with reporting_errors(self):
            current = AssemblyForm(
                number=assembly.number,
                kind=assembly.kind,
                title=assembly.title,
                starts_at=assembly.starts_at or datetime.combine(datetime.now().date(), DEFAULT_START),
                place=assembly.place,
                chair_id=assembly.chair_id,
                secretary_id=assembly.secretary_id,
                quorum_rule=assembly.quorum_rule,
                entitled=assembly.entitled,
                guests_names=assembly.guests_names,
            )
            others = {each.number: each.starts_at for each in assemblies.list_assemblies(store) if each.id != assembly.id}
            members = assemblies.member_choices(store, including=(assembly.chair_id, assembly.secretary_id))
            form, accepted = AssemblyDialog.get_assembly(self, current, members, other_dates=others)
            if not accepted:
                return
            assemblies.update_assembly(store, assembly.id, **form.assembly_fields())
            self.reload(select_id=assembly.id)

    # --- status -----------------------------------------------------------------------

    # --- running it live ----------------------------------------------------------------

    def run_live(self) -> None:
        """The live view of the chosen assembly, over this window until it is closed."""
        assembly = self.current_assembly()
        if assembly is None or self.live_window is not None:
            return
        if assembly.status != AssemblyStatus.planned:
            error_reporting.show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Run the assembly"),
                self.tr("The live view is for an assembly in progress, and No. {number} is marked {status}. Mark it as planned again to run it.").format(
                    number=assembly.number, status=label(assembly.status).lower()
                ),
            )
            return
        self.minutes.save_texts()
        if not assemblies.agenda(self.session.store, assembly.id):
            error_reporting.show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Run the assembly"),
                self.tr("Assembly No. {number} has no agenda yet: add its items on the Plan page first.").format(
                    number=assembly.number
                ),
            )
            return
        self.live_window = LiveWindow(self.session, assembly, self.window())
        self.live_window.closed.connect(self._live_closed)
        if not self.live_window.start():
            self.live_window.close()
            return
        self.live_window.showMaximized()

    def hold_election(self) -> None:
        """The election on an item (the one open in the minutes, to start with)."""
        assembly = self.current_assembly()
        item = self._choose_item(self.tr("Election"), self.tr("The &item that holds the election:"))
        if assembly is None or item is None or not self.editing.allows_change():
            return
        self.save_pending(may_ask=True)
        open_election(self, self.session, assembly, item, self.printer)
        self.reload(select_id=assembly.id)
        # The minutes open on the item, where a declared result now stands in «Resolved».
        row = self.plan.agenda_model.row_of(item.id)
        if row is not None:
            self.minutes.items.setCurrentIndex(self.plan.agenda_model.index(row, 0))

    def _live_closed(self, assembly_id: int) -> None:
        self.live_window = None
        if self.session.store.is_open:
            self.reload(select_id=assembly_id)

    def mark_held(self) -> None:
        assembly = self.current_assembly()
        if assembly is None or assembly.status != AssemblyStatus.planned:
            return
        self.minutes.save_texts()
        store = self.session.store
        with reporting_errors(self):
            question = self.tr("Mark assembly No. {number} as held? Its minutes then become a record.").format(
                number=assembly.number
            )
            if assembly.starts_at is not None and assembly.starts_at > datetime.now():
                question += "\n\n" + self.tr("It is dated {date}, which has not come yet.").format(
                    date=short_date_time(assembly.starts_at)
                )
            hall = assemblies.hall(store, assembly.id)
            if not hall.quorum.reached:
                question += "\n\n" + self.attendance.quorum_text(hall, assembly) + "."
            if not confirm.ask(self, self.tr("Mark as held"), question):
                return
            assemblies.close_assembly(store, assembly.id)
            self.editing.lock()
            self.reload(select_id=assembly.id)

    def mark_cancelled(self) -> None:
        self._change_status(
            AssemblyStatus.cancelled, self.tr("Mark assembly No. {number} as cancelled?"), self.tr("Mark as cancelled")
        )

    def mark_planned(self) -> None:
        self._change_status(
            AssemblyStatus.planned,
            self.tr("Mark assembly No. {number} as planned again? Its minutes can then be changed without asking."),
            self.tr("Mark as planned again"),
        )

    def _change_status(self, status: AssemblyStatus, question: str, title: str) -> None:
        assembly = self.current_assembly()
        if assembly is None:
            return
        self.minutes.save_texts()
        if not confirm.ask(self, title, question.format(number=assembly.number)):
            return
        with reporting_errors(self):
            assemblies.update_assembly(self.session.store, assembly.id, status=status)
            self.editing.lock()
            self.reload(select_id=assembly.id)

    # --- printing ---------------------------------------------------------------------

    def print_agenda(self) -> None:
        self._print(printing_actions.agenda)

    def print_signin_sheet(self) -> None:
        self._print(printing_actions.signin_sheet)

    def print_minutes(self) -> None:
        self._print(printing_actions.minutes)

    def print_tally_sheets(self) -> None:
        """The item (the one open in the minutes, to start with) and how many counters, then
        the print dialog."""
        assembly = self.current_assembly()
        title = self.tr("Print tally sheets")
        item = self._choose_item(title, self.tr("The &item counted:"))
        if assembly is None or item is None:
            return
        sheets, accepted = QInputDialog.getInt(
            self, title, self.tr("How many &sheets (one for each counter or sector):"), DEFAULT_SHEETS, 1, MOST_SHEETS
        )
        if not accepted:
            return
        self.save_pending(may_ask=True)
        self.printer.print_document(printing_actions.tally_sheets(assembly.number, item.position, sheets))

    def _choose_item(self, title: str, prompt: str) -> AgendaItem | None:
        """An item of the assembly shown, asked for (the one open in the minutes to start
        with); None when there is none or the question is cancelled."""
        assembly = self.current_assembly()
        if assembly is None:
            return None
        items = []
        with reporting_errors(self):
            items = assemblies.agenda(self.session.store, assembly.id)
        if not items:
            error_reporting.show_message(
                self, QMessageBox.Icon.Information, title, self.tr("The agenda has no items yet: add them in the Plan tab.")
            )
            return None
        names = [f"{item.position}. {item.title}" for item in items]
        current = self.minutes.current_item()
        start = next((row for row, item in enumerate(items) if current is not None and item.id == current.id), 0)
        name, accepted = QInputDialog.getItem(self, title, prompt, names, start, False)
        return items[names.index(name)] if accepted else None

    def _print(self, document: Callable[[int], Printable]) -> None:
        assembly = self.current_assembly()
        if assembly is None:
            return
        # What was typed in the minutes or the guests count belongs on the paper.
        self.save_pending(may_ask=True)
        self.printer.print_document(document(assembly.number))

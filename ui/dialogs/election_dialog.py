"""An election on an agenda item: the candidates in ballot order (a member found as the name
is typed, or any name), the votes of each as they are counted, the counting commission's
figures for a secret ballot, the result with its ties, and then the result declared: written
into the minutes, with a mandate for each one elected. Each change is saved as it is made."""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app.errors import UserError
from committee_app.labels import label
from committee_app.models import AgendaItem, Assembly
from committee_app.printing.ballot_counts import MOST_BALLOTS, default_ballot_copies
from committee_app.services import assemblies, elections
from committee_app.services.elections import ElectionOutcome
from committee_app.vocabulary import BallotKind

from .. import confirm, error_reporting, printing_actions
from ..commands import command_button, view_action
from ..error_reporting import reporting_errors
from ..member_search import MemberSearchField
from ..models.assembly_formatting import grouped
from ..models.candidates_model import CandidatesModel
from ..session import DeskSession
from ..text_labels import plain_label
from .election_settings_dialog import ElectionSettings, ElectionSettingsDialog

MOST_BALLOT_FIGURE = 1_000_000
NOT_COUNTED = -1  # a figure's box below zero: not counted yet


def assembly_day(assembly: Assembly) -> date:
    return assembly.starts_at.date() if assembly.starts_at else date.today()


def open_election(parent: QWidget, session: DeskSession, assembly: Assembly, item: AgendaItem, printer) -> bool:
    """The election on ``item``, set up first if there is none; True once one exists."""
    store = session.store
    election = elections.election_of_item(store, item.id)
    if election is None:
        settings, accepted = ElectionSettingsDialog.get_settings(parent, None, assembly_day(assembly))
        if not accepted:
            return False
        with reporting_errors(parent):
            election = elections.create_election(store, item.id, **settings.fields())
        if election is None:
            return False
    dialog = ElectionDialog(session, assembly, item, election.id, printer, parent)
    dialog.exec()
    return True


class ElectionDialog(QDialog):
    def __init__(
        self,
        session: DeskSession,
        assembly: Assembly,
        item: AgendaItem,
        election_id: int,
        printer,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.assembly = assembly
        self.item = item
        self.election_id = election_id
        self.printer = printer
        self.outcome: ElectionOutcome | None = None
        self._showing = False
        self.model = CandidatesModel(self)
        self.model.votes_typed.connect(self._votes_typed)
        self.setWindowTitle(self.tr("Election: item {position} of assembly No. {number}").format(
            position=item.position, number=assembly.number
        ))
        self._create_actions()
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.reload()
        self.resize(820, 640)

    def _create_actions(self) -> None:
        self.up_action = view_action(self, self.tr("Move up"), "Ctrl+Up", lambda: self._move(-1))
        self.down_action = view_action(self, self.tr("Move down"), "Ctrl+Down", lambda: self._move(1))
        self.remove_action = view_action(self, self.tr("Take off the ballot…"), "Ctrl+Del", self.remove_candidate)
        # Delete in the table of counts clears a count, as in a spreadsheet; nothing more.
        self.clear_count_action = view_action(self, self.tr("Clear the count"), "Del", self.clear_count)
        self.clear_count_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_layout(self) -> None:
        self.heading = plain_label()
        self.heading.setStyleSheet("font-weight: bold;")
        self.hall_line = plain_label()
        self.search = MemberSearchField()
        self.search.setPlaceholderText(self.tr("A member's name, or any name for a worker not in the list"))
        self.search.chosen.connect(self._candidate_chosen)
        search_label = QLabel(self.tr("&Candidate:"))
        search_label.setBuddy(self.search)
        self.add_button = QPushButton(self.tr("Put on the &ballot"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.search.returnPressed.emit())
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.add_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        # Tab leaves the table for the next field; Enter moves between the candidates.
        self.table.setTabKeyNavigation(False)
        self.table.addAction(self.clear_count_action)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CandidatesModel.NAME, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("Candidates in ballot order (type the &votes into the table):"))
        table_label.setBuddy(self.table)
        order_row = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            order_row.addWidget(command_button(action))
        order_row.addStretch(1)

        self.figures = QGroupBox(self.tr("The counting commission's figures"))
        self.issued = self._figure_box()
        self.found = self._figure_box()
        self.invalid = self._figure_box()
        self.valid = plain_label()
        figures_form = QFormLayout(self.figures)
        figures_form.addRow(self.tr("Ballots &issued:"), self.issued)
        figures_form.addRow(self.tr("Ballots &found in the ballot box:"), self.found)
        figures_form.addRow(self.tr("Invalid ba&llots:"), self.invalid)
        figures_form.addRow(self.tr("Valid ballots:"), self.valid)

        self.result = plain_label()
        self.problem = plain_label()
        self.problem.setStyleSheet("color: #b71c1c;")

        self.settings_button = QPushButton(self.tr("&Settings…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.ballots_button = QPushButton(self.tr("Print ball&ot papers…"))
        self.ballots_button.clicked.connect(self.print_ballots)
        self.protocol_button = QPushButton(self.tr("Print count &protocol…"))
        self.protocol_button.clicked.connect(self.print_count_protocol)
        self.declare_button = QPushButton(self.tr("&Declare the result"))
        self.declare_button.clicked.connect(self.declare)
        self.remove_button = QPushButton(self.tr("&Remove the election"))
        self.remove_button.clicked.connect(self.remove_election)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        for button in (self.settings_button, self.ballots_button, self.protocol_button, self.declare_button, self.remove_button, close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.settings_button, self.ballots_button, self.protocol_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.declare_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hall_line)
        layout.addLayout(search_row)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(order_row)
        layout.addWidget(self.figures)
        layout.addWidget(self.result)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def _figure_box(self) -> QSpinBox:
        box = QSpinBox(minimum=NOT_COUNTED, maximum=MOST_BALLOT_FIGURE)
        box.setSpecialValueText("—")
        box.setValue(NOT_COUNTED)
        box.editingFinished.connect(self._figures_typed)
        return box

    # --- showing ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None, problem: str = "") -> None:
        with reporting_errors(self):
            self.outcome = elections.election_outcome(self.session.store, self.election_id)
        outcome = self.outcome
        if outcome is None:
            return
        declared = outcome.declared_at is not None
        chosen = select_id if select_id is not None else self._current_id()
        self.model.set_candidates(outcome.candidates, editable=not declared)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            # On the votes: a count typed on a row goes into its cell.
            self.table.setCurrentIndex(self.model.index(row, CandidatesModel.VOTES))
        self.heading.setText(
            self.tr("{office}: {seats} seat(s); {quota}; {kind}").format(
                office=outcome.office, seats=outcome.seats, quota=label(outcome.quota).lower(), kind=label(outcome.ballot_kind).lower()
            )
        )
        needed = (
            self.tr("; more than half of them, {required}, to be elected").format(required=grouped(outcome.required))
            if outcome.required is not None
            else ""
        )
        self.hall_line.setText(
            self.tr("Registered at the assembly: {registered}{needed}.").format(registered=grouped(outcome.registered), needed=needed)
        )
        self._showing = True
        try:
            for box, value in ((self.issued, outcome.ballots_issued), (self.found, outcome.ballots_found), (self.invalid, outcome.ballots_invalid)):
                box.setValue(NOT_COUNTED if value is None else value)
                box.setEnabled(not declared)
        finally:
            self._showing = False
        self.valid.setText("—" if outcome.ballots_valid is None else grouped(outcome.ballots_valid))
        self.figures.setVisible(outcome.ballot_kind == BallotKind.secret)
        self.result.setText(self._result_text(outcome))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.search.setEnabled(not declared)
        self.add_button.setEnabled(not declared)
        self.settings_button.setEnabled(not declared)
        self.declare_button.setEnabled(not declared)
        self.remove_button.setEnabled(not declared)
        self.ballots_button.setEnabled(outcome.ballot_kind == BallotKind.secret and bool(outcome.candidates))
        self.protocol_button.setEnabled(outcome.ballot_kind == BallotKind.secret and bool(outcome.candidates))
        self._update_actions()

    def _result_text(self, outcome: ElectionOutcome) -> str:
        if not outcome.candidates:
            return self.tr("No candidates yet.")
        if not outcome.counted:
            return self.tr("Counting: type each candidate's votes.")
        parts = []
        if outcome.elected:
            parts.append(self.tr("Elected: {names}.").format(names=", ".join(row.name for row in outcome.elected)))
        if outcome.tied:
            parts.append(
                self.tr("Tie for the last seat(s) between {names}: another round decides.").format(
                    names=", ".join(row.name for row in outcome.tied)
                )
            )
        elif outcome.seats_open:
            parts.append(self.tr("Seats left open: {seats}.").format(seats=outcome.seats_open))
        if outcome.declared_at is not None:
            parts.append(self.tr("The result is declared in the minutes."))
        return " ".join(parts)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.candidate(index.row()).id if index.isValid() else None

    def _update_actions(self) -> None:
        declared = self.outcome is not None and self.outcome.declared_at is not None
        chosen = self.table.currentIndex().isValid()
        movable = chosen and not declared and self.model.rowCount() > 1
        self.up_action.setEnabled(movable)
        self.down_action.setEnabled(movable)
        self.remove_action.setEnabled(chosen and not declared)
        self.clear_count_action.setEnabled(chosen and not declared)

    def load_members(self) -> None:
        self.search.set_members(assemblies.member_choices(self.session.store))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.search.names.stringList():
            with reporting_errors(self):
                self.load_members()
        self.search.setFocus()

    # --- changes ------------------------------------------------------------------------

    def _candidate_chosen(self, member_id: int | None, name: str) -> None:
        with reporting_errors(self):
            added = elections.add_candidate(
                self.session.store, self.election_id, member_id=member_id, name="" if member_id is not None else name
            )
            self.reload(select_id=added.id)

    def _move(self, step: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        candidate = self.model.candidate(index.row())
        with reporting_errors(self):
            elections.move_candidate(self.session.store, candidate.id, candidate.position + step)
            self.reload(select_id=candidate.id)

    def remove_candidate(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        candidate = self.model.candidate(index.row())
        question = self.tr("Take {name} off the ballot? Ballot papers already printed list them.").format(name=candidate.name)
        if not confirm.ask(self, self.tr("Take off the ballot"), question):
            return
        with reporting_errors(self):
            elections.remove_candidate(self.session.store, candidate.id)
            self.reload()

    def clear_count(self) -> None:
        index = self.table.currentIndex()
        declared = self.outcome is not None and self.outcome.declared_at is not None
        if index.isValid() and not declared and self.model.candidate(index.row()).votes is not None:
            self._votes_typed(self.model.candidate(index.row()).id, None, move_on=False)

    def _votes_typed(self, candidate_id: int, votes, *, move_on: bool = True) -> None:
        problem = ""
        try:
            elections.set_votes(self.session.store, self.election_id, {candidate_id: votes})
        except UserError as error:
            # Beside the table, not in a dialog: the commission is still reading out.
            problem = str(error)
        following = candidate_id
        row = self.model.row_of(candidate_id)
        if move_on and not problem and row is not None and row + 1 < self.model.rowCount():
            # On to the next candidate, as the commission reads the ballot's names in order.
            following = self.model.candidate(row + 1).id
        # Once the cell's editor has closed: the table is filled again, and keeps the keyboard.
        QTimer.singleShot(0, self, lambda: self._show_count(following, problem))

    def _show_count(self, select_id: int, problem: str) -> None:
        self.reload(select_id=select_id, problem=problem)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _figures_typed(self) -> None:
        if self._showing or self.outcome is None or self.outcome.declared_at is not None:
            return
        values = [None if box.value() == NOT_COUNTED else box.value() for box in (self.issued, self.found, self.invalid)]
        if values == [self.outcome.ballots_issued, self.outcome.ballots_found, self.outcome.ballots_invalid]:
            return
        try:
            elections.set_ballot_figures(self.session.store, self.election_id, issued=values[0], found=values[1], invalid=values[2])
        except UserError as error:
            self.reload(problem=str(error))
            return
        self.reload()

    def edit_settings(self) -> None:
        election = elections.election_of_item(self.session.store, self.item.id)
        if election is None:
            return
        settings, accepted = ElectionSettingsDialog.get_settings(self, ElectionSettings.of(election), assembly_day(self.assembly))
        if not accepted:
            return
        with reporting_errors(self):
            elections.update_election(self.session.store, self.election_id, **settings.fields())
        self.reload()

    def declare(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        question = self.tr(
            "Write the result into the minutes of item {position} and give a mandate to each one elected? "
            "The election cannot change after that."
        ).format(position=self.item.position)
        if not confirm.ask(self, self.tr("Declare the result"), question):
            return
        with reporting_errors(self):
            declared = elections.declare_result(self.session.store, self.election_id)
            self.reload()
            error_reporting.show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Declare the result"),
                self.tr("The result is in «Resolved» of item {position}; mandates given: {count}.").format(
                    position=self.item.position, count=len(declared.elected)
                ),
            )

    def remove_election(self) -> None:
        if not confirm.ask(self, self.tr("Remove the election"), self.tr("Remove this election with its candidates and votes?")):
            return
        with reporting_errors(self):
            elections.remove_election(self.session.store, self.election_id)
            self.reject()

    def print_ballots(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        entitled = assemblies.hall(self.session.store, self.assembly.id).entitled
        copies, accepted = QInputDialog.getInt(
            self,
            self.tr("Print ballot papers"),
            self.tr("How many &ballot papers (one for each one registered):"),
            default_ballot_copies(outcome.registered, entitled),
            1,
            MOST_BALLOTS,
        )
        if accepted:
            self.printer.print_document(printing_actions.ballots(self.assembly.number, self.item.position, copies))

    def print_count_protocol(self) -> None:
        self.printer.print_document(printing_actions.count_protocol(self.assembly.number, self.item.position))

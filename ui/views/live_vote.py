"""The live view's vote: the question and the counts, saved as they are typed while hands
are counted, or the counters' sheets (sheet number, sector, three numbers) summed into it."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app.errors import UserError
from committee_app.labels import label
from committee_app.models import Vote, VoteTally
from committee_app.services import assemblies, live
from committee_app.services.live import MOST_TALLY_SHEETS, QUESTION_LENGTH, SECTOR_LENGTH
from committee_app.vocabulary import MajorityRule

from .. import error_reporting
from ..commands import command_button, view_action
from ..error_reporting import reporting_errors
from ..models.votes_model import OUTCOME_COLOURS
from ..session import DeskSession
from ..text_labels import plain_label

Index = QModelIndex | QPersistentModelIndex
MOST_VOTES = 1_000_000
# Counts are saved this long after the last keystroke, so that typing "412" is one write.
SAVE_DELAY_MS = 400


class TalliesModel(QAbstractTableModel):
    SHEET, SECTOR, FOR, AGAINST, ABSTAINED = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tallies: list[VoteTally] = []

    def set_tallies(self, tallies: list[VoteTally]) -> None:
        self.beginResetModel()
        self._tallies = list(tallies)
        self.endResetModel()

    def tally(self, row: int) -> VoteTally:
        return self._tallies[row]

    def sheet_numbers(self) -> list[int]:
        return [tally.sheet_number for tally in self._tallies]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tallies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tally = self._tallies[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                str(tally.sheet_number),
                tally.sector,
                str(tally.votes_for),
                str(tally.votes_against),
                str(tally.votes_abstain),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.SECTOR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Sheet"), self.tr("Sector"), self.tr("For"), self.tr("Against"), self.tr("Abstained"))[section]


class VotePanel(QWidget):
    """``changed``: a vote was started, counted or removed (the hall screen follows)."""

    changed = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item_id: int | None = None
        self.votes: list[Vote] = []
        self._showing = False
        self._shown_vote_id: int | None = None  # the vote whose question and counts the fields hold
        self.tallies_model = TalliesModel(self)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_counts)
        self._create_actions()
        self._build_layout()
        self._show_vote(None)

    def _create_actions(self) -> None:
        self.new_vote_action = view_action(
            self, self.tr("&New vote"), "Ctrl+Shift+V", self.start_vote, context=Qt.ShortcutContext.WindowShortcut
        )
        self.new_vote_action.setStatusTip(self.tr("Put the question to the vote; type the counts as hands are counted"))
        self.remove_vote_action = view_action(self, self.tr("Remove this vote"), "", self.remove_vote)
        self.add_sheet_action = view_action(self, self.tr("Add sheet"), "", self.add_sheet)
        self.remove_sheet_action = view_action(self, self.tr("Remove sheet"), "Del", self.remove_sheet)

    def _build_layout(self) -> None:
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._vote_chosen)
        self.question = QLineEdit()
        self.question.setMaxLength(QUESTION_LENGTH)
        self.question.setPlaceholderText(self.tr("The question put to the vote"))
        self.question.returnPressed.connect(self._question_entered)
        self.question.textEdited.connect(self._counts_typed)
        self.rule = QComboBox()
        for rule in MajorityRule:
            self.rule.addItem(label(rule), rule)
        self.rule.currentIndexChanged.connect(self._counts_typed)
        self.votes_for = self._count_box()
        self.votes_against = self._count_box()
        self.votes_abstain = self._count_box()
        self.outcome = plain_label()
        self.problem = plain_label()
        self.problem.setStyleSheet("color: #b71c1c;")

        top = QHBoxLayout()
        chooser_label = QLabel(self.tr("V&ote:"))
        chooser_label.setBuddy(self.chooser)
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(command_button(self.new_vote_action))
        top.addWidget(command_button(self.remove_vote_action))
        form = QFormLayout()
        form.addRow(self.tr("&Question:"), self.question)
        form.addRow(self.tr("R&ule:"), self.rule)
        counts = QGridLayout()
        for column, (text, box) in enumerate(
            ((self.tr("&For:"), self.votes_for), (self.tr("Ag&ainst:"), self.votes_against), (self.tr("A&bstained:"), self.votes_abstain))
        ):
            caption = QLabel(text)
            caption.setBuddy(box)
            counts.addWidget(caption, 0, column)
            counts.addWidget(box, 1, column)
        form.addRow(counts)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.problem)

        # One counter's sheet: its number, the sector, the three numbers, then Enter.
        self.sheet_number = QSpinBox(minimum=1, maximum=MOST_TALLY_SHEETS)
        self.sector = QLineEdit()
        self.sector.setMaxLength(SECTOR_LENGTH)
        self.sector.setPlaceholderText(self.tr("Sector"))
        self.sheet_for = self._count_box(saves=False)
        self.sheet_against = self._count_box(saves=False)
        self.sheet_abstain = self._count_box(saves=False)
        for entry in (self.sector, self.sheet_for, self.sheet_against, self.sheet_abstain):
            line = entry if isinstance(entry, QLineEdit) else entry.lineEdit()
            line.returnPressed.connect(self.add_sheet)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("S&heet No.:"))
        sheet_label.setBuddy(self.sheet_number)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_number)
        sheet_row.addWidget(self.sector, 1)
        for box in (self.sheet_for, self.sheet_against, self.sheet_abstain):
            sheet_row.addWidget(box)
        sheet_row.addWidget(command_button(self.add_sheet_action))
        self.tallies = QTableView()
        self.tallies.setModel(self.tallies_model)
        self.tallies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tallies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tallies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tallies.verticalHeader().hide()
        self.tallies.setTabKeyNavigation(False)  # Tab goes on to the next field
        header = self.tallies.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TalliesModel.SECTOR, QHeaderView.ResizeMode.Stretch)
        self.tallies.addAction(self.remove_sheet_action)
        self.remove_sheet_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tallies_label = QLabel(self.tr("Tally sheets (the vote is their sum):"))
        tallies_label.setBuddy(self.tallies)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(tallies_label)
        layout.addLayout(sheet_row)
        layout.addWidget(self.tallies, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(command_button(self.remove_sheet_action))
        layout.addLayout(remove_row)

    def _count_box(self, *, saves: bool = True) -> QSpinBox:
        box = QSpinBox(minimum=0, maximum=MOST_VOTES)
        box.setAccelerated(True)
        if saves:
            box.valueChanged.connect(self._counts_typed)
        return box

    # --- showing ------------------------------------------------------------------------

    def show_item(self, item_id: int | None, *, select_vote_id: int | None = None) -> None:
        self.save_now()
        self.item_id = item_id
        self.votes = assemblies.votes_on_item(self.session.store, item_id) if item_id is not None else []
        self._showing = True
        try:
            self.chooser.clear()
            for number, vote in enumerate(self.votes, start=1):
                self.chooser.addItem(f"{number}. {vote.question}", vote.id)
        finally:
            self._showing = False
        chosen = next((row for row, vote in enumerate(self.votes) if vote.id == select_vote_id), len(self.votes) - 1)
        self.chooser.setCurrentIndex(chosen)
        self._show_vote(self.votes[chosen] if self.votes else None)
        self.new_vote_action.setEnabled(item_id is not None)

    def clear(self) -> None:
        self.save_timer.stop()
        self.item_id = None
        self.votes = []
        self._showing = True
        try:
            self.chooser.clear()
        finally:
            self._showing = False
        self._show_vote(None)

    def current_vote(self) -> Vote | None:
        """The vote the fields show (none while a new question is typed)."""
        return self._shown_vote()

    def _vote_chosen(self, index: int) -> None:
        if not self._showing:
            self.save_now()
            self._show_vote(self.votes[index] if 0 <= index < len(self.votes) else None)

    def _show_vote(self, vote: Vote | None) -> None:
        self._shown_vote_id = vote.id if vote else None
        self._showing = True
        try:
            self.question.setText(vote.question if vote else "")
            self.rule.setCurrentIndex(max(0, self.rule.findData(vote.majority_rule if vote else MajorityRule.simple)))
            for box, count in zip(
                (self.votes_for, self.votes_against, self.votes_abstain),
                (vote.votes_for, vote.votes_against, vote.votes_abstain) if vote else (0, 0, 0),
                strict=True,
            ):
                box.setValue(count)
            tallies = live.tallies(self.session.store, vote.id) if vote else []
            self.tallies_model.set_tallies(tallies)
            self.sheet_number.setValue(max(self.tallies_model.sheet_numbers(), default=0) + 1)
        finally:
            self._showing = False
        counted_on_sheets = bool(self.tallies_model.rowCount())
        for box in (self.votes_for, self.votes_against, self.votes_abstain):
            box.setEnabled(vote is not None)
            # The sheets give the counts; they are shown, not typed.
            box.setReadOnly(counted_on_sheets)
        self.question.setEnabled(vote is not None or self.item_id is not None)
        self.rule.setEnabled(vote is not None)
        for widget in (self.sheet_number, self.sector, self.sheet_for, self.sheet_against, self.sheet_abstain):
            widget.setEnabled(vote is not None)
        self.add_sheet_action.setEnabled(vote is not None)
        self.remove_sheet_action.setEnabled(counted_on_sheets)
        self.remove_vote_action.setEnabled(vote is not None)
        self._show_outcome(vote, "")

    def _show_outcome(self, vote: Vote | None, problem: str) -> None:
        if vote is None:
            self.outcome.setText("")
            self.outcome.setStyleSheet("")
        else:
            self.outcome.setText(label(vote.outcome))
            self.outcome.setStyleSheet(f"color: {OUTCOME_COLOURS[vote.outcome].name()}; font-weight: bold;")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # --- typing -------------------------------------------------------------------------

    def _question_entered(self) -> None:
        if self._shown_vote_id is None:
            self.start_vote()
        else:
            self.save_timer.stop()
            self.save_counts()

    def _counts_typed(self) -> None:
        if not self._showing and self._shown_vote_id is not None:
            self.save_timer.start()

    def has_unsaved(self) -> bool:
        return self.save_timer.isActive()

    def save_now(self) -> None:
        """Before the fields show something else (another vote, another item) or close."""
        if self.save_timer.isActive():
            self.save_timer.stop()
            self.save_counts(leaving=True)

    def _shown_vote(self) -> Vote | None:
        return next((vote for vote in self.votes if vote.id == self._shown_vote_id), None)

    def save_counts(self, *, leaving: bool = False) -> None:
        """What was typed of the vote shown: the question, the rule, the counts. A refusal
        stands beside the counts; on ``leaving`` them, in a message, since they go."""
        vote = self._shown_vote()
        if vote is None:
            return
        question = self.question.text().strip() or vote.question
        try:
            if self.tallies_model.rowCount():
                saved = live.set_vote_question(self.session.store, vote.id, question=question, majority_rule=self.rule.currentData())
            else:
                saved = live.set_vote_counts(
                    self.session.store,
                    vote.id,
                    votes_for=self.votes_for.value(),
                    votes_against=self.votes_against.value(),
                    votes_abstain=self.votes_abstain.value(),
                    question=question,
                    majority_rule=self.rule.currentData(),
                )
        except UserError as error:
            if leaving:
                error_reporting.show_message(
                    self,
                    QMessageBox.Icon.Warning,
                    self.tr("Vote"),
                    self.tr("The counts typed for “{question}” were not saved: {reason}").format(
                        question=vote.question, reason=str(error)
                    ),
                )
            else:
                # Shown beside the counts, not in a dialog: the secretary is still counting.
                self._show_outcome(vote, str(error))
            return
        self._replace(saved)
        if not leaving:
            self._show_outcome(saved, "")
        self.changed.emit()

    def _replace(self, saved: Vote) -> None:
        index = next(row for row, vote in enumerate(self.votes) if vote.id == saved.id)
        self.votes[index] = saved
        self.chooser.setItemText(index, f"{index + 1}. {saved.question}")

    # --- commands -----------------------------------------------------------------------

    def start_vote(self) -> None:
        if self.item_id is None:
            return
        self.save_now()
        question = self.question.text().strip() if self._shown_vote_id is None else ""
        if not question:
            self._show_vote(None)
            self.question.setEnabled(True)
            self.question.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._show_outcome(None, self.tr("Write the question put to the vote, then press Enter."))
            self._awaiting_question()
            return
        with reporting_errors(self):
            vote = live.start_vote(self.session.store, self.item_id, question=question, majority_rule=self.rule.currentData())
            self.show_item(self.item_id, select_vote_id=vote.id)
            self.votes_for.setFocus(Qt.FocusReason.OtherFocusReason)
            self.votes_for.selectAll()
            self.changed.emit()

    def _awaiting_question(self) -> None:
        """The chooser shows no vote while the new question is typed."""
        self._showing = True
        try:
            self.chooser.setCurrentIndex(-1)
        finally:
            self._showing = False
        self.rule.setEnabled(True)

    def remove_vote(self) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        from .. import confirm

        if not confirm.ask(
            self, self.tr("Remove vote"), self.tr("Remove the vote “{question}” and its sheets?").format(question=vote.question)
        ):
            return
        self.save_timer.stop()
        with reporting_errors(self):
            live.remove_vote(self.session.store, vote.id)
            self.show_item(self.item_id)
            self.changed.emit()

    def add_sheet(self) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        self.save_now()
        try:
            saved = live.set_tally(
                self.session.store,
                vote.id,
                self.sheet_number.value(),
                sector=self.sector.text(),
                votes_for=self.sheet_for.value(),
                votes_against=self.sheet_against.value(),
                votes_abstain=self.sheet_abstain.value(),
            )
        except UserError as error:
            self._show_outcome(vote, str(error))
            return
        self._replace(saved)
        self._show_vote(saved)
        self.sector.clear()
        for box in (self.sheet_for, self.sheet_against, self.sheet_abstain):
            box.setValue(0)
        self.sector.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove_sheet(self) -> None:
        vote = self.current_vote()
        index = self.tallies.currentIndex()
        if vote is None or not index.isValid():
            return
        tally = self.tallies_model.tally(index.row())
        with reporting_errors(self):
            saved = live.remove_tally(self.session.store, vote.id, tally.sheet_number)
            self._replace(saved)
            self._show_vote(saved)
            self.changed.emit()

"""Delegates and their mandates (Members → Delegates…): who holds which mandate in which
body, from when to when, elected at which assembly; a recall by a carried vote ends one and
stays in its history; the list prints in Kazakh, Russian or English."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app.services import demands, elections
from committee_app.services.demands import VoteSummary
from committee_app.services.elections import MandateRow

from .. import printing_actions
from ..error_reporting import reporting_errors
from ..models.assembly_formatting import date_format, vote_summary_text
from ..models.mandates_model import MandatesModel
from ..session import DeskSession
from .day_field import TypedDateEdit
from .inline_problem import problem_label, show_problem


@dataclass(frozen=True)
class RecallForm:
    vote_id: int
    on: date
    note: str


class RecallDialog(QDialog):
    """The carried vote that recalls, the day it takes effect, and why."""

    def __init__(self, mandate: MandateRow, votes: list[VoteSummary], today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recall"))
        self._vote_days = {vote.vote_id: vote.assembly_date for vote in votes}
        self.who = QLabel(self.tr("{name}: {office}, {body}").format(name=mandate.name, office=mandate.office, body=mandate.body))
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.vote = QComboBox()
        self.vote.addItem(self.tr("Choose the vote that recalled…"), None)
        for vote in votes:
            self.vote.addItem(vote_summary_text(vote), vote.vote_id)
        self.vote.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vote.setMinimumContentsLength(50)
        self.on = TypedDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.who)
        layout.addRow(self.tr("By the &vote:"), self.vote)
        layout.addRow(self.tr("&Takes effect on:"), self.on)
        layout.addRow(self.tr("&Why:"), self.note)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.vote.currentIndexChanged.connect(self._check)
        self.on.dateChanged.connect(self._check)
        self._check()
        self.resize(620, self.sizeHint().height())

    def problem_text(self) -> str:
        vote_id = self.vote.currentData()
        if vote_id is None:
            return self.tr("Choose the carried vote that decided the recall.")
        voted_on = self._vote_days.get(vote_id)
        if voted_on is not None and self.on.date().toPython() < voted_on:
            return self.tr("The recall cannot take effect before the vote that decided it.")
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def form(self) -> RecallForm:
        return RecallForm(self.vote.currentData(), self.on.date().toPython(), self.note.toPlainText().strip())

    @classmethod
    def get_recall(
        cls, parent: QWidget | None, mandate: MandateRow, votes: list[VoteSummary], today: date
    ) -> tuple[RecallForm | None, bool]:
        dialog = cls(mandate, votes, today, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else None), accepted


class DelegatesDialog(QDialog):
    def __init__(self, session: DeskSession, printer, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.printer = printer
        self.setWindowTitle(self.tr("Delegates and their mandates"))
        self.model = MandatesModel(self)
        self.current_only = QCheckBox(self.tr("Only mandates &held today"))
        self.current_only.toggled.connect(lambda _checked: self.reload())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MandatesModel.BODY, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = QLabel(
            self.tr("No mandates yet. An election on an agenda item (Assemblies → Election…) gives them once its result is declared.")
        )
        self.empty_hint.setWordWrap(True)
        self.recall_button = QPushButton(self.tr("&Recall…"))
        self.recall_button.clicked.connect(self.recall)
        self.print_button = QPushButton(self.tr("&Print the list…"))
        self.print_button.clicked.connect(lambda: self.printer.print_document(printing_actions.delegates()))
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        for button in (self.recall_button, self.print_button, close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recall_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_only)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.reload()
        self.resize(1100, 520)

    def reload(self, select_id: int | None = None) -> None:
        today = date.today()
        with reporting_errors(self):
            self.model.set_mandates(elections.mandates(self.session.store, current_only=self.current_only.isChecked(), on=today), today)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self.empty_hint.setVisible(not self.model.rowCount())
        self._update_actions()

    def current_mandate(self) -> MandateRow | None:
        index = self.table.currentIndex()
        return self.model.mandate(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        mandate = self.current_mandate()
        self.recall_button.setEnabled(mandate is not None and mandate.recalled_on is None)

    def recall(self) -> None:
        mandate = self.current_mandate()
        if mandate is None or mandate.recalled_on is not None:
            return
        votes = None
        with reporting_errors(self):
            votes = demands.carried_votes(self.session.store)
        if votes is None:
            return
        form, accepted = RecallDialog.get_recall(self, mandate, votes, date.today())
        if not accepted:
            return
        with reporting_errors(self):
            elections.recall_mandate(self.session.store, mandate.id, form.vote_id, on=form.on, note=form.note)
        self.reload(select_id=mandate.id)

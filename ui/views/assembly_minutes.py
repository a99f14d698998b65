"""The Minutes page: for each agenda item the three parts of a protocol entry (heard, spoke,
resolved), its votes with their outcome, the demands a vote adopted, and the tasks set."""

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app.models import AgendaItem, Assembly
from committee_app.services import actions, assemblies
from committee_app.vocabulary import VoteOutcome

from ..commands import command_button, view_action
from ..dialogs.action_item_dialog import ActionItemDialog
from ..dialogs.vote_dialog import QUESTION_LENGTH, AdoptDemandDialog, VoteDialog
from ..error_reporting import reporting_errors
from ..models.agenda_model import AgendaModel
from ..models.assembly_action_items_model import AssemblyActionItemsModel
from ..models.votes_model import VotesModel
from ..session import DeskSession
from ..text_labels import plain_label
from .assembly_editing import AssemblyEditing, RecordFields

# Lower than Qt's default minimum, so that the page fits a small window without clipping.
COMPACT_HEIGHT = 48


class MinutesPage(QWidget):
    def __init__(
        self, session: DeskSession, editing: AssemblyEditing, agenda_model: AgendaModel, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.editing = editing
        self.assembly: Assembly | None = None
        self.agenda_model = agenda_model
        self.votes_model = VotesModel(self)
        self.actions_model = AssemblyActionItemsModel(self)
        self._item_id: int | None = None
        self._saving = False
        self._create_actions()
        self._build_layout()
        self.items.selectionModel().currentChanged.connect(self._item_chosen)
        self.votes.selectionModel().currentChanged.connect(self._update_actions)
        self.agenda_model.modelAboutToBeReset.connect(self.save_without_asking)
        self.agenda_model.modelReset.connect(self._agenda_reset)
        for editor in self.editors():
            editor.installEventFilter(self)
        self.record_fields = RecordFields(editing, list(self.editors()))
        self._show_item(None)

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every command of the page, in one place, with its shortcut."""
        self.save_action = self._action(self.tr("&Save the minutes"), "Ctrl+S", self.save_texts)
        self.save_action.setStatusTip(self.tr("The minutes are also saved when you leave a field"))
        self.vote_action = self._action(self.tr("Record &vote…"), "Ctrl+Shift+V", self.record_vote)
        self.demand_action = self._action(self.tr("Adopt &demand from this vote…"), "Ctrl+Shift+D", self.adopt_demand)
        self.demand_action.setStatusTip(self.tr("Write a demand that the selected, carried vote adopted"))
        self.task_action = self._action(self.tr("Add ac&tion item…"), "Ctrl+Shift+T", self.add_action_item)

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        return view_action(self, text, shortcut, slot)

    def _build_layout(self) -> None:
        self.items = QListView()
        self.items.setModel(self.agenda_model)
        self.items.setModelColumn(AgendaModel.TITLE)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setDragEnabled(False)
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        items_label = QLabel(self.tr("Agenda &items:"))
        items_label.setBuddy(self.items)
        left = self._captioned(items_label, self.items)

        self.heading = plain_label()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heard = self._editor()
        self.spoke = self._editor()
        self.resolved = self._editor()
        texts = QWidget()
        texts_layout = QGridLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        for column, (text, editor) in enumerate(
            ((self.tr("&Heard:"), self.heard), (self.tr("S&poke:"), self.spoke), (self.tr("&Resolved:"), self.resolved))
        ):
            caption = QLabel(text)
            caption.setBuddy(editor)
            texts_layout.addWidget(caption, 0, column)
            texts_layout.addWidget(editor, 1, column)

        self.votes = self._table(self.votes_model, VotesModel.QUESTION)
        # The question takes what the counts leave; the demands adopted start as wide as their
        # heading. Both are in full in the tooltip.
        header = self.votes.horizontalHeader()
        header.setSectionResizeMode(VotesModel.DEMANDS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VotesModel.DEMANDS, header.sectionSizeHint(VotesModel.DEMANDS))
        votes_label = QLabel(self.tr("Vo&tes:"))
        votes_label.setBuddy(self.votes)
        self.tasks = self._table(self.actions_model, AssemblyActionItemsModel.TEXT)
        tasks_label = QLabel(self.tr("Action items:"))
        tasks_label.setBuddy(self.tasks)

        # Each command stands beside what it acts on, so that none is pushed out of sight
        # on a small screen (a toolbar of four would overflow at 1366×768).
        self.command_buttons = {
            action: command_button(action) for action in (self.save_action, self.vote_action, self.demand_action, self.task_action)
        }
        texts_caption = self._caption_row(None, [self.save_action])
        votes_caption = self._caption_row(votes_label, [self.vote_action, self.demand_action])
        tasks_caption = self._caption_row(tasks_label, [self.task_action])

        # The three parts, the votes and the tasks share the height; the splitter lets the
        # secretary give the room to whichever is being written.
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        parts.addWidget(texts)
        parts.addWidget(self._captioned(votes_caption, self.votes))
        parts.addWidget(self._captioned(tasks_caption, self.tasks))
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        parts.setStretchFactor(2, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addLayout(texts_caption)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(parts, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        order = [self.items, self.heard, self.spoke, self.resolved, self.votes, self.tasks]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _caption_row(self, caption: QLabel | None, actions: list[QAction]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if caption is not None:
            row.addWidget(caption)
            row.addStretch(1)
        for action in actions:
            row.addWidget(self.command_buttons[action])
        return row

    @staticmethod
    def _captioned(caption: QLabel | QHBoxLayout, shown: QWidget) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(caption, QHBoxLayout):
            layout.addLayout(caption)
        else:
            layout.addWidget(caption)
        layout.addWidget(shown)
        return pane

    def _editor(self) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setMinimumHeight(COMPACT_HEIGHT)
        # Tab moves on to the next part, as in a form; the minutes are plain paragraphs.
        editor.setTabChangesFocus(True)
        return editor

    def _table(self, model, stretched: int) -> QTableView:
        table = QTableView()
        table.setMinimumHeight(COMPACT_HEIGHT)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        return table

    def editors(self) -> tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]:
        return self.heard, self.spoke, self.resolved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A context menu takes the focus only for a moment; anything else is leaving the field.
        leaving = event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason
        if leaving and watched in self.editors():
            self.save_texts()
        return False

    def _update_actions(self) -> None:
        has_item = self.current_item() is not None
        vote = self.current_vote()
        self.save_action.setEnabled(has_item)
        self.vote_action.setEnabled(has_item)
        self.task_action.setEnabled(has_item)
        self.demand_action.setEnabled(vote is not None and vote.outcome == VoteOutcome.carried)

    # --- showing --------------------------------------------------------------------

    def show_assembly(self, assembly: Assembly | None) -> None:
        """Called after the agenda model was filled for ``assembly``: its reset has already
        shown the item (``_agenda_reset``), so only the assembly is noted here."""
        self.assembly = assembly

    def _agenda_reset(self) -> None:
        row = self.agenda_model.row_of(self._item_id) if self._item_id is not None else None
        if row is None and self.agenda_model.rowCount():
            row = 0
        if row is None:
            self._show_item(None)
        else:
            index = self.agenda_model.index(row, AgendaModel.TITLE)
            if index == self.items.currentIndex():
                self._show_item(self.agenda_model.item(row))
            else:
                self.items.setCurrentIndex(index)

    def _item_chosen(self, current, _previous) -> None:
        self.save_texts()
        self._show_item(self.agenda_model.item(current.row()) if current.isValid() else None)

    def _show_item(self, item: AgendaItem | None) -> None:
        self._item_id = item.id if item else None
        self.heading.setText(f"{item.position}. {item.title}" if item else "")
        for editor, text in zip(self.editors(), self._texts_of(item), strict=True):
            editor.setPlainText(text)
            editor.document().setModified(False)
            editor.setEnabled(item is not None)
        self._reload_votes()
        self._reload_tasks()
        self._update_actions()

    @staticmethod
    def _texts_of(item: AgendaItem | None) -> tuple[str, str, str]:
        return (item.heard, item.spoke, item.decided) if item else ("", "", "")

    def _reload_votes(self, select_vote_id: int | None = None) -> None:
        if self._item_id is None:
            self.votes_model.clear()
            return
        store = self.session.store
        votes = assemblies.votes_on_item(store, self._item_id)
        self.votes_model.set_votes(votes, assemblies.adopted_demand_titles(store, [vote.id for vote in votes]))
        row = self.votes_model.row_of(select_vote_id) if select_vote_id is not None else None
        if row is None and votes:
            row = len(votes) - 1
        if row is not None:
            self.votes.selectRow(row)
        self._update_actions()

    def _reload_tasks(self) -> None:
        if self._item_id is None:
            self.actions_model.clear()
            return
        store = self.session.store
        tasks = assemblies.action_items_for_item(store, self._item_id)
        self.actions_model.set_actions(tasks, assemblies.member_names(store, [task.assignee_id for task in tasks]))

    def clear(self) -> None:
        self.save_without_asking()
        self.assembly = None
        self._item_id = None
        for editor in self.editors():
            editor.clear()
            editor.document().setModified(False)
        self.heading.clear()
        self.votes_model.clear()
        self.actions_model.clear()

    def current_item(self) -> AgendaItem | None:
        row = self.agenda_model.row_of(self._item_id) if self._item_id is not None else None
        return self.agenda_model.item(row) if row is not None else None

    def current_vote(self):
        index = self.votes.currentIndex()
        return self.votes_model.vote(index.row()) if index.isValid() else None

    # --- the protocol texts ---------------------------------------------------------

    def has_unsaved_texts(self) -> bool:
        return any(editor.document().isModified() for editor in self.editors())

    def save_pending(self, *, may_ask: bool) -> bool:
        """See DeskView.save_pending."""
        if not self.has_unsaved_texts():
            return False
        if may_ask or self.editing.changes_allowed_without_asking():
            return not self.save_texts()
        return True

    def save_without_asking(self) -> None:
        """Save what was typed if that needs no question (before locking or reloading)."""
        if self.editing.changes_allowed_without_asking():
            self.save_texts()

    def save_texts(self) -> bool:
        """Save the three parts of the current item in one transaction; False if refused."""
        item = self.current_item()
        if self._saving or item is None or not self.has_unsaved_texts():
            return True
        self._saving = True
        try:
            if not self.editing.allows_change():
                self._show_texts(item)
                return False
            heard, spoke, resolved = (editor.toPlainText().strip() for editor in self.editors())
            with reporting_errors(self):
                saved = assemblies.update_agenda_item(
                    self.session.store, item.id, heard=heard, spoke=spoke, decided=resolved
                )
                for editor in self.editors():
                    editor.document().setModified(False)
                self.agenda_model.replace_item(saved)
                return True
            return False
        finally:
            self._saving = False

    def _show_texts(self, item: AgendaItem) -> None:
        for editor, text in zip(self.editors(), self._texts_of(item), strict=True):
            editor.setPlainText(text)
            editor.document().setModified(False)

    # --- votes, demands, tasks ------------------------------------------------------

    def record_vote(self) -> None:
        item = self.current_item()
        if item is None or self.assembly is None or not self.editing.allows_change():
            return
        store = self.session.store
        hall = assemblies.hall(store, self.assembly.id, for_votes=True)
        # What was resolved is what is put to the vote: the question starts from it.
        resolved = " ".join(self.resolved.toPlainText().split())
        form, accepted = VoteDialog.get_vote(self, hall, resolved[:QUESTION_LENGTH])
        if not accepted:
            return
        with reporting_errors(self):
            vote = assemblies.record_vote(
                store,
                item.id,
                question=form.question,
                votes_for=form.votes_for,
                votes_against=form.votes_against,
                votes_abstain=form.votes_abstain,
                majority_rule=form.majority_rule,
            )
            self._reload_votes(select_vote_id=vote.id)

    def adopt_demand(self) -> None:
        vote = self.current_vote()
        if vote is None or vote.outcome != VoteOutcome.carried or not self.editing.allows_change():
            return
        form, accepted = AdoptDemandDialog.get_demand(self, vote.question)
        if not accepted:
            return
        with reporting_errors(self):
            assemblies.adopt_demand_from_vote(
                self.session.store, vote.id, title=form.title, text=form.text, category=form.category
            )
            self._reload_votes(select_vote_id=vote.id)

    def add_action_item(self) -> None:
        item = self.current_item()
        if item is None or not self.editing.allows_change():
            return
        members = assemblies.member_choices(self.session.store)
        form, accepted = ActionItemDialog.get_action(self, members, date.today())
        if not accepted:
            return
        with reporting_errors(self):
            actions.add_action_item(
                self.session.store, text=form.text, assignee_id=form.assignee_id, due_on=form.due_on, agenda_item_id=item.id
            )
            self._reload_tasks()

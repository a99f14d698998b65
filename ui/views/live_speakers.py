"""The live view's speakers list: add a member (searched as you type) or a worker by name,
reorder, give the floor, and the countdown of the speaker's time with a gentle signal at
its end. Whoever finishes goes into the item's «Spoke», with what they said."""

import re
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app.models import utcnow
from committee_app.services import assemblies, live
from committee_app.services.live import SPEAKING_LIMIT_RANGE, SpeakerRow
from committee_app.vocabulary import SpeakerState

from ..commands import command_button, view_action
from ..error_reporting import reporting_errors
from ..hall_screen import WARNING_SECONDS, clock_colour, clock_text
from ..member_search import MemberSearchField
from ..models.speakers_model import SpeakersModel
from ..session import DeskSession
from ..text_labels import plain_label

# What the speaker said is saved this long after the last keystroke.
SAID_SAVE_DELAY_MS = 600
_MINUTES_SECONDS = re.compile(r"\s*(\d{1,2})\s*(?::\s*(\d{0,2}))?\s*")


class MinutesSecondsBox(QSpinBox):
    """A time in seconds, shown and typed as minutes and seconds: "3:00", "2:30", or "4"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        low, high = SPEAKING_LIMIT_RANGE
        self.setRange(low, high)
        self.setSingleStep(15)

    def textFromValue(self, value: int) -> str:
        return clock_text(value)

    def valueFromText(self, text: str) -> int:
        found = _MINUTES_SECONDS.fullmatch(text)
        if not found:
            return self.value()
        return int(found.group(1)) * 60 + int(found.group(2) or 0)

    def validate(self, text: str, position: int):
        found = _MINUTES_SECONDS.fullmatch(text)
        if not found:
            return QValidator.State.Invalid, text, position
        seconds = found.group(2) or ""
        if found.group(2) is not None and (len(seconds) < 2 or int(seconds) > 59):
            return QValidator.State.Intermediate, text, position
        total = self.valueFromText(text)
        state = QValidator.State.Acceptable if self.minimum() <= total <= self.maximum() else QValidator.State.Intermediate
        return state, text, position


class SpeakersPanel(QWidget):
    """``changed``: the list or the floor changed (the hall screen and «Spoke» follow)."""

    changed = Signal()
    spoke_written = Signal(object)  # the AgendaItem with its new «Spoke»

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.assembly_id: int | None = None
        self.item_id: int | None = None
        self._limit = 180
        self._signalled_end = False
        # Called before a speaker is written into «Spoke»: the window saves what was typed there.
        self.save_first = lambda: True
        self.model = SpeakersModel(self)
        self.said_timer = QTimer(self)
        self.said_timer.setSingleShot(True)
        self.said_timer.setInterval(SAID_SAVE_DELAY_MS)
        self.said_timer.timeout.connect(self.save_said)
        self._said_of: int | None = None  # the speaker whose words the field holds
        self._create_actions()
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self._update_actions()

    def _create_actions(self) -> None:
        self.add_action = view_action(self, self.tr("A&dd to the list"), "", self.add_speaker)
        self.find_action = view_action(
            self, self.tr("Find a speaker"), "Ctrl+F", self._focus_search, context=Qt.ShortcutContext.WindowShortcut
        )
        self.floor_action = view_action(
            self, self.tr("&Give the floor"), "F6", lambda: self.give_floor(), context=Qt.ShortcutContext.WindowShortcut
        )
        self.floor_action.setStatusTip(
            self.tr("To the next one waiting; Enter on a name in the list gives them the floor out of turn")
        )
        self.finish_action = view_action(
            self, self.tr("Finish&ed"), "F7", self.finish_speaker, context=Qt.ShortcutContext.WindowShortcut
        )
        self.finish_action.setStatusTip(self.tr("The speaker is written into «Spoke» with what they said"))
        self.up_action = view_action(self, self.tr("Move up"), "Ctrl+Up", lambda: self._move(-1))
        self.down_action = view_action(self, self.tr("Move down"), "Ctrl+Down", lambda: self._move(1))
        self.remove_action = view_action(self, self.tr("Remove"), "Del", self.remove_speaker)

    def _build_layout(self) -> None:
        self.search = MemberSearchField()
        self.search.setPlaceholderText(self.tr("A member's name, or any name for a worker not in the list"))
        self.search.chosen.connect(self._speaker_chosen)
        search_label = QLabel(self.tr("&Speaker:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(command_button(self.add_action))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next field
        self.table.activated.connect(self._row_activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SpeakersModel.NAME, QHeaderView.ResizeMode.Stretch)
        list_label = QLabel(self.tr("Speakers &list:"))
        list_label.setBuddy(self.table)

        order_row = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            order_row.addWidget(command_button(action))
        order_row.addStretch(1)

        self.limit = MinutesSecondsBox()
        self.limit.setToolTip(self.tr("Each speaker's time at this assembly, minutes:seconds"))
        self.limit.editingFinished.connect(self._limit_typed)
        limit_label = QLabel(self.tr("&Time per speaker:"))
        limit_label.setBuddy(self.limit)
        order_row.addWidget(limit_label)
        order_row.addWidget(self.limit)

        self.on_floor = plain_label()
        self.on_floor.setStyleSheet("font-weight: bold;")
        self.countdown = QLabel()
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        countdown_font = self.countdown.font()
        countdown_font.setPointSizeF(countdown_font.pointSizeF() * 2.4)
        countdown_font.setBold(True)
        self.countdown.setFont(countdown_font)
        floor_row = QHBoxLayout()
        floor_row.addWidget(self.on_floor, 1)
        floor_row.addWidget(self.countdown)

        self.gist = QLineEdit()
        self.gist.setMaxLength(2000)
        self.gist.setPlaceholderText(self.tr("What the speaker proposed, in a few words (optional)"))
        self.gist.returnPressed.connect(self.finish_speaker)
        self.gist.textEdited.connect(lambda _text: self.said_timer.start())
        gist_label = QLabel(self.tr("Sa&id:"))
        gist_label.setBuddy(self.gist)
        gist_row = QHBoxLayout()
        gist_row.addWidget(gist_label)
        gist_row.addWidget(self.gist, 1)
        floor_buttons = QHBoxLayout()
        floor_buttons.addWidget(command_button(self.floor_action))
        floor_buttons.addWidget(command_button(self.finish_action))
        floor_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(order_row)
        layout.addLayout(floor_row)
        layout.addLayout(gist_row)
        layout.addLayout(floor_buttons)
        for first, second in ((self.search, self.table), (self.table, self.limit), (self.limit, self.gist)):
            QWidget.setTabOrder(first, second)

    # --- showing ------------------------------------------------------------------------

    def load_members(self) -> None:
        """The active members, for the search as you type."""
        self.search.set_members(assemblies.member_choices(self.session.store))

    def show_item(self, assembly_id: int, item_id: int | None, limit_seconds: int) -> None:
        self.save_pending()
        self.assembly_id, self.item_id = assembly_id, item_id
        self._limit = limit_seconds
        self.limit.setValue(limit_seconds)
        self.reload()

    def save_pending(self) -> None:
        """What was typed and not yet saved: the speaker's words, a speaking time typed."""
        if self.said_timer.isActive():
            self.save_said()
        self._limit_typed()

    def save_said(self) -> None:
        self.said_timer.stop()
        if self._said_of is None:
            return
        with reporting_errors(self):
            live.set_said(self.session.store, self._said_of, self.gist.text())

    def reload(self, select_id: int | None = None) -> None:
        rows = live.speakers(self.session.store, self.item_id) if self.item_id is not None else []
        self.model.set_rows(rows)
        on_floor = self.model.on_the_floor()
        self._said_of = on_floor.id if on_floor else None
        self.gist.setText(on_floor.said if on_floor else "")
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._signalled_end = False
        self.tick(utcnow())
        self._update_actions()

    def clear(self) -> None:
        self.model.clear()
        self.said_timer.stop()
        self._said_of = None
        self.search.clear_members()
        self.gist.clear()
        self.on_floor.clear()
        self.countdown.clear()
        self.assembly_id = self.item_id = None

    def speaker_on_floor(self) -> SpeakerRow | None:
        return self.model.on_the_floor()

    def remaining(self, now: datetime) -> int | None:
        speaker = self.model.on_the_floor()
        return live.remaining_seconds(speaker, self._limit, now) if speaker else None

    def tick(self, now: datetime) -> None:
        """Once a second: the countdown, and a signal once when the time is up."""
        speaker = self.model.on_the_floor()
        if speaker is None:
            self.on_floor.setText(self.tr("Nobody has the floor."))
            self.countdown.clear()
            return
        self.on_floor.setText(self.tr("Speaking: {name}").format(name=speaker.name))
        left = live.remaining_seconds(speaker, self._limit, now)
        self.countdown.setText(clock_text(left))
        colour = clock_colour(left) if left <= WARNING_SECONDS else None
        # Black on the window's light background where the hall's white would not show.
        self.countdown.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        if left <= 0 and not self._signalled_end:
            self._signalled_end = True
            QApplication.beep()
            self._flash()

    def _flash(self) -> None:
        """A gentle signal: the clock blinks three times."""
        for step in range(6):
            # With the label as context: no blink is left to run once the window is gone.
            QTimer.singleShot(250 * step, self.countdown, lambda shown=step % 2 == 1: self.countdown.setVisible(shown))

    def _update_actions(self) -> None:
        has_item = self.item_id is not None
        chosen = self.current_speaker()
        self.search.setEnabled(has_item)
        self.add_action.setEnabled(has_item)
        self.limit.setEnabled(has_item)
        self.floor_action.setEnabled(has_item and (self._floor_candidate() is not None))
        self.finish_action.setEnabled(self.model.on_the_floor() is not None)
        self.gist.setEnabled(self.model.on_the_floor() is not None)
        movable = chosen is not None and self.model.rowCount() > 1
        self.up_action.setEnabled(movable)
        self.down_action.setEnabled(movable)
        self.remove_action.setEnabled(chosen is not None)

    def current_speaker(self) -> SpeakerRow | None:
        index = self.table.currentIndex()
        return self.model.speaker(index.row()) if index.isValid() else None

    def _floor_candidate(self) -> SpeakerRow | None:
        """The list is the order of speaking; another order is made by moving them."""
        return self.model.next_waiting()

    # --- commands -----------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def add_speaker(self) -> None:
        """The button: as Enter in the field."""
        self.search.returnPressed.emit()

    def _speaker_chosen(self, member_id: int | None, name: str) -> None:
        self._add(member_id=member_id, name="" if member_id is not None else name)

    def _add(self, *, member_id: int | None = None, name: str = "") -> None:
        if self.item_id is None:
            return
        with reporting_errors(self):
            added = live.add_speaker(self.session.store, self.item_id, member_id=member_id, name=name)
            self.reload(select_id=added.id)
            self.changed.emit()

    def _row_activated(self, index: QModelIndex) -> None:
        """Enter or a double click on someone waiting gives them the floor out of turn."""
        speaker = self.model.speaker(index.row())
        if speaker.state == SpeakerState.waiting:
            self.give_floor(speaker)

    def give_floor(self, speaker: SpeakerRow | None = None) -> None:
        speaker = speaker or self._floor_candidate()
        if speaker is None:
            return
        before = self.model.on_the_floor()
        with reporting_errors(self):
            # Whoever had the floor finishes first, with what was typed of them.
            if before is not None:
                self._finish(before)
            live.give_floor(self.session.store, speaker.id)
            self.reload(select_id=speaker.id)
            self.gist.setFocus(Qt.FocusReason.OtherFocusReason)
            self.changed.emit()

    def finish_speaker(self) -> None:
        speaker = self.model.on_the_floor()
        if speaker is None:
            return
        with reporting_errors(self):
            self._finish(speaker)
            following = self.model.next_waiting()
            self.reload(select_id=following.id if following else speaker.id)
            self.changed.emit()

    def _finish(self, speaker: SpeakerRow) -> None:
        self.save_first()
        self.said_timer.stop()
        item = live.finish_speaker(self.session.store, speaker.id, gist=self.gist.text())
        self._said_of = None
        self.gist.clear()
        self.spoke_written.emit(item)

    def remove_speaker(self) -> None:
        speaker = self.current_speaker()
        if speaker is None:
            return
        with reporting_errors(self):
            live.remove_speaker(self.session.store, speaker.id)
            self.reload()
            self.changed.emit()

    def _move(self, step: int) -> None:
        speaker = self.current_speaker()
        if speaker is None:
            return
        with reporting_errors(self):
            live.move_speaker(self.session.store, speaker.id, speaker.position + step)
            self.reload(select_id=speaker.id)
            self.changed.emit()

    def _limit_typed(self) -> None:
        seconds = self.limit.value()
        if self.assembly_id is None or seconds == self._limit:
            return
        with reporting_errors(self):
            live.set_speaking_limit(self.session.store, self.assembly_id, seconds)
            self._limit = seconds
            self._signalled_end = False
            self.tick(utcnow())
            self.changed.emit()

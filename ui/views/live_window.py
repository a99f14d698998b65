"""Running the assembly live (Assemblies → Run the assembly, F5): one window with the item on
the floor, the clock and the item's planned and elapsed time, the quorum, the speakers
list, «Spoke» as it is written, and the vote of the item typed as hands are counted.

Everything typed here is the same record the Minutes page shows, saved as it is typed; the
window blocks the main window while it is open, so the two never edit the same text. The
hall screen (a projector or second monitor) follows it, and shows nothing but the
committee's name, the item, the speaker, their time and the last vote announced.
"""

from datetime import datetime

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.models import AgendaItem, Assembly, Vote, utcnow
from committee_app.services import assemblies, live, profile
from committee_app.vocabulary import VoteOutcome

from ..commands import command
from ..dialogs.election_dialog import open_election
from ..error_reporting import reporting_errors
from ..hall_screen import HallScreen, HallState, clock_text, default_hall_screen, hall_screens
from ..models.assembly_formatting import grouped
from ..printing_actions import DocumentPrinter
from ..session import DeskSession
from ..text_labels import plain_label
from .live_speakers import SpeakersPanel
from .live_vote import VotePanel

# «Spoke» is saved this long after the last keystroke, and whenever the item changes.
SPOKE_SAVE_DELAY_MS = 600
TICK_MS = 1000
# Room for a hall screen on a computer with one screen: a window the secretary can drag.
WINDOWED_HALL_SIZE = (960, 540)


class LiveWindow(QMainWindow):
    closed = Signal(int)  # the assembly's id, once everything typed is saved

    def __init__(self, session: DeskSession, assembly: Assembly, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.assembly = assembly
        self.items: list[AgendaItem] = []
        self.item: AgendaItem | None = None
        self.committee_name = ""
        # The vote shown on the hall screen (its item and its id), and its line, kept as
        # announced: the wall does not read the store once a second.
        self.announced: tuple[int, int] | None = None
        self.announced_line = ""
        self.hall_screen: HallScreen | None = None
        self.printer: DocumentPrinter | None = None
        self._saving = False
        self._write_on_close = True
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            self.tr("Running assembly No. {number}").format(number=assembly.number)
        )
        self.speakers = SpeakersPanel(session)
        self.speakers.save_first = self.save_spoke
        self.vote = VotePanel(session)
        self.spoke_timer = QTimer(self)
        self.spoke_timer.setSingleShot(True)
        self.spoke_timer.setInterval(SPOKE_SAVE_DELAY_MS)
        self.spoke_timer.timeout.connect(self.save_spoke)
        self._create_actions()
        self._build_layout()
        self.speakers.changed.connect(self.refresh_hall)
        self.speakers.spoke_written.connect(self._spoke_written)
        self.vote.changed.connect(self._vote_changed)
        self.clock = QTimer(self)
        self.clock.setInterval(TICK_MS)
        self.clock.timeout.connect(self.tick)

    # --- commands -----------------------------------------------------------------------

    def _create_actions(self) -> None:
        def window_command(text: str, shortcuts, slot):
            action = command(self, text, shortcuts, slot)
            self.addAction(action)
            return action

        self.previous_action = window_command(self.tr("&Previous item"), ["Ctrl+PgUp", "Alt+Left"], lambda: self.step(-1))
        self.next_action = window_command(self.tr("&Next item"), ["Ctrl+PgDown", "Alt+Right"], lambda: self.step(1))
        self.hall_action = window_command(self.tr("&Hall screen"), "F8", self.show_hall_screen)
        self.hall_action.setStatusTip(self.tr("Show the item, the speaker and the last vote on a projector or second monitor"))
        self.blank_action = window_command(self.tr("&Blank the hall screen"), "F9", self.toggle_hall_blank)
        self.announce_action = window_command(self.tr("Show the &result in the hall"), "F10", self.announce_vote)
        self.announce_action.setStatusTip(self.tr("The vote chosen here, with its outcome, goes on the hall screen"))
        self.election_action = window_command(self.tr("&Election on this item…"), "Ctrl+Shift+L", self.hold_election)
        self.close_action = window_command(self.tr("&Close"), ["Ctrl+W"], self.close)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Live"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        toolbar.addActions([self.hall_action, self.blank_action, self.announce_action])
        toolbar.addSeparator()
        toolbar.addAction(self.election_action)
        toolbar.addSeparator()
        toolbar.addAction(self.close_action)
        self.addToolBar(toolbar)

        self.heading = plain_label()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.item_time = plain_label()
        self.quorum = plain_label()
        self.wall_clock = QLabel()
        clock_font = self.wall_clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.8)
        self.wall_clock.setFont(clock_font)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.item_time)
        left.addWidget(self.quorum)
        top.addLayout(left, 1)
        top.addWidget(self.wall_clock, 0, Qt.AlignmentFlag.AlignTop)

        self.spoke = QPlainTextEdit()
        self.spoke.setTabChangesFocus(True)
        self.spoke.textChanged.connect(self._spoke_typed)
        spoke_label = QLabel(self.tr("S&poke (as in the minutes):"))
        spoke_label.setBuddy(self.spoke)
        spoke_pane = QWidget()
        spoke_layout = QVBoxLayout(spoke_pane)
        spoke_layout.setContentsMargins(0, 0, 0, 0)
        spoke_layout.addWidget(spoke_label)
        spoke_layout.addWidget(self.spoke, 1)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setChildrenCollapsible(False)
        for pane in (self.speakers, spoke_pane, self.vote):
            columns.addWidget(pane)
        columns.setSizes([420, 380, 520])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(columns, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.speakers.gist, self.spoke)
        QWidget.setTabOrder(self.spoke, self.vote.chooser)

    # --- showing ------------------------------------------------------------------------

    def start(self) -> bool:
        """Fill the window from the store and start the clocks; False if it cannot run."""
        with reporting_errors(self.parentWidget() or self):
            store = self.session.store
            committee = profile.get_profile(store)
            self.committee_name = committee.name if committee else ""
            self.speakers.load_members()
            self.items = assemblies.agenda(store, self.assembly.id)
            item = live.open_live(store, self.assembly.id)
            self.assembly = assemblies.get_assembly(store, self.assembly.id)
            self._refresh_quorum()
            self._show_item(item)
            self.clock.start()
            self.tick()
            return True
        return False

    def _refresh_quorum(self) -> None:
        counted = assemblies.hall(self.session.store, self.assembly.id)
        status = self.tr("quorum reached") if counted.quorum.reached else self.tr("no quorum")
        self.quorum.setText(
            self.tr("Registered {registered} of {entitled} entitled; quorum {required}: {status}").format(
                registered=grouped(counted.registered),
                entitled=grouped(counted.entitled),
                required=grouped(counted.quorum.required),
                status=status,
            )
        )

    def _show_item(self, item: AgendaItem | None) -> None:
        self.item = item
        position = next((index for index, each in enumerate(self.items) if item and each.id == item.id), -1)
        if item is None:
            self.heading.setText(self.tr("The agenda is empty."))
        else:
            self.heading.setText(
                self.tr("Item {position} of {count}: {title}").format(
                    position=item.position, count=len(self.items), title=item.title
                )
            )
        self._show_spoke(item.spoke if item else "")
        self.spoke.setEnabled(item is not None)
        self.speakers.show_item(self.assembly.id, item.id if item else None, self.assembly.speaking_limit_seconds)
        self.vote.show_item(item.id if item else None)
        self.previous_action.setEnabled(position > 0)
        self.next_action.setEnabled(0 <= position < len(self.items) - 1)
        self.refresh_hall()

    def _show_spoke(self, text: str) -> None:
        self.spoke.blockSignals(True)
        try:
            self.spoke.setPlainText(text)
        finally:
            self.spoke.blockSignals(False)
        self.spoke.document().setModified(False)

    def step(self, offset: int) -> None:
        """The next or previous item goes on the floor; what was typed is saved first."""
        if self.item is None:
            return
        position = next(index for index, each in enumerate(self.items) if each.id == self.item.id)
        target = position + offset
        if not 0 <= target < len(self.items):
            return
        self.save_pending()
        with reporting_errors(self):
            store = self.session.store
            item = live.set_live_item(store, self.assembly.id, self.items[target].id)
            self.assembly = assemblies.get_assembly(store, self.assembly.id)
            self.items[target] = item
            self._show_item(item)
            self.tick()

    def tick(self) -> None:
        """Once a second: the clocks, the countdown, the hall screen."""
        now = utcnow()
        self.wall_clock.setText(QTime.currentTime().toString("HH:mm:ss"))
        if self.item is not None:
            elapsed = live.floor_seconds(self.item, self.assembly, now)
            planned = self.item.planned_minutes * 60
            self.item_time.setText(
                self.tr("Planned {planned} min · on the floor {elapsed}").format(
                    planned=self.item.planned_minutes, elapsed=clock_text(elapsed)
                )
            )
            self.item_time.setStyleSheet("color: #b71c1c;" if planned and elapsed > planned else "")
        else:
            self.item_time.clear()
        self.speakers.tick(now)
        self.refresh_hall(now)

    # --- «Spoke» ------------------------------------------------------------------------

    def _spoke_typed(self) -> None:
        self.spoke_timer.start()

    def save_spoke(self) -> bool:
        """«Spoke» as typed; False if it could not be saved (the typing stays on screen)."""
        self.spoke_timer.stop()
        if self._saving or self.item is None or not self.spoke.document().isModified():
            return True
        self._saving = True
        try:
            with reporting_errors(self):
                saved = assemblies.update_agenda_item(self.session.store, self.item.id, spoke=self.spoke.toPlainText().strip())
                self.spoke.document().setModified(False)
                self._keep(saved)
                return True
            return False
        finally:
            self._saving = False

    def _spoke_written(self, item: AgendaItem) -> None:
        """A speaker finished: their line is in the record, and on screen."""
        self._keep(item)
        self._show_spoke(item.spoke)
        self.spoke.moveCursor(self.spoke.textCursor().MoveOperation.End)

    def _keep(self, item: AgendaItem) -> None:
        self.items = [item if each.id == item.id else each for each in self.items]
        if self.item is not None and self.item.id == item.id:
            self.item = item

    def save_pending(self) -> None:
        self.save_spoke()
        self.speakers.save_pending()
        self.vote.save_now()

    def stop_floor_clock(self) -> None:
        """The records are about to be locked: the item's time on the floor stops with them."""
        with reporting_errors(self):
            live.close_live(self.session.store, self.assembly.id)

    # --- an election ----------------------------------------------------------------------

    def hold_election(self) -> None:
        """The election on the item on the floor; its result may go into «Resolved»."""
        if self.item is None:
            return
        self.save_pending()
        if self.printer is None:
            self.printer = DocumentPrinter(self.session, self)
        open_election(self, self.session, self.assembly, self.item, self.printer)

    # --- the hall screen ----------------------------------------------------------------

    def show_hall_screen(self) -> None:
        """On the screen chosen (full screen), or as a window where there is only one screen."""
        screens = hall_screens()
        if self.hall_screen is None:
            self.hall_screen = HallScreen(self)
            self.hall_screen.destroyed.connect(self._hall_screen_gone)
            self.refresh_hall()
        if len(screens) < 2:
            # Full screen on the laptop's only screen would hide this window, with no pointer.
            self.hall_screen.setWindowState(Qt.WindowState.WindowNoState)
            self.hall_screen.resize(*WINDOWED_HALL_SIZE)
            self.hall_screen.show()
            self.statusBar().showMessage(
                self.tr("Only one screen is connected: the hall screen opened as a window. Connect a projector and press F8 again.")
            )
            return
        names = [self._screen_name(screen) for screen in screens]
        default = names[screens.index(default_hall_screen())]
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Hall screen"), self.tr("Show the hall screen on:"), names, names.index(default), False
        )
        if accepted:
            self.hall_screen.show_on(screens[names.index(chosen)])

    def _screen_name(self, screen) -> str:
        size = screen.geometry()
        return self.tr("{name} ({width}×{height})").format(name=screen.name(), width=size.width(), height=size.height())

    def _hall_screen_gone(self) -> None:
        self.hall_screen = None

    def toggle_hall_blank(self) -> None:
        if self.hall_screen is not None:
            self.hall_screen.toggle_blank()

    def announce_vote(self) -> None:
        self.vote.save_now()
        vote = self.vote.current_vote()
        if vote is not None and self.item is not None:
            self.announced = (self.item.id, vote.id)
            self.announced_line = self.vote_line(vote)
            self.refresh_hall()

    def _vote_changed(self) -> None:
        """A vote was counted or removed: the result on the wall follows it, if it is that one."""
        if self.announced is not None and self.item is not None and self.announced[0] == self.item.id:
            vote = next((each for each in self.vote.votes if each.id == self.announced[1]), None)
            if vote is None:
                self.announced, self.announced_line = None, ""
            else:
                self.announced_line = self.vote_line(vote)
        self.refresh_hall()

    def hall_state(self, now: datetime | None = None) -> HallState:
        """What the hall may read, and nothing else."""
        speaker = self.speakers.speaker_on_floor()
        return HallState(
            committee_name=self.committee_name,
            item=f"{self.item.position}. {self.item.title}" if self.item else "",
            speaker=speaker.minutes_name if speaker else "",
            remaining_seconds=self.speakers.remaining(now or utcnow()) if speaker else None,
            last_vote=self.announced_line,
        )

    def vote_line(self, vote: Vote) -> str:
        outcome = self.tr("Adopted") if vote.outcome == VoteOutcome.carried else self.tr("Not adopted")
        return self.tr("For {votes_for} · Against {votes_against} · Abstained {votes_abstain} — {outcome}").format(
            votes_for=grouped(vote.votes_for),
            votes_against=grouped(vote.votes_against),
            votes_abstain=grouped(vote.votes_abstain),
            outcome=outcome,
        )

    def refresh_hall(self, now: datetime | None = None) -> None:
        if self.hall_screen is not None:
            self.hall_screen.show_state(self.hall_state(now))

    # --- closing ------------------------------------------------------------------------

    def close_without_saving(self) -> None:
        """Closed as the records are locked (saved just before) or wiped (nothing may be written)."""
        self._write_on_close = False
        self.spoke_timer.stop()
        self.vote.save_timer.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clock.stop()
        if self._write_on_close and self.session.store is not None and self.session.store.is_open:
            self.save_pending()
            with reporting_errors(self):
                live.close_live(self.session.store, self.assembly.id)
        if self.hall_screen is not None:
            self.hall_screen.close()
        super().closeEvent(event)
        self.closed.emit(self.assembly.id)


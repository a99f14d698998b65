"""The second screen for the hall: a projector or second monitor during a live assembly.

Large type, black background: the committee's name, the agenda item, who is speaking and
their time left, and the result of the last vote. What it can show is only what
``HallState`` has fields for, so a phone, a workplace or a list of members can never reach
the wall. The live view hands it a new state whenever something changes; B or the period
key blanks it, as in presentation programs, and Escape closes it.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QLayout, QStackedWidget, QVBoxLayout, QWidget

from .text_labels import plain_label

BACKGROUND = QColor("#000000")
TEXT = QColor("#ffffff")
OVER_TIME = QColor("#ff6b5b")
ALMOST_OVER = QColor("#ffc857")
# From this many seconds left the clock turns amber, so the speaker sees the end coming.
WARNING_SECONDS = 30
MINUS = "\u2212"

# Point size of each line, as a share of the window's height: read from the back of a hall
# whatever the projector's resolution.
NAME_SHARE = 0.04
ITEM_SHARE = 0.07
CAPTION_SHARE = 0.03
SPEAKER_SHARE = 0.06
CLOCK_SHARE = 0.14
VOTE_SHARE = 0.05
# A long agenda item in that type can be taller than the screen: then every line shrinks by
# this much at a time, at most this many times.
FIT_STEP = 0.85
FIT_ATTEMPTS = 8

# Blank keys besides B and ".": the same physical keys on a Russian or Kazakh layout, where
# a presenter's remote or the secretary's hand finds "И" and "Ю".
CYRILLIC_BLANK_TEXTS = {"и", "ю"}


@dataclass(frozen=True)
class HallState:
    """All the hall may read. Add no field for a phone, a workplace or a member list."""

    committee_name: str = ""
    item: str = ""
    speaker: str = ""
    remaining_seconds: int | None = None
    last_vote: str = ""


def hall_screens() -> list[QScreen]:
    return QGuiApplication.screens()


def default_hall_screen() -> QScreen:
    """The first screen that is not the secretary's (the primary one), else the primary."""
    primary = QGuiApplication.primaryScreen()
    for screen in QGuiApplication.screens():
        if screen != primary:
            return screen
    return primary


def clock_text(seconds: int) -> str:
    """Minutes and seconds, minutes never rolled into hours: 185 → "3:05", -7 → "−0:07"."""
    sign = MINUS if seconds < 0 else ""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{sign}{minutes}:{rest:02d}"


def clock_colour(seconds: int) -> QColor:
    if seconds < 0:
        return OVER_TIME
    if seconds <= WARNING_SECONDS:
        return ALMOST_OVER
    return TEXT


class HallScreen(QWidget):
    """A window of its own, shown full screen on the hall's screen; ``blank_changed`` tells
    the live view when B, "." or ``set_blank`` blanked or unblanked it."""

    blank_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("hallScreen")
        self.setWindowTitle(self.tr("Hall screen"))
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            palette.setColor(group, QPalette.ColorRole.Window, BACKGROUND)
            palette.setColor(group, QPalette.ColorRole.WindowText, TEXT)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        # A projector shows the pointer as large as everything else.
        self.setCursor(Qt.CursorShape.BlankCursor)
        # Keys reach the window itself: no label takes the focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Opening it on the projector leaves the secretary typing where they were.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._watching_screens = False

        self.name = self._line(NAME_SHARE)
        self.item = self._line(ITEM_SHARE)
        self.speaker_caption = self._line(CAPTION_SHARE, self.tr("Speaking"))
        self.speaker = self._line(SPEAKER_SHARE)
        self.clock = self._line(CLOCK_SHARE, bold=True)
        self.vote_caption = self._line(CAPTION_SHARE, self.tr("Last vote"))
        self.last_vote = self._line(VOTE_SHARE)
        self.labels: list[QLabel] = [
            self.name,
            self.item,
            self.speaker_caption,
            self.speaker,
            self.clock,
            self.vote_caption,
            self.last_vote,
        ]

        content = QWidget()
        self.lines = lines = QVBoxLayout(content)
        lines.setContentsMargins(48, 32, 48, 32)
        lines.setSpacing(16)
        lines.addStretch(1)
        for label in self.labels:
            lines.addWidget(label)
        lines.addStretch(1)
        # Blanking shows a page with nothing on it: no text can be left over on the wall.
        self.blank_page = QWidget()
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.blank_page)
        self.content_page = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The window is as big as the screen, never bigger: the type fits the window (see
        # _scale_fonts), not the window the type.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.pages)

        self.state = HallState()
        self.show_state(self.state)

    def _line(self, share: float, text: str = "", *, bold: bool = False) -> QLabel:
        label = plain_label(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("heightShare", share)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def show_state(self, state: HallState) -> None:
        """Show what the live view has now; a field left empty hides its line."""
        self.state = state
        for label, text in (
            (self.name, state.committee_name),
            (self.item, state.item),
            (self.speaker, state.speaker),
            (self.last_vote, state.last_vote),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self.speaker_caption.setVisible(bool(state.speaker))
        self.vote_caption.setVisible(bool(state.last_vote))
        if state.remaining_seconds is None:
            self.clock.clear()
            self.clock.setVisible(False)
        else:
            self.clock.setText(clock_text(state.remaining_seconds))
            palette = self.clock.palette()
            palette.setColor(QPalette.ColorRole.WindowText, clock_colour(state.remaining_seconds))
            self.clock.setPalette(palette)
            self.clock.setVisible(True)
        self._scale_fonts()

    def set_blank(self, blank: bool) -> None:
        if blank == self.is_blank():
            return
        self.pages.setCurrentWidget(self.blank_page if blank else self.content_page)
        self.blank_changed.emit(blank)

    def is_blank(self) -> bool:
        return self.pages.currentWidget() is self.blank_page

    def toggle_blank(self) -> None:
        self.set_blank(not self.is_blank())

    def show_on(self, screen: QScreen) -> None:
        """Full screen on that screen, moved there first if it was full screen elsewhere."""
        if self.isFullScreen() and self.screen() != screen:
            # Window managers do not move a full-screen window: it goes back to normal first.
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self._watch_screens(True)

    def shown_texts(self) -> list[str]:
        """Every text the hall can read now: none while blank."""
        if self.is_blank():
            return []
        return [label.text() for label in self.labels if label.isVisibleTo(self) and label.text()]

    def _scale_fonts(self) -> None:
        """Each line's share of the height; smaller all together while a long title would
        run off the bottom of the screen."""
        height = max(self.height(), 1)
        scale = 1.0
        for _attempt in range(FIT_ATTEMPTS):
            for label in self.labels:
                font = label.font()
                font.setPointSizeF(max(1.0, height * label.property("heightShare") * scale))
                label.setFont(font)
            if self._needed_height() <= height:
                break
            scale *= FIT_STEP

    def _needed_height(self) -> int:
        margins = self.lines.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)
        shown = [label for label in self.labels if not label.isHidden()]
        spacing = self.lines.spacing() * max(len(shown) - 1, 0)
        return margins.top() + margins.bottom() + spacing + sum(label.heightForWidth(width) for label in shown)

    def _screen_removed(self, screen: QScreen) -> None:
        # The projector unplugged: Qt would move the window to the laptop's screen, full screen
        # and without a pointer, over the live view the secretary is working in.
        if self.isVisible() and screen == self.screen():
            # Not full screen any more: shown again (F8), it opens as a window on the laptop.
            self.showNormal()
            self.close()

    def _watch_screens(self, watch: bool) -> None:
        application = QGuiApplication.instance()
        if watch == self._watching_screens or application is None:
            return
        if watch:
            application.screenRemoved.connect(self._screen_removed)
        else:
            application.screenRemoved.disconnect(self._screen_removed)
        self._watching_screens = watch

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period) or event.text().lower() in CYRILLIC_BLANK_TEXTS:
            self.toggle_blank()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._watch_screens(False)
        super().closeEvent(event)

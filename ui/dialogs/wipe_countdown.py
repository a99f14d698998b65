"""The panic wipe's countdown over the whole window, and the practice run's list.

Five seconds, counted down in large figures; any key or click anywhere in the app stops
it. A practice run counts down the same way and then lists what a wipe would delete.
"""

import html
import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from committee_app.wipe import WipePlan

COUNTDOWN_MS = 5_000
TICK_MS = 100
# Input that stops the countdown, wherever in the app it goes.
CANCELLING_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
}


class WipeCountdown(QDialog):
    """Emits ``ended`` when the time runs out, ``cancelled`` on any key or click."""

    ended = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, practice: bool = False, duration_ms: int = COUNTDOWN_MS):
        super().__init__(parent)
        self.practice = practice
        self.duration_ms = duration_ms
        self.setObjectName("wipeCountdown")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setModal(True)
        if practice:
            self.setWindowTitle(self.tr("Practice wipe"))
            heading = self.tr("Practice run: nothing will be deleted")
            background, colour = "#1f3a5f", "#ffffff"
        else:
            self.setWindowTitle(self.tr("Wipe"))
            heading = self.tr("Wiping everything on this computer")
            background, colour = "#8b0000", "#ffffff"
        self.setStyleSheet(f"QDialog#wipeCountdown {{ background: {background}; }} QLabel {{ color: {colour}; }}")
        self.heading = QLabel(heading)
        self.seconds = QLabel()
        self.explanation = QLabel(
            self.tr(
                "The key files go first: from then on nobody can read the records, with or without the passphrase. "
                "Then the records, temporary files, settings, recent folders and logs are deleted, and the app quits."
            )
            + "\n\n"
            + self.tr("Backups on USB sticks are not touched.")
        )
        self.cancel_hint = QLabel(self.tr("Press any key or click anywhere to cancel."))
        for label, size in ((self.heading, 22), (self.seconds, 96), (self.explanation, 13), (self.cancel_hint, 18)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            font = label.font()
            font.setPointSize(size)
            font.setBold(label is not self.explanation)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        for label in (self.heading, self.seconds, self.explanation, self.cancel_hint):
            layout.addWidget(label)
        layout.addStretch(1)
        self.clock = QElapsedTimer()
        self.ticker = QTimer(self, interval=TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.end_timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self.end_timer.timeout.connect(self._end)
        self.running = False

    def start(self) -> None:
        """Cover the window it was opened over (the screen when there is none) and count down."""
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():
            self.setGeometry(parent.window().geometry())
        else:
            self.setGeometry(self.screen().availableGeometry())
        self.running = True
        self.clock.start()
        self._show_seconds()
        QApplication.instance().installEventFilter(self)
        self.show()
        self.raise_()
        self.activateWindow()
        self.ticker.start()
        self.end_timer.start(self.duration_ms)

    def remaining_seconds(self) -> int:
        return max(0, math.ceil((self.duration_ms - self.clock.elapsed()) / 1000))

    def _show_seconds(self) -> None:
        self.seconds.setText(str(self.remaining_seconds()))

    def _tick(self) -> None:
        self._show_seconds()

    def _stop(self) -> None:
        self.running = False
        self.ticker.stop()
        self.end_timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.hide()
        # Back to the window it covered: without an active window no shortcut works, the
        # wipe's own included, and not every desktop hands the focus back by itself.
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():
            parent.window().activateWindow()

    def _end(self) -> None:
        if not self.running:
            return
        self._stop()
        self.ended.emit()

    def cancel(self) -> None:
        if not self.running:
            return
        self._stop()
        self.cancelled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.running and event.type() in CANCELLING_EVENTS:
            # A key held down since the shortcut that started the wipe repeats: not a new press.
            if event.type() == QEvent.Type.ShortcutOverride:
                # Accepted: no shortcut fires while counting down; the key press that follows cancels.
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and event.isAutoRepeat():
                return True
            self.cancel()
            return True
        return False

    def reject(self) -> None:
        # Escape and closing the window are keys like any other: they cancel.
        self.cancel()


class WipePracticeDialog(QDialog):
    """What the wipe would delete, in the order it would delete it."""

    def __init__(self, plan: WipePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practice wipe"))
        self.summary = QLabel(
            self.tr("Practice run: nothing was deleted. A wipe would delete these files, in this order:")
            if plan.items
            else self.tr("Practice run: nothing was deleted. There are no files of Committee Desk to delete.")
        )
        self.summary.setWordWrap(True)
        self.listing = QTextBrowser()
        self.listing.setHtml(self.listing_html(plan))
        self.not_touched = QLabel(
            self.tr(
                "Backups on USB sticks are not touched, nor PDFs and exports saved elsewhere: the app keeps no list "
                "of them. Take the stick away, or destroy it, yourself."
            )
        )
        self.not_touched.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.listing, self.not_touched, buttons):
            layout.addWidget(widget)
        self.resize(760, 520)

    def listing_html(self, plan: WipePlan) -> str:
        parts = []
        for kind, items in plan.by_kind():
            lines = []
            for item in items:
                text = html.escape(str(item.path))
                if item.edited:
                    text = self.tr("{path} (only the app's part)").format(path=text)
                lines.append(f"<li>{text}</li>")
            parts.append(f"<p><b>{html.escape(kind.label())}</b></p><ul>{''.join(lines)}</ul>")
        return "".join(parts)

    @classmethod
    def show_plan(cls, parent: QWidget | None, plan: WipePlan) -> "WipePracticeDialog":
        dialog = cls(plan, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if parent is not None:
            dialog.finished.connect(lambda _result: parent.window().activateWindow())
        dialog.open()
        return dialog

"""What the app puts on the clipboard does not outlive the need: a copied phone number is
cleared after half a minute, and whatever the app still holds there is cleared on locking.

Only what the app put there is cleared, never what another program copied since. The
platform says whose the clipboard is on X11, Wayland, Windows and macOS; where it cannot, the
text the app copied itself is compared."""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

# How long a copied phone number stays on the clipboard: enough to paste it into a phone or a
# messenger, short enough not to be left there for the next program or person.
PHONE_ON_CLIPBOARD_MS = 30_000

MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer)


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._copied: str | None = None  # the text the app's own copy commands put there
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._clear_copied)

    def copy_for_a_while(self, text: str, milliseconds: int = PHONE_ON_CLIPBOARD_MS) -> None:
        """Put ``text`` on the clipboard; it is taken off after ``milliseconds`` if still there."""
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        self._copied = text
        self.timer.start(milliseconds)

    def _clear_copied(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text(QClipboard.Mode.Clipboard) == self._copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._copied = None

    def clear_what_the_app_put(self) -> None:
        """Clear the clipboard, the selection (X11's middle-click paste) and the find buffer
        (macOS) wherever they hold what the app put there."""
        clipboard = QGuiApplication.clipboard()
        self.timer.stop()
        for mode in MODES:
            if self._owned(clipboard, mode):
                clipboard.clear(mode)
        self._copied = None

    def _owned(self, clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
        if mode is QClipboard.Mode.Clipboard:
            return clipboard.ownsClipboard() or (self._copied is not None and clipboard.text(mode) == self._copied)
        if mode is QClipboard.Mode.Selection:
            return clipboard.supportsSelection() and clipboard.ownsSelection()
        return clipboard.supportsFindBuffer() and clipboard.ownsFindBuffer()


_guard: ClipboardGuard | None = None


def clipboard_guard() -> ClipboardGuard:
    """The app's one guard (its timer outlives any window)."""
    global _guard
    if _guard is None:
        _guard = ClipboardGuard(QGuiApplication.instance())
        _guard.destroyed.connect(_forget_guard)
    return _guard


def _forget_guard() -> None:
    global _guard
    _guard = None

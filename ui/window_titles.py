"""Windows shown whole: a dialog sized for its fields alone can be narrower than its title,
and the window manager then elides it ("Committee … локировка"); and a dialog sized before
its wrapped notes knew their width can be too short for them."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontMetrics, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from .dialogs.inline_problem import grow_to_fit

# What a title bar takes besides the title: the window icon and the minimise, maximise and
# close buttons, with their margins (measured on common window managers, with room to spare).
TITLE_BAR_BUTTONS = 160


def title_width(title: str) -> int:
    """The room a title needs in a title bar, whose font is usually the bold system font."""
    font = QFont(QApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_BUTTONS


def fit_window_title(window: QWidget) -> None:
    """At least as wide as the title, never wider than the screen: kept as the window's
    minimum, so a dialog that later shrinks to its contents keeps its title whole too."""
    screen = window.screen().availableGeometry()
    needed = min(title_width(window.windowTitle()), screen.width())
    if window.minimumWidth() < needed:
        window.setMinimumWidth(needed)
    if window.width() < needed:
        # Grown about its centre, so that a centred dialog stays centred and on the screen.
        left = max(screen.left(), min(window.x() - (needed - window.width()) // 2, screen.right() - needed))
        window.setGeometry(left, window.y(), needed, window.height())


class WindowTitleFitter(QObject):
    """Widens each window, when it comes to the front, to the width of its title, and makes it
    tall enough for its contents at that width. It listens
    for the focus window changing rather than filtering every event of the application."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        app.focusWindowChanged.connect(self._window_focused)

    def _window_focused(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() == window:
                if widget.windowTitle():
                    fit_window_title(widget)
                # Dialogs only: the main window's size is the user's (or the screen's).
                if isinstance(widget, QDialog):
                    grow_to_fit(widget)

"""Window titles shown whole: a dialog sized for its fields alone can be narrower than its
title, and the window manager then elides it ("Committee … локировка")."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontMetrics, QWindow
from PySide6.QtWidgets import QApplication, QWidget

# What a title bar takes besides the title: the window icon and the minimise, maximise and
# close buttons, with their margins (measured on common window managers, with room to spare).
TITLE_BAR_BUTTONS = 160


def title_width(title: str) -> int:
    """The room a title needs in a title bar, whose font is usually the bold system font."""
    font = QFont(QApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_BUTTONS


def fit_window_title(window: QWidget) -> None:
    needed = title_width(window.windowTitle())
    if window.width() < needed:
        window.resize(needed, window.height())


class WindowTitleFitter(QObject):
    """Widens each window, when it comes to the front, to the width of its title. It listens
    for the focus window changing rather than filtering every event of the application."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        app.focusWindowChanged.connect(self._window_focused)

    def _window_focused(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window and widget.windowTitle():
                fit_window_title(widget)

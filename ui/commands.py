"""Commands of a view: a QAction with its shortcuts, bound to the view."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

Shortcuts = str | Sequence[str | QKeySequence]


def view_action(
    owner: QWidget,
    text: str,
    shortcuts: Shortcuts,
    slot: Callable,
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    add_to_owner: bool = True,
) -> QAction:
    """An action whose shortcuts work only inside ``owner``: several views share one window."""
    action = QAction(text, owner)
    keys = [shortcuts] if isinstance(shortcuts, str) else list(shortcuts)
    action.setShortcuts([QKeySequence(key) for key in keys if key])
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    if add_to_owner:
        owner.addAction(action)
    return action


def command_button(action: QAction) -> QToolButton:
    """A flat button for ``action`` that follows its text, tooltip and enabled state, for a
    command placed beside what it acts on rather than in a toolbar."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(True)
    return button

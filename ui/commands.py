"""Commands of a view: a QAction with its shortcuts, bound to the view."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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

"""Commands: every QAction of the app is made here, with its shortcuts shown wherever the
command is offered: in its menu entry (a toolbar button's drop-down menu too) and in its
tooltip, "Print member list (Ctrl+P)"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# The Qt namespace is imported where it is used, not here: the unlock window makes a command,
# and building that namespace would cost its cold start a noticeable share (PySide6 makes all
# of its enums the first time it is touched).

Shortcuts = str | Sequence[str | QKeySequence]

# The panic wipe's keys: in the main window's menu, on the unlock screen, and caught by the
# desktop controller while a modal dialog blocks the window's own shortcuts.
WIPE_SHORTCUT = "Ctrl+Shift+Del"


def command(
    parent: QObject,
    text: str,
    shortcuts: Shortcuts,
    slot: Callable,
    *,
    context: Qt.ShortcutContext | None = None,
    checkable: bool = False,
) -> QAction:
    """A command with its shortcuts shown in its menu entry and tooltip; without ``context``
    they work anywhere in the window (Qt's default)."""
    action = QAction(text, parent, checkable=checkable)
    keys = [shortcuts] if isinstance(shortcuts, str) else list(shortcuts)
    action.setShortcuts([QKeySequence(key) for key in keys if key])
    if context is not None:
        action.setShortcutContext(context)
    # Some desktops hide shortcuts in menus that are not the menu bar's (a toolbar button's
    # menu, a list's right-click menu); a shortcut nobody sees is one nobody learns.
    action.setShortcutVisibleInContextMenu(True)
    ToolTipWithShortcuts(action)
    action.triggered.connect(slot)
    return action


def view_action(
    owner: QWidget,
    text: str,
    shortcuts: Shortcuts,
    slot: Callable,
    *,
    context: Qt.ShortcutContext | None = None,
    add_to_owner: bool = True,
) -> QAction:
    """A command whose shortcuts work only inside ``owner`` (and its children, unless another
    ``context`` is given): several views share one window."""
    from PySide6.QtCore import Qt

    if context is None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    action = command(owner, text, shortcuts, slot, context=context)
    if add_to_owner:
        owner.addAction(action)
    return action


class CommandsInEveryWindow(QObject):
    """Commands whose shortcuts work in every window and dialog of the app (Lock).

    An application-wide shortcut alone does not reach into a modal dialog: Qt gives it only to
    a window no modal dialog blocks, and the member or vote dialog blocks the main window that
    owns the command. So the commands are also added to each window and dialog as it is shown;
    not to menus, which would list them as entries."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._actions: list[QAction] = []
        QApplication.instance().installEventFilter(self)

    def use(self, actions: Sequence[QAction]) -> None:
        """These commands from now on (a window built again in another language has new ones)."""
        from PySide6.QtCore import Qt

        self._actions = list(actions)
        for action in self._actions:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            # The action goes with its window; Qt's signal then carries no usable object to compare.
            action.destroyed.connect(lambda _gone=None, action=action: self._forget(action))
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self._offer_in(window)

    def _forget(self, gone: QAction) -> None:
        self._actions = [action for action in self._actions if action is not gone]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, (QDialog, QMainWindow)) and watched.isWindow():
            self._offer_in(watched)
        return False

    def _offer_in(self, window: QWidget) -> None:
        if not isinstance(window, (QDialog, QMainWindow)):
            return
        present = window.actions()
        for action in self._actions:
            if action not in present:
                window.addAction(action)


def command_button(action: QAction) -> QToolButton:
    """A flat button for ``action`` that follows its text, tooltip and enabled state, for a
    command placed beside what it acts on rather than in a toolbar."""
    from PySide6.QtCore import Qt

    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(True)
    return button


def shortcuts_text(action: QAction) -> str:
    """The action's shortcuts as the keyboard names them in the UI's language, e.g. "F2, Return"."""
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


@lru_cache(maxsize=1024)
def plain_text(text: str) -> str:
    """A command's or tab's text without its "&" and "…", as Qt shows it in a tooltip."""
    return QAction(text).toolTip()


class ToolTipWithShortcuts(QObject):
    """Keeps the action's tooltip ending in its shortcuts, whatever later changes its text,
    tooltip ("this demand's status is final…") or shortcuts."""

    def __init__(self, action: QAction):
        super().__init__(action)
        self._action = action
        self._shown: str | None = None  # the tooltip set here
        self._base = ""
        self._follows_text = True
        action.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        action = self._action
        tip = action.toolTip()
        if tip != self._shown:
            # Given elsewhere, or Qt's own made from the text: what the shortcuts are added to.
            self._base = tip
            self._follows_text = tip == plain_text(action.text())
        elif self._follows_text:
            self._base = plain_text(action.text())
        keys = shortcuts_text(action)
        if keys:
            wanted = QCoreApplication.translate("Commands", "{command} ({shortcuts})").format(
                command=self._base, shortcuts=keys
            )
        else:
            wanted = self._base
        self._shown = wanted
        if wanted != tip:
            action.setToolTip(wanted)

"""Held and cancelled assemblies are records: changing one is asked about first.

One "yes" unlocks the assembly until another one is chosen, so that correcting a held
assembly's attendance does not ask three hundred times. Fields typed into directly are
read-only while the record is locked, and the question comes with the first key that would
change them: an answer of "no" then loses nothing, because nothing was typed yet.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from committee_app.models import Assembly
from committee_app.vocabulary import AssemblyStatus

from .. import confirm


class AssemblyEditing(QObject):
    changed = Signal()  # another assembly shown, or the shown one locked or unlocked

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.assembly: Assembly | None = None
        self._unlocked = False

    def follow(self, assembly: Assembly | None) -> None:
        """The assembly now shown; choosing another one locks again."""
        if assembly is None or self.assembly is None or assembly.id != self.assembly.id:
            self._unlocked = False
        self.assembly = assembly
        self.changed.emit()

    def lock(self) -> None:
        self._unlocked = False
        self.changed.emit()

    def is_record(self) -> bool:
        return self.assembly is not None and self.assembly.status != AssemblyStatus.planned

    def changes_allowed_without_asking(self) -> bool:
        return self.assembly is not None and (not self.is_record() or self._unlocked)

    def is_unlocked_record(self) -> bool:
        return self.is_record() and self._unlocked

    def allows_change(self, *, while_typing: bool = False) -> bool:
        """Whether the shown assembly may be changed now, asking first if it is a record."""
        if self.assembly is None:
            return False
        if self.changes_allowed_without_asking():
            return True
        if self.assembly.status == AssemblyStatus.held:
            question = self.tr("This assembly is held; its minutes are a record. Change it anyway?")
        else:
            question = self.tr("This assembly was cancelled. Change it anyway?")
        self._unlocked = confirm.ask(self._parent, self.tr("Change a record"), question, while_typing=while_typing)
        if self._unlocked:
            self.changed.emit()
        return self._unlocked


# Keys that change a field without typing a character: in any field, and in a number field
# (where the arrows and pages step the number; in a text they only move or scroll).
_CHANGING_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
_TEXT_CHANGING_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_NUMBER_CHANGING_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_CHANGING_SHORTCUTS = (QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Undo)


def _would_change(field: QWidget, event: QEvent) -> bool:
    number = isinstance(field, QAbstractSpinBox)
    if event.type() in (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress):
        # The spin box's own arrows (a press in its text goes to the text inside), or its wheel.
        return number
    if event.type() != QEvent.Type.KeyPress:
        return False
    if any(event.matches(shortcut) for shortcut in _CHANGING_SHORTCUTS):
        return True
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    key = event.key()
    if key in _CHANGING_KEYS or (key in _NUMBER_CHANGING_KEYS and number) or (key in _TEXT_CHANGING_KEYS and not number):
        return True
    return bool(event.text()) and event.text().isprintable()


class RecordFields(QObject):
    """Fields of a page that are typed into directly (the minutes, the counts at the door):
    read-only while the shown assembly is a locked record; the first key that would change
    one asks, and goes through only after a "yes"."""

    def __init__(self, editing: AssemblyEditing, fields: list[QWidget]):
        super().__init__(editing)
        self._editing = editing
        self._fields = fields
        for field in fields:
            field.installEventFilter(self)
        editing.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        read_only = self._editing.assembly is not None and not self._editing.changes_allowed_without_asking()
        for field in self._fields:
            field.setReadOnly(read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._fields and watched.isReadOnly() and _would_change(watched, event):
            # A "yes" makes the fields writable (through `changed`), and this key or click then lands.
            return not self._editing.allows_change(while_typing=True)
        return False

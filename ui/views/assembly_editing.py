"""Held and cancelled assemblies are records: changing one is asked about first.

One "yes" unlocks the assembly until another one is chosen, so that correcting a held
assembly's attendance does not ask three hundred times.
"""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from committee_app.models import Assembly
from committee_app.vocabulary import AssemblyStatus

from .. import confirm


class AssemblyEditing(QObject):
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

    def lock(self) -> None:
        self._unlocked = False

    def is_record(self) -> bool:
        return self.assembly is not None and self.assembly.status != AssemblyStatus.planned

    def changes_allowed_without_asking(self) -> bool:
        return self.assembly is not None and (not self.is_record() or self._unlocked)

    def allows_change(self) -> bool:
        """Whether the shown assembly may be changed now, asking first if it is a record."""
        if self.assembly is None:
            return False
        if self.changes_allowed_without_asking():
            return True
        if self.assembly.status == AssemblyStatus.held:
            question = self.tr("This assembly is held; its minutes are a record. Change it anyway?")
        else:
            question = self.tr("This assembly was cancelled. Change it anyway?")
        self._unlocked = confirm.ask(self._parent, self.tr("Change a record"), question)
        return self._unlocked

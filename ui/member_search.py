"""A field that finds a member as the name is typed, or takes any name typed for a worker
who is not in the member list: for speakers and for candidates."""

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from committee_app.services.assemblies import MemberChoice
from committee_app.services.fields import NAME_LENGTH

MOST_OFFERED = 12


class MemberSearchField(QLineEdit):
    """``chosen(member_id, name)``: Enter on a name offered (the member's id), or on a name
    typed (the id of the one member so named, else None). The field is then emptied."""

    chosen = Signal(object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(NAME_LENGTH)
        self.names = QStringListModel(self)
        self._ids: dict[str, list[int]] = {}
        self._highlighted: tuple[str, int] | None = None
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(MOST_OFFERED)
        completer.highlighted[QModelIndex].connect(self._member_highlighted)
        completer.activated[QModelIndex].connect(self._member_activated)
        self.setCompleter(completer)
        self.returnPressed.connect(self._entered)

    def set_members(self, choices: list[MemberChoice]) -> None:
        self._ids = {}
        for choice in choices:
            self._ids.setdefault(choice.full_name, []).append(choice.id)
        self.names.setStringList([choice.full_name for choice in choices])

    def clear_members(self) -> None:
        self._ids = {}
        self._highlighted = None
        self.names.setStringList([])
        self.clear()

    def _member_at(self, index: QModelIndex) -> tuple[str, int] | None:
        name = index.data()
        ids = self._ids.get(name, [])
        # Namesakes: the row chosen tells them apart by its place among them.
        source_row = self.completer().completionModel().mapToSource(index).row()
        before = self.names.stringList()[:source_row].count(name)
        return (name, ids[min(before, len(ids) - 1)]) if ids else None

    def _member_highlighted(self, index: QModelIndex) -> None:
        self._highlighted = self._member_at(index)

    def _member_activated(self, index: QModelIndex) -> None:
        chosen = self._member_at(index)
        if chosen is not None:
            self._choose(chosen[1], chosen[0])

    def _entered(self) -> None:
        # Enter in the list of names offered picks one of them (``_member_activated``).
        if self.completer().popup().isVisible():
            return
        typed = " ".join(self.text().split())
        if not typed:
            return
        if self._highlighted and self._highlighted[0] == typed:
            self._choose(self._highlighted[1], typed)
            return
        ids = self._ids.get(typed, [])
        self._choose(ids[0] if len(ids) == 1 else None, typed)

    def _choose(self, member_id: int | None, name: str) -> None:
        self._highlighted = None
        self.chosen.emit(member_id, name)
        self.clear()
        # After the completer has put the name it offered in the field.
        QTimer.singleShot(0, self, self.clear)

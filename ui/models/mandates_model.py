"""The mandates elections gave: who holds what in which body, from when to when, elected at
which assembly, and for those recalled, when and by which vote."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from committee_app.services.elections import MandateRow

from .assembly_formatting import date_format

Index = QModelIndex | QPersistentModelIndex


def day_text(day: date | None) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format()) if day else ""


class MandatesModel(QAbstractTableModel):
    NAME, OFFICE, BODY, FROM, UNTIL, ELECTED_AT, STATUS = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[MandateRow] = []
        self._today = date.today()

    def set_mandates(self, rows: list[MandateRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_mandates([], date.today())

    def mandate(self, row: int) -> MandateRow:
        return self._rows[row]

    def row_of(self, mandate_id: int) -> int | None:
        return next((row for row, each in enumerate(self._rows) if each.id == mandate_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def status_text(self, mandate: MandateRow) -> str:
        if mandate.recalled_on is not None:
            if mandate.recalled_at_assembly is not None:
                return self.tr("recalled {date} (assembly No. {number})").format(
                    date=day_text(mandate.recalled_on), number=mandate.recalled_at_assembly
                )
            return self.tr("recalled {date}").format(date=day_text(mandate.recalled_on))
        if mandate.is_current(self._today):
            return self.tr("holds it")
        if mandate.starts_on > self._today:
            return self.tr("from {date}").format(date=day_text(mandate.starts_on))
        return self.tr("term ended")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        mandate = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            elected = "" if mandate.elected_at_assembly is None else self.tr("No. {number}").format(
                number=mandate.elected_at_assembly
            )
            return (
                mandate.name,
                mandate.office,
                mandate.body,
                day_text(mandate.starts_on),
                day_text(mandate.ends_on),
                elected,
                self.status_text(mandate),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if mandate.recalled_on is not None and (mandate.recall_question or mandate.recall_note):
                counts = ""
                if mandate.recall_counts is not None:
                    counts = self.tr(" (for {votes_for}, against {votes_against}, abstained {votes_abstain})").format(
                        votes_for=mandate.recall_counts[0],
                        votes_against=mandate.recall_counts[1],
                        votes_abstain=mandate.recall_counts[2],
                    )
                return "\n".join(part for part in (mandate.recall_question + counts, mandate.recall_note) if part)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and not mandate.is_current(self._today):
            return Qt.GlobalColor.darkGray
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Office"),
            self.tr("Body"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("Elected at"),
            self.tr("Now"),
        )[section]

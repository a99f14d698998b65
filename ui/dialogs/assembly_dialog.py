"""An assembly's details (number, kind, when and where, who chairs, the quorum rule), and,
for a new one, which earlier agenda to start from and which unresolved items to carry over."""

from dataclasses import asdict, dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from committee_app import rules
from committee_app.errors import UserError
from committee_app.labels import label
from committee_app.models import AgendaItem, Assembly
from committee_app.services.assemblies import TITLE_LENGTH, MemberChoice
from committee_app.vocabulary import AssemblyKind

from ..models.assembly_carry_over_model import CarryOverModel
from ..models.assembly_formatting import date_time_format, short_date_time
from ..models.assembly_member_choices_model import MemberChoicesModel
from .inline_problem import problem_label, show_problem

HIGHEST_NUMBER = 1_000_000


@dataclass(frozen=True)
class AssemblyForm:
    number: int
    kind: AssemblyKind
    title: str
    starts_at: datetime
    place: str
    chair_id: int | None
    secretary_id: int | None
    quorum_rule: str
    copy_agenda_from: int | None = None

    def assembly_fields(self) -> dict:
        """The fields as ``create_assembly``/``update_assembly`` take them."""
        fields = asdict(self)
        del fields["copy_agenda_from"]
        return fields


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class FormDateTimeEdit(QDateTimeEdit):
    """Tab moves on to the next field, as everywhere else in a form; Qt's own date-time edit
    would walk its day, month, year, hour and minute instead (arrows and typing still do)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class AssemblyDialog(QDialog):
    def __init__(
        self,
        form: AssemblyForm,
        members: list[MemberChoice],
        *,
        taken_numbers: set[int],
        copy_sources: list[Assembly] | None,
        parent: QWidget | None = None,
    ):
        """``copy_sources``: assemblies whose agenda may be copied (None: editing, no copy offered)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assembly") if copy_sources is not None else self.tr("Assembly details"))
        self._taken_numbers = taken_numbers
        self.number = QSpinBox(minimum=1, maximum=HIGHEST_NUMBER, value=form.number)
        self.kind = QComboBox()
        for kind in AssemblyKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(form.kind))
        self.title = QLineEdit(form.title)
        self.title.setMaxLength(TITLE_LENGTH)
        self.starts_at = FormDateTimeEdit(to_qdatetime(form.starts_at))
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(date_time_format())
        self.place = QLineEdit(form.place)
        self.place.setMaxLength(TITLE_LENGTH)
        self.members = MemberChoicesModel(members, self.tr("— nobody chosen —"), self)
        self.chair = self._member_box(form.chair_id)
        self.secretary = self._member_box(form.secretary_id)
        self.quorum_kind = QComboBox()
        self.quorum_kind.addItem(self.tr("More than half of active members"), "majority")
        self.quorum_kind.addItem(self.tr("A fixed number of members"), "fixed")
        self.quorum_kind.addItem(self.tr("A fraction of active members"), "fraction")
        self.quorum_value = QLineEdit()
        self._show_quorum_rule(form.quorum_rule)
        self.copy_agenda = QCheckBox(self.tr("Cop&y the agenda of assembly:"))
        self.copy_source = QComboBox()
        for source in copy_sources or []:
            self.copy_source.addItem(self._source_text(source), source.id)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        quorum_row = QHBoxLayout()
        quorum_row.addWidget(self.quorum_kind, 2)
        quorum_row.addWidget(self.quorum_value, 1)
        quorum_label = QLabel(self.tr("&Quorum:"))
        quorum_label.setBuddy(self.quorum_kind)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Protocol &number:"), self.number)
        layout.addRow(self.tr("&Kind:"), self.kind)
        layout.addRow(self.tr("&Title:"), self.title)
        layout.addRow(self.tr("&Starts:"), self.starts_at)
        layout.addRow(self.tr("&Place:"), self.place)
        layout.addRow(self.tr("&Chair:"), self.chair)
        layout.addRow(self.tr("S&ecretary:"), self.secretary)
        layout.addRow(quorum_label, quorum_row)
        if copy_sources is not None:
            layout.addRow(self.copy_agenda, self.copy_source)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        order = [self.number, self.kind, self.title, self.starts_at, self.place, self.chair, self.secretary]
        order += [self.quorum_kind, self.quorum_value, self.copy_agenda, self.copy_source]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.copy_agenda.setEnabled(bool(copy_sources))
        self.copy_source.setEnabled(False)
        self.copy_agenda.toggled.connect(self.copy_source.setEnabled)
        self.number.valueChanged.connect(self._check)
        self.quorum_kind.currentIndexChanged.connect(self._quorum_kind_changed)
        self.quorum_value.textChanged.connect(self._check)
        self._quorum_kind_changed()
        self.resize(520, self.sizeHint().height())

    def _member_box(self, member_id: int | None) -> QComboBox:
        box = QComboBox()
        box.setModel(self.members)
        box.setCurrentIndex(self.members.row_of(member_id))
        return box

    def _source_text(self, source: Assembly) -> str:
        parts = [self.tr("No. {number}").format(number=source.number), short_date_time(source.starts_at), source.title]
        return " — ".join(part for part in parts if part)

    def _show_quorum_rule(self, rule_text: str) -> None:
        rule = rules.parse_quorum_rule(rule_text)
        self.quorum_kind.setCurrentIndex(self.quorum_kind.findData(rule.kind))
        if rule.kind == "fixed":
            self.quorum_value.setText(str(rule.count))
        elif rule.kind == "fraction":
            self.quorum_value.setText(f"{rule.numerator}/{rule.denominator}")

    def _quorum_kind_changed(self) -> None:
        kind = self.quorum_kind.currentData()
        self.quorum_value.setEnabled(kind != "majority")
        self.quorum_value.setPlaceholderText({"fixed": "25", "fraction": "2/3"}.get(kind, ""))
        self._check()

    def quorum_rule_text(self) -> str:
        kind = self.quorum_kind.currentData()
        return kind if kind == "majority" else f"{kind}:{self.quorum_value.text().strip()}"

    def problem_text(self) -> str:
        """Why the details cannot be saved yet, or "" when they can."""
        if self.number.value() in self._taken_numbers:
            return self.tr("Protocol number {number} is already used by another assembly.").format(number=self.number.value())
        try:
            rules.parse_quorum_rule(self.quorum_rule_text())
        except UserError as error:
            return str(error)
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def form(self) -> AssemblyForm:
        copying = self.copy_agenda.isEnabled() and self.copy_agenda.isChecked()
        return AssemblyForm(
            number=self.number.value(),
            kind=self.kind.currentData(),
            title=self.title.text().strip(),
            starts_at=self.starts_at.dateTime().toPython().replace(second=0, microsecond=0),
            place=self.place.text().strip(),
            chair_id=self.members.member_id(self.chair.currentIndex()),
            secretary_id=self.members.member_id(self.secretary.currentIndex()),
            quorum_rule=rules.parse_quorum_rule(self.quorum_rule_text()).to_text(),
            copy_agenda_from=self.copy_source.currentData() if copying else None,
        )

    @classmethod
    def get_assembly(
        cls,
        parent: QWidget | None,
        form: AssemblyForm,
        members: list[MemberChoice],
        *,
        taken_numbers: set[int],
        copy_sources: list[Assembly] | None = None,
    ) -> tuple[AssemblyForm, bool]:
        dialog = cls(form, members, taken_numbers=taken_numbers, copy_sources=copy_sources, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else form), accepted


class CarryOverDialog(QDialog):
    """Offers the unresolved items of the last held assembly for the new agenda."""

    def __init__(self, source_number: int, items: list[AgendaItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unresolved items"))
        explanation = QLabel(
            self.tr(
                "These items of assembly No. {number} were left unresolved (no decision, or every vote failed). "
                "Ticked items are added to the new agenda:"
            ).format(number=source_number)
        )
        explanation.setWordWrap(True)
        self.items = CarryOverModel(items, self)
        self.list = QListView()
        self.list.setModel(self.items)
        self.list.setCurrentIndex(self.items.index(0))
        explanation.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add ticked items"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    @classmethod
    def get_items(cls, parent: QWidget | None, source_number: int, items: list[AgendaItem]) -> tuple[list[int], bool]:
        """The ids of the items to carry over, in agenda order."""
        dialog = cls(source_number, items, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.items.ticked_item_ids() if accepted else []), accepted

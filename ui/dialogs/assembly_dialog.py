"""An assembly's details (number, kind, when and where, who chairs, who may take part and
the quorum rule, the invited guests), and, for a new one, which earlier agenda to start from
and which unresolved items to carry over."""

from dataclasses import asdict, dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
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
from .. import confirm
from ..models.assembly_formatting import date_time_format, short_date_time
from ..models.assembly_member_choices_model import MemberChoicesModel
from .day_field import FormDateTimeEdit
from .inline_problem import grow_to_fit, problem_label, show_problem

HIGHEST_NUMBER = 1_000_000
# The workforce of the largest enterprises runs to tens of thousands; far above that is a typo.
MOST_ENTITLED = 1_000_000
GUESTS_HEIGHT = 60
WARNING_STYLE = "color: #8a4b00;"
GATHERINGS_OF_MANY = (AssemblyKind.general_assembly, AssemblyKind.delegates_council)


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
    entitled: int | None = None  # None: the committee's active members
    guests_names: str = ""
    copy_agenda_from: int | None = None

    def assembly_fields(self) -> dict:
        """The fields as ``create_assembly``/``update_assembly`` take them."""
        fields = asdict(self)
        del fields["copy_agenda_from"]
        return fields


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class AssemblyDialog(QDialog):
    def __init__(
        self,
        form: AssemblyForm,
        members: list[MemberChoice],
        *,
        other_dates: dict[int, datetime | None],
        copy_sources: list[Assembly] | None,
        parent: QWidget | None = None,
    ):
        """``other_dates``: the protocol number and start of every other assembly;
        ``copy_sources``: assemblies whose agenda may be copied (None: editing, no copy offered)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assembly") if copy_sources is not None else self.tr("Assembly details"))
        self._other_dates = other_dates
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
        self.entitled_base = QComboBox()
        self.entitled_base.addItem(self.tr("The committee's active members"), False)
        self.entitled_base.addItem(self.tr("A number of people:"), True)
        self.entitled_base.setCurrentIndex(self.entitled_base.findData(form.entitled is not None))
        self.entitled = QSpinBox(minimum=0, maximum=MOST_ENTITLED, value=form.entitled or 0)
        self.entitled.setGroupSeparatorShown(True)
        self.entitled_note = QLabel()
        self.entitled_note.setWordWrap(True)
        self.quorum_kind = QComboBox()
        self.quorum_kind.addItem(self.tr("More than half of those entitled"), "majority")
        self.quorum_kind.addItem(self.tr("A fixed number"), "fixed")
        self.quorum_kind.addItem(self.tr("A fraction of those entitled"), "fraction")
        self.quorum_value = QLineEdit()
        self._show_quorum_rule(form.quorum_rule)
        self.guests_names = QPlainTextEdit(form.guests_names)
        self.guests_names.setTabChangesFocus(True)
        self.guests_names.setFixedHeight(GUESTS_HEIGHT)
        self.guests_names.setPlaceholderText(self.tr("One name a line; guests do not vote"))
        self.copy_agenda = QCheckBox(self.tr("Cop&y the agenda of assembly:"))
        self.copy_source = QComboBox()
        for source in copy_sources or []:
            self.copy_source.addItem(self._source_text(source), source.id)
        self.problem = problem_label()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        entitled_row = QHBoxLayout()
        entitled_row.addWidget(self.entitled_base, 2)
        entitled_row.addWidget(self.entitled, 1)
        entitled_label = QLabel(self.tr("Entitled to take p&art:"))
        entitled_label.setBuddy(self.entitled_base)
        guests_label = QLabel(self.tr("In&vited guests:"))
        guests_label.setBuddy(self.guests_names)
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
        layout.addRow(entitled_label, entitled_row)
        layout.addRow(self.entitled_note)
        layout.addRow(quorum_label, quorum_row)
        layout.addRow(guests_label, self.guests_names)
        if copy_sources is not None:
            layout.addRow(self.copy_agenda, self.copy_source)
        layout.addRow(self.warning)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        order = [self.number, self.kind, self.title, self.starts_at, self.place, self.chair, self.secretary]
        order += [self.entitled_base, self.entitled, self.quorum_kind, self.quorum_value, self.guests_names]
        order += [self.copy_agenda, self.copy_source]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.copy_agenda.setEnabled(bool(copy_sources))
        self.copy_source.setEnabled(False)
        self.copy_agenda.toggled.connect(self.copy_source.setEnabled)
        self.number.valueChanged.connect(self._check)
        self.starts_at.dateTimeChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.entitled_base.currentIndexChanged.connect(self._entitled_base_changed)
        self.entitled.valueChanged.connect(self._check)
        self.quorum_kind.currentIndexChanged.connect(self._quorum_kind_changed)
        self.quorum_value.textChanged.connect(self._check)
        if copy_sources is not None:
            self._ask_for_the_number_of_many()
        self._entitled_base_changed()
        self._quorum_kind_changed()
        self.resize(560, self.sizeHint().height())

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

    def _kind_changed(self) -> None:
        self._ask_for_the_number_of_many()
        self._show_entitled_note()
        self._check()

    def _ask_for_the_number_of_many(self) -> None:
        # A general assembly or a conference is of the workforce or the delegates, rarely of
        # the committee alone: ask for their number as soon as the kind says so; a committee
        # meeting is of the committee's active members.
        many = self.kind.currentData() in GATHERINGS_OF_MANY
        if many != bool(self.entitled_base.currentData()):
            if many or self.kind.currentData() == AssemblyKind.committee_meeting:
                self.entitled_base.setCurrentIndex(self.entitled_base.findData(many))

    def _entitled_base_changed(self) -> None:
        self.entitled.setEnabled(bool(self.entitled_base.currentData()))
        self._show_entitled_note()
        self._check()

    def _show_entitled_note(self) -> None:
        if not self.entitled_base.currentData():
            note = self.tr("Quorum and an absolute majority are counted over the committee's active members.")
        elif self.kind.currentData() == AssemblyKind.general_assembly:
            note = self.tr("The workers of the enterprise or unit who may take part; those who sign in are counted at the door.")
        elif self.kind.currentData() == AssemblyKind.delegates_council:
            note = self.tr("The delegates elected to the conference or council.")
        else:
            note = self.tr("Everyone who may take part and vote.")
        self.entitled_note.setText(note)

    def _quorum_kind_changed(self) -> None:
        kind = self.quorum_kind.currentData()
        self.quorum_value.setEnabled(kind != "majority")
        self.quorum_value.setPlaceholderText({"fixed": "25", "fraction": "2/3"}.get(kind, ""))
        self._check()

    def quorum_rule_text(self) -> str:
        kind = self.quorum_kind.currentData()
        return kind if kind == "majority" else f"{kind}:{self.quorum_value.text().strip()}"

    def entitled_number(self) -> int | None:
        return self.entitled.value() if self.entitled_base.currentData() else None

    def problem_text(self) -> str:
        """Why the details cannot be saved yet, or "" when they can."""
        if self.number.value() in self._other_dates:
            return self.tr("Protocol number {number} is already used by another assembly.").format(number=self.number.value())
        if self.entitled_number() == 0:
            return self.tr("Write how many may take part, or choose the committee's active members.")
        try:
            rules.parse_quorum_rule(self.quorum_rule_text())
        except UserError as error:
            # Said in the words of the form, not in the rule's written syntax ("fraction:2/3").
            if not self.quorum_value.text().strip() or ":" in self.quorum_value.text():
                if self.quorum_kind.currentData() == "fixed":
                    return self.tr("Write how many must be registered for quorum, for example 25.")
                return self.tr("Write the share of those entitled as a fraction, for example 1/2 or 2/3.")
            return str(error)
        return ""

    def warning_text(self) -> str:
        """A protocol number out of step with the dates of the others: allowed, but likely a slip."""
        number, starts = self.number.value(), self.starts_at.dateTime().toPython()
        dated = {other: when for other, when in self._other_dates.items() if when is not None}
        later_dated_earlier = [other for other, when in dated.items() if other < number and when > starts]
        if later_dated_earlier:
            other = max(later_dated_earlier)
            return self.tr("Assembly No. {other} is dated {date}, after this No. {number}: check the number or the date.").format(
                other=other, date=short_date_time(dated[other]), number=number
            )
        earlier_dated_later = [other for other, when in dated.items() if other > number and when < starts]
        if earlier_dated_later:
            other = min(earlier_dated_later)
            return self.tr("Assembly No. {other} is dated {date}, before this No. {number}: check the number or the date.").format(
                other=other, date=short_date_time(dated[other]), number=number
            )
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())
        warning = self.warning_text()
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        grow_to_fit(self)

    def accept(self) -> None:
        warning = self.warning_text()
        if warning and not confirm.ask(self, self.tr("Protocol numbers and dates"), warning + "\n\n" + self.tr("Save it as it is?")):
            return
        super().accept()

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
            entitled=self.entitled_number(),
            guests_names=self.guests_names.toPlainText().strip(),
            copy_agenda_from=self.copy_source.currentData() if copying else None,
        )

    @classmethod
    def get_assembly(
        cls,
        parent: QWidget | None,
        form: AssemblyForm,
        members: list[MemberChoice],
        *,
        other_dates: dict[int, datetime | None],
        copy_sources: list[Assembly] | None = None,
    ) -> tuple[AssemblyForm, bool]:
        dialog = cls(form, members, other_dates=other_dates, copy_sources=copy_sources, parent=parent)
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

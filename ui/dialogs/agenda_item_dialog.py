"""An agenda item: title, details, who presents it (a member or someone from outside), and
how many minutes it is planned to take."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from committee_app.services.assemblies import TITLE_LENGTH, MemberChoice
from committee_app.services.fields import LONG_TEXT_LENGTH, NAME_LENGTH

from ..models.assembly_member_choices_model import MemberChoicesModel
from .inline_problem import problem_label, show_problem

LONGEST_ITEM_MINUTES = 24 * 60
DEFAULT_ITEM_MINUTES = 10


@dataclass(frozen=True)
class AgendaItemForm:
    title: str = ""
    details: str = ""
    presenter_id: int | None = None
    presenter_name: str = ""
    planned_minutes: int = DEFAULT_ITEM_MINUTES

    def item_fields(self) -> dict:
        """As ``add_agenda_item``/``update_agenda_item`` take them; an outside name only without a member."""
        return {
            "title": self.title,
            "details": self.details,
            "presenter_id": self.presenter_id,
            "presenter_name": "" if self.presenter_id is not None else self.presenter_name,
            "planned_minutes": self.planned_minutes,
        }


class AgendaItemDialog(QDialog):
    def __init__(self, form: AgendaItemForm, members: list[MemberChoice], *, new: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New agenda item") if new else self.tr("Edit agenda item"))
        self.title = QLineEdit(form.title)
        self.title.setMaxLength(TITLE_LENGTH)
        self.details = QPlainTextEdit(form.details)
        self.details.setTabChangesFocus(True)
        self.members = MemberChoicesModel(members, self.tr("— not a member —"), self)
        self.presenter = QComboBox()
        self.presenter.setModel(self.members)
        self.presenter.setCurrentIndex(self.members.row_of(form.presenter_id))
        self.presenter_name = QLineEdit(form.presenter_name)
        self.presenter_name.setMaxLength(NAME_LENGTH)
        self.presenter_name.setPlaceholderText(self.tr("A guest, a lawyer, a delegate from another site…"))
        self.minutes = QSpinBox(minimum=0, maximum=LONGEST_ITEM_MINUTES, value=form.planned_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Title:"), self.title)
        layout.addRow(self.tr("&Details:"), self.details)
        layout.addRow(self.tr("&Presenter:"), self.presenter)
        layout.addRow(self.tr("&Outside presenter:"), self.presenter_name)
        layout.addRow(self.tr("Planned &minutes:"), self.minutes)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.presenter.currentIndexChanged.connect(self._presenter_changed)
        self.title.textChanged.connect(self._check)
        self.details.textChanged.connect(self._check)
        self._presenter_changed()
        self.resize(520, self.sizeHint().height())

    def _presenter_changed(self) -> None:
        self.presenter_name.setEnabled(self.members.member_id(self.presenter.currentIndex()) is None)
        self._check()

    def problem_text(self) -> str:
        if not self.title.text().strip():
            return self.tr("Give the item a title.")
        length = len(self.details.toPlainText().strip())
        if length > LONG_TEXT_LENGTH:
            return self.tr("The details are too long: {length} characters, at most {limit}.").format(
                length=length, limit=LONG_TEXT_LENGTH
            )
        return ""

    def _check(self) -> None:
        show_problem(self.problem, self.buttons, self.problem_text())

    def form(self) -> AgendaItemForm:
        return AgendaItemForm(
            title=self.title.text().strip(),
            details=self.details.toPlainText().strip(),
            presenter_id=self.members.member_id(self.presenter.currentIndex()),
            presenter_name=self.presenter_name.text().strip(),
            planned_minutes=self.minutes.value(),
        )

    @classmethod
    def get_item(
        cls, parent: QWidget | None, form: AgendaItemForm, members: list[MemberChoice], *, new: bool
    ) -> tuple[AgendaItemForm, bool]:
        dialog = cls(form, members, new=new, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.form() if accepted else form), accepted

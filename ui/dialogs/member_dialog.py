"""A member's details, new or edited, checked as they are typed by the service's own rules,
so that what the dialog accepts is what the store accepts and nothing typed is lost."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from committee_app.errors import ValidationError
from committee_app.labels import label
from committee_app.models import Member
from committee_app.services.fields import NAME_LENGTH
from committee_app.services.members import PHONE_LENGTH, cleaned_member_fields
from committee_app.vocabulary import MemberRole, MemberStatus

from ..models.assembly_formatting import date_format
from .day_field import TypedDateEdit

ERROR_STYLE = "color: #b00020;"
EARLIEST_JOINING = QDate(1900, 1, 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MemberDialog(QDialog):
    def __init__(self, member: Member | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit member") if member is not None else self.tr("New member"))
        self.full_name = self._line_edit(NAME_LENGTH)
        self.phone = self._line_edit(PHONE_LENGTH)
        self.workplace = self._line_edit(NAME_LENGTH)
        self.unit = self._line_edit(NAME_LENGTH)
        self.occupation = self._line_edit(NAME_LENGTH)
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(label(role), role.value)
        self.status = QComboBox()
        for status in MemberStatus:
            self.status.addItem(label(status), status.value)
        self.joined_known = QCheckBox(self.tr("&Joined on:"))
        self.joined_known.setToolTip(self.tr("Tick when the date the member joined is known"))
        self.joined_on = TypedDateEdit(QDate.currentDate(), calendarPopup=True)
        self.joined_on.setMinimumDate(EARLIEST_JOINING)
        self.joined_on.setDisplayFormat(date_format())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.texts = {
            "full_name": self.full_name,
            "phone": self.phone,
            "workplace": self.workplace,
            "unit": self.unit,
            "occupation": self.occupation,
            "notes": self.notes,
        }
        self.errors = {field: self._error_label() for field in self.texts}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = layout = QFormLayout(self)
        for field, text in (
            ("full_name", self.tr("&Full name:")),
            ("phone", self.tr("&Phone:")),
            ("workplace", self.tr("&Workplace:")),
            ("unit", self.tr("&Shop or department:")),
            ("occupation", self.tr("&Occupation:")),
        ):
            layout.addRow(text, self.texts[field])
            layout.addRow("", self.errors[field])
        layout.addRow(self.tr("&Role:"), self.role)
        layout.addRow(self.tr("S&tatus:"), self.status)
        layout.addRow(self.joined_known, self.joined_on)
        layout.addRow(self.tr("&Notes:"), self.notes)
        layout.addRow("", self.errors["notes"])
        layout.addRow(self.buttons)
        order = [self.full_name, self.phone, self.workplace, self.unit, self.occupation, self.role, self.status,
                 self.joined_known, self.joined_on, self.notes, self.buttons]
        for before, after in zip(order, order[1:]):
            QWidget.setTabOrder(before, after)
        self.resize(520, self.sizeHint().height())

        if member is not None:
            self._show(member)
        else:
            self.role.setCurrentIndex(self.role.findData(MemberRole.member.value))
            self.status.setCurrentIndex(self.status.findData(MemberStatus.active.value))
        self.joined_on.setEnabled(self.joined_known.isChecked())
        self.joined_known.toggled.connect(self.joined_on.setEnabled)
        for widget in self.texts.values():
            widget.textChanged.connect(self._check)
        self._check()
        self.full_name.setFocus()

    @staticmethod
    def _line_edit(max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        return edit

    @staticmethod
    def _error_label() -> QLabel:
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        return error

    def _show(self, member: Member) -> None:
        for field, widget in self.texts.items():
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(getattr(member, field))
            else:
                widget.setText(getattr(member, field))
        self.role.setCurrentIndex(self.role.findData(MemberRole(member.role).value))
        self.status.setCurrentIndex(self.status.findData(MemberStatus(member.status).value))
        if member.joined_on is not None:
            self.joined_known.setChecked(True)
            self.joined_on.setDate(_qdate(member.joined_on))

    def _text(self, field: str) -> str:
        widget = self.texts[field]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def _check(self) -> None:
        """Say under each field what keeps it from being saved; OK only when nothing does."""
        acceptable = True
        for field, error in self.errors.items():
            try:
                cleaned_member_fields({field: self._text(field)})
            except ValidationError as refusal:
                error.setText(str(refusal))
                acceptable = False
            else:
                error.clear()
            # The whole row, so that a field without a problem leaves no gap under it.
            self.form.setRowVisible(error, bool(error.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(acceptable)

    def values(self) -> dict:
        """The fields as ``add_member`` and ``update_member`` take them."""
        return {
            **{field: self._text(field) for field in self.texts},
            "role": MemberRole(self.role.currentData()),
            "status": MemberStatus(self.status.currentData()),
            "joined_on": self.joined_on.date().toPython() if self.joined_known.isChecked() else None,
        }

    @classmethod
    def get_member(cls, parent: QWidget | None, member: Member | None = None) -> tuple[dict, bool]:
        dialog = cls(member, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.values(), accepted

"""Settings: language, automatic lock, the backup reminder, and the time in printed footers."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from committee_app.i18n import LANGUAGES, language_name
from committee_app.backup_reminder import MAX_REMINDER_DAYS


@dataclass(frozen=True)
class SettingsChoice:
    language: str
    idle_lock_minutes: int
    backup_reminder_days: int
    print_time: bool = False


class SettingsDialog(QDialog):
    def __init__(self, current: SettingsChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(LANGUAGES.index(current.language))
        self.idle = QSpinBox(minimum=1, maximum=24 * 60, value=current.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.reminder = QSpinBox(minimum=1, maximum=MAX_REMINDER_DAYS, value=current.backup_reminder_days)
        self.reminder.setSuffix(self.tr(" days"))
        self.reminder.setToolTip(self.tr("Remind me when no backup has been verified for this many days"))
        self.print_time = QCheckBox(self.tr("Footer gives the &time of printing, not only the date"))
        self.print_time.setChecked(current.print_time)
        self.print_time.setToolTip(
            self.tr(
                "When this is off, the footer gives only the day a document was printed: the hour tells more "
                "than the paper needs to."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("Loc&k after idle:"), self.idle)
        layout.addRow(self.tr("Backup &reminder after:"), self.reminder)
        layout.addRow(self.tr("Printed documents:"), self.print_time)
        layout.addRow(buttons)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            self.language.currentData(), self.idle.value(), self.reminder.value(), self.print_time.isChecked()
        )

    @classmethod
    def get_settings(cls, parent: QWidget | None, current: SettingsChoice) -> tuple[SettingsChoice, bool]:
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted

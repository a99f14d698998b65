"""Settings: language, automatic lock, and the backup reminder."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("Loc&k after idle:"), self.idle)
        layout.addRow(self.tr("Backup &reminder after:"), self.reminder)
        layout.addRow(buttons)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(self.language.currentData(), self.idle.value(), self.reminder.value())

    @classmethod
    def get_settings(cls, parent: QWidget | None, current: SettingsChoice) -> tuple[SettingsChoice, bool]:
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted

"""Settings: language, automatic lock, the backup reminder, and the time in printed footers."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from committee_app.i18n import LANGUAGES, language_name
from committee_app.backup_reminder import MAX_REMINDER_DAYS
from committee_app.failed_unlocks import WIPE_AFTER_CHOICES


@dataclass(frozen=True)
class SettingsChoice:
    language: str
    idle_lock_minutes: int
    backup_reminder_days: int
    print_time: bool = False
    wipe_after_failed_unlocks: int | None = None  # off


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
        self.wipe_after = QComboBox()
        self.wipe_after.addItem(self.tr("never"), None)
        for attempts in WIPE_AFTER_CHOICES:
            self.wipe_after.addItem(str(attempts), attempts)
        self.wipe_after.setCurrentIndex(max(self.wipe_after.findData(current.wipe_after_failed_unlocks), 0))
        self.wipe_note = QLabel(
            self.tr(
                "Off unless chosen. Whoever types a wrong passphrase that many times in a row, a stranger or a tired "
                "secretary, wipes the records of this computer: keep a backup. The attempts are counted beside the "
                "store, across restarts, and on the command line too."
            )
        )
        self.wipe_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("Loc&k after idle:"), self.idle)
        layout.addRow(self.tr("Backup &reminder after:"), self.reminder)
        layout.addRow(self.tr("Printed documents:"), self.print_time)
        layout.addRow(self.tr("&Wipe after failed unlocks:"), self.wipe_after)
        layout.addRow(self.wipe_note)
        layout.addRow(buttons)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            self.language.currentData(),
            self.idle.value(),
            self.reminder.value(),
            self.print_time.isChecked(),
            self.wipe_after.currentData(),
        )

    @classmethod
    def get_settings(cls, parent: QWidget | None, current: SettingsChoice) -> tuple[SettingsChoice, bool]:
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted

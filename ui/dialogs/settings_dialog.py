"""Settings: language, automatic lock, and the passphrase."""

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


@dataclass(frozen=True)
class SettingsChoice:
    language: str
    idle_lock_minutes: int


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("Loc&k after idle:"), self.idle)
        layout.addRow(buttons)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(self.language.currentData(), self.idle.value())

    @classmethod
    def get_settings(cls, parent: QWidget | None, current: SettingsChoice) -> tuple[SettingsChoice, bool]:
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted

"""Erase a member completely: what it does, what it cannot reach (backups made before), and a
typed confirmation, so that no stray Enter erases a person."""

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# The confirming word in the source language, accepted whatever the UI's language: a
# keyboard left on the Latin layout must not stand in the way.
SOURCE_WORD = "ERASE"


def _comparable(typed: str) -> str:
    return " ".join(unicodedata.normalize("NFC", typed).casefold().split())


class EraseMemberDialog(QDialog):
    def __init__(self, full_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_name = full_name
        self.setWindowTitle(self.tr("Erase member completely"))
        self.word = self.tr("ERASE", "the word typed to confirm erasing a member")

        what = QLabel(
            self.tr(
                "Erase {name} completely? Their name, phone, workplace, shop, occupation and notes are removed from "
                "every record: attendance, votes, action items, minutes, demands. Where the name or phone was typed "
                "into a text, it is replaced by “erased member No. N”. Counts stay as they were. This cannot be undone."
            ).format(name=full_name)
        )
        backups = QLabel(
            self.tr(
                "Backups made before still hold this person, and anyone who has such a backup and its passphrase "
                "can read them. Make a new backup now and retire the older ones, on every stick you use."
            )
        )
        backups.setStyleSheet("color: #8a4b00; font-weight: bold;")
        for label in (what, backups):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.retire = QCheckBox(self.tr("&Then make a new backup and retire the older ones on the stick"))
        self.retire.setChecked(True)
        self.typed = QLineEdit()
        self.typed.setMaxLength(400)
        prompt = QLabel(self.tr("To confirm, type {word} or the person's full &name:").format(word=self.word))
        prompt.setBuddy(self.typed)
        prompt.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("&Erase completely"), QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter erases once the confirmation is typed, and does nothing before: Cancel is
        # not the default, so that Enter after a half-typed word does not close the dialog.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.erase_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(backups)
        layout.addWidget(self.retire)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        # The word is typed straight away; the checkbox above would otherwise take the keys.
        self.typed.setFocus()
        self._update()

    def confirmed(self) -> bool:
        typed = _comparable(self.typed.text())
        return bool(typed) and typed in {_comparable(self.word), _comparable(SOURCE_WORD), _comparable(self.full_name)}

    def _update(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()

    @classmethod
    def get_confirmation(cls, parent: QWidget | None, full_name: str) -> tuple[bool, bool]:
        """(retire older backups afterwards, accepted)."""
        dialog = cls(full_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.retire.isChecked(), accepted

"""The unlock dialog: nothing of the store is shown before the right passphrase."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from committee_app.errors import UserError, WrongPassphrase
from committee_app.failed_unlocks import RecordsWiped, attempts_left_message, read_guard

from ..background import run_in_background
from ..commands import WIPE_SHORTCUT, command
from ..error_reporting import report_error


def open_store_in_background(path: Path, passphrase: str):
    # Imported here, on the worker thread: the database stack loads after the window shows.
    from committee_app.failed_unlocks import open_store_counting_failures

    return open_store_counting_failures(path, passphrase)


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Store
    wipe_requested = Signal()
    wiped = Signal(str)  # the last attempt allowed failed; the message says what was wiped

    def __init__(self, store_path: Path, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.store_path = store_path
        self.setWindowTitle(self.tr("Committee Desk — unlock"))
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.prompt = QLabel(self.tr("&Passphrase of the committee's records:"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.prompt.setBuddy(self.passphrase)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        # Shown while the wipe after failed unlocks is on.
        self.attempts_left = QLabel()
        self.attempts_left.setWordWrap(True)
        self.attempts_left.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.show_attempts_left()
        # The panic wipe works while locked too: no passphrase is needed to destroy the records.
        self.wipe_action = command(
            self, self.tr("Wipe everything now"), WIPE_SHORTCUT, self.wipe_requested
        )
        self.addAction(self.wipe_action)
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for widget in (self.note, self.prompt, self.passphrase, self.error, self.attempts_left, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(440)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Type the passphrase."))
            return
        self.setEnabled(False)
        run_in_background(
            self,
            lambda: open_store_in_background(self.store_path, passphrase),
            label=self.tr("Unlocking…"),
            on_success=self._opened,
            on_failure=self._failed,
        )

    def _opened(self, store) -> None:
        self.setEnabled(True)
        self.show_attempts_left()
        self.passphrase.clear()
        self.accept()
        self.unlocked.emit(store)

    def show_attempts_left(self) -> None:
        guard = read_guard(self.store_path)
        self.attempts_left.setVisible(guard is not None)
        if guard is not None:
            self.attempts_left.setText(attempts_left_message(guard))

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.show_attempts_left()
        if isinstance(error, RecordsWiped):
            self.wiped.emit(str(error))
        elif isinstance(error, WrongPassphrase):
            self.show_error(self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."))
        elif isinstance(error, UserError):
            self.show_error(str(error))
        else:
            report_error(self, error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()

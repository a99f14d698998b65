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

from ..background import run_in_background
from ..error_reporting import report_error


def open_store_in_background(path: Path, passphrase: str):
    # Imported here, on the worker thread: the database stack loads after the window shows.
    from committee_app.store import Store

    return Store.open(path, passphrase)


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Store

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
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for widget in (self.note, self.prompt, self.passphrase, self.error, self.buttons):
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
        self.passphrase.clear()
        self.accept()
        self.unlocked.emit(store)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(error, WrongPassphrase):
            self.show_error(self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."))
        elif isinstance(error, UserError):
            self.show_error(str(error))
        else:
            report_error(self, error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()

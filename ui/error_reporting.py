"""Every error ends in a dialog: a ``UserError`` shows its own message; anything else is a
bug, logged without personal data and shown as a short apology with the log's location."""

import contextlib
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from committee_app import logs
from committee_app.errors import UserError


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """One place that puts a message box on screen (tests replace it)."""
    message_box(parent, icon, title, text).exec()


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    # Imported here: PySide6 builds the whole Qt namespace the first time it is touched, which
    # the unlock window, shown before any message, does without.
    from PySide6.QtCore import Qt

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    # Messages carry names from the records and from files others wrote (a committee's name in
    # a bundle): shown as typed, never read as markup that could fake or hide lines.
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def apology_text() -> str:
    return QCoreApplication.translate(
        "ErrorReport",
        "Sorry, something went wrong inside Committee Desk. Each change is saved whole or not at all, "
        "so nothing was half-saved. Details for the developers are in the log: {path}"
    ).format(path=logs.log_file_path())


def report_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, UserError):
        show_message(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("ErrorReport", "Committee Desk"), str(error))
        return
    logs.log_unexpected(error)
    show_message(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("ErrorReport", "Committee Desk"), apology_text())


@contextlib.contextmanager
def reporting_errors(parent: QWidget | None):
    """Run a user's command; any error becomes a dialog and the app goes on."""
    try:
        yield
    except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
        report_error(parent, error)


def install_exception_hook() -> None:
    """Errors escaping a slot reach the user as a dialog instead of a traceback on stderr."""

    def hook(kind, error, traceback):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        report_error(None, error.with_traceback(traceback))

    sys.excepthook = hook

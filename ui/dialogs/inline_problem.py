"""The red line under a dialog's fields that says why OK is disabled."""

from PySide6.QtWidgets import QDialogButtonBox, QLabel


def problem_label() -> QLabel:
    shown = QLabel()
    shown.setWordWrap(True)
    shown.setStyleSheet("color: #b00020;")
    shown.hide()
    return shown


def show_problem(shown: QLabel, buttons: QDialogButtonBox, problem: str) -> None:
    """Show why the dialog cannot be accepted yet; OK is enabled only when nothing is wrong."""
    shown.setText(problem)
    shown.setVisible(bool(problem))
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

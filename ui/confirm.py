"""Yes/no questions put to the user (one place, so tests can answer them)."""

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, question: str, *, default_yes: bool = False) -> bool:
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default
    )
    return answer == QMessageBox.StandardButton.Yes

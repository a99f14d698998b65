"""Yes/no questions put to the user (one place, so tests can answer them)."""

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, question: str, *, default_yes: bool = False, while_typing: bool = False) -> bool:
    """``while_typing``: the question interrupts typing, so the buttons carry no letter keys:
    the next letter typed must not answer it (a "д" would press «&Да»)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    if while_typing:
        for button in box.buttons():
            button.setText(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return box.exec() == QMessageBox.StandardButton.Yes

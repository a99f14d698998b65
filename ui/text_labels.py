"""Labels that show what users typed: always plain text, so a "<" in a title or a name never
turns a label into rich text (markup shown, or text hidden)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", *, selectable: bool = False) -> QLabel:
    shown = QLabel(text)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    if selectable:
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown

"""The red line under a dialog's fields that says why OK is disabled."""

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget


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
    grow_to_fit(shown.window())


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for its contents at its present width, up to its
    screen's height: a message that wraps onto more lines must not be cut off at the bottom."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    needed = min(needed, window.screen().availableGeometry().height())
    if window.height() < needed:
        window.resize(window.width(), needed)

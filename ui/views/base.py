"""What the main window asks of each view."""

from PySide6.QtWidgets import QWidget

from ..session import DeskSession


class DeskView(QWidget):
    """A page of the main window. ``load`` fills it from the store; ``clear`` drops every
    record it shows (on lock), so nothing personal stays on screen or in memory."""

    key = ""  # stable name, remembered as the last view

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def save_pending(self, *, may_ask: bool) -> bool:
        """Save what was typed but not yet saved, before a lock or quit. Returns True when
        something had to be dropped: a change to a record that needs the user's yes, when
        ``may_ask`` is False (the app is locking itself) or the user said no."""
        return False

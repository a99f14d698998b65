"""Members view (being built)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import DeskView


class MembersView(DeskView):
    key = "members"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Members")))

    def title(self) -> str:
        return self.tr("Members")

    def load(self) -> None:
        pass

    def clear(self) -> None:
        pass

"""Actions view (being built)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import DeskView


class ActionsView(DeskView):
    key = "actions"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Actions")))

    def title(self) -> str:
        return self.tr("Actions")

    def load(self) -> None:
        pass

    def clear(self) -> None:
        pass

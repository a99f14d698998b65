"""Demands view (being built)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import DeskView


class DemandsView(DeskView):
    key = "demands"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Demands")))

    def title(self) -> str:
        return self.tr("Demands")

    def load(self) -> None:
        pass

    def clear(self) -> None:
        pass

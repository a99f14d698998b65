"""Assemblies view (being built)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .base import DeskView


class AssembliesView(DeskView):
    key = "assemblies"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Assemblies")))

    def title(self) -> str:
        return self.tr("Assemblies")

    def load(self) -> None:
        pass

    def clear(self) -> None:
        pass

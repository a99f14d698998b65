"""Backups: until encrypted backups to USB arrive, the user's own copy of every record as JSON."""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from committee_app.dump import write_dump

from ..session import DeskSession
from .base import DeskView


class BackupsView(DeskView):
    key = "backups"

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.location = QLabel()
        self.location.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Export writes every record to one JSON file: the committee's own portable copy. "
                "The file is NOT encrypted: keep it only on a disk you trust."
            )
        )
        explanation.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export all records as JSON…"))
        self.export_button.clicked.connect(self.export_records)
        layout = QVBoxLayout(self)
        layout.addWidget(self.location)
        layout.addWidget(explanation)
        layout.addWidget(self.export_button)
        layout.addStretch()

    def title(self) -> str:
        return self.tr("Backups")

    def load(self) -> None:
        self.location.setText(self.tr("The encrypted store: {path}").format(path=self.session.store.path))

    def clear(self) -> None:
        self.location.clear()

    def export_records(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Export all records"),
            self.tr("The exported file holds every name and phone number unencrypted. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export all records"), "committee-records.json", "JSON (*.json)")
        if not path:
            return
        store = self.session.store
        self.session.run(
            self,
            lambda: write_dump(store, Path(path)),
            label=self.tr("Exporting…"),
            on_success=lambda _result: QMessageBox.information(
                self, self.tr("Export all records"), self.tr("Every record was written to {path}.").format(path=path)
            ),
        )

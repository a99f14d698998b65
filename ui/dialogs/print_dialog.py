"""Print a document: its language and paper, then "Save PDF…" or "Open" in the system's viewer."""

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from committee_app.i18n import LANGUAGES, language_name
from committee_app.printing.document import PaperChoice

WARNING_STYLE = "background: #fff3e0; color: #5d4037; padding: 4px;"


class PrintDestination(Enum):
    save = "save"
    open = "open"


@dataclass(frozen=True)
class PrintRequest:
    choice: PaperChoice
    destination: PrintDestination


class PrintDialog(QDialog):
    def __init__(self, document_title: str, choice: PaperChoice, *, personal_data: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.destination = PrintDestination.save
        heading = QLabel(document_title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold;")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(LANGUAGES.index(choice.language) if choice.language in LANGUAGES else 0)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.addItem(self.tr("Letter (216 × 279 mm)"), "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(choice.paper), 0))
        language_label = QLabel(self.tr("&Language of the document:"))
        language_label.setBuddy(self.language)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)

        self.personal_data_warning = QLabel(
            self.tr(
                "This document holds members' names and phone numbers. The PDF is NOT encrypted: "
                "keep it only on a disk you trust, and delete the copies nobody needs."
            )
        )
        self.personal_data_warning.setWordWrap(True)
        self.personal_data_warning.setStyleSheet(WARNING_STYLE)
        self.personal_data_warning.setVisible(personal_data)
        self.open_note = QLabel(
            self.tr(
                "“Open” shows the document in this computer's PDF viewer, from an unencrypted copy in a private "
                "temporary folder. That copy is deleted when Committee Desk quits, unless the viewer still has it "
                "open. To keep the document, use “Save PDF…”."
            )
        )
        self.open_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.clicked.connect(self._finish)
        self.buttons.rejected.connect(self.reject)

        layout = QFormLayout(self)
        layout.addRow(heading)
        layout.addRow(language_label, self.language)
        layout.addRow(paper_label, self.paper)
        layout.addRow(self.personal_data_warning)
        layout.addRow(self.open_note)
        layout.addRow(self.buttons)
        self.setTabOrder(self.language, self.paper)
        self.setTabOrder(self.paper, self.save_button)
        self.setTabOrder(self.save_button, self.open_button)
        self.language.setFocus()
        self.resize(480, self.sizeHint().height())

    def _finish(self, button: QAbstractButton) -> None:
        if button is self.save_button:
            self.destination = PrintDestination.save
        elif button is self.open_button:
            self.destination = PrintDestination.open
        else:
            return
        self.accept()

    def request(self) -> PrintRequest:
        return PrintRequest(PaperChoice(self.language.currentData(), self.paper.currentData()), self.destination)

    @classmethod
    def get_print_choice(
        cls, parent: QWidget | None, document_title: str, choice: PaperChoice, *, personal_data: bool
    ) -> tuple[PrintRequest, bool]:
        dialog = cls(document_title, choice, personal_data=personal_data, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.request(), accepted

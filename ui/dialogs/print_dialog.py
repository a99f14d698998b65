"""Print a document: its language and paper, whether redacted (for paper that may be seized;
a sign-in sheet has no redacted form, and instead how many blank rows), then "Save PDF…" or
"Open" in the system's viewer."""

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from committee_app.i18n import LANGUAGES, language_name
from committee_app.printing.document import PaperChoice
from committee_app.printing.signin_rows import DEFAULT_BLANK_PAGES, MOST_BLANK_ROWS

WARNING_STYLE = "background: #fff3e0; color: #5d4037; padding: 4px;"


class PrintDestination(Enum):
    save = "save"
    open = "open"


@dataclass(frozen=True)
class PrintRequest:
    choice: PaperChoice
    destination: PrintDestination
    blank_rows: int | None = None  # the sign-in sheet's blank rows; None for other documents


class PrintDialog(QDialog):
    def __init__(
        self,
        document_title: str,
        choice: PaperChoice,
        *,
        personal_data: bool,
        blank_rows: int | None = None,
        redactable: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.destination = PrintDestination.save
        # The footer's time is a setting of its own, not asked for each document.
        self._print_time = choice.print_time
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
        # Only a sign-in sheet has blank rows to choose; other documents hide the row.
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, MOST_BLANK_ROWS)
        self.blank_rows.setValue(blank_rows or 0)
        self.blank_rows.setAccelerated(True)
        self.blank_rows_label = QLabel(self.tr("&Blank rows:"))
        self.blank_rows_label.setBuddy(self.blank_rows)
        self.blank_rows_note = QLabel(
            self.tr(
                "Numbered rows after the members, for those not in the member list to write their name and shop "
                "and sign. When the assembly says how many are entitled, a row is offered for each one not listed, "
                "at most {pages} pages; for a larger hall, print several copies."
            ).format(pages=DEFAULT_BLANK_PAGES)
        )
        self.blank_rows_note.setWordWrap(True)
        self._has_blank_rows = blank_rows is not None

        # A sign-in sheet, signed by hand against each name, has no redacted form: no box.
        self._redactable = redactable
        self.redacted = QCheckBox(self.tr("&Redacted: initials instead of names"))
        self.redacted.setChecked(redactable and choice.redacted)
        self.redacted_note = QLabel(
            self.tr(
                "For paper that may be seized: no phones or workplaces, and the count of those present instead of "
                "their list. In texts typed into the records, the names of members and guests and any surname "
                "written beside initials are cut to initials; a name written another way stays: read the paper "
                "before it leaves your hands."
            )
        )
        self.redacted_note.setWordWrap(True)
        self._personal_data = personal_data

        self.personal_data_warning = QLabel(
            self.tr(
                "This document holds members' names and phone numbers. The PDF is NOT encrypted: "
                "keep it only on a disk you trust, and delete the copies nobody needs."
            )
        )
        self.personal_data_warning.setWordWrap(True)
        self.personal_data_warning.setStyleSheet(WARNING_STYLE)
        self._show_personal_data_warning()
        self.redacted.toggled.connect(self._show_personal_data_warning)
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
        if self._has_blank_rows:
            layout.addRow(self.blank_rows_label, self.blank_rows)
            layout.addRow(self.blank_rows_note)
        else:
            for widget in (self.blank_rows_label, self.blank_rows, self.blank_rows_note):
                widget.hide()
        if redactable:
            layout.addRow(self.redacted)
            layout.addRow(self.redacted_note)
        else:
            self.redacted.hide()
            self.redacted_note.hide()
        layout.addRow(self.personal_data_warning)
        layout.addRow(self.open_note)
        layout.addRow(self.buttons)
        chain = [self.language, self.paper]
        if self._has_blank_rows:
            chain.append(self.blank_rows)
        if redactable:
            chain.append(self.redacted)
        chain += [self.save_button, self.open_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.language.setFocus()
        self.resize(480, self.sizeHint().height())

    def _show_personal_data_warning(self) -> None:
        # Redacted, the document holds no name or phone to warn about.
        self.personal_data_warning.setVisible(self._personal_data and not self.redacted.isChecked())

    def _finish(self, button: QAbstractButton) -> None:
        if button is self.save_button:
            self.destination = PrintDestination.save
        elif button is self.open_button:
            self.destination = PrintDestination.open
        else:
            return
        self.accept()

    def request(self) -> PrintRequest:
        return PrintRequest(
            PaperChoice(
                self.language.currentData(),
                self.paper.currentData(),
                redacted=self._redactable and self.redacted.isChecked(),
                print_time=self._print_time,
            ),
            self.destination,
            self.blank_rows.value() if self._has_blank_rows else None,
        )

    @classmethod
    def get_print_choice(
        cls,
        parent: QWidget | None,
        document_title: str,
        choice: PaperChoice,
        *,
        personal_data: bool,
        blank_rows: int | None = None,
        redactable: bool = True,
    ) -> tuple[PrintRequest, bool]:
        """``blank_rows``: for a sign-in sheet, the blank rows offered; None hides the choice.
        ``redactable`` False (the sign-in sheet) hides the redacted choice and prints in full."""
        dialog = cls(
            document_title,
            choice,
            personal_data=personal_data,
            blank_rows=blank_rows,
            redactable=redactable,
            parent=parent,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.request(), accepted

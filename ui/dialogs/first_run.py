"""The first-run wizard: the committee, the language, the passphrase, and optional demo data;
or, on a new laptop, a way to restore the committee's records from a backup instead."""

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from committee_app.i18n import LANGUAGES, language_name
from committee_app.labels import label
from committee_app.vocabulary import CommitteeKind

from .passphrase_fields import NewPassphraseFields


@dataclass(frozen=True)
class FirstRunChoices:
    committee_name: str
    committee_kind: CommitteeKind
    language: str
    passphrase: str
    with_demo_data: bool


class CommitteePage(QWizardPage):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your committee"))
        self.setSubTitle(self.tr("Committee Desk keeps the committee's records encrypted on this computer only."))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.kind = QComboBox()
        for kind in CommitteeKind:
            self.kind.addItem(label(kind), kind)
        self.restore_note = QLabel(
            self.tr("A new laptop for a committee that has a backup? Restore its records instead of starting anew.")
        )
        self.restore_note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("Committee &name:"), self.name)
        layout.addRow(self.tr("&Kind:"), self.kind)
        layout.addRow(QLabel(" "))
        layout.addRow(self.restore_note)
        layout.addRow(self.restore_button)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The passphrase opens the records. It is asked at every start and whenever the app has locked itself after being left idle."))
        self.fields = NewPassphraseFields()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return not self.fields.problem()


class DemoPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Start"))
        self.demo = QCheckBox(self.tr("Try the app with &demo records first"))
        explanation = QLabel(
            self.tr(
                "Demo records (the oil workers' strike committee of Zhanaozen) go into a separate demo store, "
                "never into your committee's. Your committee's store is made when you start without them. "
                "Without demo records the committee starts empty: add members, then plan the first assembly."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.demo)


class FirstRunWizard(QWizard):
    # The wizard is built again in the chosen language, keeping what was typed.
    language_chosen = Signal(str)
    restore_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Committee Desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.committee = CommitteePage(language)
        self.passphrase = PassphrasePage()
        self.demo = DemoPage()
        for page in (self.committee, self.passphrase, self.demo):
            self.addPage(page)
        self.committee.restore_button.clicked.connect(self.restore_requested)
        self.committee.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.committee.language.currentData())
        )

    def keep_committee(self, name: str, kind: CommitteeKind) -> None:
        self.committee.name.setText(name)
        self.committee.kind.setCurrentIndex(self.committee.kind.findData(kind))

    def choices(self) -> FirstRunChoices:
        return FirstRunChoices(
            committee_name=self.committee.name.text().strip(),
            committee_kind=self.committee.kind.currentData(),
            language=self.committee.language.currentData(),
            passphrase=self.passphrase.fields.passphrase(),
            with_demo_data=self.demo.demo.isChecked(),
        )

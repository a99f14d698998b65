"""The passphrases a backup, a verification or a restore needs, asked for together."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .inline_problem import problem_label
from .passphrase_fields import NewPassphraseFields


class PassphrasesDialog(QDialog):
    """One or more passphrases typed once each (they are checked against what they open,
    so a typo is caught there, not by typing twice). OK waits until every one is typed."""

    def __init__(
        self, title: str, explanation: str, labels: list[str], parent: QWidget | None = None, problem: str | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        # Asked again after a wrong passphrase: why, in red, above the fields to type again.
        self.problem = problem_label()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.fields = [QLineEdit(echoMode=QLineEdit.EchoMode.Password) for _ in labels]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, field in zip(labels, self.fields, strict=True):
            form.addRow(label, field)
            field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def _update(self) -> None:
        typed = all(field.text() for field in self.fields)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(typed)

    def passphrases(self) -> list[str]:
        return [field.text() for field in self.fields]

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, explanation: str, labels: list[str], problem: str | None = None
    ) -> list[str] | None:
        """The passphrases typed, or None if the user cancelled; ``problem`` says why they are
        asked again."""
        dialog = cls(title, explanation, labels, parent, problem)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.passphrases()
        for field in dialog.fields:
            field.clear()
        return values if accepted else None


class SeparateBackupPassphraseDialog(QDialog):
    """A new passphrase for backups only, typed twice (nothing can check it later)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Separate backup passphrase"))
        explanation = QLabel(
            self.tr(
                "Backups made from now on open with this passphrase, not with the store's. Give it to the comrade "
                "who keeps the stick: it opens the backups, never this laptop's store."
            )
        )
        explanation.setWordWrap(True)
        # The fields say themselves what is still wrong (too short, the two differ).
        self.new = NewPassphraseFields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.new)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.new.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.new.problem())

    @classmethod
    def get_passphrase(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.new.passphrase() if accepted else None

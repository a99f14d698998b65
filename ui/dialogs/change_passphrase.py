"""Change the passphrase: the current one, then the new one twice."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .passphrase_fields import NewPassphraseFields


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new = NewPassphraseFields()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.new.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        problem = "" if self.current.text() else self.tr("Type the current passphrase.")
        problem = problem or self.new.problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @classmethod
    def get_passphrases(cls, parent: QWidget | None) -> tuple[tuple[str, str], bool]:
        """((current, new), accepted)."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.current.text(), dialog.new.passphrase()), accepted

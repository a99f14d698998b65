"""A new passphrase typed twice, with a strength hint and a plain warning."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from committee_app.passphrases import MIN_PASSPHRASE_LENGTH

# One minimum for the app and the command line.
MIN_ACCEPTABLE = MIN_PASSPHRASE_LENGTH


def strength_score(passphrase: str) -> int:
    """0–4, a rough hint from length and variety; long passphrases of plain words score well."""
    if not passphrase:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    length = len(passphrase)
    score = 0 if length < MIN_ACCEPTABLE else 1 if length < 12 else 2 if length < 16 else 3
    return min(4, score + (1 if kinds >= 3 else 0))


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(minimum=0, maximum=4, textVisible=False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "Write the passphrase down and keep it apart from the laptop. If it is forgotten, "
                "nobody can recover the records: not you, not us."
            )
        )
        self.warning.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Passphrase:"), self.first)
        layout.addRow(self.tr("&Again:"), self.second)
        layout.addRow(self.tr("Strength:"), self.meter)
        layout.addRow("", self.hint)
        layout.addRow(self.warning)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, or "" when it can."""
        if not self.first.text().strip():
            return self.tr("Type a passphrase.")
        if len(self.first.text()) < MIN_ACCEPTABLE:
            return self.tr("Too short: the minimum is {count} characters. A few unrelated words make a good passphrase.").format(count=MIN_ACCEPTABLE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        score = strength_score(self.first.text())
        self.meter.setValue(score)
        words = [self.tr("too short"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        problem = self.problem()
        self.hint.setText(problem or words[score])
        self.changed.emit()

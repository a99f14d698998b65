"""Writing a bundle: what goes in it, the passphrase shared with the council (typed twice:
nothing here can check it), and whether the delegates are named."""

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .passphrase_fields import NewPassphraseFields


class BundleExportDialog(QDialog):
    def __init__(self, to_council: bool, parent: QWidget | None = None):
        super().__init__(parent)
        if to_council:
            self.setWindowTitle(self.tr("Export for the council"))
            what = self.tr(
                "The bundle holds the committee's name, its held assemblies (date, kind, how many were entitled and "
                "registered, whether there was a quorum), their resolutions with the votes, and the adopted demands "
                "with their votes, status and history. No member is named in it, and no phone or workplace is in it."
            )
        else:
            self.setWindowTitle(self.tr("Export for the committees"))
            what = self.tr(
                "The bundle holds the council's name, its held assemblies (counts, no names), their resolutions with "
                "the votes, and the common demands the council adopted, with their status and history. No member is "
                "named in it, and no phone or workplace is in it."
            )
        self.explanation = QLabel(what)
        self.explanation.setWordWrap(True)
        self.passphrase = NewPassphraseFields()
        self.passphrase.warning.setText(
            self.tr(
                "The bundle is encrypted with a passphrase the committee and the council agree on. Say it in person: "
                "never on the same stick, and never by phone."
            )
        )
        self.include_delegates = QCheckBox(self.tr("Include the &delegates' names (names only: no phones or workplaces)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose where to save…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.include_delegates)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.passphrase.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.passphrase.problem())

    @classmethod
    def get_export(cls, parent: QWidget | None, *, to_council: bool) -> tuple[str, bool] | None:
        """(the passphrase, whether the delegates are named), or None if the user cancelled."""
        dialog = cls(to_council, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = (dialog.passphrase.passphrase(), dialog.include_delegates.isChecked())
        dialog.passphrase.first.clear()
        dialog.passphrase.second.clear()
        return answer if accepted else None

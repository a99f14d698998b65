"""Backups: encrypted backups to a USB stick (or any folder), verified where they were
written, listed with what they hold, verified again or restored."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app import keyslot
from committee_app.backup import list_backups, prepare_restore
from committee_app.services import backups
from committee_app.store_swap import aside_name_for

from .. import confirm, error_reporting, file_dialogs
from ..commands import view_action
from ..dialogs.backup_passphrases import PassphrasesDialog, SeparateBackupPassphraseDialog
from ..error_reporting import reporting_errors
from ..models.backups_model import BackupRow, BackupsTableModel, data_size
from ..models.assembly_formatting import local_date_time
from ..session import DeskSession
from ..volumes import removable_volumes
from .base import DeskView


# One bar for the whole of a backup or a restore, in tenths of a percent, so that it shows a
# percentage from the first moment: each step has its stretch of the bar, and the steps that
# read or write the file move through theirs chunk by chunk. The stretches are roughly where
# the time goes for a committee's store (the key derivations weigh most).
PERCENT = 1000
BACKUP_STEPS = {"snapshot": (200, 400), backups.WRITING: (400, 750), backups.VERIFYING: (750, PERCENT)}
RESTORE_READING = (250, PERCENT)
VERIFY_READING = (0, PERCENT)


def within(stretch: tuple[int, int], done: int, total: int) -> tuple[int, int]:
    """(value, maximum) on the whole bar for ``done`` of ``total`` of a step's ``stretch``."""
    start, end = stretch
    return start + ((end - start) * done // total if total else 0), PERCENT


class BackupsView(DeskView):
    key = "backups"
    # the backup read and checked (a PreparedRestore), the store's passphrase (checked): the
    # controller closes the store, puts the prepared one in its place, and opens it.
    restore_requested = Signal(object, str)
    backup_verified = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.last_backup = QLabel()
        self.last_backup.setWordWrap(True)
        self.last_backup.setTextFormat(Qt.TextFormat.PlainText)

        self.target = QComboBox()
        self.target.setMinimumContentsLength(30)
        self.target.currentIndexChanged.connect(self.list_target)
        target_label = QLabel(self.tr("Back up &to:"))
        target_label.setBuddy(self.target)
        self.refresh_button = QPushButton(self.tr("&Look for sticks"))
        self.refresh_button.clicked.connect(self.find_targets)
        self.folder_button = QPushButton(self.tr("Choose a fol&der…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_action = view_action(self, self.tr("Back up now"), "Ctrl+B", lambda: self.back_up_now())
        self.backup_button.setToolTip(self.tr("Write an encrypted backup to the chosen place and verify it (Ctrl+B)"))
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        # Set after an erasure until a backup retired the older ones (no stick, or cancelled).
        self.retire_on_next_backup = False
        self.no_target = QLabel()
        self.no_target.setWordWrap(True)
        target_row = QHBoxLayout()
        target_row.addWidget(target_label)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.refresh_button)
        target_row.addWidget(self.folder_button)

        self.passphrase_note = QLabel()
        self.passphrase_note.setWordWrap(True)
        self.separate_button = QPushButton()
        self.separate_button.clicked.connect(self.set_separate_passphrase)
        self.same_button = QPushButton(self.tr("Use the store's passphrase"))
        self.same_button.clicked.connect(self.use_store_passphrase)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_note, 1)
        passphrase_row.addWidget(self.separate_button)
        passphrase_row.addWidget(self.same_button)

        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        make = QGroupBox(self.tr("Make a backup"))
        make_layout = QVBoxLayout(make)
        make_layout.addWidget(self.location)
        make_layout.addWidget(self.last_backup)
        make_layout.addLayout(target_row)
        make_layout.addWidget(self.no_target)
        make_layout.addLayout(passphrase_row)
        make_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.model = BackupsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(BackupsTableModel.CONTENTS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.verify_selected())
        self.list_note = QLabel()
        self.list_note.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Ver&ify…"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from &another file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.verify_button)
        list_buttons.addWidget(self.restore_button)
        list_buttons.addStretch()
        list_buttons.addWidget(self.restore_file_button)
        found = QGroupBox(self.tr("Backups in this place"))
        found_layout = QVBoxLayout(found)
        found_layout.addWidget(self.list_note)
        found_layout.addWidget(self.table)
        found_layout.addLayout(list_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(make)
        layout.addWidget(found, 1)
        self.setFocusProxy(self.backup_button)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Backups")

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        self.location.setText(self.tr("The encrypted store: {path}").format(path=self.session.store.path))
        self.show_last_backup()
        self.show_passphrase_choice()
        self.find_targets()

    def clear(self) -> None:
        self.retire_on_next_backup = False
        self.location.clear()
        self.last_backup.clear()
        self.passphrase_note.clear()
        self.model.clear()
        self._update_buttons()

    def show_last_backup(self) -> None:
        last, overdue = backups.backup_status(self.session.store, self.session.settings.backup_reminder_days)
        if last is None:
            text = self.tr("No backup has been verified yet. Make one now, and keep the stick apart from the laptop.")
        else:
            text = self.tr(
                "Last verified backup: {when}. It held {members} members, {assemblies} assemblies, {demands} demands."
            ).format(
                when=local_date_time(last.verified_at),
                members=last.members,
                assemblies=last.assemblies,
                demands=last.demands,
            )
        self.last_backup.setStyleSheet("color: #8a4b00; font-weight: bold;" if overdue else "")
        self.last_backup.setText(text)

    def show_passphrase_choice(self) -> None:
        separate = backups.separate_backup_passphrase(self.session.store) is not None
        if separate:
            self.passphrase_note.setText(self.tr("Backups are encrypted with a separate backup passphrase."))
            self.separate_button.setText(self.tr("Change the backup passphrase…"))
        else:
            self.passphrase_note.setText(self.tr("Backups are encrypted with the store's passphrase."))
            self.separate_button.setText(self.tr("Use a separate passphrase…"))
        self.same_button.setVisible(separate)

    # --- where to -------------------------------------------------------------------------

    def find_targets(self, select: Path | None = None) -> None:
        """Fill the list of places: the sticks plugged in now, then the folder chosen last;
        ``select`` (else the place chosen before) stays chosen, and its backups are listed."""
        chosen = select or self.current_folder()
        self.target.blockSignals(True)
        self.target.clear()
        for volume in removable_volumes(self.session.store.path):
            name = volume.name or Path(volume.root).name or str(volume.root)
            text = self.tr("{name} ({root}), {free} free").format(
                name=name, root=volume.root, free=data_size(volume.bytes_free)
            )
            self.target.addItem(text, str(volume.root))
        folder = self.session.settings.backup_folder
        if folder is not None and self.target.findData(str(folder)) < 0:
            self.target.addItem(self.tr("Folder: {path}").format(path=folder), str(folder))
        if chosen is not None and self.target.findData(str(chosen)) >= 0:
            self.target.setCurrentIndex(self.target.findData(str(chosen)))
        self.target.blockSignals(False)
        if self.target.count() == 0:
            self.no_target.setText(
                self.tr("No USB stick is plugged in. Plug one in and press “Look for sticks”, or choose a folder.")
            )
        else:
            self.no_target.clear()
        self.no_target.setVisible(self.target.count() == 0)
        self.list_target()

    def current_folder(self) -> Path | None:
        data = self.target.currentData()
        return Path(data) if data else None

    def choose_folder(self) -> None:
        start = self.current_folder() or self.session.settings.backup_folder or Path.home()
        chosen = file_dialogs.folder_to_use(self, self.tr("Choose a folder for backups"), start)
        if chosen is None:
            return
        self.session.settings.backup_folder = chosen
        self.find_targets(select=chosen)

    def list_target(self) -> None:
        """List the app's backups in the chosen place, with what this store verified of them."""
        folder = self.current_folder()
        rows: list[BackupRow] = []
        if folder is None:
            self.list_note.setText(self.tr("Choose where the backups are."))
        elif not folder.is_dir():
            self.list_note.setText(self.tr("{path} is not there any more. Was the stick removed?").format(path=folder))
        else:
            try:
                found = list_backups(folder)
            except OSError as error:
                self.list_note.setText(
                    self.tr("{path} cannot be read ({reason}).").format(path=folder, reason=error.strerror)
                )
                found = []
            else:
                self.list_note.setText(
                    self.tr("No backups in {path} yet.").format(path=folder)
                    if not found
                    else self.tr("Backups in {path}, newest first:").format(path=folder)
                )
            with reporting_errors(self):
                verified = backups.verified_backups_by_file(self.session.store, [item.path.name for item in found])
                rows = [BackupRow(item, verified.get((item.path.name, item.size))) for item in found]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.verify_button.setEnabled(selected)
        self.restore_button.setEnabled(selected)
        self.backup_button.setEnabled(self.target.count() > 0)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).file.path if rows else None

    # --- the backup passphrase ------------------------------------------------------------------

    def set_separate_passphrase(self) -> None:
        passphrase = SeparateBackupPassphraseDialog.get_passphrase(self)
        if passphrase is None:
            return
        with reporting_errors(self):
            backups.set_separate_backup_passphrase(self.session.store, passphrase)
            self.show_passphrase_choice()
            error_reporting.show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Separate backup passphrase"),
                self.tr("Backups made from now on open with the separate backup passphrase. Older backups keep theirs."),
            )

    def use_store_passphrase(self) -> None:
        question = self.tr("Make backups with the store's passphrase again? Older backups keep the passphrase they were made with.")
        if not confirm.ask(self, self.tr("Backup passphrase"), question):
            return
        with reporting_errors(self):
            backups.set_separate_backup_passphrase(self.session.store, None)
            self.show_passphrase_choice()

    # --- back up, verify, restore ------------------------------------------------------------------

    def back_up_now(self, retire_older: bool = False, problem: str | None = None) -> None:
        """``retire_older``: keep only the new backup here, overwriting the older ones (after a
        person was erased, they still hold the person). ``problem``: why the passphrase is
        asked again."""
        retire_older = retire_older or self.retire_on_next_backup
        # Until a backup retires them, the older ones are still to be retired.
        self.retire_on_next_backup = retire_older
        folder = self.current_folder()
        if folder is None:
            if retire_older:
                error_reporting.show_message(
                    self,
                    QMessageBox.Icon.Information,
                    self.tr("Back up now"),
                    self.tr(
                        "No stick or backup folder is here. Plug in the stick, choose it and press “Back up now”: "
                        "that backup will retire the older ones, which still hold the erased person."
                    ),
                )
            return
        store = self.session.store
        explanation = self.tr("Type the store's passphrase to write an encrypted backup to {path}.").format(path=folder)
        with reporting_errors(self):
            if backups.separate_backup_passphrase(store) is not None:
                explanation += " " + self.tr("The backup will open with the separate backup passphrase.")
        typed = PassphrasesDialog.ask(self, self.tr("Back up now"), explanation, [self.tr("Store &passphrase:")], problem)
        if typed is None:
            return
        (store_passphrase,) = typed
        stage_text = {
            backups.WRITING: self.tr("Writing the encrypted backup to {path}…").format(path=folder),
            backups.VERIFYING: self.tr("Reading the backup back from {path} and checking every part…").format(path=folder),
        }

        checking, snapshot = self.tr("Checking the passphrase…"), self.tr("Taking a snapshot of the records…")

        def work(report):
            report(checking, 0, PERCENT)
            keyslot.unlock_key(store.path, store_passphrase)
            passphrase = backups.passphrase_for_backups(store, store_passphrase)
            report(snapshot, *within(BACKUP_STEPS["snapshot"], 0, 1))
            return backups.back_up_and_verify(
                store,
                folder,
                passphrase,
                progress=lambda stage, done, total: report(stage_text[stage], *within(BACKUP_STEPS[stage], done, total)),
                retire_older=retire_older,
            )

        self.session.run(
            self,
            work,
            label=self.tr("Backing up…"),
            on_success=lambda outcome: self._backed_up(outcome, retired=retire_older),
            on_failure=lambda _error: self.list_target(),
            reports_progress=True,
            ask_again=lambda message: self.back_up_now(retire_older, problem=message),
        )

    def _backed_up(self, outcome: backups.BackupOutcome, *, retired: bool = False) -> None:
        if retired:
            self.retire_on_next_backup = False
        self.refresh_after_verification()
        lines = [
            self.tr("The backup was written and read back whole from {path}.").format(path=outcome.path),
            self.verified_text(outcome.summary),
        ]
        if outcome.space_warning is not None:
            lines.append(outcome.space_warning)
        if retired:
            lines.append(
                self.tr(
                    "Older backups of this store overwritten and removed there: {count}. Copies on other sticks or "
                    "computers still hold the erased person: retire them too."
                ).format(count=outcome.removed_backups)
            )
        elif outcome.removed_backups:
            lines.append(self.tr("Older backups removed there: {count}.").format(count=outcome.removed_backups))
        lines.append(
            self.tr("Eject the stick safely (Eject or Safely Remove in the system) before pulling it out, or the backup may be lost.")
        )
        icon = QMessageBox.Icon.Information if outcome.space_warning is None else QMessageBox.Icon.Warning
        error_reporting.show_message(self, icon, self.tr("Backup verified"), "\n\n".join(lines))

    def verified_text(self, summary) -> str:
        return self.tr("Verified: {members} members, {assemblies} assemblies, {demands} demands.").format(
            members=summary.members, assemblies=summary.assemblies, demands=summary.demands
        )

    def refresh_after_verification(self) -> None:
        self.show_last_backup()
        self.list_target()
        self.backup_verified.emit()

    def verify_selected(self, problem: str | None = None) -> None:
        path = self.selected_backup()
        if path is None:
            return
        typed = PassphrasesDialog.ask(
            self,
            self.tr("Verify backup"),
            self.tr(
                "Reads {name} back whole and checks every part. Type the passphrase it was made with "
                "(the store's, or the separate backup passphrase)."
            ).format(name=path.name),
            [self.tr("Backup &passphrase:")],
            problem,
        )
        if typed is not None:
            self._verify(path, typed[0])

    def _verify(self, path: Path, passphrase: str, allow_costly: bool = False) -> None:
        store = self.session.store
        label = self.tr("Reading {name} and checking every part…").format(name=path.name)
        def work(report):
            report(label, *within(VERIFY_READING, 0, 1))
            return backups.verify_and_remember(
                store,
                path,
                passphrase,
                progress=lambda done, total: report(label, *within(VERIFY_READING, done, total)),
                allow_costly=allow_costly,
            )

        self.session.run(
            self,
            work,
            label=label,
            on_success=lambda summary: self._verified(path, summary),
            reports_progress=True,
            ask_again=lambda message: self.verify_selected(problem=message),
            open_costly=lambda: self._verify(path, passphrase, allow_costly=True),
        )

    def _verified(self, path: Path, summary) -> None:
        self.refresh_after_verification()
        text = self.tr("The backup {name} is whole.").format(name=path.name) + "\n\n" + self.verified_text(summary)
        error_reporting.show_message(self, QMessageBox.Icon.Information, self.tr("Backup verified"), text)

    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        start = self.current_folder() or Path.home()
        chosen = file_dialogs.file_to_open(
            self, self.tr("Restore from a backup"), start, self.tr("Committee Desk backups (*.cdbk)")
        )
        if chosen is not None:
            self.restore(chosen)

    def restore(self, path: Path, problem: str | None = None) -> None:
        typed = PassphrasesDialog.ask(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "The backup {name} is read and checked whole first; nothing changes until you confirm. "
                "Afterwards the records open with this store's passphrase, as now."
            ).format(name=path.name),
            [self.tr("Backup &passphrase:"), self.tr("This &store's passphrase:")],
            problem,
        )
        if typed is not None:
            self._check_for_restore(path, *typed)

    def _check_for_restore(self, path: Path, backup_passphrase: str, store_passphrase: str, allow_costly: bool = False) -> None:
        store = self.session.store
        label = self.tr("Reading {name} and checking every part…").format(name=path.name)

        checking = self.tr("Checking the passphrase…")

        def work(report):
            report(checking, 0, PERCENT)
            keyslot.unlock_key(store.path, store_passphrase)
            # Read and checked once, beside the store; put in place only after the yes.
            return prepare_restore(
                path,
                backup_passphrase,
                store.path,
                progress=lambda done, total: report(label, *within(RESTORE_READING, done, total)),
                allow_costly=allow_costly,
            )

        self.session.run(
            self,
            work,
            label=label,
            on_success=lambda prepared: self._confirm_restore(prepared, store_passphrase),
            reports_progress=True,
            ask_again=lambda message: self.restore(path, problem=message),
            open_costly=lambda: self._check_for_restore(path, backup_passphrase, store_passphrase, allow_costly=True),
        )

    def _confirm_restore(self, prepared, store_passphrase: str) -> None:
        aside = aside_name_for(self.session.store.path)
        summary = prepared.summary
        question = self.tr(
            "Replace all the records on this laptop with the backup {name}?\n\n"
            "It holds {members} members, {assemblies} assemblies and {demands} demands.\n\n"
            "The records on this laptop now are kept, unchanged, as {aside}."
        ).format(
            name=prepared.path.name,
            members=summary.members,
            assemblies=summary.assemblies,
            demands=summary.demands,
            aside=aside,
        )
        if confirm.ask(self, self.tr("Restore from a backup"), question):
            self.restore_requested.emit(prepared, store_passphrase)
        else:
            prepared.discard()

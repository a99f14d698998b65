"""The desktop application: first run or unlock, the main window, locking and languages."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from committee_app import logs, paths
from committee_app.atomic import disk_error
from committee_app.errors import UserError
from committee_app.i18n import LanguageSwitch
from committee_app.shipped_files import IncompleteInstallation
from committee_app.leftovers import finish_interrupted_work
from committee_app.store_swap import aside_name_for, journal_path

from . import confirm, error_reporting
from .app_icon import app_icon
from .commands import WIPE_SHORTCUT
from .background import background_work_running, run_in_background, wait_for_background_work
from .clipboard import clipboard_guard
from .commands import CommandsInEveryWindow
from .dialogs.unlock import UnlockDialog
from .error_reporting import install_exception_hook, report_error
from .platform_libraries import platform_libraries_problem
from .settings import DeskSettings
from .window_titles import WindowTitleFitter

if TYPE_CHECKING:
    from .session_lock import SessionLockWatch
    # The first-run wizard loads only when there is no store yet.
    from .dialogs.first_run import FirstRunChoices, FirstRunWizard

# For bench/bench_bundle.py, which times a cold start to the first window: with this set, the
# app prints "shown" once its event loop runs with the window up, and quits.
REPORT_SHOWN_ENV = "COMMITTEE_APP_REPORT_SHOWN"

# While work runs in the background, the idle lock looks again this often.
IDLE_RECHECK_MS = 5_000

# Input that counts as the secretary being at the keyboard.
ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def create_first_store(path: Path, choices: FirstRunChoices):
    """Runs on a worker thread. With demo records, a separate demo store is made instead, so
    no demo record ever mixes with the committee's own."""
    from committee_app.services import profile
    from committee_app.store import Store

    if choices.with_demo_data:
        from committee_app.demo import create_demo_store

        return create_demo_store(paths.demo_store_path(), choices.passphrase)
    fields = dict(name=choices.committee_name, kind=choices.committee_kind, default_language=choices.language)
    return Store.create(path, choices.passphrase, fill=lambda new: profile.save_profile(new, **fields))


class DeskController(QObject):
    """Decides what is on screen: the wizard, the unlock dialog, or the main window."""

    def __init__(self, store_path: Path, settings: DeskSettings, languages: LanguageSwitch):
        super().__init__()
        self.store_path = store_path
        self.settings = settings
        self.languages = languages
        self.window = None
        self.store = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.wipe_countdown = None
        self.wiped = False  # then nothing is written again before the app quits
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self._idle_for_too_long)
        QApplication.instance().installEventFilter(self)
        # Ctrl+L locks from any window or dialog, not only from the main window.
        self.everywhere = CommandsInEveryWindow(self)
        # And when the desktop session locks or the computer goes to sleep, where it says so;
        # listened to from the first unlock, so the unlock window does not wait for D-Bus.
        self.session_watch: SessionLockWatch | None = None

    # --- start ------------------------------------------------------------------------

    def start(self, unlocked_store=None) -> None:
        if unlocked_store is not None:
            self.show_main_window(unlocked_store)
            return
        try:
            # A restore cut off by a power failure is finished before anything looks for the store.
            finish_interrupted_work(self.store_path)
        except OSError as error:
            report_error(None, disk_error(error, self.store_path))
        if self.store_path.exists():
            self.show_unlock()
        else:
            self.show_first_run()

    def show_first_run(self, name: str = "", kind=None) -> None:
        from .dialogs.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(self.languages.language)
        if name or kind is not None:
            self.wizard.keep_committee(name, kind)
        self.wizard.language_chosen.connect(self._wizard_language_chosen)
        self.wizard.restore_requested.connect(self.restore_on_new_laptop)
        self.wizard.accepted.connect(self._wizard_finished)
        self.wizard.rejected.connect(QApplication.instance().quit)
        self.wizard.show()

    def _wizard_language_chosen(self, language: str) -> None:
        wizard = self.wizard
        name, kind = wizard.committee.name.text(), wizard.committee.kind.currentData()
        self.use_language(language)
        wizard.rejected.disconnect()
        wizard.close()
        wizard.deleteLater()
        self.show_first_run(name, kind)

    def _wizard_finished(self) -> None:
        choices = self.wizard.choices()
        self.use_language(choices.language)
        run_in_background(
            self.wizard,
            lambda: create_first_store(self.store_path, choices),
            label=self.tr("Creating the encrypted store…"),
            on_success=self.show_main_window,
            on_failure=lambda error: self._first_store_failed(error, choices),
        )

    def _first_store_failed(self, error: BaseException, choices: FirstRunChoices) -> None:
        report_error(None, error)
        self.show_first_run(choices.committee_name, choices.committee_kind)

    def show_unlock(self, note: str = "") -> None:
        self.unlock_dialog = UnlockDialog(self.store_path, note)
        self.unlock_dialog.unlocked.connect(self.show_main_window)
        self.unlock_dialog.rejected.connect(self.quit)
        # Bound methods, not lambdas: a lambda would keep this controller alive through its dialog.
        self.unlock_dialog.wipe_requested.connect(self.start_wipe)
        self.unlock_dialog.wiped.connect(self._wiped_after_failed_unlocks)
        self.unlock_dialog.show()

    # --- unlocked -----------------------------------------------------------------------

    def show_main_window(self, store) -> None:
        from .main_window import MainWindow
        from .session import DeskSession
        from .session_lock import SessionLockWatch

        self.store = store
        if self.session_watch is None:
            self.session_watch = SessionLockWatch(self)
            self.session_watch.locked.connect(self.lock)
        if self.window is None:
            self.window = MainWindow(DeskSession(store, self.settings, self.languages.language))
            self.window.lock_requested.connect(self.lock)
            self.window.settings_requested.connect(self.edit_settings)
            self.window.change_passphrase_requested.connect(self.change_passphrase)
            self.window.restore_requested.connect(self.restore_from_backup)
            self.window.wipe_requested.connect(self.start_wipe)
            self.window.closing.connect(self.quit)
            self.everywhere.use([self.window.lock_action])
        else:
            self.window.session.store = store
        self.window.setEnabled(True)
        self.window.load()
        self.window.show()
        self.window.raise_()
        logging.getLogger(__name__).info("main window shown")
        self.window.activateWindow()
        self.restart_idle_timer()
        # A key copy rewritten on unlocking: damage, another store's copy, a passphrase change cut short.
        note = store.key_copy_note
        if note:
            title = self.tr("Committee Desk")
            QTimer.singleShot(
                0, lambda: error_reporting.show_message(self.window, QMessageBox.Icon.Warning, title, note)
            )

    def _idle_for_too_long(self) -> None:
        # A backup or a restore runs on: the lock waits for it, rather than close the store under it.
        if background_work_running():
            self.idle_timer.start(IDLE_RECHECK_MS)
        else:
            self.lock()

    def lock(self) -> None:
        """Close every open dialog unsaved, clear the views, close the store, ask again."""
        if self.store is None:
            return
        self.idle_timer.stop()
        discarded = self._discard_open_dialogs()
        if self.window is not None:
            # Saved if no question is needed; a held assembly's changed minutes are dropped.
            discarded = self.window.save_pending(may_ask=False) or discarded
            self.window.clear()
            self.window.hide()
        clipboard_guard().clear_what_the_app_put()
        # Work running in the background (an export, a passphrase change) ends first.
        wait_for_background_work()
        self.store.close()
        self.store = None
        note = self.tr("The records were locked.")
        if discarded:
            note += " " + self.tr("Edits not yet saved were discarded; nothing was half-saved.")
        self.show_unlock(note)

    def _discard_open_dialogs(self) -> bool:
        discarded = False
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                continue  # progress of background work, not an edit
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.unlock_dialog:
                widget.reject()
                discarded = True
        return discarded

    def restart_idle_timer(self) -> None:
        if self.store is not None:
            self.idle_timer.start(self.settings.idle_lock_minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.store is not None:
            self.restart_idle_timer()
        if event.type() == QEvent.Type.KeyPress and self._is_wipe_shortcut(event):
            # Reached a widget: the window's shortcut was blocked by a modal dialog (an edit,
            # the vote dialog); the wipe must start from there too.
            if self.store is not None or (self.unlock_dialog is not None and self.unlock_dialog.isVisible()):
                self.start_wipe(practice=False)
                return True
        return False

    @staticmethod
    def _is_wipe_shortcut(event) -> bool:
        from PySide6.QtCore import Qt

        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return QKeySequence(event.key() | modifiers.value) == QKeySequence(WIPE_SHORTCUT)

    # --- panic wipe -----------------------------------------------------------------------

    def start_wipe(self, practice: bool = False) -> None:
        """The countdown over the window in front; any key or click stops it."""
        from .dialogs import wipe_countdown

        if self.wipe_countdown is not None:
            if self.wipe_countdown.running:
                return
            self.wipe_countdown.deleteLater()
        over = self.window if self.window is not None and self.window.isVisible() else self.unlock_dialog
        self.wipe_countdown = wipe_countdown.WipeCountdown(over, practice=practice, duration_ms=wipe_countdown.COUNTDOWN_MS)
        self.wipe_countdown.ended.connect(self.show_wipe_plan if practice else self.wipe_now)
        self.wipe_countdown.cancelled.connect(self._wipe_cancelled)
        self.wipe_countdown.start()

    def _wipe_cancelled(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.statusBar().showMessage(self.tr("The wipe was cancelled. Nothing was deleted."), 8000)

    def show_wipe_plan(self) -> None:
        from committee_app.wipe import plan_wipe

        from .dialogs.wipe_countdown import WipePracticeDialog

        parent = self.window if self.window is not None and self.window.isVisible() else self.unlock_dialog
        try:
            plan = plan_wipe(self.store_path)
        except Exception as error:  # noqa: BLE001 - shown to the user
            report_error(parent, error)
            return
        self.wipe_practice = WipePracticeDialog.show_plan(parent, plan)

    def wipe_now(self) -> None:
        """Destroy the key files at once, then close everything, delete the rest and quit."""
        from committee_app.wipe import carry_out, plan_wipe

        try:
            plan = plan_wipe(self.store_path)
        except Exception as error:  # noqa: BLE001 - shown to the user
            report_error(self.window, error)
            return
        self.wiped = True
        self.idle_timer.stop()
        outcome = carry_out(plan, keys_destroyed=self._drop_everything)
        if outcome.failed:
            text = self.tr("These files could not be deleted:") + "\n" + "\n".join(
                f"{path} ({reason})" for path, reason in outcome.failed
            )
            if outcome.key_files_remain:
                text += "\n\n" + self.tr("The key files remain: the records can still be opened. Delete them by hand.")
            error_reporting.show_message(None, QMessageBox.Icon.Critical, self.tr("Wipe"), text)
        self.quit()

    def _drop_everything(self) -> None:
        """With the key files gone: nothing of the records stays on screen or open, and
        nothing unsaved is written, so the files deleted next are not written again."""
        self._discard_open_dialogs()
        for widget in (self.window, self.unlock_dialog, self.wizard):
            if widget is not None:
                widget.hide()
        if self.window is not None:
            self.window.save_on_close = False
            self.window.clear()
        if self.store is not None:
            self.store.close()
            self.store = None
        # Settings changed but not yet written would be written at the end, after the wipe.
        self.settings.sync()

    def _wiped_after_failed_unlocks(self, message: str) -> None:
        self.wiped = True
        self.unlock_dialog.hide()
        error_reporting.show_message(None, QMessageBox.Icon.Warning, self.tr("Committee Desk"), message)
        self.quit()

    # --- settings -------------------------------------------------------------------------

    def use_language(self, language: str) -> None:
        self.settings.language = language
        self.languages.use(language)

    def edit_settings(self) -> None:
        from committee_app.failed_unlocks import read_guard, set_wipe_after

        from .dialogs.settings_dialog import SettingsChoice, SettingsDialog

        guard = read_guard(self.store_path)
        current = SettingsChoice(
            self.languages.language,
            self.settings.idle_lock_minutes,
            self.settings.backup_reminder_days,
            self.settings.print_time,
            guard.wipe_after if guard is not None else None,
        )
        choice, accepted = SettingsDialog.get_settings(self.window, current)
        if not accepted:
            return
        self.settings.idle_lock_minutes = choice.idle_lock_minutes
        self.settings.backup_reminder_days = choice.backup_reminder_days
        self.settings.print_time = choice.print_time
        if choice.wipe_after_failed_unlocks != current.wipe_after_failed_unlocks:
            try:
                set_wipe_after(self.store_path, choice.wipe_after_failed_unlocks)
            except UserError as error:
                report_error(self.window, error)
        self.window.show_backup_reminder()
        self.restart_idle_timer()
        if choice.language != current.language:
            self.rebuild_in_language(choice.language)

    def rebuild_in_language(self, language: str) -> None:
        """Build the main window again in ``language``; the same view stays in front."""
        self.use_language(language)
        old = self.window
        old.save_layout()
        old.closing.disconnect(self.quit)
        self.window = None
        self.show_main_window(self.store)
        old.close()
        old.deleteLater()

    def change_passphrase(self) -> None:
        from .dialogs.change_passphrase import ChangePassphraseDialog

        (current, new), accepted = ChangePassphraseDialog.get_passphrases(self.window)
        if not accepted or self.store is None:
            return
        store = self.store
        run_in_background(
            self.window,
            lambda: store.change_passphrase(current, new),
            label=self.tr("Changing the passphrase…"),
            on_success=lambda _result: self.window.statusBar().showMessage(self.tr("The passphrase was changed."), 8000),
            on_failure=lambda error: report_error(self.window, error),
        )

    # --- restore ----------------------------------------------------------------------------

    def restore_from_backup(self, prepared, store_passphrase: str) -> None:
        """Close the store, put the backup read and checked (``prepared``) in its place, open
        the result. If the restore fails, the store as it was is opened again."""
        from committee_app.store import Store

        if self.store is None:
            prepared.discard()
            return
        from committee_app.services.backups import separate_backup_passphrase

        self.idle_timer.stop()
        self.window.save_pending(may_ask=False)
        # The laptop's own choice of backup passphrase stays, whatever the backup had.
        kept_backup_passphrase = separate_backup_passphrase(self.store)
        self.window.clear()
        # Nothing in the window may be used while no store is open.
        self.window.setEnabled(False)
        wait_for_background_work()
        store_path = self.store.path
        self.store.close()
        self.store = None
        putting = self.tr("Restoring: putting {name} in place…").format(name=prepared.path.name)
        opening = self.tr("Opening the restored records…")

        def work(report):
            aside = aside_name_for(store_path)
            summary = prepared.commit(store_passphrase=store_passphrase, separate_backup_passphrase=kept_backup_passphrase)
            report(opening, 0, 0)
            return Store.open(store_path, store_passphrase), summary, aside

        run_in_background(
            self.window,
            work,
            label=putting,
            on_success=self._restored,
            on_failure=lambda error: self._restore_failed(error, store_path, store_passphrase),
            reports_progress=True,
        )

    def _restored(self, result) -> None:
        store, summary, aside = result
        self.show_main_window(store)
        text = self.tr("The backup was restored: {members} members, {assemblies} assemblies, {demands} demands.").format(
            members=summary.members, assemblies=summary.assemblies, demands=summary.demands
        )
        if aside is not None:
            text += "\n\n" + self.tr("The records that were on this laptop are kept as {aside}.").format(aside=aside)
        error_reporting.show_message(self.window, QMessageBox.Icon.Information, self.tr("Restore from a backup"), text)

    def _restore_failed(self, error: BaseException, store_path: Path, store_passphrase: str) -> None:
        from committee_app.store import Store

        report_error(self.window, error)
        # A swap that failed half-way and could not be undone is finished by the opening.
        finishing = journal_path(store_path).exists()

        def reopened(store) -> None:
            self.show_main_window(store)
            if finishing:
                error_reporting.show_message(
                    self.window,
                    QMessageBox.Icon.Information,
                    self.tr("Restore from a backup"),
                    self.tr(
                        "The restore was completed when the records were opened again. The records that were on "
                        "this laptop are kept beside the store, named *.before-restore."
                    ),
                )

        def not_reopened(_error) -> None:
            self.window.hide()
            self.window.setEnabled(True)
            self.show_unlock(self.tr("The records were locked."))

        run_in_background(
            self.window,
            lambda: Store.open(store_path, store_passphrase),
            label=self.tr("Opening the records again…"),
            on_success=reopened,
            on_failure=not_reopened,
        )

    def restore_on_new_laptop(self) -> None:
        """From the first-run wizard: the store is made from a backup; it then opens with the
        backup's passphrase (which can be changed afterwards)."""
        from . import file_dialogs

        backup_path = file_dialogs.file_to_open(
            self.wizard, self.tr("Restore from a backup"), Path.home(), self.tr("Committee Desk backups (*.cdbk)")
        )
        if backup_path is not None:
            self._read_backup_for_new_laptop(backup_path)

    def _read_backup_for_new_laptop(self, backup_path: Path, problem: str | None = None) -> None:
        from .dialogs.backup_passphrases import PassphrasesDialog

        typed = PassphrasesDialog.ask(
            self.wizard,
            self.tr("Restore from a backup"),
            self.tr(
                "Type the passphrase the backup {name} was made with. The restored records open with the same "
                "passphrase; you can change it afterwards in the File menu."
            ).format(name=backup_path.name),
            [self.tr("Backup &passphrase:")],
            problem,
        )
        if typed is None:
            return
        (passphrase,) = typed
        reading = self.tr("Restoring: reading and checking {name}…").format(name=backup_path.name)
        self._check_backup_for_new_laptop(backup_path, passphrase, reading)

    def _check_backup_for_new_laptop(self, backup_path: Path, passphrase: str, reading: str, allow_costly: bool = False) -> None:
        from committee_app.backup import prepare_restore

        from .session import report_or_ask

        def failed(error: BaseException) -> None:
            report_or_ask(
                self.wizard,
                error,
                ask_again=lambda why: self._read_backup_for_new_laptop(backup_path, problem=why),
                open_costly=lambda: self._check_backup_for_new_laptop(backup_path, passphrase, reading, allow_costly=True),
            )

        store_path = self.store_path
        run_in_background(
            self.wizard,
            # Read and checked once, beside where the store goes; put in place after the yes.
            lambda report: prepare_restore(
                backup_path,
                passphrase,
                store_path,
                progress=lambda done, total: report(reading, done, total),
                allow_costly=allow_costly,
            ),
            label=reading,
            on_success=lambda prepared: self._restore_new_store(prepared, passphrase),
            on_failure=failed,
            reports_progress=True,
        )

    def _restore_new_store(self, prepared, passphrase: str) -> None:
        from committee_app.store import Store

        summary = prepared.summary
        question = self.tr(
            "Restore the backup {name} on this laptop?\n\nIt holds {members} members, {assemblies} assemblies "
            "and {demands} demands."
        ).format(name=prepared.path.name, members=summary.members, assemblies=summary.assemblies, demands=summary.demands)
        if not confirm.ask(self.wizard, self.tr("Restore from a backup"), question, default_yes=True):
            prepared.discard()
            return
        store_path = self.store_path
        putting = self.tr("Restoring: putting {name} in place…").format(name=prepared.path.name)

        def work(report):
            prepared.commit()
            report(self.tr("Opening the restored records…"), 0, 0)
            return Store.open(store_path, passphrase)

        def restored(store) -> None:
            wizard, self.wizard = self.wizard, None
            wizard.rejected.disconnect()
            wizard.close()
            wizard.deleteLater()
            self.show_main_window(store)

        run_in_background(
            self.wizard,
            work,
            label=putting,
            on_success=restored,
            on_failure=lambda error: report_error(self.wizard, error),
            reports_progress=True,
        )

    def quit(self) -> None:
        clipboard_guard().clear_what_the_app_put()
        if self.window is not None and not self.wiped:
            self.window.save_layout()
        if self.store is not None:
            self.store.close()
            self.store = None
        QApplication.instance().quit()


def platform_libraries_missing() -> bool:
    """Before Qt would abort for want of the system libraries its display plugin needs: which
    ones and the packages that give them, on stderr and in the log, in the app's language."""
    problem = platform_libraries_problem(language=lambda: DeskSettings().language)
    if problem is None:
        return False
    print(problem, file=sys.stderr)
    # Started from the menu there is no terminal: the log is where a helper will look.
    logs.configure_logging()
    logging.getLogger(__name__).error("the Qt xcb platform plugin cannot load:\n%s", problem)
    return True


def run_desktop(store_path: Path | None = None, unlocked_store=None) -> int:
    """Start the desktop application; returns the process exit code."""
    if QApplication.instance() is None and platform_libraries_missing():
        if unlocked_store is not None:
            unlocked_store.close()
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Committee Desk")
    # The desktop entry (packaging/committee-app.desktop) this app is, for the task bar's icon.
    app.setDesktopFileName("committee-app")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    install_exception_hook()
    logs.configure_logging()
    WindowTitleFitter(app)
    settings = DeskSettings()
    languages = LanguageSwitch()
    try:
        languages.use(settings.language)
    except IncompleteInstallation:
        # Translations missing from the installation: English rather than no app.
        logging.getLogger(__name__).warning("translations missing; using English")
        languages.use("en")
    controller = DeskController(Path(store_path) if store_path else paths.default_store_path(), settings, languages)
    controller.start(unlocked_store)
    if os.environ.get(REPORT_SHOWN_ENV):
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return app.exec()

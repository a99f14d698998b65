"""The Backups view: a stick or folder chosen, Back up now (written, read back, remembered),
the list with verified contents, Verify, Restore through the controller, the separate
backup passphrase, and the reminder above every view."""

import threading
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog

from committee_app import backup
from committee_app.errors import DiskError
from committee_app.backup import format as backup_format
from committee_app.backup.targets import Volume
from committee_app.i18n import LanguageSwitch
from committee_app.keyslot import KdfParams
from committee_app.services import backups, members
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from ui import background, file_dialogs
from ui.app import DeskController
from ui.dialogs.backup_passphrases import PassphrasesDialog, SeparateBackupPassphraseDialog
from ui.main_window import MainWindow
from ui.models.assembly_formatting import local_date_time
from ui.settings import DeskSettings
from ui.views import backups_view as backups_view_module
from ui.views.backups_view import BackupsView

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
COMRADE = "Жолдастың құпия сөзі — 2026"
INFO = QMessageBox.Icon.Information


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", FAST)


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "media" / "secretary" / "KINGSTON"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def plugged_in(monkeypatch, stick):
    """The stick, as the volume list would report it."""
    volume = Volume(PurePosixPath(stick), "KINGSTON", "vfat", True, False, 7 * 1024**3, 8 * 1024**3)
    monkeypatch.setattr(backups_view_module, "removable_volumes", lambda _store_path: [volume])
    return stick


@pytest.fixture
def nothing_plugged_in(monkeypatch):
    monkeypatch.setattr(backups_view_module, "removable_volumes", lambda _store_path: [])


@pytest.fixture
def typed(monkeypatch):
    """What the user types into the passphrase dialogs, in order; the questions are kept."""

    class Typed:
        def __init__(self):
            self.queue: list[list[str] | None] = []
            self.asked: list[str] = []
            self.problems: list[str | None] = []  # why each was asked again (None: asked first)

        def __call__(self, parent, title, explanation, labels, problem=None):
            self.asked.append(explanation)
            self.problems.append(problem)
            return self.queue.pop(0)

    typing = Typed()
    monkeypatch.setattr(PassphrasesDialog, "ask", typing)
    return typing


@pytest.fixture
def view(qtbot, session):
    shown = BackupsView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def finished(qtbot):
    qtbot.waitUntil(lambda: background._running == set(), timeout=30_000)


def back_up(qtbot, view, typed, passphrase=PASSPHRASE):
    typed.queue.append([passphrase])
    qtbot.mouseClick(view.backup_button, Qt.MouseButton.LeftButton)
    finished(qtbot)


def contents_column(view):
    model = view.table.model()
    return [model.index(row, model.CONTENTS).data() for row in range(model.rowCount())]


def test_a_plugged_in_stick_is_offered_with_its_free_space(plugged_in, view):
    assert view.target.count() == 1
    assert "KINGSTON" in view.target.itemText(0) and "7" in view.target.itemText(0)
    assert view.backup_button.isEnabled()
    assert view.no_target.isHidden()


def test_with_no_stick_and_no_folder_the_view_says_what_to_do(nothing_plugged_in, view):
    view.load()
    assert view.target.count() == 0
    assert "No USB stick is plugged in" in view.no_target.text()
    assert not view.backup_button.isEnabled()


def test_a_chosen_folder_is_remembered_and_offered(nothing_plugged_in, monkeypatch, view, session, tmp_path):
    folder = tmp_path / "comrade's folder"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "folder_to_use", lambda *args: folder)
    view.folder_button.click()
    assert view.current_folder() == folder
    assert session.settings.backup_folder == folder
    view.load()
    assert view.current_folder() == folder


def test_back_up_now_writes_verifies_remembers_and_says_to_eject(qtbot, plugged_in, view, store, typed, shown_messages):
    for name in ("Қайрат Жұмабаев", "Айгүл Сәрсенбаева"):
        members.add_member(store, full_name=name)
    view.load()
    assert "No backup has been verified yet" in view.last_backup.text()
    back_up(qtbot, view, typed)
    (written,) = plugged_in.glob("backup-*.cdbk")
    icon, text = shown_messages[-1]
    assert icon == INFO
    assert "Verified: 2 members, 0 assemblies, 0 demands." in text
    assert "Eject the stick safely" in text
    assert str(written) in text
    assert contents_column(view) == [contents_column(view)[0]]
    assert contents_column(view)[0].startswith("2 members, 0 assemblies, 0 demands (verified ")
    assert "Last verified backup:" in view.last_backup.text() and "2 members" in view.last_backup.text()
    assert backup.verify_backup(written, PASSPHRASE).members == 2


def test_a_wrong_store_passphrase_is_asked_again_saying_why_and_writes_nothing(
    qtbot, plugged_in, view, typed, shown_messages
):
    typed.queue.extend([["not the passphrase at all"], None])
    view.backup_button.click()
    finished(qtbot)
    assert typed.problems[0] is None and "Wrong passphrase" in typed.problems[1]
    assert len(typed.problems) == 2 and shown_messages == []
    assert list(plugged_in.iterdir()) == []
    assert backups.last_verified_backup(view.session.store) is None


def test_the_passphrase_typed_right_when_asked_again_makes_the_backup(qtbot, plugged_in, view, typed, shown_messages):
    typed.queue.extend([["not the passphrase at all"], [PASSPHRASE]])
    view.backup_button.click()
    finished(qtbot)
    assert "Wrong passphrase" in typed.problems[1]
    (written,) = plugged_in.glob("backup-*.cdbk")
    assert shown_messages[-1][1].startswith("The backup was written and read back whole")
    assert backup.verify_backup(written, PASSPHRASE).schema_revision is not None


def test_a_cancelled_passphrase_dialog_does_nothing(qtbot, plugged_in, view, typed, shown_messages):
    typed.queue.append(None)
    view.backup_button.click()
    finished(qtbot)
    assert list(plugged_in.iterdir()) == [] and shown_messages == []


def test_with_a_separate_passphrase_the_backup_opens_with_it_and_not_the_stores(
    qtbot, plugged_in, view, typed, monkeypatch, shown_messages
):
    assert "store's passphrase" in view.passphrase_note.text()
    assert view.same_button.isHidden()
    monkeypatch.setattr(SeparateBackupPassphraseDialog, "get_passphrase", classmethod(lambda cls, parent: COMRADE))
    view.separate_button.click()
    assert "separate backup passphrase" in view.passphrase_note.text()
    assert not view.same_button.isHidden()
    back_up(qtbot, view, typed)
    assert "open with the separate backup passphrase" in typed.asked[-1]
    (written,) = plugged_in.glob("backup-*.cdbk")
    assert backup.verify_backup(written, COMRADE).schema_revision is not None
    with pytest.raises(backup.BackupWrongPassphrase):
        backup.verify_backup(written, PASSPHRASE)


def test_a_backup_found_on_the_stick_is_listed_unverified_until_verify(
    qtbot, plugged_in, view, store, typed, shown_messages
):
    members.add_member(store, full_name="Ерлан Сейітов")
    backup.write_backup(store, plugged_in, PASSPHRASE, now=datetime(2026, 1, 5, 9, 30))
    (plugged_in / "holiday-photos.txt").write_text("not a backup")
    view.load()
    assert contents_column(view) == ["not verified from this laptop"]
    assert view.list_note.text() == f"Backups in {plugged_in}, newest first:"
    typed.queue.append([PASSPHRASE])
    view.verify_button.click()
    finished(qtbot)
    assert "is whole" in shown_messages[-1][1] and "Verified: 1 members" in shown_messages[-1][1]
    assert contents_column(view)[0].startswith("1 members, 0 assemblies, 0 demands (verified ")


def test_a_damaged_backup_is_reported_and_not_taken_for_verified(qtbot, plugged_in, view, store, typed, shown_messages):
    written = backup.write_backup(store, plugged_in, PASSPHRASE, now=datetime(2026, 1, 5, 9, 30))
    data = bytearray(written.read_bytes())
    data[-40] ^= 0x01
    written.write_bytes(bytes(data))
    view.load()
    typed.queue.append([PASSPHRASE])
    view.verify_button.click()
    finished(qtbot)
    assert "damaged" in shown_messages[-1][1]
    assert contents_column(view) == ["not verified from this laptop"]
    assert backups.last_verified_backup(store) is None


# --- the reminder -----------------------------------------------------------------------


@pytest.fixture
def window(qtbot, session, nothing_plugged_in):
    shown = MainWindow(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.show()
    return shown


def test_the_reminder_shows_until_a_backup_is_verified(window, store, session, tmp_path):
    assert window.backup_reminder.isVisible()
    assert "No backup of these records has been verified yet." in window.backup_reminder.text()
    folder = tmp_path / "stick"
    folder.mkdir()
    backups.back_up_and_verify(store, folder, PASSPHRASE)
    window.show_backup_reminder()
    assert not window.backup_reminder.isVisible()


def test_the_reminder_counts_the_days_and_follows_the_setting(window, store, session, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(store, folder, PASSPHRASE)
    summary = backup.verify_backup(written, PASSPHRASE)
    ten_days_ago = datetime.now(UTC) - timedelta(days=10, hours=1)
    backups.record_verified_backup(store, written, summary, at=ten_days_ago)
    window.show_backup_reminder()
    shown_date = local_date_time(ten_days_ago)
    assert f"No backup has been verified since {shown_date}." in window.backup_reminder.text()
    session.settings.backup_reminder_days = 30
    window.show_backup_reminder()
    assert not window.backup_reminder.isVisible()


def test_the_reminders_link_opens_the_backups_view(window):
    window.backup_reminder.linkActivated.emit("backups")
    assert window.stack.currentWidget() is window.view("backups")


def test_locking_hides_the_reminder(window):
    window.clear()
    assert not window.backup_reminder.isVisible()


# --- progress ---------------------------------------------------------------------------


def test_long_work_shows_how_far_it_has_got(qtbot, qapp):
    reported, release = threading.Event(), threading.Event()
    finished_stage, release_end = threading.Event(), threading.Event()

    def work(report):
        report("Writing the encrypted backup…", 3, 10)
        reported.set()
        release.wait(10)
        # One stage done is not the work done: the dialog is not reset or closed at 100%.
        report("Writing the encrypted backup…", 10, 10)
        finished_stage.set()
        release_end.wait(10)
        return "done"

    results = []
    background.run_in_background(
        None, work, label="Backing up…", on_success=results.append, on_failure=results.append, reports_progress=True
    )
    assert reported.wait(10)
    dialogs = []

    def progress_shown():
        dialogs[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        return any(d.value() == 3 and d.maximum() == 10 for d in dialogs)

    qtbot.waitUntil(progress_shown, timeout=5_000)
    assert any(d.labelText() == "Writing the encrypted backup…" for d in dialogs)
    release.set()
    assert finished_stage.wait(10)
    qtbot.waitUntil(lambda: any(d.value() == 10 and d.maximum() == 10 for d in dialogs), timeout=5_000)
    qtbot.wait(100)
    assert any(d.value() == 10 for d in dialogs)  # a dialog that reset itself reads -1
    release_end.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)


# --- restore ----------------------------------------------------------------------------


def test_the_window_cannot_be_used_while_a_restore_runs(qtbot, controller, store, tmp_path, typed, answers):
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(store, folder, PASSPHRASE)
    controller.start(store)
    states = []
    controller.window.restore_requested.connect(lambda *_: states.append(controller.window.isEnabled()))
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    qtbot.waitUntil(lambda: controller.store is not None and controller.store is not store, timeout=30_000)
    finished(qtbot)
    # By the time the restore has started, the window (menus included) is disabled.
    assert states == [False]
    assert controller.window.isEnabled()


def test_a_failure_during_the_swap_reopens_the_records_as_they_were(
    qtbot, controller, store, store_path, moved_on, typed, answers, shown_messages, monkeypatch
):
    import errno
    import os

    written = moved_on
    controller.start(store)
    real_replace = os.replace

    def replace(source, target):
        # The disk fails as the new store file moves in; moving the pieces back still works.
        if str(source).endswith(".restoring") and str(target) == str(store_path):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    qtbot.waitUntil(lambda: controller.store is not None and controller.store is not store, timeout=30_000)
    finished(qtbot)
    assert any("could not be written" in text for _icon, text in shown_messages)
    assert names(controller.store) == {"Қайрат Жұмабаев", "Кейін қосылған Мүше"}
    assert controller.window.isEnabled() and controller.window.unlocked
    assert not list(store_path.parent.glob("*.before-restore*"))


def test_restoring_keeps_the_laptops_backup_passphrase_choice(
    qtbot, controller, store, store_path, tmp_path, typed, answers
):
    backups.set_separate_backup_passphrase(store, "an old passphrase that leaked")
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(store, folder, PASSPHRASE)
    backups.set_separate_backup_passphrase(store, COMRADE)
    controller.start(store)
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    qtbot.waitUntil(lambda: controller.store is not None and controller.store is not store, timeout=30_000)
    finished(qtbot)
    assert backups.separate_backup_passphrase(controller.store) == COMRADE


def test_the_idle_lock_waits_for_a_running_backup(qtbot, controller, store, monkeypatch):
    controller.start(store)
    monkeypatch.setattr(background, "_running", {object()})
    controller.idle_timer.timeout.emit()
    assert controller.store is store and controller.idle_timer.isActive()
    monkeypatch.setattr(background, "_running", set())
    controller.idle_timer.timeout.emit()
    assert controller.store is None


@pytest.fixture
def controller(qapp, store_path, shown_messages, nothing_plugged_in):
    made = DeskController(store_path, DeskSettings(), LanguageSwitch())
    yield made
    QApplication.instance().removeEventFilter(made)
    if made.store is not None:
        made.store.close()
    for widget in (made.window, made.wizard):
        if widget is not None:
            widget.hide()
            widget.deleteLater()


@pytest.fixture
def moved_on(store, tmp_path):
    """A backup holding one member; the store has a second one since."""
    members.add_member(store, full_name="Қайрат Жұмабаев")
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(store, folder, PASSPHRASE)
    members.add_member(store, full_name="Кейін қосылған Мүше")
    return written


def names(store):
    return {member.full_name for member in members.search_members(store, "")}


def test_restore_from_the_view_puts_the_backup_in_place_and_keeps_the_old_records(
    qtbot, controller, store, store_path, moved_on, typed, answers, shown_messages
):
    written = moved_on
    controller.start(store)
    view = controller.window.view("backups")
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    view.restore(written)
    finished(qtbot)
    assert "It holds 1 members" in answers.asked[-1] and "committee.store.before-restore" in answers.asked[-1]
    qtbot.waitUntil(lambda: controller.store is not None and controller.store is not store, timeout=30_000)
    finished(qtbot)
    assert names(controller.store) == {"Қайрат Жұмабаев"}
    assert "The backup was restored: 1 members" in shown_messages[-1][1]
    assert controller.window.unlocked
    aside = Store.open(store_path.with_name(store_path.name + ".before-restore"), PASSPHRASE)
    try:
        assert names(aside) == {"Қайрат Жұмабаев", "Кейін қосылған Мүше"}
    finally:
        aside.close()


def test_restore_refused_by_the_user_changes_nothing(qtbot, controller, store, store_path, tmp_path, typed, answers):
    members.add_member(store, full_name="Қайрат Жұмабаев")
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(store, folder, PASSPHRASE)
    controller.start(store)
    answers.queue.append(False)
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    finished(qtbot)
    assert controller.store is store and not list(store_path.parent.glob("*.before-restore*"))


def test_a_wrong_backup_passphrase_is_said_and_the_records_stay_open(
    qtbot, controller, store, store_path, tmp_path, typed, answers, shown_messages
):
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(store, folder, PASSPHRASE)
    controller.start(store)
    typed.queue.extend([["a wrong backup passphrase", PASSPHRASE], None])
    controller.window.view("backups").restore(written)
    finished(qtbot)
    assert "Wrong passphrase for this backup" in typed.problems[-1]
    assert answers.asked == [] and shown_messages == []
    assert controller.store is store and controller.window.unlocked


def test_a_restore_that_fails_late_reopens_the_records_as_they_were(
    qtbot, controller, store, store_path, moved_on, typed, answers, shown_messages, monkeypatch
):
    written = moved_on
    controller.start(store)
    # The laptop's disk failing while the checked backup is put in place.
    def failing_commit(prepared, **_options):
        prepared.discard()
        raise DiskError("The disk cannot be written.")

    monkeypatch.setattr(backup.PreparedRestore, "commit", failing_commit)
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    finished(qtbot)
    qtbot.waitUntil(lambda: controller.store is not None and controller.window.unlocked, timeout=30_000)
    assert any("The disk cannot be written." in text for _icon, text in shown_messages)
    assert names(controller.store) == {"Қайрат Жұмабаев", "Кейін қосылған Мүше"}
    assert not list(store_path.parent.glob("*.restoring*"))


def test_a_restore_reads_the_backup_once_and_a_no_leaves_nothing_beside_the_store(
    qtbot, controller, store, store_path, moved_on, typed, answers, shown_messages, monkeypatch
):
    written = moved_on
    controller.start(store)
    derived = []
    real_derive = backup_format.derive_keys
    monkeypatch.setattr(backup_format, "derive_keys", lambda *a: derived.append(1) or real_derive(*a))
    answers.queue.append(False)
    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    finished(qtbot)
    assert "Replace all the records" in answers.asked[-1]
    assert not list(store_path.parent.glob("*.restoring*")) and controller.store is store

    typed.queue.append([PASSPHRASE, PASSPHRASE])
    controller.window.view("backups").restore(written)
    qtbot.waitUntil(lambda: controller.store is not None and controller.store is not store, timeout=30_000)
    finished(qtbot)
    assert len(derived) == 2  # once for each of the two attempts, not once more to put it in place
    assert names(controller.store) == {"Қайрат Жұмабаев"}



@pytest.fixture
def old_laptops_backup(tmp_path):
    """A backup made on another laptop, holding one member."""
    old_laptop = Store.create(tmp_path / "old-laptop" / "committee.store", PASSPHRASE)
    members.add_member(old_laptop, full_name="Қайрат Жұмабаев")
    folder = tmp_path / "stick"
    folder.mkdir()
    written = backup.write_backup(old_laptop, folder, PASSPHRASE)
    old_laptop.close()
    return written


def test_a_new_laptop_restores_from_the_first_run_wizard(
    qtbot, controller, old_laptops_backup, store_path, typed, answers, monkeypatch
):
    assert not store_path.exists()
    controller.start()
    assert controller.wizard is not None and controller.wizard.committee.restore_button.isVisible()
    monkeypatch.setattr(file_dialogs, "file_to_open", lambda *args: old_laptops_backup)
    typed.queue.append([PASSPHRASE])
    controller.wizard.committee.restore_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=30_000)
    assert "It holds 1 members" in answers.asked[-1]
    assert names(controller.store) == {"Қайрат Жұмабаев"}
    assert controller.wizard is None
    # The backup it came from counts as verified: no reminder on the new laptop.
    assert not controller.window.backup_reminder.isVisible()


def test_a_wrong_passphrase_on_the_new_laptop_is_said_and_the_wizard_stays(
    qtbot, controller, old_laptops_backup, store_path, typed, answers, monkeypatch, shown_messages
):
    controller.start()
    monkeypatch.setattr(file_dialogs, "file_to_open", lambda *args: old_laptops_backup)
    typed.queue.extend([["not the backup's passphrase"], None])
    controller.wizard.committee.restore_button.click()
    finished(qtbot)
    assert typed.problems[0] is None and "Wrong passphrase for this backup" in typed.problems[1]
    assert shown_messages == []
    assert controller.wizard.isVisible() and not store_path.exists()


def test_the_backups_passphrase_typed_right_when_asked_again_restores_on_the_new_laptop(
    qtbot, controller, old_laptops_backup, store_path, typed, answers, monkeypatch
):
    controller.start()
    monkeypatch.setattr(file_dialogs, "file_to_open", lambda *args: old_laptops_backup)
    typed.queue.extend([["not the backup's passphrase"], [PASSPHRASE]])
    controller.wizard.committee.restore_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=30_000)
    assert names(controller.store) == {"Қайрат Жұмабаев"}


@pytest.mark.parametrize(("language", "expected"), [("en", "1.5 KB"), ("ru", "1,5 КБ"), ("kk", "1,5 КБ")])
def test_sizes_are_written_in_the_languages_own_units(qapp, language, expected):
    from ui.models.backups_model import data_size

    switch = LanguageSwitch()
    switch.use(language)
    try:
        assert data_size(1536) == expected
        assert data_size(3 * 1024**3).endswith(expected.split(" ")[1].replace("К", "Г").replace("K", "G"))
    finally:
        switch.use("en")


def test_ctrl_b_starts_a_backup_from_the_keyboard(qtbot, plugged_in, view, typed):
    typed.queue.append(None)  # the passphrase dialog opens; the user cancels it
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert len(typed.asked) == 1 and str(plugged_in) in typed.asked[0]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_each_alt_key_of_the_backups_view_does_one_thing(qapp, session, nothing_plugged_in, language):
    """Alt+letter of a button must not be the letter of a menu of the window, or of another button."""
    from PySide6.QtWidgets import QAbstractButton

    switch = LanguageSwitch()
    switch.use(language)
    try:
        window = MainWindow(session)
        window.load()
        view = window.view("backups")
        texts = [button.text() for button in view.findChildren(QAbstractButton)]
        texts += [label.text() for label in view.findChildren(QLabel) if label.buddy() is not None]
        texts += [action.text() for action in window.menuBar().actions()]
        letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]
        assert len(letters) >= 10
        assert sorted(letter for letter in set(letters) if letters.count(letter) > 1) == []
        window.deleteLater()
    finally:
        switch.use("en")


def test_the_separate_passphrase_is_taken_only_when_typed_twice_alike(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = SeparateBackupPassphraseDialog()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.new.first.setText(COMRADE)
    dialog.new.second.setText(COMRADE + "x")
    assert not ok.isEnabled() and "differ" in dialog.new.hint.text()
    dialog.new.second.setText(COMRADE)
    assert ok.isEnabled()
    dialog.deleteLater()


def test_the_passphrases_dialog_waits_for_every_field(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = PassphrasesDialog("Restore", "Type both.", ["Backup passphrase:", "Store passphrase:"])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.fields[0].setText("one")
    assert not ok.isEnabled()
    dialog.fields[1].setText("two")
    assert ok.isEnabled() and dialog.passphrases() == ["one", "two"]
    dialog.deleteLater()


def test_the_readable_copy_of_all_records_is_in_the_file_menu_warns_first_then_writes_every_record(
    qtbot, session, store, tmp_path, answers, shown_messages, monkeypatch
):
    import json

    from PySide6.QtWidgets import QAbstractButton

    from ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.load()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_action in file_menu.actions()
    assert window.export_action.text() == "Save &all records as a readable file…"
    assert not any("JSON" in button.text() for button in window.view("backups").findChildren(QAbstractButton))
    members.add_member(store, full_name="Әсел Нұрланқызы")
    target = tmp_path / "records.json"
    monkeypatch.setattr(file_dialogs, "file_to_save", lambda *args: target)
    answers.queue.append(False)
    window.export_action.trigger()
    assert "NOT encrypted" in answers.asked[-1] and not target.exists()
    window.export_action.trigger()
    finished(qtbot)
    assert [m["full_name"] for m in json.loads(target.read_text(encoding="utf-8"))["members"]] == ["Әсел Нұрланқызы"]
    assert shown_messages[-1] == (INFO, f"Every record was written to {target}.")


def test_verifying_with_a_wrong_passphrase_asks_again_and_then_verifies(qtbot, plugged_in, view, typed, shown_messages):
    back_up(qtbot, view, typed)
    shown_messages.clear()
    typed.queue.extend([["not the passphrase at all"], [PASSPHRASE]])
    view.verify_selected()
    finished(qtbot)
    assert "Wrong passphrase for this backup" in typed.problems[-1]
    ((_icon, text),) = shown_messages
    assert "is whole" in text


def test_the_passphrases_dialog_asked_again_says_why_above_empty_fields(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    again = PassphrasesDialog("Back up now", "Type it.", ["Store passphrase:"], problem="Wrong passphrase.")
    first = PassphrasesDialog("Back up now", "Type it.", ["Store passphrase:"])
    for dialog in (again, first):
        qtbot.addWidget(dialog)
        dialog.show()
    assert again.problem.isVisible() and again.problem.text() == "Wrong passphrase."
    assert again.fields[0].text() == "" and not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not first.problem.isVisible()


def test_a_backup_costlier_than_usual_to_open_is_explained_and_verified_only_if_agreed(
    qtbot, plugged_in, view, typed, answers, shown_messages, monkeypatch
):
    back_up(qtbot, view, typed)
    shown_messages.clear()
    monkeypatch.setattr(backup_format, "SHIPPED_KDF", backup_format.KdfParams(memory_kib=8, iterations=1, lanes=1))
    answers.queue.append(False)
    typed.queue.append([PASSPHRASE])
    view.verify_selected()
    finished(qtbot)
    assert "keep this computer busy" in answers.asked[-1] and "Open it anyway?" in answers.asked[-1]
    assert shown_messages == []

    answers.queue.append(True)
    typed.queue.append([PASSPHRASE])
    view.verify_selected()
    finished(qtbot)
    ((_icon, text),) = shown_messages
    assert "is whole" in text


@pytest.fixture
def reported(monkeypatch):
    """Every (text, value, maximum) a background job reported to its progress bar."""
    from ui import session as session_module

    seen: list[tuple[str, int, int]] = []
    real = session_module.run_in_background

    def watching(parent, work, **options):
        if options.get("reports_progress"):
            inner = work
            work = lambda report: inner(lambda *args: (seen.append(args), report(*args))[1])  # noqa: E731
        return real(parent, work, **options)

    monkeypatch.setattr(session_module, "run_in_background", watching)
    return seen


def test_the_progress_of_a_backup_and_a_verification_is_a_percentage_from_start_to_end(
    qtbot, plugged_in, view, typed, shown_messages, reported
):
    back_up(qtbot, view, typed)
    backing_up = list(reported)
    reported.clear()
    typed.queue.append([PASSPHRASE])
    view.verify_selected()
    finished(qtbot)
    for steps in (backing_up, list(reported)):
        assert len(steps) >= 3
        assert {maximum for _text, _value, maximum in steps} == {1000}  # never a bar without a percentage
        values = [value for _text, value, _maximum in steps]
        assert values == sorted(values) and values[0] == 0 and values[-1] == 1000


def test_the_progress_window_is_gone_when_the_message_after_it_shows(qtbot, qapp):
    from PySide6.QtWidgets import QProgressDialog

    from ui.background import run_in_background

    visible_then = []

    def succeeded(_result):
        # Where the app shows its message: the progress window must not be left behind it.
        visible_then.extend(dialog.isVisible() for dialog in qapp.topLevelWidgets() if isinstance(dialog, QProgressDialog))

    def work(report):
        import time

        report("Working…", 1, 3)
        time.sleep(0.6)  # longer than the progress window waits before it shows
        report("Working…", 2, 3)
        time.sleep(0.3)
        return None

    run_in_background(None, work, label="Working…", on_success=succeeded, on_failure=lambda error: None, reports_progress=True)
    qtbot.waitUntil(lambda: not background._running, timeout=10_000)
    assert visible_then and not any(visible_then)

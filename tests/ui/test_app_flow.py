"""The app as a secretary meets it: first run, unlock, lock, idle lock, settings."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu

from committee_app.i18n import LanguageSwitch
from committee_app.services import assemblies, members, profile
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from ui.app import DeskController
from ui.clipboard import clipboard_guard
from ui.dialogs.member_dialog import MemberDialog
from ui.dialogs.vote_dialog import VoteDialog
from ui.settings import DeskSettings

NEW_PASSPHRASE = "жаңа құпия сөз 2026"


@pytest.fixture
def make_controller(qapp, shown_messages):
    made = []

    def make(store_path):
        controller = DeskController(store_path, DeskSettings(), LanguageSwitch())
        made.append(controller)
        return controller

    yield make
    for controller in made:
        QApplication.instance().removeEventFilter(controller)
        if controller.store is not None:
            controller.store.close()
        for widget in (controller.window, controller.unlock_dialog, controller.wizard):
            if widget is not None:
                widget.hide()
                widget.deleteLater()


@pytest.fixture
def existing_store(store_path):
    store = Store.create(store_path, PASSPHRASE)
    profile.save_profile(store, name="Стачком Жаңаөзен")
    members.add_member(store, full_name="Жұмабаев Қайрат", phone="+7 701 512 34 87")
    store.close()
    return store_path


def unlock(qtbot, controller, passphrase):
    dialog = controller.unlock_dialog
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_first_run_wizard_creates_the_store_and_opens_the_window(qtbot, make_controller, store_path):
    controller = make_controller(store_path)
    controller.start()
    wizard = controller.wizard
    assert wizard.isVisible()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # a name is required

    wizard.committee.name.setText("Забастовочный комитет")
    wizard.next()
    fields = wizard.passphrase.fields
    fields.first.setText(NEW_PASSPHRASE)
    fields.second.setText(NEW_PASSPHRASE + "x")
    assert "differ" in fields.hint.text()
    assert not wizard.passphrase.isComplete()
    fields.second.setText(NEW_PASSPHRASE)
    assert wizard.passphrase.isComplete()
    wizard.next()
    wizard.accept()

    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=15_000)
    assert controller.window.committee_label.text() == "Забастовочный комитет"
    assert store_path.exists()
    controller.store.close()
    reopened = Store.open(store_path, NEW_PASSPHRASE)
    assert profile.get_profile(reopened).name == "Забастовочный комитет"
    reopened.close()


def test_a_short_passphrase_is_not_accepted_by_the_wizard(qtbot, make_controller, store_path):
    controller = make_controller(store_path)
    controller.start()
    fields = controller.wizard.passphrase.fields
    fields.first.setText("short")
    fields.second.setText("short")
    assert not controller.wizard.passphrase.isComplete()
    assert "minimum is 8" in fields.hint.text()


def test_wizard_with_demo_records_opens_a_separate_demo_store(qtbot, make_controller, store_path):
    from committee_app import paths

    controller = make_controller(store_path)
    controller.start()
    wizard = controller.wizard
    wizard.committee.name.setText("Демо")
    wizard.passphrase.fields.first.setText(NEW_PASSPHRASE)
    wizard.passphrase.fields.second.setText(NEW_PASSPHRASE)
    wizard.demo.demo.setChecked(True)
    wizard.accept()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=30_000)
    assert members.count_members(controller.store) == 40
    assert controller.store.path == paths.demo_store_path()
    assert "demo" in controller.window.windowTitle()
    assert not store_path.exists()  # the committee's own store is made on a start without demo records


def test_nothing_is_shown_before_unlock_and_a_wrong_passphrase_lets_the_user_retry(
    qtbot, make_controller, existing_store
):
    controller = make_controller(existing_store)
    controller.start()
    assert controller.window is None
    assert controller.unlock_dialog.isVisible()

    unlock(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(lambda: controller.unlock_dialog.error.isVisible(), timeout=10_000)
    assert "Wrong passphrase" in controller.unlock_dialog.error.text()
    assert controller.window is None
    assert controller.unlock_dialog.isVisible()

    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    assert not controller.unlock_dialog.isVisible()
    assert controller.window.committee_label.text() == "Стачком Жаңаөзен"
    assert controller.window.lock_label.text() == "Unlocked"


def test_a_damaged_store_says_so_in_the_unlock_dialog(qtbot, make_controller, existing_store):
    data = bytearray(existing_store.read_bytes())
    data[100:200] = bytes(100)
    existing_store.write_bytes(bytes(data))
    controller = make_controller(existing_store)
    controller.start()
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.unlock_dialog.error.isVisible(), timeout=10_000)
    assert "damaged" in controller.unlock_dialog.error.text()


def test_a_passphrase_change_cut_short_is_told_after_unlocking_not_called_damage(
    qtbot, make_controller, existing_store, shown_messages
):
    from PySide6.QtWidgets import QMessageBox

    from committee_app import keyslot

    unlocked = keyslot.unlock_key(existing_store, PASSPHRASE)
    keyslot.slot_paths(existing_store)[0].write_bytes(
        keyslot.seal_key(unlocked.key, NEW_PASSPHRASE, store_salt=unlocked.store_salt)
    )
    controller = make_controller(existing_store)
    controller.start()

    unlock(qtbot, controller, PASSPHRASE)

    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown_messages))
    ((icon, text),) = shown_messages
    assert icon == QMessageBox.Icon.Warning
    assert "had not finished" in text and "old passphrase" in text
    assert "damaged" not in text


def test_an_ordinary_unlock_shows_no_message(qtbot, make_controller, existing_store, shown_messages):
    controller = make_controller(existing_store)
    open_window(qtbot, controller)
    QApplication.processEvents()
    assert shown_messages == []


def open_window(qtbot, controller):
    controller.start()
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    return controller.window


def test_ctrl_l_locks_clears_the_window_and_closes_the_store(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    store = controller.store

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert controller.store is None
    assert not store.is_open
    assert not window.isVisible()
    assert window.committee_label.text() == ""
    assert controller.unlock_dialog.isVisible()
    assert "locked" in controller.unlock_dialog.note.text()

    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    assert window.committee_label.text() == "Стачком Жаңаөзен"
    assert members.count_members(controller.store) == 1


def test_locking_discards_an_open_dialog_and_says_so(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    editing = QDialog(window)
    editing.show()
    results = []
    editing.finished.connect(results.append)

    window.lock_action.trigger()

    assert not editing.isVisible()
    assert results == [QDialog.DialogCode.Rejected]
    assert "discarded" in controller.unlock_dialog.note.text()


def test_idle_time_locks_and_activity_postpones_it(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    assert controller.idle_timer.isActive()
    assert controller.idle_timer.interval() == 10 * 60_000  # the default: ten minutes

    controller.idle_timer.start(60_000)
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert controller.idle_timer.remainingTime() > 60_000  # the key press restarted the full wait

    controller.idle_timer.start(50)
    qtbot.waitUntil(lambda: controller.store is None, timeout=5_000)
    assert controller.unlock_dialog.isVisible()


def test_the_last_view_and_geometry_come_back(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    window.view_actions[2].trigger()
    window.resize(760, 560)
    window.save_layout()

    second = make_controller(existing_store)
    again = open_window(qtbot, second)
    assert again.stack.currentIndex() == 2
    assert (again.size().width(), again.size().height()) == (760, 560)


def test_the_demo_command_opens_its_store_straight_in_the_window(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    controller.start(unlocked_store=Store.open(existing_store, PASSPHRASE))
    assert controller.unlock_dialog is None
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    assert controller.window.committee_label.text() == "Стачком Жаңаөзен"


def test_choosing_russian_in_settings_rebuilds_the_window_in_russian(qtbot, make_controller, existing_store, monkeypatch):
    from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog

    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    window.view_actions[1].trigger()
    monkeypatch.setattr(SettingsDialog, "get_settings", classmethod(lambda cls, parent, current: (SettingsChoice("ru", 15, 7), True)))
    try:
        window.settings_action.trigger()
        rebuilt = controller.window
        assert rebuilt is not window
        assert rebuilt.windowTitle() == "Committee Desk"
        assert rebuilt.lock_action.text() == "&Заблокировать"
        assert rebuilt.lock_label.text() == "Разблокировано"
        assert rebuilt.stack.currentIndex() == 1  # the same view stays in front
        assert controller.idle_timer.interval() == 15 * 60_000
        assert DeskSettings().language == "ru"
    finally:
        controller.languages.use("en")


def test_choosing_a_language_in_the_wizard_shows_it_in_that_language_keeping_the_name(
    qtbot, make_controller, store_path
):
    controller = make_controller(store_path)
    controller.start()
    first = controller.wizard
    first.committee.name.setText("Стачком")
    try:
        first.committee.language.setCurrentIndex(first.committee.language.findData("kk"))
        second = controller.wizard
        assert second is not first
        assert second.committee.name.text() == "Стачком"
        assert second.committee.title() == "Сіздің комитетіңіз"
        assert second.committee.language.currentData() == "kk"
    finally:
        controller.languages.use("en")


def minutes_with_one_item(store_path, *, held: bool):
    from committee_app.services import assemblies

    store = Store.open(store_path, PASSPHRASE)
    assembly = assemblies.create_assembly(store, title="Собрание")
    item = assemblies.add_agenda_item(store, assembly.id, title="О забастовке")
    if held:
        assemblies.close_assembly(store, assembly.id)
    store.close()
    return item.id


def type_resolution(qtbot, window, text):
    window.view_actions[1].trigger()
    view = window.view("assemblies")
    view.tabs.setCurrentWidget(view.minutes)
    view.minutes.items.setCurrentIndex(view.plan.agenda_model.index(0, 1))
    view.minutes.resolved.setFocus()
    view.minutes.resolved.insertPlainText(text)


def test_minutes_typed_and_not_yet_saved_are_saved_on_quit(qtbot, make_controller, existing_store):
    from committee_app.services import assemblies

    item_id = minutes_with_one_item(existing_store, held=False)
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    type_resolution(qtbot, window, "Объявить забастовку с понедельника.")
    store = controller.store

    window.close()

    reopened = Store.open(existing_store, PASSPHRASE)
    assert assemblies.agenda(reopened, 1)[0].decided == "Объявить забастовку с понедельника."
    reopened.close()
    assert not store.is_open
    assert item_id


def test_a_held_assemblys_minutes_typed_before_a_lock_are_dropped_and_the_lock_screen_says_so(
    qtbot, make_controller, existing_store
):
    from committee_app.services import assemblies

    minutes_with_one_item(existing_store, held=True)
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    type_resolution(qtbot, window, "Текст без подтверждения")

    controller.lock()

    assert "discarded" in controller.unlock_dialog.note.text()
    reopened = Store.open(existing_store, PASSPHRASE)
    assert assemblies.agenda(reopened, 1)[0].decided == ""
    reopened.close()


def press_in_the_dialog_when_it_opens(qtbot, dialog_class, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press ``key`` inside the first ``dialog_class`` that opens (its own event loop runs)."""
    pressed = []

    def press_when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_class) or not dialog.isVisible():
            QTimer.singleShot(20, press_when_open)
            return
        pressed.append(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, key, modifier)
        if dialog.isVisible():
            dialog.reject()  # the key did not close it: the test fails below, not by hanging

    QTimer.singleShot(0, press_when_open)
    return pressed


def test_ctrl_l_in_a_members_edit_dialog_locks_and_discards_the_edit(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    members_view = window.view("members")
    members_view.table.selectRow(0)
    pressed = press_in_the_dialog_when_it_opens(qtbot, MemberDialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    members_view.edit_action.trigger()

    assert len(pressed) == 1
    assert controller.store is None
    assert not window.isVisible()
    assert controller.unlock_dialog.isVisible()
    assert "discarded" in controller.unlock_dialog.note.text()


def test_ctrl_l_in_the_vote_dialog_locks(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    assembly = assemblies.create_assembly(controller.store, title="Жалпы жиналыс")
    hall = assemblies.hall(controller.store, assembly.id, for_votes=True)
    pressed = press_in_the_dialog_when_it_opens(qtbot, VoteDialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    form, accepted = VoteDialog.get_vote(window.view("assemblies"), hall, "Ереуілді бастау")

    assert len(pressed) == 1
    assert (form, accepted) == (None, False)
    assert controller.store is None
    assert not window.isVisible()
    assert controller.unlock_dialog.isVisible()


def test_ctrl_l_in_the_guide_window_locks(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    window.show_guide()
    guide = window.guide_viewer
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide, timeout=5_000)

    qtbot.keyClick(guide.page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert controller.store is None
    assert controller.unlock_dialog.isVisible()
    guide.close()


def test_the_lock_command_is_not_added_to_menus_that_pop_up(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    menu = QMenu(window)
    menu.addAction("Одна команда")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)

    assert [action.text() for action in menu.actions()] == ["Одна команда"]
    menu.close()


def test_the_status_bar_names_the_committee_and_the_lock_but_not_where_the_store_is(
    qtbot, make_controller, existing_store
):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)

    shown = [label.text() for label in window.statusBar().findChildren(QLabel) if label.isVisible()]

    assert "Стачком Жаңаөзен" in shown
    assert "Unlocked" in shown
    assert not any(existing_store.parent.name in text or existing_store.name in text for text in shown)


def test_locking_takes_off_the_clipboard_what_the_app_put_there(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    members_view = window.view("members")
    members_view.table.selectRow(0)
    members_view.copy_phone_action.trigger()
    assert QApplication.clipboard().text() == "+7 701 512 34 87"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert controller.store is None
    assert QApplication.clipboard().text() == ""
    assert not clipboard_guard().timer.isActive()
    assert window.statusBar().currentMessage() == ""  # "Copied…" is not there after unlocking


def test_the_desktop_locking_its_session_locks_the_records(qtbot, make_controller, existing_store):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)

    controller.session_watch.locked.emit()

    assert controller.store is None
    assert not window.isVisible()
    assert controller.unlock_dialog.isVisible()


def backup_then_one_more_member(store_path, tmp_path):
    """A backup of the store on a stick, and a member added after it (so not in the backup)."""
    from committee_app.backup import write_backup

    store = Store.open(store_path, PASSPHRASE)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_path = write_backup(store, stick, PASSPHRASE)
    members.add_member(store, full_name="Гүлнар Ережепқызы")
    store.close()
    return backup_path


def test_the_app_finishes_a_restore_killed_with_the_store_file_moved_aside_and_unlocks_the_restored_records(
    qtbot, make_controller, existing_store, tmp_path
):
    from tests.core.test_restore_interrupted import KILLED, run_child

    backup_path = backup_then_one_more_member(existing_store, tmp_path)
    # A restore onto no store makes fewer moves than one onto this store: killed at that count,
    # this one has put the old store file aside and not yet moved the new one in.
    moves = int(run_child(backup_path, existing_store.with_name("count.store"), 0).stdout.strip())
    assert run_child(backup_path, existing_store, moves).returncode == KILLED
    assert not existing_store.exists()  # the old store aside, the new one not yet in place

    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)

    assert [m.full_name for m in members.search_members(controller.store)] == ["Жұмабаев Қайрат"]
    assert window.isVisible()
    assert sorted(p.name for p in existing_store.parent.iterdir() if ".restoring" in p.name or p.name.endswith(".lock")) == []


@pytest.mark.slow  # a killed restore for each of its file moves: the crash stage's
def test_the_app_unlocks_after_a_restore_killed_before_any_of_its_moves(qtbot, make_controller, existing_store, tmp_path):
    import shutil

    from tests.core.test_restore_interrupted import KILLED, run_child

    backup_path = backup_then_one_more_member(existing_store, tmp_path)
    pristine = tmp_path / "pristine"
    shutil.copytree(existing_store.parent, pristine)
    counting = tmp_path / "counting"
    shutil.copytree(pristine, counting)
    moves = int(run_child(backup_path, counting / existing_store.name, 0).stdout.strip())
    assert moves >= 6
    seen = set()
    for die_before in range(1, moves + 1):
        folder = tmp_path / f"killed-{die_before}"
        shutil.copytree(pristine, folder)
        target = folder / existing_store.name
        assert run_child(backup_path, target, die_before).returncode == KILLED

        controller = make_controller(target)
        open_window(qtbot, controller)

        names = {m.full_name for m in members.search_members(controller.store)}
        assert names in ({"Жұмабаев Қайрат"}, {"Жұмабаев Қайрат", "Гүлнар Ережепқызы"}), f"killed before move {die_before}"
        seen.add(len(names))
        assert not any(".restoring" in p.name or p.name.endswith((".lock", ".tmp")) for p in folder.iterdir())
        controller.store.close()
        controller.store = None
    assert seen == {1, 2}  # killed early the old records stay, late the restored ones

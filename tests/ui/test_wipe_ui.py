"""The panic wipe in the desktop app: Ctrl+Shift+Del or File → Wipe everything now starts a
countdown over the whole window that any key or click stops; at its end the key files go,
then everything else, and the app quits. The practice run lists and deletes nothing. The
wipe after failed unlocks is chosen in the settings and counted in the unlock dialog."""

import tempfile

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from committee_app import keyslot, paths
from committee_app.failed_unlocks import UnlockGuard, read_guard, set_wipe_after
from committee_app.i18n import LanguageSwitch
from committee_app.services import members, profile
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from ui.app import DeskController
from ui.dialogs import wipe_countdown
from ui.dialogs.wipe_countdown import WipePracticeDialog
from ui.settings import DeskSettings

SHORT_COUNTDOWN_MS = 600
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def private_temporary_folder(tmp_path, monkeypatch):
    """The wipe looks in the system's temporary folder: here, this test's own."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(autouse=True)
def short_countdown(monkeypatch):
    monkeypatch.setattr(wipe_countdown, "COUNTDOWN_MS", SHORT_COUNTDOWN_MS)


@pytest.fixture
def existing_store(store_path):
    store = Store.create(store_path, PASSPHRASE)
    profile.save_profile(store, name="Стачком Жаңаөзен")
    members.add_member(store, full_name="Жұмабаев Қайрат", phone="+7 701 512 34 87")
    store.close()
    return store_path


@pytest.fixture
def controller(qapp, shown_messages, existing_store):
    settings = DeskSettings()
    settings.language = "en"
    settings.sync()
    made = DeskController(existing_store, settings, LanguageSwitch())
    yield made
    QApplication.instance().removeEventFilter(made)
    if made.wipe_countdown is not None:
        made.wipe_countdown.cancel()
    if made.store is not None:
        made.store.close()
    for widget in (made.window, made.unlock_dialog):
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def unlock(qtbot, controller, passphrase):
    dialog = controller.unlock_dialog
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def open_window(qtbot, controller):
    controller.start()
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    return controller.window


def the_store_is_whole(store_path) -> bool:
    if not store_path.exists() or not all(path.exists() for path in keyslot.slot_paths(store_path)):
        return False
    reopened = Store.open(store_path, PASSPHRASE)
    found = members.count_members(reopened)
    reopened.close()
    return found == 1


def start_with_the_shortcut(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL_SHIFT)
    running = [shown for shown in window.findChildren(wipe_countdown.WipeCountdown) if shown.running]
    return running[0] if running else None


def test_the_shortcut_covers_the_window_with_a_countdown_that_says_backups_are_not_touched(qtbot, controller):
    window = open_window(qtbot, controller)
    countdown = start_with_the_shortcut(qtbot, window)
    assert countdown is not None and countdown.isVisible() and countdown.running
    assert countdown.geometry() == window.geometry()
    assert countdown.seconds.text() == "1"  # the short test countdown; 5 as shipped
    assert "Backups on USB sticks are not touched." in countdown.explanation.text()
    assert "any key or click" in countdown.cancel_hint.text()
    countdown.cancel()


def test_the_shipped_countdown_is_five_seconds(qtbot, controller, monkeypatch):
    monkeypatch.undo()
    window = open_window(qtbot, controller)
    window.wipe_action.trigger()
    assert controller.wipe_countdown.duration_ms == 5_000
    assert controller.wipe_countdown.seconds.text() == "5"
    controller.wipe_countdown.cancel()


def test_a_key_press_cancels_the_countdown_and_nothing_is_deleted(qtbot, controller, existing_store):
    window = open_window(qtbot, controller)
    countdown = start_with_the_shortcut(qtbot, window)
    qtbot.keyClick(countdown, Qt.Key.Key_Space)
    assert not countdown.running and not countdown.isVisible()
    qtbot.wait(SHORT_COUNTDOWN_MS + 300)
    assert window.isVisible() and controller.store is not None
    assert "cancelled" in window.statusBar().currentMessage()
    # The window is active again, so the shortcut starts a wipe again at once.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    assert start_with_the_shortcut(qtbot, window) is not None
    controller.wipe_countdown.cancel()
    controller.store.close()
    controller.store = None
    assert the_store_is_whole(existing_store)


def test_a_click_cancels_the_countdown(qtbot, controller, existing_store):
    window = open_window(qtbot, controller)
    countdown = start_with_the_shortcut(qtbot, window)
    qtbot.mouseClick(countdown, Qt.MouseButton.LeftButton)
    assert not countdown.running
    qtbot.wait(SHORT_COUNTDOWN_MS + 300)
    assert controller.store is not None and existing_store.exists()


def test_a_key_typed_anywhere_in_the_app_cancels_and_goes_nowhere_else(qtbot, controller):
    window = open_window(qtbot, controller)
    countdown = start_with_the_shortcut(qtbot, window)
    search = window.view("members").search
    qtbot.keyClick(search, Qt.Key.Key_A)
    assert not countdown.running
    assert search.text() == ""  # the key that cancelled was not typed into the search


def test_the_shortcut_works_while_a_dialog_of_the_app_is_open(qtbot, controller):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window = open_window(qtbot, controller)
    editing = QDialog(window)
    typing = QLineEdit(editing)
    QVBoxLayout(editing).addWidget(typing)
    with qtbot.waitActive(editing):
        editing.open()
    qtbot.keyClick(typing, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert controller.wipe_countdown is not None and controller.wipe_countdown.running
    controller.wipe_countdown.cancel()
    editing.reject()


def test_the_shortcut_key_held_down_does_not_cancel(qtbot, controller):
    window = open_window(qtbot, controller)
    countdown = start_with_the_shortcut(qtbot, window)
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, CTRL_SHIFT, "", True)
    QApplication.sendEvent(countdown, repeat)
    assert countdown.running
    countdown.cancel()


def test_at_the_end_the_key_files_go_first_then_everything_and_the_app_quits(qtbot, controller, existing_store, monkeypatch):
    window = open_window(qtbot, controller)
    store = controller.store
    closed_with_keys = []
    real_close = store.close

    def closing():
        closed_with_keys.append(keyslot.key_slots_exist(existing_store))
        real_close()

    monkeypatch.setattr(store, "close", closing)
    quits = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quits.append(True))
    settings_file = paths.config_folder() / "settings.ini"
    assert settings_file.exists()
    window.wipe_action.trigger()
    qtbot.waitUntil(lambda: bool(quits), timeout=SHORT_COUNTDOWN_MS + 3_000)
    assert closed_with_keys[0] is False  # the store was closed after its key files were gone
    assert not existing_store.exists() and not keyslot.key_slots_exist(existing_store)
    assert not window.isVisible() and controller.store is None
    window.close()  # what quitting does: the layout is not saved again
    QApplication.processEvents()
    assert not settings_file.exists() and not paths.config_folder().exists()
    assert not paths.log_folder().exists()


def test_practice_counts_down_then_lists_what_would_go_and_deletes_nothing(qtbot, controller, existing_store):
    window = open_window(qtbot, controller)
    window.practice_wipe_action.trigger()
    countdown = controller.wipe_countdown
    assert countdown.practice and "nothing will be deleted" in countdown.heading.text()
    qtbot.waitUntil(lambda: window.findChild(WipePracticeDialog) is not None, timeout=SHORT_COUNTDOWN_MS + 3_000)
    practice = window.findChild(WipePracticeDialog)
    listing = practice.listing.toPlainText()
    assert "nothing was deleted" in practice.summary.text()
    assert str(keyslot.slot_paths(existing_store)[0]) in listing and str(existing_store) in listing
    assert listing.index("Key files") < listing.index("The records") < listing.index("Settings")
    assert "Backups on USB sticks are not touched" in practice.not_touched.text()
    qtbot.keyClick(practice, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    assert window.isVisible() and controller.store is not None
    controller.store.close()
    controller.store = None
    assert the_store_is_whole(existing_store)


def test_the_wipe_works_from_the_unlock_dialog_while_locked(qtbot, controller, existing_store, monkeypatch):
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: None)
    controller.start()
    dialog = controller.unlock_dialog
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert controller.wipe_countdown is not None and controller.wipe_countdown.running
    qtbot.waitUntil(lambda: not existing_store.exists(), timeout=SHORT_COUNTDOWN_MS + 3_000)
    assert not keyslot.key_slots_exist(existing_store) and not dialog.isVisible()


def test_the_menu_offers_the_wipe_and_its_practice(qtbot, controller):
    window = open_window(qtbot, controller)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.wipe_action in file_menu.actions() and window.practice_wipe_action in file_menu.actions()
    assert window.wipe_action.toolTip() == "Wipe everything now (Ctrl+Shift+Del)"
    assert window.wipe_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


# --- the wipe after failed unlocks -----------------------------------------------------------


def test_the_setting_is_off_by_default_and_turned_on_in_the_settings_dialog(qtbot, controller, existing_store, monkeypatch):
    from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog

    window = open_window(qtbot, controller)
    offered = []

    def choose(cls, parent, current):
        offered.append(current)
        dialog = cls(current, parent)
        dialog.wipe_after.setCurrentIndex(dialog.wipe_after.findData(10))
        return dialog.choice(), True

    monkeypatch.setattr(SettingsDialog, "get_settings", classmethod(choose))
    window.settings_action.trigger()
    assert offered[0].wipe_after_failed_unlocks is None
    assert read_guard(existing_store) == UnlockGuard(10, 0)
    window.settings_action.trigger()
    assert offered[1].wipe_after_failed_unlocks == 10
    assert isinstance(offered[1], SettingsChoice)


def test_the_settings_dialog_offers_never_5_10_and_20(qtbot):
    from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog

    dialog = SettingsDialog(SettingsChoice("en", 10, 7))
    qtbot.addWidget(dialog)
    assert [dialog.wipe_after.itemData(i) for i in range(dialog.wipe_after.count())] == [None, 5, 10, 20]
    assert dialog.wipe_after.currentData() is None
    dialog.wipe_after.setCurrentIndex(2)
    assert dialog.choice().wipe_after_failed_unlocks == 10


def test_the_unlock_dialog_shows_the_attempts_left_only_when_the_option_is_on(qtbot, controller, existing_store):
    controller.start()
    assert not controller.unlock_dialog.attempts_left.isVisible()
    controller.unlock_dialog.hide()
    set_wipe_after(existing_store, 5)
    controller.show_unlock()
    dialog = controller.unlock_dialog
    assert dialog.attempts_left.isVisible()
    assert dialog.attempts_left.text() == "Attempts left before the records are wiped: 5."
    unlock(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.attempts_left.text() == "Attempts left before the records are wiped: 4."
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    assert read_guard(existing_store) == UnlockGuard(5, 0)


def test_the_last_wrong_passphrase_wipes_says_so_and_quits(qtbot, controller, existing_store, shown_messages, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quits.append(True))
    set_wipe_after(existing_store, 5)
    controller.start()
    dialog = controller.unlock_dialog
    for left in (4, 3, 2, 1):
        unlock(qtbot, controller, "not the passphrase")
        qtbot.waitUntil(lambda: dialog.isEnabled() and f": {left}." in dialog.attempts_left.text(), timeout=10_000)
    unlock(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
    assert not existing_store.exists() and not keyslot.key_slots_exist(existing_store)
    assert "wrong 5 times in a row" in shown_messages[-1][1]
    assert not dialog.isVisible()

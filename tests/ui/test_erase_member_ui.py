"""Members → Erase completely…: a typed confirmation, the warning about older backups, and a
new backup that retires them; the list then shows only the placeholder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from committee_app.backup import format as backup_format
from committee_app.backup import list_backups
from committee_app.i18n import LanguageSwitch
from committee_app.keyslot import KdfParams
from committee_app.services import backups, members
from tests.conftest import PASSPHRASE
from tests.ui.test_backups_view import finished, plugged_in, stick, typed  # noqa: F401  (fixtures)
from tests.ui.test_members_view import names, select, type_text
from ui.dialogs.erase_member_dialog import EraseMemberDialog
from ui.main_window import MainWindow
from ui.views.members_view import MembersView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

NAME = "Жұмабаев Қайрат Серікұлы"
OTHER = "Петрова Анна"


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", KdfParams(memory_kib=64, iterations=1, lanes=1))


@pytest.fixture
def kazakh_ui(qapp):
    switch = LanguageSwitch()
    switch.use("kk")
    yield
    switch.use("en")


@pytest.fixture
def two_members(store):
    return members.add_member(store, full_name=NAME, phone="+7 702 555 33 44").id, members.add_member(store, full_name=OTHER).id


@pytest.fixture
def view(qtbot, session, two_members):
    shown = MembersView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.show()
    return shown


@pytest.fixture
def confirmations(monkeypatch):
    """The answers of the erase dialog, (retire older backups, accepted); the names asked about."""
    asked = []

    def answer(parent, full_name):
        asked.append(full_name)
        return answer.reply

    answer.reply = (False, True)
    answer.asked = asked
    monkeypatch.setattr(EraseMemberDialog, "get_confirmation", answer)
    return answer


@pytest.mark.parametrize("typed_text", ["ERASE", "erase", NAME.upper(), f"  {NAME}  "])
def test_the_erase_button_opens_only_for_the_word_or_the_persons_name(qtbot, typed_text):
    dialog = EraseMemberDialog(NAME)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    type_text(dialog.typed, "Жұмабаев")
    assert not dialog.erase_button.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    # Enter before the confirmation is typed neither erases nor closes the dialog.
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    dialog.typed.clear()
    type_text(dialog.typed, typed_text)
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_confirmation_is_typed_as_soon_as_the_dialog_opens(qtbot):
    dialog = EraseMemberDialog(NAME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.typed


def test_the_dialog_warns_about_older_backups_and_offers_to_retire_them(qtbot):
    dialog = EraseMemberDialog(NAME)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert NAME in texts and "Backups made before still hold this person" in texts
    assert dialog.retire.isChecked()


def test_in_kazakh_the_kazakh_word_confirms(qtbot, kazakh_ui):
    dialog = EraseMemberDialog(NAME)
    qtbot.addWidget(dialog)
    type_text(dialog.typed, "ӨШІРУ")
    assert dialog.erase_button.isEnabled()


def test_erasing_from_the_list_leaves_the_placeholder_and_says_backups_hold_the_person(
    view, store, two_members, confirmations, shown_messages
):
    select(view, NAME)
    view.erase_action.trigger()
    assert confirmations.asked == [NAME]
    assert sorted(names(view)) == sorted(["erased member No. 1", OTHER])
    assert members.search_members(store, "555 33") == []
    (message,) = shown_messages
    assert message[0] == QMessageBox.Icon.Information and "Backups made before still hold them" in message[1]
    select(view, "erased member No. 1")
    assert not view.erase_action.isEnabled()


def test_a_cancelled_confirmation_erases_nothing(view, store, two_members, confirmations, shown_messages):
    confirmations.reply = (True, False)
    select(view, NAME)
    view.erase_action.trigger()
    assert members.get_member(store, two_members[0]).full_name == NAME
    assert shown_messages == []


def test_erasing_with_retire_checked_makes_a_new_backup_and_retires_the_older_ones(
    qtbot, session, store, two_members, confirmations, plugged_in, typed, shown_messages
):
    for _ in range(2):
        backups.back_up_and_verify(store, plugged_in, PASSPHRASE)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.load()
    members_view = window.view("members")
    window.show_view(window.views.index(members_view))
    confirmations.reply = (True, True)
    typed.queue.append([PASSPHRASE])
    select(members_view, NAME)
    members_view.erase_action.trigger()
    finished(qtbot)

    assert window.stack.currentWidget() is window.view("backups")
    assert len(list_backups(plugged_in)) == 1
    assert any("overwritten and removed there: 2" in text for _icon, text in shown_messages)

"""A phone number copied from the member list leaves the clipboard after 30 seconds, and the
lock takes off whatever the app put there."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from committee_app.services.members import add_member
from ui.clipboard import clipboard_guard
from ui.models.members_model import MembersTableModel
from ui.views.members_view import MembersView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

PHONE = "+7 701 512 34 87"
NAME = "Жұмабаев Қайрат"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, session, store):
    add_member(store, full_name=NAME, phone=PHONE)
    add_member(store, full_name="Оразов Бақыт")
    shown = QMainWindow()
    view = MembersView(session)
    shown.setCentralWidget(view)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    view.load()
    yield shown
    clipboard_guard().clear_what_the_app_put()
    QGuiApplication.clipboard().clear()


def select(view: MembersView, name: str, column: int = MembersTableModel.NAME) -> None:
    row = next(row for row in range(view.model.rowCount()) if view.model.index(row, MembersTableModel.NAME).data() == name)
    view.table.selectRow(row)
    view.table.setCurrentIndex(view.model.index(row, column))
    view.table.setFocus()


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def half_a_minute_passes() -> None:
    timer = clipboard_guard().timer
    assert timer.isActive()
    assert timer.interval() == 30_000
    timer.stop()
    timer.timeout.emit()


def test_a_copied_phone_number_leaves_the_clipboard_after_30_seconds(qtbot, window):
    view = window.centralWidget()
    select(view, NAME)

    qtbot.keyClick(view.table, Qt.Key.Key_C, CTRL_SHIFT)

    assert clipboard_text() == PHONE
    assert "30 seconds" in window.statusBar().currentMessage()
    half_a_minute_passes()
    assert clipboard_text() == ""


def test_a_cell_copied_with_ctrl_c_leaves_the_clipboard_too(qtbot, window):
    view = window.centralWidget()
    select(view, NAME, MembersTableModel.PHONE)

    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert clipboard_text() == PHONE
    half_a_minute_passes()
    assert clipboard_text() == ""


def test_what_was_copied_since_is_left_alone(qtbot, window):
    view = window.centralWidget()
    select(view, NAME)
    qtbot.keyClick(view.table, Qt.Key.Key_C, CTRL_SHIFT)
    QGuiApplication.clipboard().setText("адрес собрания")

    half_a_minute_passes()

    assert clipboard_text() == "адрес собрания"


def test_a_member_without_a_phone_has_none_to_copy(qtbot, window):
    view = window.centralWidget()
    select(view, "Оразов Бақыт")
    assert not view.copy_phone_action.isEnabled()
    select(view, NAME)
    assert view.copy_phone_action.isEnabled()

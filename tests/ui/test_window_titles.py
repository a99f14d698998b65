"""Every window is at least as wide as its title, so the title bar never elides it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from committee_app.i18n import LanguageSwitch
from ui.dialogs.unlock import UnlockDialog
from ui.window_titles import WindowTitleFitter, title_width


@pytest.fixture
def fitter(qapp):
    fitter = WindowTitleFitter(qapp)
    yield
    fitter.deleteLater()
    qapp.focusWindowChanged.disconnect(fitter._window_focused)


def brought_to_front(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle())


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_unlock_window_shows_its_whole_title(qtbot, fitter, language, tmp_path):
    switch = LanguageSwitch()
    switch.use(language)
    try:
        dialog = UnlockDialog(tmp_path / "committee.store")
        qtbot.addWidget(dialog)
        brought_to_front(qtbot, dialog)
        assert dialog.width() >= title_width(dialog.windowTitle())
    finally:
        switch.use("en")


def test_a_small_dialog_with_a_long_title_is_widened_and_a_wide_one_left_alone(qtbot, fitter):
    small = QDialog()
    QVBoxLayout(small).addWidget(QLabel("?"))
    small.setWindowTitle("Қатысушылардың тізімін басып шығару — Committee Desk")
    qtbot.addWidget(small)
    brought_to_front(qtbot, small)
    assert small.width() >= title_width(small.windowTitle())

    wide = QDialog()
    wide.setWindowTitle("OK")
    wide.resize(700, 300)
    qtbot.addWidget(wide)
    brought_to_front(qtbot, wide)
    assert wide.width() == 700


def test_a_window_never_grows_past_its_screen_nor_shrinks_below_its_title(qtbot, fitter):
    dialog = QDialog()
    dialog.setWindowTitle("Ұзын " * 200)
    qtbot.addWidget(dialog)
    brought_to_front(qtbot, dialog)
    assert dialog.width() == dialog.screen().availableGeometry().width()

    unlock_like = QDialog()
    QVBoxLayout(unlock_like).addWidget(QLabel("?"))
    unlock_like.setWindowTitle("Committee Desk — разблокировка")
    qtbot.addWidget(unlock_like)
    brought_to_front(qtbot, unlock_like)
    unlock_like.adjustSize()  # as a dialog does after showing a message and hiding it again
    assert unlock_like.width() >= title_width(unlock_like.windowTitle())


def test_the_kazakh_print_dialog_shows_its_notes_whole(qtbot, fitter):
    from committee_app.printing.document import PaperChoice
    from ui.dialogs.print_dialog import PrintDialog

    switch = LanguageSwitch()
    switch.use("kk")
    try:
        dialog = PrintDialog("Тіркеу парағы", PaperChoice("kk", "a4"), personal_data=True, blank_rows=480)
        qtbot.addWidget(dialog)
        brought_to_front(qtbot, dialog)
        for note in (dialog.blank_rows_note, dialog.personal_data_warning, dialog.open_note):
            qtbot.waitUntil(lambda note=note: note.height() >= note.heightForWidth(note.width()))
            assert note.visibleRegion().boundingRect().size() == note.size()
    finally:
        switch.use("en")


def test_the_main_window_keeps_the_size_it_was_given(qtbot, fitter, store, shown_messages):
    from ui.main_window import MainWindow
    from ui.session import DeskSession
    from ui.settings import DeskSettings

    window = MainWindow(DeskSession(store, DeskSettings(), "en"))
    qtbot.addWidget(window)
    brought_to_front(qtbot, window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(900, 560)  # shorter than its size hint, taller than its minimum
    other = QDialog()
    qtbot.addWidget(other)
    brought_to_front(qtbot, other)
    brought_to_front(qtbot, window)
    assert window.size().toTuple() == (900, 560)


@pytest.mark.parametrize(("language", "portable"), [("en", "(portable)"), ("ru", "(переносной режим)"), ("kk", "(тасымалы режим)")])
def test_in_portable_mode_the_main_window_says_so_in_its_whole_title(qtbot, fitter, store, shown_messages, monkeypatch,
                                                                      tmp_path, language, portable):  # fmt: skip
    from committee_app import paths
    from ui.main_window import MainWindow
    from ui.session import DeskSession
    from ui.settings import DeskSettings

    switch = LanguageSwitch()
    switch.use(language)
    try:
        installed = MainWindow(DeskSession(store, DeskSettings(), language))
        qtbot.addWidget(installed)
        assert portable not in installed.windowTitle()
        monkeypatch.setattr(paths, "portable_folder", lambda: tmp_path / "data")
        window = MainWindow(DeskSession(store, DeskSettings(), language))
        qtbot.addWidget(window)
        assert window.windowTitle() == f"{installed.windowTitle()} {portable}"
        brought_to_front(qtbot, window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        assert window.width() >= title_width(window.windowTitle())
    finally:
        switch.use("en")

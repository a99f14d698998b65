"""Help → About: version, the app's and the fonts' licences, and where the records, settings
and logs are, with their folders a click away; and the app's icon on every window."""

import configparser
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from committee_app import __version__, paths
from committee_app.i18n import LanguageSwitch
from ui.app_icon import app_icon
from ui.dialogs import about_dialog
from ui.dialogs.about_dialog import AboutDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened_folders(monkeypatch):
    opened = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda folder: opened.append(folder) or True)
    return opened


def labels_of(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_help_about_opens_the_dialog_with_the_store_in_use(qtbot, store, shown_messages):
    from ui.main_window import MainWindow
    from ui.session import DeskSession
    from ui.settings import DeskSettings

    window = MainWindow(DeskSession(store, DeskSettings(), "en"))
    qtbot.addWidget(window)
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    assert str(store.path) in labels_of(dialog)
    assert f"Committee Desk {__version__}" in labels_of(dialog)
    dialog.close()


def test_it_gives_the_version_the_licences_and_where_things_are(qtbot, store_path):
    dialog = AboutDialog(store_path)
    qtbot.addWidget(dialog)
    shown = labels_of(dialog)
    assert f"Committee Desk {__version__}" in shown
    assert str(store_path) in shown
    assert str(paths.config_folder() / "settings.ini") in shown
    assert str(paths.log_folder()) in shown
    assert any("GPL-3.0-or-later" in text for text in shown)
    texts = [dialog.tabs.widget(page).toPlainText() for page in (1, 2)]
    assert texts[0] == (ROOT / "LICENSE").read_text() and "GNU GENERAL PUBLIC LICENSE" in texts[0]
    assert texts[1] == (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text() and "Bitstream" in texts[1]  # the DejaVu fonts' licence
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["About", "Licence", "Fonts' licence"]


def test_without_the_licence_file_it_says_the_installation_is_incomplete_and_names_no_web_address(
    qtbot, store_path, monkeypatch
):
    from ui.dialogs import about_dialog

    monkeypatch.setattr(about_dialog, "licence_text", lambda: None)
    dialog = AboutDialog(store_path)
    qtbot.addWidget(dialog)
    text = dialog.tabs.widget(1).toPlainText()
    assert "GPL-3.0-or-later" in text and "incomplete" in text
    assert "http" not in text


def test_the_details_can_be_copied_and_each_folder_opened(qtbot, store_path, opened_folders):
    dialog = AboutDialog(store_path)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied and str(store_path) in copied and str(paths.log_folder()) in copied
    for button in dialog.open_buttons:
        button.click()
    assert opened_folders == [store_path.parent, paths.config_folder(), paths.log_folder()]


def test_in_portable_mode_it_says_where_the_data_folder_is(qtbot, store_path, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "portable_folder", lambda: tmp_path / "stick" / "data")
    dialog = AboutDialog(store_path)
    qtbot.addWidget(dialog)
    assert any("Portable mode" in text and str(tmp_path / "stick" / "data") in text for text in labels_of(dialog))


@pytest.mark.parametrize(("language", "expected"), [("ru", "О программе Committee Desk"), ("kk", "Committee Desk туралы")])
def test_it_speaks_the_users_language(qtbot, store_path, language, expected):
    switch = LanguageSwitch()
    switch.use(language)
    try:
        dialog = AboutDialog(store_path)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == expected
        assert any("GPL-3.0-or-later" in text for text in labels_of(dialog))
    finally:
        switch.use("en")


def test_the_app_icon_is_drawn_from_its_svg(qapp):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # Drawn, not blank: the red sheet and its gold seal give more than one colour.
    colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 3


def test_the_desktop_entry_names_the_icon_and_the_window():
    entry = configparser.RawConfigParser(strict=True)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "committee-app.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Icon"] == "committee-app"
    assert (ROOT / "resources" / "icons" / f"{fields['Icon']}.svg").is_file()
    assert fields["StartupWMClass"] == "Committee Desk"
    assert fields["TryExec"] == fields["Exec"].split()[0] == "committee-app"
    for language in ("", "[ru]", "[kk]"):
        assert fields[f"Keywords{language}"].endswith(";")
        assert fields[f"Name{language}"] and fields[f"Comment{language}"]

"""Help → Guide (F1): the secretary's guide shipped with the app, in the UI's language,
read offline; and the guide's pages themselves, the same in Kazakh, Russian and English."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from committee_app import shipped_files
from committee_app.i18n import LANGUAGES, LanguageSwitch
from committee_app.services import profile
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from ui.app import DeskController
from ui.guide_viewer import is_local
from ui.main_window import MainWindow
from ui.session import DeskSession
from ui.settings import DeskSettings

GUIDE = shipped_files.guide_folder()
PAGES = (
    "index.md", "first-start.md", "assembly.md", "demands.md", "backups.md", "laptop-taken.md", "security.md", "council.md",
)  # fmt: skip
# The first heading of each language's contents page, as the viewer shows it.
CONTENTS_TITLES = {
    "kk": "Committee Desk: хатшыға арналған нұсқаулық",
    "ru": "Committee Desk: руководство секретаря",
    "en": "Committee Desk: the secretary's guide",
}
# The first heading of each language's safety page.
SAFETY_TITLES = {
    "kk": "Қауіпсіздік: бағдарлама неден қорғайды, неден қорғамайды",
    "ru": "Безопасность: от чего программа защищает, а от чего нет",
    "en": "Safety: what the app protects, and what it does not",
}
VIEWER_TITLES = {"kk": "Committee Desk — нұсқаулық", "ru": "Committee Desk — руководство", "en": "Committee Desk — guide"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


@pytest.fixture
def in_language(qapp):
    switch = LanguageSwitch()
    yield switch.use
    switch.use("en")


@pytest.fixture
def window_in(qtbot, store, shown_messages):
    """The main window in a language; any message it shows is kept in shown_messages."""

    def make(language: str) -> MainWindow:
        window = MainWindow(DeskSession(store, DeskSettings(), language))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.load()
        return window

    return make


def press_f1(qtbot, window: MainWindow):
    QApplication.processEvents()  # a window just built takes its shortcuts once events run
    qtbot.keyClick(window.view("members").table, Qt.Key.Key_F1)
    viewer = window.guide_viewer
    assert viewer is not None
    qtbot.waitUntil(viewer.isVisible)
    return viewer


def shown_page(viewer) -> Path:
    return Path(viewer.page.source().toLocalFile())


def click_text(qtbot, page, text: str) -> None:
    """Click the middle of ``text`` on the page, as a mouse would."""
    found = page.document().find(text)
    assert not found.isNull(), text
    middle = QTextCursor(found)
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    page.ensureCursorVisible()
    page.setTextCursor(middle)
    page.ensureCursorVisible()
    point = page.cursorRect(middle).center()
    page.setTextCursor(QTextCursor(page.document()))
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton, pos=point)


def images_of(page) -> list[str]:
    names = []
    block = page.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            text_format = fragments.fragment().charFormat()
            if text_format.isImageFormat():
                names.append(text_format.toImageFormat().name())
            fragments += 1
        block = block.next()
    return names


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_opens_the_guide_at_its_contents_in_the_ui_language(qtbot, window_in, in_language, language):
    in_language(language)
    window = window_in(language)

    viewer = press_f1(qtbot, window)

    assert shown_page(viewer) == GUIDE / language / "index.md"
    assert viewer.windowTitle() == VIEWER_TITLES[language]
    assert viewer.page.document().toPlainText().startswith(CONTENTS_TITLES[language])
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_safety_opens_the_safety_page_in_the_ui_language(qtbot, window_in, in_language, language):
    in_language(language)
    window = window_in(language)
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.safety_action in help_menu.actions()

    window.safety_action.trigger()

    viewer = window.guide_viewer
    qtbot.waitUntil(viewer.isVisible)
    assert shown_page(viewer) == GUIDE / language / "security.md"
    assert viewer.page.document().toPlainText().startswith(SAFETY_TITLES[language])
    # The contents are one step away, and F1 still opens them.
    viewer.home_action.trigger()
    assert shown_page(viewer) == GUIDE / language / "index.md"
    viewer.close()
    window.safety_action.trigger()
    assert shown_page(window.guide_viewer) == GUIDE / language / "security.md"


def test_the_contents_link_to_the_safety_page(qtbot, window_in):
    viewer = press_f1(qtbot, window_in("en"))

    click_text(qtbot, viewer.page, "Safety: what the app protects")

    assert shown_page(viewer) == GUIDE / "en" / "security.md"


def test_a_link_opens_the_page_and_back_forward_and_contents_move_between_them(qtbot, window_in):
    window = window_in("en")
    viewer = press_f1(qtbot, window)
    assert not viewer.back_action.isEnabled()

    click_text(qtbot, viewer.page, "First start and the passphrase")

    assert shown_page(viewer) == GUIDE / "en" / "first-start.md"
    assert viewer.page.document().toPlainText().startswith("First start and the passphrase")
    viewer.back_action.trigger()
    assert shown_page(viewer) == GUIDE / "en" / "index.md"
    viewer.forward_action.trigger()
    assert shown_page(viewer) == GUIDE / "en" / "first-start.md"
    click_text(qtbot, viewer.page, "Backups and a new laptop")
    assert shown_page(viewer) == GUIDE / "en" / "backups.md"
    viewer.home_action.trigger()
    assert shown_page(viewer) == GUIDE / "en" / "index.md"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_its_pictures(qtbot, window_in, in_language, language):
    in_language(language)
    viewer = press_f1(qtbot, window_in(language))
    shown = 0
    for name in PAGES:
        viewer.page.setSource(QUrl.fromLocalFile(str(GUIDE / language / name)))
        for image in images_of(viewer.page):
            picture = viewer.page.image(image.split("?")[0])
            assert not picture.isNull(), (name, image)
            shown += 1
    assert shown >= 12


def test_a_picture_wider_than_the_window_is_shrunk_to_fit(qtbot, window_in):
    viewer = press_f1(qtbot, window_in("en"))
    viewer.resize(700, 600)
    viewer.page.setSource(QUrl.fromLocalFile(str(GUIDE / "en" / "assembly.md")))
    names = images_of(viewer.page)
    plan = next(name for name in names if "plan.png" in name)
    shown = viewer.page.document().resource(QTextDocument.ResourceType.ImageResource, viewer.page.document().baseUrl().resolved(QUrl(plan)))
    assert 0 < shown.width() <= viewer.page.viewport().width()
    assert viewer.page.image("images/plan.png").width() > shown.width()


def test_a_link_to_the_internet_is_not_followed(qtbot, window_in):
    viewer = press_f1(qtbot, window_in("en"))
    viewer.page.setHtml('<p>See <a href="https://example.org/strike">the news</a>.</p>')
    before = viewer.page.toPlainText()

    click_text(qtbot, viewer.page, "the news")

    assert viewer.page.refused == [QUrl("https://example.org/strike")]
    assert viewer.page.toPlainText() == before
    assert "never uses the network" in viewer.note.text()
    assert viewer.page.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("http://example.org/a.png")) is None


def test_a_missing_guide_says_the_installation_is_incomplete(qtbot, window_in, monkeypatch, shown_messages, tmp_path):
    monkeypatch.setattr(shipped_files, "guide_folder", lambda: tmp_path / "guide")
    window = window_in("en")
    QApplication.processEvents()

    qtbot.keyClick(window.view("members").table, Qt.Key.Key_F1)

    assert window.guide_viewer is None
    assert len(shown_messages) == 1
    icon, text = shown_messages[0]
    assert icon == QMessageBox.Icon.Warning
    assert "installation of Committee Desk is incomplete: index.md is missing" in text


def test_after_the_language_changes_the_guide_opens_in_the_new_one(qtbot, store_path, shown_messages, monkeypatch):
    from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog

    opened = Store.create(store_path, PASSPHRASE)
    profile.save_profile(opened, name="Стачком")
    opened.close()
    controller = DeskController(store_path, DeskSettings(), LanguageSwitch())
    try:
        controller.start()
        controller.unlock_dialog.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(controller.unlock_dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
        english = press_f1(qtbot, controller.window)
        assert shown_page(english) == GUIDE / "en" / "index.md"
        monkeypatch.setattr(SettingsDialog, "get_settings", classmethod(lambda cls, parent, current: (SettingsChoice("kk", 10, 7), True)))

        controller.window.settings_action.trigger()

        assert not english.isVisible()  # closed with the window it belonged to
        kazakh = press_f1(qtbot, controller.window)
        assert shown_page(kazakh) == GUIDE / "kk" / "index.md"
    finally:
        controller.languages.use("en")
        QApplication.instance().removeEventFilter(controller)
        if controller.store is not None:
            controller.store.close()
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()


# --- the pages ---------------------------------------------------------------------------


def test_every_language_has_the_same_pages():
    for language in LANGUAGES:
        assert sorted(path.name for path in (GUIDE / language).glob("*.md")) == sorted(PAGES), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_and_link_of_a_page_is_there(language):
    folder = GUIDE / language
    for name in PAGES:
        text = (folder / name).read_text(encoding="utf-8")
        for target in IMAGE.findall(text):
            assert (folder / target).is_file(), (name, target)
        for target in LINK.findall(text):
            assert not re.match(r"[a-z]+:", target), (name, target)  # nothing on the network
            assert (folder / target.split("#")[0]).is_file(), (name, target)
        if name != "index.md":
            assert "](index.md)" in text, name  # a way back to the contents


def test_the_languages_show_the_same_pictures():
    pictures = {
        language: sorted(target for name in PAGES for target in IMAGE.findall((GUIDE / language / name).read_text(encoding="utf-8")))
        for language in LANGUAGES
    }
    assert pictures["kk"] == pictures["ru"] == pictures["en"]


# The app's name and file formats are written in Latin letters in every language.
LATIN_NAMES = re.compile(r"Committee Desk|PDF|JSON|USB|Ctrl|Caps Lock")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_russian_and_kazakh_pages_have_no_english_headings(language):
    for name in PAGES:
        for line in (GUIDE / language / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                words = LATIN_NAMES.sub("", line)
                assert not re.search(r"[A-Za-z]{2,}", words), (name, line)
                assert re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", words), (name, line)


def test_the_kazakh_pages_are_written_in_kazakh():
    text = "".join((GUIDE / "kk" / name).read_text(encoding="utf-8") for name in PAGES)
    assert all(letter in text for letter in "әғқңөұүі")


@pytest.mark.parametrize("address", ["file://fileserver/share/guide.md", "//fileserver/share/guide.md", "ftp://example.org/a"])
def test_a_file_on_another_computer_is_not_local(address):
    # On Windows a file address with a host is a network share.
    assert not is_local(QUrl(address))
    assert is_local(QUrl("assembly.md")) and is_local(QUrl.fromLocalFile("/home/secretary/guide/index.md"))

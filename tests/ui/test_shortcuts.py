"""Shortcuts a user can find: in every command's tooltip and menu entry (a toolbar button's
menu too), and all of them in Help → Keyboard shortcuts, read from the window's actions."""

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from committee_app.i18n import LanguageSwitch
from committee_app.services import demands
from committee_app.vocabulary import DemandStatus
from ui.commands import plain_text, shortcuts_text
from ui.dialogs.shortcuts_dialog import ShortcutsDialog, ShortcutsModel
from ui.main_window import MainWindow
from ui.models.demands_model import DemandsTableModel
from ui.session import DeskSession
from ui.settings import DeskSettings

pytestmark = pytest.mark.usefixtures("unsynced_writes")

CTRL = Qt.KeyboardModifier.ControlModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def store(demo_store):
    """Every test here looks at the demo committee's records."""
    return demo_store


@pytest.fixture
def window(qtbot, session):
    shown = MainWindow(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.load()
    return shown


def with_shortcuts(window) -> list[QAction]:
    found = [action for action in window.findChildren(QAction) if action.shortcuts()]
    assert len(found) > 40  # the whole window was walked, its views' pages too
    return found


def visit_every_view(window) -> None:
    """Show each view with its first row selected, as tooltips that depend on the selection change then."""
    for index, view in enumerate(window.views):
        window.show_view(index)
        table = getattr(view, "table", None) or getattr(view, "list", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)


def listed(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    """(section, command, keys) of every command the dialog lists."""
    rows, section = [], ""
    model = dialog.model
    for row in range(model.rowCount()):
        command = model.index(row, ShortcutsModel.COMMAND).data()
        if model.is_heading(row):
            section = command
        else:
            rows.append((section, command, model.index(row, ShortcutsModel.KEYS).data()))
    return rows


def test_every_command_with_a_shortcut_shows_it_in_its_tooltip(window):
    visit_every_view(window)
    for action in with_shortcuts(window):
        keys = shortcuts_text(action)
        assert action.toolTip().endswith(f" ({keys})"), action.text()
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in action.toolTip()
    members = window.view("members")
    assert members.print_action.toolTip() == "Print member list (Ctrl+P)"
    assert members.edit_action.toolTip() == "Edit (Return, Enter, F2)"
    assert window.view_actions[0].toolTip() == "Members (Ctrl+1)"
    assert window.shortcuts_action.toolTip() == "Keyboard shortcuts (Ctrl+/)"
    assert window.guide_action.toolTip() == "Guide (F1)"


def test_the_toolbar_buttons_show_the_shortcut_in_their_tooltip(window):
    visit_every_view(window)
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if action.shortcuts() and button is not None:
                assert button.toolTip() == action.toolTip()
                assert shortcuts_text(action) in button.toolTip()


def test_a_tooltip_set_later_keeps_the_shortcut(window, store):
    final = demands.propose_demand(store, title="Снять с повестки", text="")
    demands.change_demand_status(store, final.id, DemandStatus.withdrawn)
    view = window.view("demands")
    window.show_view(window.views.index(view))
    shown = view.table.model()
    titles = [shown.index(row, DemandsTableModel.TITLE).data() for row in range(shown.rowCount())]
    view.table.selectRow(titles.index(final.title))
    assert view.status_action.toolTip().startswith("This demand is withdrawn, which is final")
    assert view.status_action.toolTip().endswith(" (Ctrl+Shift+S)")


def test_a_changed_text_or_shortcut_shows_in_the_tooltip(window):
    action = window.lock_action
    action.setText("&Lock the records")
    assert action.toolTip() == "Lock the records (Ctrl+L)"
    action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    assert action.toolTip() == "Lock the records (Ctrl+Shift+L)"
    action.setShortcuts([])
    assert action.toolTip() == "Lock the records"


@pytest.fixture
def shortcuts_hidden_in_context_menus(qapp):
    """Some desktops (their platform theme) hide shortcuts in every menu but the menu bar's."""
    hints = QApplication.styleHints()
    before = hints.showShortcutsInContextMenus()
    hints.setShowShortcutsInContextMenus(False)
    yield
    hints.setShowShortcutsInContextMenus(before)


def test_every_menu_shows_its_shortcuts_even_where_the_desktop_hides_them(window, shortcuts_hidden_in_context_menus):
    print_menu = window.view("assemblies").print_button.menu()
    assert [plain_text(action.text()) for action in print_menu.actions()] == [
        "Print agenda",
        "Print sign-in sheet",
        "Print minutes",
        "Print tally sheets",
    ]
    menus = window.findChildren(QMenu)
    assert print_menu in menus
    for menu in menus:
        for action in menu.actions():
            if action.shortcuts():
                assert action.isShortcutVisibleInContextMenu(), action.text()
    for action in with_shortcuts(window):
        assert action.isShortcutVisibleInContextMenu(), action.text()


def test_ctrl_slash_lists_every_shortcut_by_where_it_works(window, qtbot):
    qtbot.keyClick(window.view("members").table, Qt.Key.Key_Slash, CTRL)

    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Keyboard shortcuts"
    rows = listed(dialog)
    for action in with_shortcuts(window):
        assert any(command == plain_text(action.text()) and keys == shortcuts_text(action) for _, command, keys in rows), (
            action.text()
        )
    assert len(rows) == len(with_shortcuts(window))
    sections = list(dict.fromkeys(section for section, _, _ in rows))
    assert sections == [
        "Everywhere",
        "Members",
        "Assemblies",
        "Assemblies: Plan",
        "Assemblies: Attendance",
        "Assemblies: Minutes",
        "Demands",
        "Actions",
        "Backups",
        "Council",
    ]
    assert ("Everywhere", "Lock", "Ctrl+L") in rows
    assert ("Council", "Import a bundle", "Ctrl+I") in rows
    assert ("Everywhere", "Keyboard shortcuts", "Ctrl+/") in rows
    assert ("Everywhere", "Guide", "F1") in rows
    assert ("Members", "New member", "Ctrl+N") in rows
    assert ("Assemblies: Plan", "Add item", "Ctrl+Shift+N, Ins") in rows
    assert ("Assemblies: Minutes", "Record vote", "Ctrl+Shift+V") in rows
    assert ("Actions", "New action item", "Ctrl+N") in rows
    assert ("Actions", "Edit", "F2, Return, Enter") in rows
    dialog.reject()


def test_the_help_menu_offers_the_list(window):
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.shortcuts_action in help_menu.actions()


def test_no_two_commands_share_a_key_where_both_work(window):
    """A key given to two commands that work in the same place does neither (Qt calls it ambiguous)."""
    by_section = defaultdict(list)
    for section in window.shortcut_sections():
        for action in section.actions:
            by_section[section.title].extend(key.toString() for key in action.shortcuts())
    everywhere = by_section.pop("Everywhere")
    views = {title: keys for title, keys in by_section.items() if ": " not in title}
    for title, keys in by_section.items():
        view_keys = views[title.split(": ")[0]] if ": " in title else []
        working_there = everywhere + view_keys + keys
        clashes = sorted({key for key in working_there if working_there.count(key) > 1})
        assert clashes == [], title


def test_the_list_passes_the_model_tester(window):
    model = ShortcutsModel(window.shortcut_sections())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tester is not None
    assert model.rowCount() == len(with_shortcuts(window)) + len(window.shortcut_sections())
    # The keys move from command to command, past the headings.
    assert model.is_heading(0)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_in_russian_the_list_and_tooltips_are_russian(qtbot, store):
    switch = LanguageSwitch()
    switch.use("ru")
    try:
        window = MainWindow(DeskSession(store, DeskSettings(), "ru"))
        qtbot.addWidget(window)
        window.shortcuts_action.trigger()
        rows = listed(window.shortcuts_dialog)
        assert window.shortcuts_dialog.windowTitle() == "Сочетания клавиш"
        assert window.shortcuts_action.text() == "&Сочетания клавиш"
        assert ("Везде", "Сочетания клавиш", "Ctrl+/") in rows
        assert ("Поручения", "Новое поручение", "Ctrl+N") in rows
        assert window.view("actions").new_action.toolTip() == "Новое поручение (Ctrl+N)"
        window.shortcuts_dialog.reject()
    finally:
        switch.use("en")

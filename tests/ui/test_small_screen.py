"""On a 1366×768 laptop, at the window's default size there, every command of the assembly
pages is in sight and no column header is cut, in every language."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QTableView, QToolBar, QToolButton

from committee_app.i18n import LanguageSwitch
from committee_app.services import assemblies
from committee_app.vocabulary import AssemblyStatus
from ui import main_window
from ui.main_window import MainWindow
from ui.session import DeskSession
from ui.settings import DeskSettings

# A maximized window on a 1366×768 screen, less a panel and the title bar.
LAPTOP_WINDOW = QSize(1366, 768 - 32 - 28)


@pytest.fixture(params=["ru", "kk", "en"])
def laptop_window(request, qtbot, demo_store, shown_messages):
    store = demo_store
    switch = LanguageSwitch()
    switch.use(request.param)
    window = MainWindow(DeskSession(store, DeskSettings(), request.param))
    qtbot.addWidget(window)
    window.load()
    window.resize(LAPTOP_WINDOW)
    window.show()
    qtbot.waitExposed(window)
    yield window
    switch.use("en")


def assemblies_page(window: MainWindow):
    view = next(view for view in window.views if view.key == "assemblies")
    window.show_view(window.views.index(view))
    held = next(a for a in assemblies.list_assemblies(view.session.store) if a.status == AssemblyStatus.held)
    view.list.selectRow(view.list_model.row_of(held.id))
    return view


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def wholly_in_sight(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def cut_headers(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal)
        if header.sectionSize(column) < header.sectionSizeHint(column):
            cut.append(f"{text} ({header.sectionSize(column)} < {header.sectionSizeHint(column)})")
    if header.length() > table.viewport().width() + 1:
        cut.append(f"sideways scroll: {header.length()} > {table.viewport().width()}")
    return cut


def test_the_default_window_fills_a_laptop_screen(qtbot, store, monkeypatch):
    window = MainWindow(DeskSession(store, DeskSettings(), "en"))
    qtbot.addWidget(window)
    window._default_size()
    screen = window.screen().availableGeometry().size()
    if screen.width() < main_window.ROOMY_SIZE.width() + 100:
        assert window.windowState() & Qt.WindowState.WindowMaximized
        assert window.size() == screen
    else:
        assert window.size() == main_window.ROOMY_SIZE


def test_every_minutes_command_and_vote_header_is_in_sight(laptop_window, qtbot):
    view = assemblies_page(laptop_window)
    view.tabs.setCurrentWidget(view.minutes)
    settle(qtbot)
    page = view.minutes
    hidden = [button.text() for button in page.command_buttons.values() if not wholly_in_sight(button)]
    assert hidden == []
    assert page.votes_model.rowCount() > 0
    assert cut_headers(page.votes) == []
    assert cut_headers(page.tasks) == []


def test_the_assembly_list_and_the_other_pages_fit(laptop_window, qtbot):
    view = assemblies_page(laptop_window)
    for page in (view.plan, view.attendance):
        view.tabs.setCurrentWidget(page)
        settle(qtbot)
        for toolbar in page.findChildren(QToolBar) + view.findChildren(QToolBar):
            extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            assert extension is None or not extension.isVisible(), toolbar.windowTitle()
        for table in page.findChildren(QTableView):
            assert cut_headers(table) == []
    list_header = view.list.horizontalHeader()
    shown = [
        column for column in range(view.list_model.columnCount())
        if list_header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch
    ]
    assert [c for c in shown if list_header.sectionSize(c) < view.list.sizeHintForColumn(c)] == []
    assert cut_headers(view.list) == []
    buttons = [b for b in view.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    assert [b.text() for b in buttons if not wholly_in_sight(b)] == []

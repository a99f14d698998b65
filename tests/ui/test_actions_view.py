"""The actions view: open tasks by due date, overdue ones highlighted, set and changed here,
marked done or dropped, filtered by assignee."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolBar

from committee_app.i18n import LanguageSwitch
from committee_app.models import ActionItem
from committee_app.services.actions import (
    action_overview,
    add_action_item,
    agenda_item_choices,
    get_action_item,
    set_action_status,
)
from committee_app.services.assemblies import add_agenda_item, create_assembly, remove_agenda_item
from committee_app.services.members import add_member
from committee_app.vocabulary import ActionStatus
from ui.dialogs.action_item_dialog import ActionItemDialog, ActionItemForm
from ui.models.actions_model import ActionsTableModel
from ui.models.agenda_item_choices_model import AgendaItemChoicesModel
from ui.models.demands_model import PASSED_BACKGROUND
from ui.views.actions_view import ActionsView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

# The main window's size before the user changes it (MainWindow._restore_layout).
DEFAULT_WINDOW_WIDTH = 1100

Role = Qt.ItemDataRole
TODAY = date.today()


def short(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


@pytest.fixture
def view(qtbot, session):
    shown = ActionsView(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


@pytest.fixture
def tasks(store):
    """Four open tasks: two for Әлия (one overdue), one for Ерлан, one for nobody and undated."""
    aliya = add_member(store, full_name="Әлия Нұрланқызы")
    erlan = add_member(store, full_name="Ерлан Сейітов")
    item = add_agenda_item(store, create_assembly(store, number=3).id, title="Разное")
    return {
        "item": item,
        "overdue": add_action_item(
            store, text="Собрать подписи", assignee_id=aliya.id, due_on=TODAY - timedelta(days=3), agenda_item_id=item.id
        ),
        "soon": add_action_item(store, text="Позвонить юристу", assignee_id=erlan.id, due_on=TODAY + timedelta(days=1)),
        "later": add_action_item(store, text="Напечатать листовки", assignee_id=aliya.id, due_on=TODAY + timedelta(days=9)),
        "undated": add_action_item(store, text="Найти зал"),
        "aliya": aliya,
        "erlan": erlan,
    }


def column(view, number):
    model = view.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def texts(view):
    return column(view, ActionsTableModel.TEXT)


def select(view, text):
    view.table.setFocus()
    view.table.selectRow(texts(view).index(text))


def press(qtbot, view, key, modifiers):
    qtbot.keyClick(view.table, key, modifiers)


def assignee_choices(view):
    return [view.assignee.itemText(index) for index in range(view.assignee.count())]


def test_open_tasks_by_due_date_undated_last(view, tasks):
    view.load()

    assert texts(view) == ["Собрать подписи", "Позвонить юристу", "Напечатать листовки", "Найти зал"]
    assert column(view, ActionsTableModel.ASSIGNEE) == ["Әлия Нұрланқызы", "Ерлан Сейітов", "Әлия Нұрланқызы", ""]
    assert column(view, ActionsTableModel.DUE_ON) == [
        short(TODAY - timedelta(days=3)),
        short(TODAY + timedelta(days=1)),
        short(TODAY + timedelta(days=9)),
        "",
    ]
    assert column(view, ActionsTableModel.ASSEMBLY) == ["No. 3", "", "", ""]
    assert column(view, ActionsTableModel.STATUS) == ["Open"] * 4


def test_overdue_tasks_are_highlighted(view, tasks):
    view.load()
    model = view.table.model()

    for number in range(model.columnCount()):
        assert model.index(0, number).data(Role.BackgroundRole).color() == PASSED_BACKGROUND
    assert model.index(0, ActionsTableModel.TEXT).data(Role.ToolTipRole) == "Overdue by 3 days"
    for row in (1, 2, 3):
        assert model.index(row, ActionsTableModel.DUE_ON).data(Role.BackgroundRole) is None
        assert model.index(row, ActionsTableModel.DUE_ON).data(Role.ForegroundRole) is None


def test_a_done_task_is_not_overdue(view, store, tasks):
    set_action_status(store, tasks["overdue"].id, ActionStatus.done)
    view.show_closed.setChecked(True)

    row = texts(view).index("Собрать подписи")
    assert view.table.model().index(row, ActionsTableModel.STATUS).data() == "Done"
    assert view.table.model().index(row, ActionsTableModel.TEXT).data(Role.BackgroundRole) is None


def test_the_model_passes_the_model_tester(view, store, tasks):
    tester = QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view.load()
    view.assignee.setCurrentIndex(1)
    view.show_closed.setChecked(True)
    view.assignee.setCurrentIndex(0)
    view.clear()
    assert tester is not None


def test_mark_done_with_ctrl_d_asks_nothing_and_removes_it_from_the_list(view, store, tasks, qtbot, answers):
    view.load()
    select(view, "Позвонить юристу")

    press(qtbot, view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    assert answers.asked == []
    assert texts(view) == ["Собрать подписи", "Напечатать листовки", "Найти зал"]
    statuses = {row.id: row.status for row in action_overview(store, include_closed=True)}
    assert statuses[tasks["soon"].id] is ActionStatus.done
    # The selection moves on to the next task, ready for the next key.
    assert view.selected().text == "Напечатать листовки"


def test_mark_dropped_asks_and_no_keeps_the_task(view, store, tasks, qtbot, answers):
    view.load()
    select(view, "Найти зал")
    answers.queue.append(False)

    press(qtbot, view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert len(answers.asked) == 1
    assert "Найти зал" in answers.asked[0]
    assert "Найти зал" in texts(view)
    assert {row.status for row in action_overview(store, include_closed=True)} == {ActionStatus.open}


def test_mark_dropped_with_yes_drops_the_task(view, store, tasks, answers):
    view.load()
    select(view, "Найти зал")
    answers.queue.append(True)

    view.dropped_action.trigger()

    assert "Найти зал" not in texts(view)
    statuses = {row.id: row.status for row in action_overview(store, include_closed=True)}
    assert statuses[tasks["undated"].id] is ActionStatus.dropped


def test_show_done_and_dropped_then_reopen(view, store, tasks):
    set_action_status(store, tasks["later"].id, ActionStatus.done)
    set_action_status(store, tasks["undated"].id, ActionStatus.dropped)
    view.load()
    assert texts(view) == ["Собрать подписи", "Позвонить юристу"]

    view.show_closed.setChecked(True)
    assert texts(view) == ["Собрать подписи", "Позвонить юристу", "Напечатать листовки", "Найти зал"]
    assert column(view, ActionsTableModel.STATUS) == ["Open", "Open", "Done", "Dropped"]

    select(view, "Напечатать листовки")
    assert not view.done_action.isEnabled()
    assert not view.dropped_action.isEnabled()
    assert view.reopen_action.isEnabled()
    view.reopen_action.trigger()

    assert column(view, ActionsTableModel.STATUS) == ["Open", "Open", "Open", "Dropped"]
    view.show_closed.setChecked(False)
    assert texts(view) == ["Собрать подписи", "Позвонить юристу", "Напечатать листовки"]


def test_filter_by_assignee(view, tasks):
    view.load()
    assert assignee_choices(view) == ["Everyone", "Ерлан Сейітов", "Әлия Нұрланқызы", "Not assigned"]

    view.assignee.setCurrentIndex(assignee_choices(view).index("Әлия Нұрланқызы"))
    assert texts(view) == ["Собрать подписи", "Напечатать листовки"]

    view.assignee.setCurrentIndex(assignee_choices(view).index("Not assigned"))
    assert texts(view) == ["Найти зал"]

    view.assignee.setCurrentIndex(0)
    assert len(texts(view)) == 4


def test_the_assignee_filter_stays_across_reloads_until_the_assignee_has_no_task(view, store, tasks):
    view.load()
    view.assignee.setCurrentIndex(assignee_choices(view).index("Ерлан Сейітов"))
    select(view, "Позвонить юристу")
    add_action_item(store, text="Встретить делегатов", assignee_id=tasks["erlan"].id)

    view.load()
    assert view.assignee.currentText() == "Ерлан Сейітов"
    assert texts(view) == ["Позвонить юристу", "Встретить делегатов"]
    assert view.selected().text == "Позвонить юристу"

    for row in list(action_overview(store)):
        if row.assignee_id == tasks["erlan"].id:
            set_action_status(store, row.id, ActionStatus.done)
    view.load()
    assert view.assignee.currentText() == "Everyone"
    assert "Ерлан Сейітов" not in assignee_choices(view)
    assert texts(view) == ["Собрать подписи", "Напечатать листовки", "Найти зал"]


def test_nothing_selected_disables_the_commands(view, tasks):
    view.load()
    assert not any(action.isEnabled() for action in (view.done_action, view.dropped_action, view.reopen_action))
    select(view, "Найти зал")
    assert view.done_action.isEnabled() and view.dropped_action.isEnabled()
    assert not view.reopen_action.isEnabled()


def test_clear_drops_every_record(view, tasks):
    view.load()
    select(view, "Найти зал")

    view.clear()

    assert view.model.rowCount() == 0
    assert assignee_choices(view) == ["Everyone"]
    assert not view.done_action.isEnabled()


# --- setting and changing a task ------------------------------------------------------------

CTRL = Qt.KeyboardModifier.ControlModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier


class DialogAnswers:
    """Stands in for the user at the action item dialog: each answer fills the real dialog
    (or looks at it) and clicks OK, or cancels; the dialogs shown are kept."""

    def __init__(self, monkeypatch):
        self.queue = []
        self.shown: list[ActionItemDialog] = []
        monkeypatch.setattr(ActionItemDialog, "exec", lambda shown: self._answer(shown))

    def fill(self, filling, *, accept: bool = True) -> None:
        self.queue.append((filling, accept))

    def _answer(self, dialog: ActionItemDialog) -> int:
        filling, accept = self.queue.pop(0)
        self.shown.append(dialog)
        filling(dialog)
        if accept:
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert ok.isEnabled(), dialog.problem.text()
            ok.click()
        else:
            dialog.reject()
        return dialog.result()


@pytest.fixture
def dialog(monkeypatch):
    return DialogAnswers(monkeypatch)


def choices(combo):
    return [combo.itemText(index) for index in range(combo.count())]


def choose(combo, text):
    combo.setCurrentIndex(choices(combo).index(text))


def test_ctrl_n_sets_a_task_outside_any_assembly_and_selects_it(view, store, tasks, qtbot, dialog):
    view.load()
    select(view, "Позвонить юристу")

    def new_task(shown):
        assert shown.windowTitle() == "New action item"
        assert shown.status is None  # a new task is open
        assert choices(shown.agenda_item) == ["— none: not set at an assembly —", "No. 3, item 1: Разное"]
        assert shown.agenda_item.currentIndex() == 0
        shown.text.setPlainText("Заказать автобус на митинг")
        choose(shown.assignee, "Ерлан Сейітов")
        shown.has_due_date.setChecked(True)
        shown.due_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))

    dialog.fill(new_task)
    press(qtbot, view, Qt.Key.Key_N, CTRL)

    assert view.selected().text == "Заказать автобус на митинг"
    row = texts(view).index("Заказать автобус на митинг")
    assert column(view, ActionsTableModel.ASSIGNEE)[row] == "Ерлан Сейітов"
    assert column(view, ActionsTableModel.DUE_ON)[row] == short(TODAY)
    assert column(view, ActionsTableModel.ASSEMBLY)[row] == ""
    saved = get_action_item(store, view.selected().id)
    assert (saved.agenda_item_id, saved.status) == (None, ActionStatus.open)


def test_a_new_task_may_belong_to_an_agenda_item_and_shows_though_the_filter_hid_it(view, store, tasks, qtbot, dialog):
    view.load()
    choose(view.assignee, "Ерлан Сейітов")

    def new_task(shown):
        shown.text.setPlainText("Отпечатать протокол")
        choose(shown.agenda_item, "No. 3, item 1: Разное")

    dialog.fill(new_task)
    view.new_action.trigger()

    assert view.assignee.currentText() == "Everyone"
    assert view.selected().text == "Отпечатать протокол"
    assert column(view, ActionsTableModel.ASSEMBLY)[texts(view).index("Отпечатать протокол")] == "No. 3"
    assert get_action_item(store, view.selected().id).agenda_item_id == tasks["item"].id


def test_an_agenda_item_is_named_with_its_assembly_date(view, store, tasks, dialog):
    dated = create_assembly(store, number=4, starts_at=datetime(2026, 12, 5, 18, 30))
    add_agenda_item(store, dated.id, title="Требования к работодателю")
    view.load()
    dialog.fill(lambda shown: None, accept=False)

    view.new_action.trigger()

    day = short(date(2026, 12, 5))
    assert choices(dialog.shown[0].agenda_item)[1:] == [
        f"No. 4 of {day}, item 1: Требования к работодателю",
        "No. 3, item 1: Разное",
    ]


def test_a_cancelled_new_task_adds_nothing(view, store, tasks, qtbot, dialog):
    view.load()
    dialog.fill(lambda shown: shown.text.setPlainText("Не сохранять"), accept=False)
    press(qtbot, view, Qt.Key.Key_N, CTRL)
    assert len(action_overview(store, include_closed=True)) == 4
    assert "Не сохранять" not in texts(view)


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_f2_or_return_opens_the_task_as_it_is_and_saves_the_change(view, store, tasks, qtbot, dialog, key):
    view.load()
    select(view, "Собрать подписи")
    due = TODAY - timedelta(days=3)

    def change(shown):
        assert shown.windowTitle() == "Edit action item"
        assert shown.text.toPlainText() == "Собрать подписи"
        assert shown.assignee.currentText() == "Әлия Нұрланқызы"
        assert shown.has_due_date.isChecked()
        assert shown.due_on.date() == QDate(due.year, due.month, due.day)
        assert shown.agenda_item.currentText() == "No. 3, item 1: Разное"
        assert shown.status.currentText() == "Open"
        shown.text.setPlainText("Собрать подписи под требованиями")
        choose(shown.assignee, "Ерлан Сейітов")
        shown.has_due_date.setChecked(False)
        choose(shown.agenda_item, "— none: not set at an assembly —")

    dialog.fill(change)
    press(qtbot, view, key, NO_KEYS)

    assert len(dialog.shown) == 1
    saved = get_action_item(store, tasks["overdue"].id)
    assert (saved.text, saved.assignee_id, saved.due_on, saved.agenda_item_id) == (
        "Собрать подписи под требованиями",
        tasks["erlan"].id,
        None,
        None,
    )
    assert view.selected().id == tasks["overdue"].id


def test_a_double_click_edits_the_task(view, tasks, qtbot, dialog):
    view.load()
    row = texts(view).index("Найти зал")
    dialog.fill(lambda shown: shown.text.setPlainText("Найти зал на 300 человек"))
    cell = view.table.visualRect(view.model.index(row, ActionsTableModel.TEXT)).center()

    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    assert view.selected().text == "Найти зал на 300 человек"


def test_after_an_edit_the_list_keeps_its_selection_and_scroll_position(view, store, qtbot, dialog):
    for number in range(1, 81):
        add_action_item(store, text=f"Задача {number:02}", due_on=TODAY + timedelta(days=number))
    view.resize(700, 300)
    view.load()
    select(view, "Задача 60")
    view.table.scrollTo(view.model.index(59, 0), view.table.ScrollHint.PositionAtCenter)
    scrolled = view.table.verticalScrollBar().value()
    assert scrolled > 0

    dialog.fill(lambda shown: shown.text.setPlainText("Задача 60, исправленная"))
    press(qtbot, view, Qt.Key.Key_F2, NO_KEYS)

    assert view.selected().text == "Задача 60, исправленная"
    assert view.table.verticalScrollBar().value() == scrolled


def test_a_task_marked_done_in_the_dialog_leaves_the_open_list_and_the_next_is_selected(
    view, store, tasks, qtbot, dialog
):
    view.load()
    select(view, "Позвонить юристу")
    dialog.fill(lambda shown: choose(shown.status, "Done"))

    press(qtbot, view, Qt.Key.Key_F2, NO_KEYS)

    assert "Позвонить юристу" not in texts(view)
    assert get_action_item(store, tasks["soon"].id).status is ActionStatus.done
    assert view.selected().text == "Напечатать листовки"


def test_a_dropped_task_is_reopened_through_the_dialog(view, store, tasks, qtbot, dialog):
    set_action_status(store, tasks["undated"].id, ActionStatus.dropped)
    view.show_closed.setChecked(True)
    select(view, "Найти зал")

    def reopen(shown):
        assert shown.status.currentText() == "Dropped"
        choose(shown.status, "Open")

    dialog.fill(reopen)
    press(qtbot, view, Qt.Key.Key_F2, NO_KEYS)

    assert get_action_item(store, tasks["undated"].id).status is ActionStatus.open
    assert view.selected().text == "Найти зал"


def test_a_cancelled_edit_changes_nothing(view, store, tasks, qtbot, dialog):
    view.load()
    select(view, "Найти зал")
    dialog.fill(lambda shown: shown.text.setPlainText("Другое"), accept=False)
    press(qtbot, view, Qt.Key.Key_F2, NO_KEYS)
    assert get_action_item(store, tasks["undated"].id).text == "Найти зал"
    assert view.selected().text == "Найти зал"


def test_editing_a_task_deleted_meanwhile_says_so_and_takes_it_off_the_list(
    view, store, tasks, qtbot, dialog, shown_messages
):
    view.load()
    select(view, "Найти зал")
    with store.session() as session:
        session.delete(session.get(ActionItem, tasks["undated"].id))

    press(qtbot, view, Qt.Key.Key_F2, NO_KEYS)

    assert dialog.shown == []
    assert shown_messages == [(QMessageBox.Icon.Warning, "This action item no longer exists.")]
    assert "Найти зал" not in texts(view)


def test_an_agenda_item_removed_while_the_dialog_was_open_is_named_and_nothing_changes(
    view, store, tasks, qtbot, dialog, shown_messages
):
    view.load()
    select(view, "Собрать подписи")

    def change_then_lose_the_item(shown):
        shown.text.setPlainText("Собрать подписи заново")
        remove_agenda_item(store, tasks["item"].id)

    dialog.fill(change_then_lose_the_item)
    press(qtbot, view, Qt.Key.Key_F2, NO_KEYS)

    assert shown_messages == [(QMessageBox.Icon.Warning, "This agenda item no longer exists.")]
    assert get_action_item(store, tasks["overdue"].id).text == "Собрать подписи"
    assert view.selected().text == "Собрать подписи"
    assert column(view, ActionsTableModel.ASSEMBLY)[0] == ""  # the item went: the task has none now


def test_edit_waits_for_a_selected_task(view, tasks, dialog):
    view.load()
    assert view.new_action.isEnabled()
    assert not view.edit_action.isEnabled()
    view.edit_action.trigger()
    assert dialog.shown == []
    select(view, "Найти зал")
    assert view.edit_action.isEnabled()


def test_the_dialog_gives_back_what_it_was_given(qtbot):
    current = ActionItemForm("Собрать подписи", None, date(2026, 12, 5), None, ActionStatus.dropped)
    shown = ActionItemDialog([], date(2026, 11, 1), agenda_items=[], current=current)
    qtbot.addWidget(shown)
    assert shown.form() == current
    assert choices(shown.status) == ["Open", "Done", "Dropped"]


def test_the_agenda_item_choices_pass_the_model_tester(store, tasks, qapp):
    model = AgendaItemChoicesModel(agenda_item_choices(store), "— none —")
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tester is not None
    assert [model.item_id(row) for row in range(model.rowCount())] == [None, tasks["item"].id]
    assert model.row_of(tasks["item"].id) == 1
    assert model.row_of(4242) == 0


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_command_and_filter_is_in_sight_at_the_default_window_width(qtbot, session, language):
    switch = LanguageSwitch()
    switch.use(language)
    try:
        shown = ActionsView(session)
        qtbot.addWidget(shown)
        shown.resize(DEFAULT_WINDOW_WIDTH, 600)
        shown.show()
        qtbot.waitExposed(shown)
        toolbar = shown.findChild(QToolBar)
        for action in (shown.new_action, shown.edit_action, shown.done_action, shown.dropped_action, shown.reopen_action):
            assert toolbar.widgetForAction(action).isVisible(), action.text()
        assert shown.assignee.isVisible()
        assert shown.show_closed.isVisible()
        assert shown.show_closed.geometry().right() < shown.width()
    finally:
        switch.use("en")

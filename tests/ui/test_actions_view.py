"""The actions view: open tasks by due date, overdue ones highlighted, marked done or dropped,
filtered by assignee."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester

from committee_app.services.actions import action_overview, add_action_item, set_action_status
from committee_app.services.assemblies import add_agenda_item, create_assembly
from committee_app.services.members import add_member
from committee_app.vocabulary import ActionStatus
from ui.models.actions_model import ActionsTableModel
from ui.models.demands_model import PASSED_BACKGROUND
from ui.views.actions_view import ActionsView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

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

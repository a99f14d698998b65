"""The demands view: the list with the adopting vote, status changes by the rules with their
history, deadlines that need chasing, and the follow-up with the counterparty."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from committee_app.labels import label, priority_label
from committee_app.rules import demand_status_label
from committee_app.services.assemblies import add_agenda_item, create_assembly, record_vote, set_presence
from committee_app.services.demands import (
    adopt_demand,
    carried_votes,
    change_demand_status,
    demand_history,
    demand_overview,
    get_demand,
    propose_demand,
    update_demand,
)
from committee_app.services.members import add_member
from committee_app.vocabulary import DemandCategory, DemandStatus
from ui.dialogs.day_field import DayField
from ui.dialogs.demand_dialog import DemandDialog, DemandWording, FollowUp, FollowUpDialog, NewDemand
from ui.dialogs.demand_status_dialog import DemandStatusDialog, StatusChange
from ui.dialogs.vote_dialog import AdoptDemandDialog
from ui.models.demands_model import (
    NEAR_BACKGROUND,
    PASSED_BACKGROUND,
    DemandHistoryModel,
    DemandsTableModel,
)
from ui.views.demands_view import DemandsView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

S = DemandStatus
Role = Qt.ItemDataRole
MEETING = datetime(2026, 1, 12, 18, 30)


def short(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def assembly_vote(store, *, votes_for=2, votes_against=0, votes_abstain=1):
    """Assembly No. 2 with three members present and one carried vote on its demands."""
    assembly = create_assembly(store, number=2, starts_at=MEETING, title="Общее собрание")
    for name in ("Қайрат", "Ерлан", "Әлия"):
        set_presence(store, assembly.id, add_member(store, full_name=name).id, "present")
    item = add_agenda_item(store, assembly.id, title="Требования к администрации")
    return record_vote(
        store,
        item.id,
        question="Принять требования?",
        votes_for=votes_for,
        votes_against=votes_against,
        votes_abstain=votes_abstain,
    )


# QTest types ASCII only (other characters abort the process): typed text is English here,
# while the records made through the services are in Russian and Kazakh.


def check_model(model):
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


@pytest.fixture
def view(qtbot, session):
    shown = DemandsView(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def column(view, number):
    """What the list shows in ``number`` (a DemandsTableModel column), top to bottom."""
    proxy = view.table.model()
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def select(view, title):
    row = column(view, DemandsTableModel.TITLE).index(title)
    view.table.setFocus()
    view.table.selectRow(row)


def history(view):
    model = view.history_model
    return [
        (model.index(row, DemandHistoryModel.CHANGE).data(), model.index(row, DemandHistoryModel.NOTE).data())
        for row in range(model.rowCount())
    ]


def press(qtbot, view, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(view.table, key, modifiers)


# --- The list -------------------------------------------------------------------


def test_the_list_shows_the_adopting_assembly_and_vote(view, store):
    vote = assembly_vote(store)
    demand = propose_demand(store, title="Индексация зарплаты", category="wages", addressed_to="Директору")
    adopt_demand(store, demand.id, vote.id)
    propose_demand(store, title="Спецодежда", category="conditions")

    view.load()

    assert column(view, DemandsTableModel.TITLE) == ["Индексация зарплаты", "Спецодежда"]
    assert column(view, DemandsTableModel.CATEGORY) == ["Wages", "Working conditions"]
    assert column(view, DemandsTableModel.STATUS) == ["Adopted", "Proposed"]
    assert column(view, DemandsTableModel.ADOPTED_BY) == [f"No. 2, {short(MEETING.date())} (2–0–1)", ""]
    assert column(view, DemandsTableModel.ADDRESSED_TO) == ["Директору", ""]
    tooltip = view.table.model().index(0, DemandsTableModel.ADOPTED_BY).data(Role.ToolTipRole)
    assert "Принять требования?" in tooltip


def test_the_models_pass_the_model_tester(view, store):
    vote = assembly_vote(store)
    demand = propose_demand(store, title="Индексация", deadline=date.today())
    adopt_demand(store, demand.id, vote.id, note="Единогласно")
    propose_demand(store, title="Спецодежда")
    testers = [check_model(view.model), check_model(view.proxy), check_model(view.history_model)]

    view.load()
    select(view, "Индексация")
    view.table.sortByColumn(DemandsTableModel.DEADLINE, Qt.SortOrder.DescendingOrder)
    view.filter.setCurrentIndex(1)
    view.filter.setCurrentIndex(2)
    view.clear()

    assert len(testers) == 3


def test_the_status_filter_shows_demands_in_progress_or_closed(view, store):
    propose_demand(store, title="Предложено")
    adopted = propose_demand(store, title="Принято")
    change_demand_status(store, adopted.id, S.adopted)
    presented = demand_through(store, "Предъявлено", [S.adopted, S.presented])
    demand_through(store, "На переговорах", [S.adopted, S.presented, S.under_negotiation])
    met = propose_demand(store, title="Выполнено")
    change_demand_status(store, met.id, S.adopted)
    change_demand_status(store, met.id, S.met)
    rejected = propose_demand(store, title="Отклонено")
    change_demand_status(store, rejected.id, S.rejected)
    view.load()

    def titles():
        return sorted(column(view, DemandsTableModel.TITLE))

    assert titles() == ["Выполнено", "На переговорах", "Отклонено", "Предложено", "Предъявлено", "Принято"]
    view.filter.setCurrentIndex(view.filter.findText("In progress"))
    assert titles() == ["На переговорах", "Предложено", "Предъявлено", "Принято"]
    view.filter.setCurrentIndex(view.filter.findText("Closed"))
    assert titles() == ["Выполнено", "Отклонено"]
    view.filter.setCurrentIndex(view.filter.findText("Presented"))
    assert titles() == ["Предъявлено"]
    assert view.selected_id() == presented.id
    view.filter.setCurrentIndex(view.filter.findText("Under negotiation"))
    assert titles() == ["На переговорах"]
    view.filter.setCurrentIndex(view.filter.findText("Partially met"))
    assert titles() == []


def test_the_filter_offers_every_status_in_the_order_of_the_process(view):
    statuses = [view.filter.itemData(index) for index in range(view.filter.count())]
    shown = [status for status in statuses if status in {each.value for each in DemandStatus}]
    assert shown == [
        "proposed", "adopted", "presented", "under_negotiation", "partially_met", "met", "refused", "rejected", "withdrawn"
    ]


def demand_through(store, title, statuses, **fields):
    demand = propose_demand(store, title=title, **fields)
    for status in statuses:
        change_demand_status(store, demand.id, status)
    return demand


def test_sorting_by_deadline_puts_demands_without_one_last(view, store):
    propose_demand(store, title="Без срока", priority=0)
    propose_demand(store, title="Позже", deadline="2026-03-10", priority=1)
    propose_demand(store, title="Раньше", deadline="2026-03-01", priority=2)
    view.load()
    assert column(view, DemandsTableModel.TITLE) == ["Без срока", "Позже", "Раньше"]

    view.table.sortByColumn(DemandsTableModel.DEADLINE, Qt.SortOrder.AscendingOrder)

    assert column(view, DemandsTableModel.TITLE) == ["Раньше", "Позже", "Без срока"]


# --- Deadlines ------------------------------------------------------------------


def test_deadlines_passed_near_and_far_are_told_apart(view, store):
    today = date.today()
    for title, days in (("Просрочено", -2), ("Скоро", 2), ("Сегодня", 0), ("Не скоро", 30)):
        demand = propose_demand(store, title=title, deadline=today + timedelta(days=days))
        change_demand_status(store, demand.id, S.adopted)
    demand_through(store, "Предъявлено", [S.adopted, S.presented], deadline=today - timedelta(days=1))
    demand_through(store, "Переговоры", [S.adopted, S.under_negotiation], deadline=today + timedelta(days=1))
    # Still only proposed: nothing has been presented, so nothing to chase.
    propose_demand(store, title="Не предъявлено", deadline=today - timedelta(days=5))
    view.load()

    def cell(title, role):
        row = column(view, DemandsTableModel.TITLE).index(title)
        return view.table.model().index(row, DemandsTableModel.DEADLINE).data(role)

    assert cell("Просрочено", Role.DisplayRole) == short(today - timedelta(days=2))
    assert cell("Просрочено", Role.BackgroundRole).color() == PASSED_BACKGROUND
    assert cell("Просрочено", Role.ToolTipRole) == "Deadline passed 2 days ago"
    assert cell("Просрочено", Role.FontRole).bold()
    assert cell("Скоро", Role.BackgroundRole).color() == NEAR_BACKGROUND
    assert cell("Скоро", Role.ToolTipRole) == "Deadline in 2 days"
    assert cell("Сегодня", Role.BackgroundRole).color() == NEAR_BACKGROUND
    assert cell("Сегодня", Role.ToolTipRole) == "Deadline is today"
    assert cell("Предъявлено", Role.ToolTipRole) == "Deadline passed yesterday"
    assert cell("Переговоры", Role.ToolTipRole) == "Deadline is tomorrow"
    assert PASSED_BACKGROUND != NEAR_BACKGROUND
    for quiet in ("Не скоро", "Не предъявлено"):
        assert cell(quiet, Role.BackgroundRole) is None
        assert cell(quiet, Role.ForegroundRole) is None
        assert cell(quiet, Role.ToolTipRole) is None


@pytest.mark.parametrize(
    ("statuses", "response"),
    [
        ([S.adopted], "Письменный отказ от 20.01"),
        ([S.adopted, S.presented, S.under_negotiation], "Обещали ответить к 1 марта"),
        ([S.adopted, S.partially_met], ""),
        ([S.adopted, S.met], ""),
        ([S.adopted, S.refused], ""),
        ([S.adopted, S.withdrawn], ""),
        ([S.rejected], ""),
    ],
)
def test_the_deadline_is_no_longer_highlighted_once_answered(view, store, statuses, response):
    demand = demand_through(store, "Индексация", statuses, deadline=date.today() - timedelta(days=3))
    update_demand(store, demand.id, response=response)
    view.load()

    index = view.table.model().index(0, DemandsTableModel.DEADLINE)
    assert index.data(Role.DisplayRole) == short(date.today() - timedelta(days=3))
    assert index.data(Role.BackgroundRole) is None
    assert index.data(Role.FontRole) is None
    assert index.data(Role.ToolTipRole) is None
    assert view.deadline.text() == short(date.today() - timedelta(days=3))


# --- Changing the status --------------------------------------------------------


def offered(dialog):
    return [dialog.status.itemData(index) for index in range(dialog.status.count())]


@pytest.mark.parametrize(
    ("current", "offered_statuses"),
    [
        (S.proposed, [S.adopted, S.rejected, S.withdrawn]),
        (S.adopted, [S.presented, S.under_negotiation, S.partially_met, S.met, S.refused, S.withdrawn]),
        (S.presented, [S.under_negotiation, S.partially_met, S.met, S.refused, S.withdrawn]),
        (S.under_negotiation, [S.met, S.partially_met, S.refused, S.withdrawn]),
        (S.partially_met, [S.under_negotiation, S.met, S.refused]),
    ],
)
def test_the_status_dialog_offers_the_allowed_changes_next_step_first(qtbot, current, offered_statuses):
    dialog = DemandStatusDialog("Индексация", current, [])
    qtbot.addWidget(dialog)
    assert offered(dialog) == offered_statuses
    assert [dialog.status.itemText(index) for index in range(dialog.status.count())] == [
        label(s) for s in offered_statuses
    ]
    # The natural next step is chosen, never "withdrawn".
    assert dialog.chosen_status() is offered_statuses[0]
    assert dialog.chosen_status() is not S.withdrawn


def test_adopting_through_the_dialog_needs_the_vote_and_keeps_the_note(qtbot, store):
    vote = assembly_vote(store)
    dialog = DemandStatusDialog("Индексация", S.proposed, carried_votes(store))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    assert dialog.chosen_status() is S.adopted
    assert dialog.vote.isVisible()
    assert not ok.isEnabled()
    assert "Choose the vote" in dialog.problem.text()
    assert dialog.vote.itemText(1) == f"No. 2, {short(MEETING.date())}: Принять требования? (2–0–1)"

    assert dialog.change().on == date.today()
    dialog.vote.setCurrentIndex(1)
    qtbot.keyClicks(dialog.note, "Unanimous, after a debate")

    # Adopted on the day of the assembly that voted.
    assert ok.isEnabled()
    assert dialog.change() == StatusChange(S.adopted, "Unanimous, after a debate", vote.id, MEETING.date())

    dialog.status.setCurrentIndex(offered(dialog).index(S.rejected))
    assert not dialog.vote.isVisible()
    assert ok.isEnabled()
    assert "final" in dialog.final_warning.text()
    assert dialog.change() == StatusChange(S.rejected, "Unanimous, after a debate", None, MEETING.date())


def test_adopting_without_a_recorded_vote(qtbot):
    dialog = DemandStatusDialog("Индексация", S.proposed, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_votes_hint.isVisible()
    dialog.vote.setCurrentIndex(dialog.vote.count() - 1)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.change() == StatusChange(S.adopted, "", None, date.today())


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_dialog(qtbot, current, **kwargs):
    dialog = DemandStatusDialog("Индексация", current, [], **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Active, so that Tab into the date selects its day as it does for a user.
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


@pytest.mark.parametrize("typed", ["{day:%d.%m.%Y}", "{day:%d%m%Y}", "{day.day}.{day.month}.{day.year}"])
def test_the_date_is_typed_with_the_keys_from_the_status_choice(qtbot, typed):
    day = date.today() - timedelta(days=40)
    dialog = open_dialog(qtbot, S.adopted)
    dialog.status.setFocus()

    qtbot.keyClick(dialog.status, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.on
    qtbot.keyClicks(dialog.on, typed.format(day=day))

    assert dialog.on.text() == f"{day:%d.%m.%Y}"
    assert dialog.change().on == day
    assert ok_button(dialog).isEnabled()


def test_the_date_defaults_to_today_with_four_digits_for_the_year(qtbot):
    dialog = open_dialog(qtbot, S.proposed)
    assert isinstance(dialog.on, DayField)
    assert dialog.on.text() == f"{date.today():%d.%m.%Y}"
    assert dialog.change().on == date.today()


def test_a_date_in_the_future_or_before_the_last_change_is_refused_inline(qtbot):
    last_change = date.today() - timedelta(days=5)
    dialog = open_dialog(qtbot, S.adopted, earliest=last_change)

    dialog.on.setDate(QDate.currentDate().addDays(1))
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem.text() == f"The date cannot be in the future: today is {short(date.today())}."

    dialog.on.setDate(QDate.currentDate().addDays(-6))
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem.text() == f"The date cannot be before the demand's last change, on {short(last_change)}."

    dialog.on.setDate(QDate.currentDate().addDays(-5))
    assert ok_button(dialog).isEnabled()
    assert not dialog.problem.isVisible()


def test_presenting_asks_for_the_day_presented(qtbot):
    dialog = open_dialog(qtbot, S.adopted)
    assert dialog.chosen_status() is S.presented
    assert dialog.on_label.text() == "&Presented on:"

    dialog.status.setCurrentIndex(offered(dialog).index(S.under_negotiation))
    assert dialog.on_label.text() == "&Date:"


@pytest.mark.parametrize(
    ("current", "final"),
    [(S.proposed, S.rejected), (S.proposed, S.withdrawn), (S.under_negotiation, S.met), (S.presented, S.refused)],
)
def test_a_final_status_is_asked_about_and_no_keeps_the_dialog_as_typed(qtbot, answers, current, final):
    dialog = open_dialog(qtbot, current)
    dialog.status.setCurrentIndex(offered(dialog).index(final))
    qtbot.keyClicks(dialog.note, "Decided at the meeting")
    answers.queue = [False]

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert len(answers.asked) == 1
    assert "cannot be undone" in answers.asked[0]
    assert demand_status_label(final) in answers.asked[0]
    assert dialog.isVisible()
    assert dialog.result() != DemandStatusDialog.DialogCode.Accepted
    assert dialog.note.toPlainText() == "Decided at the meeting"

    answers.queue = [True]
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert len(answers.asked) == 2
    assert dialog.result() == DemandStatusDialog.DialogCode.Accepted
    assert dialog.change().status is final


@pytest.mark.parametrize("current", [S.adopted, S.presented, S.partially_met])
def test_a_step_that_is_not_final_is_not_asked_about(qtbot, answers, current):
    dialog = open_dialog(qtbot, current)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert answers.asked == []
    assert dialog.result() == DemandStatusDialog.DialogCode.Accepted


def test_change_status_in_the_view_records_history_with_the_note(view, store, qtbot, monkeypatch):
    vote = assembly_vote(store)
    demand = propose_demand(store, title="Индексация", note="Предложил Қайрат", on=date.today() - timedelta(days=10))
    view.load()
    select(view, "Индексация")
    asked = []

    def answer(parent, title, current, votes, *, earliest):
        asked.append((title, current, [each.vote_id for each in votes], earliest))
        return StatusChange(S.adopted, "Единогласно", vote.id, date.today() - timedelta(days=7)), True

    monkeypatch.setattr(DemandStatusDialog, "get_status_change", answer)
    press(qtbot, view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert asked == [("Индексация", S.proposed, [vote.id], date.today() - timedelta(days=10))]
    assert get_demand(store, demand.id).adopted_by_vote_id == vote.id
    assert column(view, DemandsTableModel.STATUS) == ["Adopted"]
    assert view.selected_id() == demand.id
    assert history(view) == [("Proposed", "Предложил Қайрат"), ("Proposed → Adopted", "Единогласно")]
    assert history_days(view) == [short(date.today() - timedelta(days=10)), short(date.today() - timedelta(days=7))]
    tooltip = view.history_model.index(1, DemandHistoryModel.WHEN).data(Role.ToolTipRole)
    assert tooltip.startswith("Typed in on ") and short(date.today()) in tooltip


def history_days(view):
    model = view.history_model
    return [model.index(row, DemandHistoryModel.WHEN).data() for row in range(model.rowCount())]


def test_presenting_through_the_view_sets_the_day_presented(view, store, monkeypatch):
    demand = demand_through(store, "Индексация", [S.adopted])
    view.load()
    select(view, "Индексация")
    monkeypatch.setattr(
        DemandStatusDialog,
        "get_status_change",
        lambda *args, **kwargs: (StatusChange(S.presented, "Вручено директору", None, date.today()), True),
    )

    view.status_action.trigger()

    assert get_demand(store, demand.id).presented_on == date.today()
    assert view.presented_on.text() == short(date.today())
    assert column(view, DemandsTableModel.STATUS) == ["Presented"]


def test_a_status_change_dated_in_the_future_is_refused_with_the_reason(view, store, monkeypatch, shown_messages):
    demand = demand_through(store, "Индексация", [S.adopted])
    view.load()
    select(view, "Индексация")
    tomorrow = date.today() + timedelta(days=1)
    monkeypatch.setattr(
        DemandStatusDialog, "get_status_change", lambda *args, **kwargs: (StatusChange(S.presented, on=tomorrow), True)
    )

    view.status_action.trigger()

    assert [text for _icon, text in shown_messages] == [
        f"The change cannot be dated {tomorrow:%d.%m.%Y}: that day has not come yet."
    ]
    assert get_demand(store, demand.id).status is S.adopted
    assert len(demand_history(store, demand.id)) == 2


def test_a_demand_moved_out_of_the_filter_stays_in_view(view, store, monkeypatch):
    demand = demand_through(store, "Индексация", [S.adopted])
    view.load()
    view.filter.setCurrentIndex(view.filter.findText("Adopted"))
    select(view, "Индексация")
    monkeypatch.setattr(
        DemandStatusDialog, "get_status_change", lambda *args, **kwargs: (StatusChange(S.presented), True)
    )

    view.status_action.trigger()

    assert view.filter.currentText() == "All"
    assert view.selected_id() == demand.id


def test_a_refused_status_change_shows_the_reason_and_changes_nothing(view, store, monkeypatch, shown_messages):
    demand = propose_demand(store, title="Индексация")
    view.load()
    select(view, "Индексация")
    # Someone else's window withdrew it meanwhile; this one still shows "proposed".
    change_demand_status(store, demand.id, S.withdrawn)
    monkeypatch.setattr(DemandStatusDialog, "get_status_change", lambda *args, **kwargs: (StatusChange(S.rejected), True))

    view.status_action.trigger()

    assert len(shown_messages) == 1
    assert "final" in shown_messages[0][1]
    assert [event.to_status for event in demand_history(store, demand.id)] == [S.proposed, S.withdrawn]
    assert column(view, DemandsTableModel.STATUS) == ["Withdrawn"]


def test_a_final_status_disables_the_change_with_the_reason(view, store):
    demand = propose_demand(store, title="Индексация")
    change_demand_status(store, demand.id, S.adopted)
    change_demand_status(store, demand.id, S.met)
    propose_demand(store, title="Спецодежда")
    view.load()

    select(view, "Индексация")
    assert not view.status_action.isEnabled()
    assert view.status_action.toolTip() == "This demand is met, which is final: its status cannot change. (Ctrl+Shift+S)"

    select(view, "Спецодежда")
    assert view.status_action.isEnabled()
    assert "final" not in view.status_action.toolTip()


def test_with_no_demands_only_new_is_enabled(view):
    view.load()
    assert view.new_action.isEnabled()
    assert not any(action.isEnabled() for action in (view.edit_action, view.follow_up_action, view.status_action))


def test_the_first_demand_is_selected_when_the_list_opens(view, store):
    propose_demand(store, title="Индексация")
    view.load()
    assert view.selected_id() is not None
    assert view.heading.text() == "Индексация"
    assert all(action.isEnabled() for action in (view.edit_action, view.follow_up_action, view.status_action))


# --- New and edit ---------------------------------------------------------------


def test_the_demand_dialog_needs_a_title(qtbot):
    dialog = DemandDialog(DemandWording(title=""), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.problem.isVisible()

    qtbot.keyClicks(dialog.title, "Showers in the shop")
    qtbot.keyClicks(dialog.text, "Repair the showers by 1 March.")
    dialog.category.setCurrentIndex(dialog.category.findData(DemandCategory.conditions))
    assert dialog.priority.currentText() == "Normal"
    dialog.priority.setCurrentIndex(dialog.priority.findText("High"))
    qtbot.keyClicks(dialog.addressed_to, "The director")

    assert ok.isEnabled()
    assert not dialog.problem.isVisible()
    assert dialog.wording() == DemandWording(
        "Showers in the shop", "Repair the showers by 1 March.", DemandCategory.conditions, 1, "The director"
    )


def test_the_priority_is_chosen_by_name(qtbot):
    dialog = DemandDialog(DemandWording(title="Душевые"), new=True)
    qtbot.addWidget(dialog)
    assert [dialog.priority.itemText(index) for index in range(dialog.priority.count())] == ["High", "Normal", "Low"]
    assert [dialog.priority.itemData(index) for index in range(dialog.priority.count())] == [1, 2, 3]


def test_a_priority_from_an_older_store_is_kept_when_the_wording_is_edited(qtbot):
    dialog = DemandDialog(DemandWording(title="Душевые", priority=7), new=False)
    qtbot.addWidget(dialog)
    assert dialog.priority.currentText() == "Low (7)"
    assert dialog.wording().priority == 7


def test_the_list_names_the_priority(view, store):
    for title, priority in (("Срочно", 1), ("Обычно", 2), ("Потом", 3), ("Самое срочное", 0)):
        propose_demand(store, title=title, priority=priority)
    view.load()

    assert column(view, DemandsTableModel.TITLE) == ["Самое срочное", "Срочно", "Обычно", "Потом"]
    assert column(view, DemandsTableModel.PRIORITY) == ["High (0)", "High", "Normal", "Low"]
    view.table.sortByColumn(DemandsTableModel.PRIORITY, Qt.SortOrder.DescendingOrder)
    assert column(view, DemandsTableModel.TITLE) == ["Потом", "Обычно", "Срочно", "Самое срочное"]
    assert [priority_label(level) for level in (1, 2, 3)] == ["High", "Normal", "Low"]


def test_a_new_demand_is_dated_by_the_day_it_was_proposed(qtbot):
    dialog = DemandDialog(DemandWording(title=""), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClicks(dialog.title, "Showers")
    assert dialog.proposed_on.text() == f"{date.today():%d.%m.%Y}"
    day = date.today() - timedelta(days=12)

    dialog.addressed_to.setFocus()
    qtbot.keyClick(dialog.addressed_to, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.proposed_on, f"{day:%d.%m.%Y}")

    assert dialog.new_demand() == NewDemand(DemandWording("Showers"), day)
    dialog.proposed_on.setDate(QDate.currentDate().addDays(1))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "future" in dialog.problem.text()


def test_editing_a_demand_does_not_ask_for_a_date(qtbot):
    dialog = DemandDialog(DemandWording(title="Душевые"), new=False)
    qtbot.addWidget(dialog)
    assert dialog.proposed_on is None


def test_new_demand_with_ctrl_n(view, store, qtbot, monkeypatch):
    wording = DemandWording("Душевые", "Текст", DemandCategory.conditions, 1, "Директору")
    proposed_on = date.today() - timedelta(days=3)
    monkeypatch.setattr(DemandDialog, "get_new_demand", lambda parent: (NewDemand(wording, proposed_on), True))

    press(qtbot, view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    [row] = demand_overview(store)
    assert (row.title, row.text, row.category, row.priority, row.addressed_to) == (
        "Душевые",
        "Текст",
        DemandCategory.conditions,
        1,
        "Директору",
    )
    assert view.selected_id() == row.id
    assert view.heading.text() == "Душевые"
    assert view.text.toPlainText() == "Текст"
    assert history(view) == [("Proposed", "")]
    assert history_days(view) == [short(proposed_on)]


def test_cancelling_the_new_demand_adds_nothing(view, store, monkeypatch):
    monkeypatch.setattr(
        DemandDialog, "get_new_demand", lambda parent: (NewDemand(DemandWording("Душевые"), date.today()), False)
    )
    view.new_action.trigger()
    assert demand_overview(store) == []


def test_edit_with_f2_changes_the_wording(view, store, qtbot, monkeypatch):
    demand = propose_demand(store, title="Душевые", category="other", priority=2)
    view.load()
    select(view, "Душевые")
    seen = []

    def answer(parent, current):
        seen.append(current)
        return DemandWording("Душевые и раздевалки", "Новый текст", DemandCategory.conditions, 0, ""), True

    monkeypatch.setattr(DemandDialog, "get_demand_wording", answer)
    press(qtbot, view, Qt.Key.Key_F2)

    assert seen == [DemandWording("Душевые", "", DemandCategory.other, 2, "")]
    saved = get_demand(store, demand.id)
    assert (saved.title, saved.text, saved.category, saved.priority) == (
        "Душевые и раздевалки",
        "Новый текст",
        DemandCategory.conditions,
        0,
    )
    assert column(view, DemandsTableModel.TITLE) == ["Душевые и раздевалки"]
    assert view.selected_id() == demand.id

    press(qtbot, view, Qt.Key.Key_Return)
    assert len(seen) == 2


# --- Follow-up ------------------------------------------------------------------


def test_the_follow_up_dialog_reads_what_was_typed(qtbot):
    dialog = FollowUpDialog("Индексация", FollowUp())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.presented_on.edit.isEnabled()

    qtbot.keyClicks(dialog.addressed_to, "Munai LLP")
    qtbot.mouseClick(dialog.presented_on.check_box, Qt.MouseButton.LeftButton)
    dialog.presented_on.edit.setDate(QDate(2026, 1, 13))
    dialog.deadline.check_box.setChecked(True)
    dialog.deadline.edit.setDate(QDate(2026, 1, 27))
    qtbot.keyClicks(dialog.response, "A written answer was promised")

    assert dialog.presented_on.edit.isEnabled()
    assert dialog.follow_up() == FollowUp("Munai LLP", date(2026, 1, 13), date(2026, 1, 27), "A written answer was promised")


def test_a_deadline_before_the_presentation_is_refused_inline(qtbot):
    dialog = FollowUpDialog("Индексация", FollowUp(presented_on=date(2026, 1, 13), deadline=date(2026, 1, 27)))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()

    dialog.deadline.edit.setDate(QDate(2026, 1, 10))
    assert not ok.isEnabled()
    assert "before" in dialog.problem.text()

    dialog.deadline.check_box.setChecked(False)
    assert ok.isEnabled()
    assert dialog.follow_up().deadline is None


def test_editing_the_follow_up_persists_and_shows_in_the_details(view, store, qtbot, monkeypatch):
    demand = propose_demand(store, title="Индексация", addressed_to="Директору")
    change_demand_status(store, demand.id, S.adopted)
    view.load()
    select(view, "Индексация")
    seen = []
    deadline = date.today() + timedelta(days=1)

    def answer(parent, title, current):
        seen.append((title, current))
        return FollowUp("Акимату", date(2026, 1, 13), deadline, ""), True

    monkeypatch.setattr(FollowUpDialog, "get_follow_up", answer)
    press(qtbot, view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert seen == [("Индексация", FollowUp("Директору", None, None, ""))]
    saved = get_demand(store, demand.id)
    assert (saved.addressed_to, saved.presented_on, saved.deadline, saved.response) == (
        "Акимату",
        date(2026, 1, 13),
        deadline,
        "",
    )
    assert view.addressed_to.text() == "Акимату"
    assert view.presented_on.text() == short(date(2026, 1, 13))
    assert view.deadline.text() == f"{short(deadline)} (Deadline is tomorrow)"
    assert column(view, DemandsTableModel.DEADLINE) == [short(deadline)]
    index = view.table.model().index(0, DemandsTableModel.DEADLINE)
    assert index.data(Role.ToolTipRole) == "Deadline is tomorrow"


def test_clearing_a_follow_up_date_through_the_view(view, store, monkeypatch):
    demand = propose_demand(store, title="Индексация")
    update_demand(store, demand.id, deadline="2026-02-01", presented_on="2026-01-20")
    view.load()
    select(view, "Индексация")
    monkeypatch.setattr(FollowUpDialog, "get_follow_up", lambda parent, title, current: (FollowUp(presented_on=current.presented_on), True))

    view.follow_up_action.trigger()

    saved = get_demand(store, demand.id)
    assert (saved.presented_on, saved.deadline) == (date(2026, 1, 20), None)
    assert view.deadline.text() == ""


# --- A demand adopted from a vote ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Повысить ставки на 30%?", "Повысить ставки на 30%"),
        ("  Вернуть аймақтық коэффициент  ", "Вернуть аймақтық коэффициент"),
        ("Принять требования??", "Принять требования"),
    ],
)
def test_the_adopted_demand_starts_from_the_vote_question(qtbot, question, title):
    dialog = AdoptDemandDialog(question)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.title.text() == title
    assert dialog.title.cursorPosition() == 0
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title, " from 1 March")
    assert dialog.form().title == f"{title} from 1 March"


# --- Lock -----------------------------------------------------------------------


def test_text_typed_with_markup_is_shown_as_typed(view, store):
    propose_demand(store, title="<b>Зарплата</b> & премии", addressed_to="<i>Директору</i>")
    view.load()
    select(view, "<b>Зарплата</b> & премии")
    assert view.heading.textFormat() == Qt.TextFormat.PlainText
    assert view.heading.text() == "<b>Зарплата</b> & премии"
    assert view.addressed_to.textFormat() == Qt.TextFormat.PlainText


def test_clear_drops_every_record(view, store):
    demand = propose_demand(store, title="Индексация", text="Секретный текст", addressed_to="Директору")
    change_demand_status(store, demand.id, S.adopted, note="Заметка")
    view.load()
    select(view, "Индексация")
    assert view.history_model.rowCount() == 2

    view.clear()

    assert view.model.rowCount() == 0
    assert view.proxy.rowCount() == 0
    assert view.history_model.rowCount() == 0
    assert view.text.toPlainText() == ""
    assert all(not shown.text() for shown in (view.heading, view.summary, view.addressed_to))
    assert not view.edit_action.isEnabled()

"""The assembly cycle through the screen: plan, attendance, minutes, votes, demands, tasks,
marking held, and starting the next assembly from the last one.

Typed text is ASCII: QTest can only simulate keys for ASCII characters (Cyrillic aborts it);
Cyrillic records come in through the services and the dialogs' answers instead.
"""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from committee_app.services import assemblies, demands
from committee_app.services.actions import add_action_item, list_action_items
from committee_app.services.members import add_members_in_bulk, search_member_ids
from committee_app.vocabulary import AssemblyKind, AssemblyStatus, DemandCategory, DemandStatus, MajorityRule, Presence
from ui.dialogs.action_item_dialog import ActionItemDialog, ActionItemForm
from ui.dialogs.agenda_item_dialog import AgendaItemDialog, AgendaItemForm
from ui.dialogs.assembly_dialog import AssemblyDialog, AssemblyForm, CarryOverDialog
from committee_app.rules import quorum_status
from committee_app.services.assemblies import Hall
from ui.dialogs.vote_dialog import AdoptDemandDialog, DemandForm, VoteDialog, VoteForm
from ui.models.agenda_model import AgendaModel
from ui.models.assembly_action_items_model import AssemblyActionItemsModel
from ui.models.assembly_carry_over_model import CarryOverModel
from ui.models.assembly_list_model import AssemblyListModel
from ui.models.assembly_member_choices_model import MemberChoicesModel
from ui.models.attendance_model import AttendanceModel
from ui.models.votes_model import VotesModel
from ui.views.assemblies_view import AssembliesView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
STARTS_AT = datetime(2025, 3, 1, 10, 0)


def checked_by_tester(model) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def add_hall(store, count: int) -> list[int]:
    add_members_in_bulk(
        store, [{"full_name": f"Рабочий {n:03d}", "workplace": "Foundry" if n % 2 else "Machine shop"} for n in range(count)]
    )
    return search_member_ids(store)


def answer_dialog(monkeypatch, dialog_class, name, result):
    """Make ``dialog_class.name(...)`` return ``result`` (a function of its arguments, or a value)."""
    calls = []

    def answered(cls, *args, **kwargs):
        calls.append((args, kwargs))
        return result(*args, **kwargs) if callable(result) else result

    monkeypatch.setattr(dialog_class, name, classmethod(answered))
    return calls


def select_row(table, row: int) -> None:
    """Select one row as a click would, whatever modifier keys Qt last saw pressed."""
    index = table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)


def column(model, column_number: int) -> list[str]:
    return [model.index(row, column_number).data() for row in range(model.rowCount())]


@pytest.fixture
def view(qtbot, session):
    shown = AssembliesView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.resize(1200, 800)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def create_through_dialog(view, monkeypatch, **changes):
    """Trigger "New assembly" with the dialog answering its prefilled form plus ``changes``."""
    calls = answer_dialog(
        monkeypatch, AssemblyDialog, "get_assembly", lambda parent, form, members, **_: (replace(form, **changes), True)
    )
    view.new_action.trigger()
    return calls


def add_item_through_dialog(view, monkeypatch, title, minutes, **fields):
    answer_dialog(
        monkeypatch, AgendaItemDialog, "get_item", (AgendaItemForm(title=title, planned_minutes=minutes, **fields), True)
    )
    view.plan.add_action.trigger()


# --- Models ----------------------------------------------------------------------


def test_every_model_passes_the_model_tester(qapp, store):
    member_ids = add_hall(store, 3)
    assembly = assemblies.create_assembly(store, starts_at=STARTS_AT)
    items = [assemblies.add_agenda_item(store, assembly.id, title=title, presenter_id=member_ids[0]) for title in "ABC"]
    assemblies.set_presence_many(store, assembly.id, member_ids, Presence.present)
    vote = assemblies.record_vote(store, items[0].id, question="?", votes_for=2, votes_against=1, votes_abstain=0)
    action = add_action_item(store, text="Письмо", assignee_id=member_ids[1], agenda_item_id=items[0].id, due_on="2025-04-01")

    assembly_list = AssemblyListModel()
    checked_by_tester(assembly_list)
    assembly_list.set_assemblies(assemblies.list_assemblies(store))
    assert column(assembly_list, AssemblyListModel.KIND) == ["General assembly"]
    assert column(assembly_list, AssemblyListModel.STATUS) == ["Planned"]

    agenda = AgendaModel(lambda item_id, position: assemblies.move_agenda_item(store, item_id, position))
    checked_by_tester(agenda)
    agenda.set_agenda(assemblies.agenda(store, assembly.id), {member_ids[0]: "Рабочий 000"}, STARTS_AT)
    assert agenda.move_row(0, 2)
    assert column(agenda, AgendaModel.TITLE) == ["B", "C", "A"]
    assert column(agenda, AgendaModel.PRESENTER) == ["Рабочий 000"] * 3

    attendance = AttendanceModel(lambda ids, presence: True)
    checked_by_tester(attendance)
    attendance.set_rows(assemblies.attendance_sheet(store, assembly.id))
    assert attendance.toggle([0, 1])
    assert attendance.index(0, AttendanceModel.PRESENCE).data() == "Absent"

    votes = VotesModel()
    checked_by_tester(votes)
    votes.set_votes([vote], {vote.id: ["Требование"]})
    assert votes.index(0, VotesModel.OUTCOME).data() == "Carried"

    tasks = AssemblyActionItemsModel()
    checked_by_tester(tasks)
    tasks.set_actions([action], {member_ids[1]: "Рабочий 001"})
    assert column(tasks, AssemblyActionItemsModel.ASSIGNEE) == ["Рабочий 001"]

    choices = MemberChoicesModel(assemblies.member_choices(store), "—")
    checked_by_tester(choices)
    assert choices.rowCount() == 4
    assert choices.member_id(choices.row_of(member_ids[2])) == member_ids[2]

    carry = CarryOverModel(items)
    checked_by_tester(carry)
    carry.setData(carry.index(1), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert carry.ticked_item_ids() == [items[0].id, items[2].id]

    for model in (assembly_list, agenda, attendance, votes, tasks):
        model.clear()
        assert model.rowCount() == 0


# --- Planning ----------------------------------------------------------------------


def test_markup_typed_in_a_title_is_shown_as_typed(view, session):
    typed = "<b>Забастовка</b> & <i>талаптар</i>"
    assembly = assemblies.create_assembly(session.store, number=7, title=typed, place="<u>Алаң</u>")
    assemblies.add_agenda_item(session.store, assembly.id, title="<s>Жалақы</s>")
    view.reload(select_id=assembly.id)
    for name in ("title", "place"):
        label = view.plan.details[name]
        assert label.textFormat() == Qt.TextFormat.PlainText and "<" in label.text()
    assert view.minutes.heading.textFormat() == Qt.TextFormat.PlainText


def test_new_assembly_prefills_the_next_number_and_is_listed_newest_first(view, monkeypatch, session):
    assemblies.create_assembly(session.store, number=4, place="Клуб", quorum_rule="fixed:3")
    view.reload()
    calls = create_through_dialog(view, monkeypatch, title="О забастовке", starts_at=STARTS_AT)
    (_parent, form, _members), options = calls[0]
    assert form.number == 5
    assert (form.place, form.quorum_rule) == ("Клуб", "fixed:3")
    assert set(options["other_dates"]) == {4}
    assert column(view.list_model, AssemblyListModel.NUMBER) == ["5", "4"]
    assert column(view.list_model, AssemblyListModel.TITLE) == ["О забастовке", ""]
    assert view.plan.details["title"].text() == "О забастовке"
    assert view.plan.details["quorum"].text() == "Registered at least: 3"
    assert assemblies.get_assembly_by_number(session.store, 5).starts_at == STARTS_AT


def test_agenda_is_reordered_by_keyboard_and_by_drop_with_start_times_following(view, monkeypatch, session, qtbot):
    create_through_dialog(view, monkeypatch, starts_at=STARTS_AT)
    add_item_through_dialog(view, monkeypatch, "Отчёт", 15)
    add_item_through_dialog(view, monkeypatch, "Зарплата", 30, presenter_name="Юрист")
    add_item_through_dialog(view, monkeypatch, "Разное", 5)
    model = view.plan.agenda_model
    assert column(model, AgendaModel.TITLE) == ["Отчёт", "Зарплата", "Разное"]
    assert column(model, AgendaModel.START) == ["10:00", "10:15", "10:45"]
    assert column(model, AgendaModel.PRESENTER) == ["", "Юрист", ""]
    assert view.plan.total.text() == "Planned: 50 min, until about 10:50"

    # The last item added is the current one: move it up to the top with the keyboard.
    table = view.plan.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL_SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL_SHIFT)
    assert column(model, AgendaModel.TITLE) == ["Разное", "Отчёт", "Зарплата"]
    assert column(model, AgendaModel.START) == ["10:00", "10:05", "10:20"]
    assert column(model, AgendaModel.POSITION) == ["1", "2", "3"]
    assert view.plan.current_item().title == "Разное"
    assert not view.plan.up_action.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert column(model, AgendaModel.TITLE) == ["Отчёт", "Разное", "Зарплата"]

    # Drag "Зарплата" (row 2) and drop it before row 0.
    dragged = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert column(model, AgendaModel.TITLE) == ["Зарплата", "Отчёт", "Разное"]
    assert column(model, AgendaModel.START) == ["10:00", "10:30", "10:45"]
    # Dropped below the last row: to the end.
    assert model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert column(model, AgendaModel.TITLE) == ["Отчёт", "Разное", "Зарплата"]

    assembly = view.current_assembly()
    assert [item.title for item in assemblies.agenda(session.store, assembly.id)] == ["Отчёт", "Разное", "Зарплата"]


def test_editing_and_removing_an_agenda_item(view, monkeypatch, session, answers):
    create_through_dialog(view, monkeypatch, starts_at=STARTS_AT)
    add_item_through_dialog(view, monkeypatch, "Отчёт", 15)
    add_item_through_dialog(view, monkeypatch, "Разное", 5)
    seen = answer_dialog(
        monkeypatch, AgendaItemDialog, "get_item", lambda parent, form, members, **_: (replace(form, planned_minutes=25), True)
    )
    select_row(view.plan.table, 0)
    view.plan.edit_action.trigger()
    assert seen[0][0][1].title == "Отчёт"
    assert column(view.plan.agenda_model, AgendaModel.START) == ["10:00", "10:25"]

    answers.queue = [False]
    view.plan.remove_action.trigger()
    assert view.plan.agenda_model.rowCount() == 2
    view.plan.remove_action.trigger()
    assert column(view.plan.agenda_model, AgendaModel.TITLE) == ["Разное"]
    assert "Отчёт" in answers.asked[-1]


def test_new_assembly_copying_an_agenda_offers_the_unresolved_items(view, monkeypatch, session):
    store = session.store
    add_hall(store, 3)
    first = assemblies.create_assembly(store, number=1)
    for title in ("Открытие", "Отчёт"):
        assemblies.add_agenda_item(store, first.id, title=title, planned_minutes=10)
    assemblies.close_assembly(store, first.id)
    last = assemblies.create_assembly(store, number=2)
    resolved = assemblies.add_agenda_item(store, last.id, title="Отчёт")
    assemblies.update_agenda_item(store, resolved.id, decided="Принять")
    assemblies.add_agenda_item(store, last.id, title="Столовая")
    assemblies.add_agenda_item(store, last.id, title="Охрана труда")
    assemblies.close_assembly(store, last.id)
    view.reload()

    offered = answer_dialog(
        monkeypatch, CarryOverDialog, "get_items", lambda parent, number, items: ([items[1].id], True)
    )
    calls = create_through_dialog(view, monkeypatch, copy_agenda_from=first.id)
    assert [source.number for source in calls[0][1]["copy_sources"]] == [2, 1]
    (_parent, source_number, items), _ = offered[0]
    assert source_number == 2
    assert [item.title for item in items] == ["Столовая", "Охрана труда"]
    assert column(view.plan.agenda_model, AgendaModel.TITLE) == ["Открытие", "Отчёт", "Охрана труда"]
    assert view.current_assembly().number == 3


def test_the_carry_over_dialog_returns_the_ticked_items(qtbot, session):
    store = session.store
    assembly = assemblies.create_assembly(store)
    items = [assemblies.add_agenda_item(store, assembly.id, title=title) for title in ("A", "B")]
    dialog = CarryOverDialog(1, items)
    qtbot.addWidget(dialog)
    dialog.items.setData(dialog.items.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.items.ticked_item_ids() == [items[1].id]


# --- Attendance ---------------------------------------------------------------------


def test_attendance_with_space_and_mark_all_until_quorum_is_reached(view, monkeypatch, session, qtbot, answers):
    member_ids = add_hall(session.store, 300)
    create_through_dialog(view, monkeypatch)
    view.tabs.setCurrentWidget(view.attendance)
    page = view.attendance
    assert page.model.rowCount() == 300
    assert page.quorum_label.text() == "Missing 151 for quorum: 0 registered of 300 active members of the committee; 151 needed"

    page.table.setFocus()
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.model.index(0, AttendanceModel.PRESENCE).data() == "Present"
    assert page.model.index(0, AttendanceModel.NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.quorum_label.text() == "Missing 150 for quorum: 1 registered of 300 active members of the committee; 151 needed"
    # Space again: not present.
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.model.index(0, AttendanceModel.PRESENCE).data() == "Absent"

    # Several rows at once, with Shift+Down extending the selection.
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert column(page.model, AttendanceModel.PRESENCE)[:4] == ["Present", "Present", "Present", "Not marked"]
    assert page.quorum_label.text() == "Missing 148 for quorum: 3 registered of 300 active members of the committee; 151 needed"

    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert set(column(page.model, AttendanceModel.PRESENCE)) == {"Present"}
    assert page.quorum_label.text() == "Quorum reached: 300 registered of 300 active members of the committee; 151 needed"
    assert "1b5e20" in page.quorum_label.styleSheet()
    assembly_id = view.current_assembly().id
    recorded = assemblies.attendance(session.store, assembly_id)
    assert len(recorded) == 300 and set(recorded) == set(member_ids)

    answers.queue = [False]
    page.clear_action.trigger()
    assert len(assemblies.attendance(session.store, assembly_id)) == 300
    page.clear_action.trigger()
    assert assemblies.attendance(session.store, assembly_id) == {}
    assert set(column(page.model, AttendanceModel.PRESENCE)) == {"Not marked"}
    assert "b71c1c" in page.quorum_label.styleSheet()


def test_attendance_search_excused_and_guests(view, monkeypatch, session, qtbot):
    add_hall(session.store, 40)
    create_through_dialog(view, monkeypatch)
    view.tabs.setCurrentWidget(view.attendance)
    page = view.attendance
    qtbot.keyClicks(page.search, "foundry")
    qtbot.waitUntil(lambda: page.model.rowCount() == 20)
    page.mark_all_action.trigger()
    assembly_id = view.current_assembly().id
    assert len(assemblies.attendance(session.store, assembly_id)) == 20

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 40)
    select_row(page.table, 0)
    page.excused_action.trigger()
    assert assemblies.attendance(session.store, assembly_id)[page.model.row(0).member_id] == Presence.excused

    page.guests.setFocus()
    page.guests.selectAll()
    qtbot.keyClicks(page.guests, "12")
    qtbot.keyClick(page.guests, Qt.Key.Key_Return)
    assert assemblies.get_assembly(session.store, assembly_id).guests_count == 12
    assert page.count_label.text() == "Members present: 20, at the door: 0, guests: 12"


# --- Minutes ----------------------------------------------------------------------


@pytest.fixture
def meeting(view, monkeypatch, session):
    """An assembly with five present and one item, on the Minutes page."""
    member_ids = add_hall(session.store, 5)
    create_through_dialog(view, monkeypatch, starts_at=STARTS_AT)
    add_item_through_dialog(view, monkeypatch, "Требования", 20)
    view.tabs.setCurrentWidget(view.attendance)
    view.attendance.mark_all_action.trigger()
    view.tabs.setCurrentWidget(view.minutes)
    return view, member_ids


def test_the_protocol_parts_are_saved_with_ctrl_s(meeting, session, qtbot):
    view, _members = meeting
    page = view.minutes
    assert page.heading.text() == "1. Требования"
    page.heard.setFocus()
    qtbot.keyClicks(page.heard, "Report of the chair")
    qtbot.keyClicks(page.resolved, "Adopt the demands")
    qtbot.keyClick(page.resolved, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [item] = assemblies.agenda(session.store, view.current_assembly().id)
    assert (item.heard, item.spoke, item.decided) == ("Report of the chair", "", "Adopt the demands")
    assert not page.has_unsaved_texts()


def test_the_protocol_parts_are_saved_when_the_focus_leaves_or_another_item_is_chosen(meeting, monkeypatch, session, qtbot):
    view, _members = meeting
    view.tabs.setCurrentWidget(view.plan)
    add_item_through_dialog(view, monkeypatch, "Разное", 5)
    view.tabs.setCurrentWidget(view.minutes)
    page = view.minutes
    page.items.setCurrentIndex(view.plan.agenda_model.index(0, AgendaModel.TITLE))
    page.spoke.setFocus()
    qtbot.keyClicks(page.spoke, "Three spoke")
    page.resolved.setFocus()
    first, second = assemblies.agenda(session.store, view.current_assembly().id)
    assert first.spoke == "Three spoke"
    qtbot.keyClicks(page.resolved, "Noted")
    page.items.setCurrentIndex(view.plan.agenda_model.index(1, AgendaModel.TITLE))
    assert page.heading.text() == "2. Разное"
    assert page.resolved.toPlainText() == ""
    assert assemblies.agenda(session.store, view.current_assembly().id)[0].decided == "Noted"
    page.items.setCurrentIndex(view.plan.agenda_model.index(0, AgendaModel.TITLE))
    assert (page.spoke.toPlainText(), page.resolved.toPlainText()) == ("Three spoke", "Noted")


def test_typed_minutes_are_saved_when_another_assembly_is_chosen(meeting, session, qtbot):
    view, _members = meeting
    earlier = assemblies.create_assembly(session.store, number=99)
    view.reload()
    page = view.minutes
    page.heard.setFocus()
    qtbot.keyClicks(page.heard, "Typed just before switching")
    select_row(view.list, view.list_model.row_of(earlier.id))
    assert view.current_assembly().id == earlier.id
    assert page.heading.text() == ""
    [item] = assemblies.agenda(session.store, view.list_model.assembly(1).id)
    assert item.heard == "Typed just before switching"


def test_record_votes_adopt_a_demand_and_add_an_action_item(meeting, monkeypatch, session, shown_messages):
    view, member_ids = meeting
    page = view.minutes
    store = session.store
    present = answer_dialog(
        monkeypatch, VoteDialog, "get_vote", (VoteForm("Принять требования?", 4, 1, 0, MajorityRule.simple), True)
    )
    page.vote_action.trigger()
    assert present[0][0][1].registered == 5
    assert column(page.votes_model, VotesModel.OUTCOME) == ["Carried"]
    assert page.demand_action.isEnabled()

    # Six votes with five present: the store refuses and says why; nothing is recorded.
    answer_dialog(monkeypatch, VoteDialog, "get_vote", (VoteForm("Ещё раз?", 6, 0, 0, MajorityRule.simple), True))
    page.vote_action.trigger()
    assert "only 5 were registered" in shown_messages[-1][1]
    assert page.votes_model.rowCount() == 1

    answer_dialog(
        monkeypatch, AdoptDemandDialog, "get_demand", (DemandForm("Повысить ставки", "На 30%", DemandCategory.wages), True)
    )
    page.demand_action.trigger()
    [demand] = demands.list_demands(store)
    vote = page.votes_model.vote(0)
    assert (demand.status, demand.adopted_by_vote_id, demand.category) == (DemandStatus.adopted, vote.id, DemandCategory.wages)
    assert column(page.votes_model, VotesModel.DEMANDS) == ["Повысить ставки"]

    answer_dialog(
        monkeypatch, ActionItemDialog, "get_action", (ActionItemForm("Вручить требования", member_ids[0], date(2025, 3, 5)), True)
    )
    page.task_action.trigger()
    [task] = list_action_items(store)
    assert (task.text, task.assignee_id, task.due_on) == ("Вручить требования", member_ids[0], date(2025, 3, 5))
    assert task.agenda_item_id == page.current_item().id
    assert column(page.actions_model, AssemblyActionItemsModel.ASSIGNEE) == ["Рабочий 000"]


def test_a_failed_vote_cannot_adopt_a_demand(meeting, monkeypatch):
    view, _members = meeting
    answer_dialog(monkeypatch, VoteDialog, "get_vote", (VoteForm("Бастовать?", 1, 4, 0, MajorityRule.simple), True))
    view.minutes.vote_action.trigger()
    assert column(view.minutes.votes_model, VotesModel.OUTCOME) == ["Failed"]
    assert not view.minutes.demand_action.isEnabled()


# --- Closing ------------------------------------------------------------------------


def test_a_held_assembly_asks_before_any_change_and_no_changes_nothing(meeting, monkeypatch, session, answers, qtbot):
    view, _members = meeting
    store = session.store
    assembly_id = view.current_assembly().id
    view.held_action.trigger()
    assert assemblies.get_assembly(store, assembly_id).status is AssemblyStatus.held
    assert column(view.list_model, AssemblyListModel.STATUS) == ["Held"]
    assert view.banner.isVisibleTo(view)
    assert not view.held_action.isEnabled()

    # No: the first key typed into the minutes asks and lands nowhere; the agenda and
    # attendance stay as they were.
    held_question = "This assembly is held; its minutes are a record. Change it anyway?"
    answers.queue = [False, False, True, False, False]
    page = view.minutes
    page.heard.setFocus()
    qtbot.keyClick(page.heard, Qt.Key.Key_A)
    assert page.heard.toPlainText() == "" and page.heard.isReadOnly()
    page.save_action.trigger()
    view.tabs.setCurrentWidget(view.plan)
    add_item_through_dialog(view, monkeypatch, "Extra item", 5)
    view.tabs.setCurrentWidget(view.attendance)
    view.attendance.clear_action.trigger()
    view.edit_action.trigger()
    assert answers.asked[1:] == [held_question, held_question, answers.asked[3], held_question, held_question]
    assert answers.asked[3] == "Clear the presence marks of the members listed (5)?"
    assert [item.title for item in assemblies.agenda(store, assembly_id)] == ["Требования"]
    assert len(assemblies.attendance(store, assembly_id)) == 5
    assert assemblies.agenda(store, assembly_id)[0].heard == ""

    # Yes: the change is made, and the assembly stays open to changes until another is chosen.
    answers.queue = [True, True]
    view.attendance.clear_action.trigger()
    assert assemblies.attendance(store, assembly_id) == {}
    asked = len(answers.asked)
    view.attendance.mark_all_action.trigger()
    assert len(answers.asked) == asked
    assert len(assemblies.attendance(store, assembly_id)) == 5


def test_yes_to_changing_held_minutes_keeps_every_key_typed(meeting, session, answers, qtbot):
    view, _members = meeting
    assembly_id = view.current_assembly().id
    view.held_action.trigger()
    assert "Changes are asked about first" in view.banner.text()
    page = view.minutes
    page.heard.setFocus()
    asked = len(answers.asked)
    answers.queue = [True]
    qtbot.keyClicks(page.heard, "Afterwards")
    assert len(answers.asked) == asked + 1
    # The banner says the record stays open to changes, and until when.
    assert "stays open to changes until another assembly is chosen" in view.banner.text()
    assert page.heard.toPlainText() == "Afterwards"
    page.save_action.trigger()
    assert assemblies.agenda(session.store, assembly_id)[0].heard == "Afterwards"


def test_a_count_at_the_door_of_a_held_assembly_asks_before_the_first_digit(meeting, session, answers, qtbot):
    view, _members = meeting
    assembly_id = view.current_assembly().id
    view.held_action.trigger()
    view.tabs.setCurrentWidget(view.attendance)
    page = view.attendance
    page.others.setFocus()
    answers.queue = [False]
    qtbot.keyClicks(page.others, "7")
    assert page.others.value() == 0 and page.others.isReadOnly()
    answers.queue = [True]
    page.others.lineEdit().selectAll()
    qtbot.keyClicks(page.others, "7")
    qtbot.keyClick(page.others, Qt.Key.Key_Return)
    assert assemblies.get_assembly(session.store, assembly_id).registered_others == 7
    assert page.count_label.text() == "Members present: 5, at the door: 7, guests: 0"


def test_a_vote_is_put_as_the_item_resolved(meeting, monkeypatch, session):
    view, _members = meeting
    page = view.minutes
    page.resolved.setPlainText("Объявить забастовку\nс 10 января.")
    asked = answer_dialog(monkeypatch, VoteDialog, "get_vote", (None, False))
    page.vote_action.trigger()
    (_parent, _hall, question), _options = asked[0]
    assert question == "Объявить забастовку с 10 января."


def test_held_minutes_scroll_and_move_by_keys_without_a_question(meeting, answers, qtbot):
    view, _members = meeting
    view.held_action.trigger()
    page = view.minutes
    page.heard.setReadOnly(False)
    page.heard.setPlainText("\n".join(f"line {n}" for n in range(200)))
    page.heard.document().setModified(False)
    page.record_fields.follow()
    page.heard.setFocus()
    asked = len(answers.asked)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Up):
        qtbot.keyClick(page.heard, key)
    assert len(answers.asked) == asked
    assert page.heard.verticalScrollBar().value() > 0


def test_the_arrows_and_wheel_of_a_held_count_ask_first(meeting, session, answers, qtbot):
    view, _members = meeting
    assembly_id = view.current_assembly().id
    view.held_action.trigger()
    view.tabs.setCurrentWidget(view.attendance)
    page = view.attendance
    answers.queue = [False]
    page.others.setFocus()
    qtbot.keyClick(page.others, Qt.Key.Key_Up)
    assert page.others.value() == 0
    asked = len(answers.asked)
    answers.queue = [False]
    qtbot.mouseClick(page.others, Qt.MouseButton.LeftButton, pos=page.others.rect().topRight() + QPoint(-4, 4))
    assert len(answers.asked) == asked + 1 and page.others.value() == 0
    answers.queue = [True]
    qtbot.keyClick(page.others, Qt.Key.Key_Up)
    assert page.others.value() == 1
    qtbot.keyClick(page.others, Qt.Key.Key_Return)
    assert assemblies.get_assembly(session.store, assembly_id).registered_others == 1


def test_marking_held_without_quorum_says_whom_it_was_counted_over(view, monkeypatch, answers):
    create_through_dialog(view, monkeypatch, kind=AssemblyKind.general_assembly, entitled=300)
    answers.queue = [False]
    view.held_action.trigger()
    assert "Missing 151 for quorum: 0 registered of 300 workers entitled to take part; 151 needed." in answers.asked[-1]
    assert view.current_assembly().status is AssemblyStatus.planned


def test_marking_held_an_assembly_dated_ahead_says_so(view, monkeypatch, answers):
    ahead = datetime.now().replace(second=0, microsecond=0) + timedelta(days=14)
    create_through_dialog(view, monkeypatch, starts_at=ahead, kind=AssemblyKind.committee_meeting, entitled=None)
    answers.queue = [False]
    view.held_action.trigger()
    assert "which has not come yet" in answers.asked[-1]


def test_the_plan_shows_the_invited_guests_by_name(view, monkeypatch):
    create_through_dialog(view, monkeypatch, guests_names="Адвокат Серікбаев\nЖурналист Әбенова")
    assert view.plan.details["guests"].text() == "Адвокат Серікбаев, Журналист Әбенова"


def test_a_count_at_the_door_below_a_vote_already_counted_is_refused_and_put_back(
    view, monkeypatch, session, shown_messages, qtbot
):
    create_through_dialog(view, monkeypatch, kind=AssemblyKind.general_assembly, entitled=300)
    assembly_id = view.current_assembly().id
    assemblies.update_assembly(session.store, assembly_id, registered_others=200)
    view.reload(select_id=assembly_id)
    item = assemblies.add_agenda_item(session.store, assembly_id, title="Забастовка")
    assemblies.record_vote(session.store, item.id, question="Бастовать?", votes_for=150, votes_against=20, votes_abstain=0)
    view.tabs.setCurrentWidget(view.attendance)
    page = view.attendance
    page.others.setFocus()
    page.others.selectAll()
    qtbot.keyClicks(page.others, "100")
    qtbot.keyClick(page.others, Qt.Key.Key_Return)
    assert "at least 170 must stay registered" in shown_messages[-1][1]
    assert page.others.value() == 200
    assert assemblies.get_assembly(session.store, assembly_id).registered_others == 200


def test_a_cancelled_assembly_asks_too(view, monkeypatch, session, answers):
    create_through_dialog(view, monkeypatch)
    view.cancelled_action.trigger()
    assert view.current_assembly().status is AssemblyStatus.cancelled
    answers.queue = [False]
    add_item_through_dialog(view, monkeypatch, "Пункт", 5)
    assert answers.asked[-1] == "This assembly was cancelled. Change it anyway?"
    assert assemblies.agenda(session.store, view.current_assembly().id) == []
    view.planned_action.trigger()
    assert view.current_assembly().status is AssemblyStatus.planned


def test_clear_drops_every_record(meeting):
    view, _members = meeting
    view.clear()
    models = (view.list_model, view.plan.agenda_model, view.attendance.model, view.minutes.votes_model, view.minutes.actions_model)
    assert [model.rowCount() for model in models] == [0] * len(models)
    assert view.attendance.quorum_label.text() == ""
    assert view.plan.details["number"].text() == ""


# --- Dialogs ------------------------------------------------------------------------


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_assembly_dialog_refuses_a_taken_number_and_a_bad_quorum_inline(qtbot, session):
    form = AssemblyForm(3, AssemblyKind.committee_meeting, "", STARTS_AT, "", None, None, "majority")
    dialog = AssemblyDialog(form, [], other_dates={2: None}, copy_sources=[])
    qtbot.addWidget(dialog)
    assert ok_button(dialog).isEnabled()
    dialog.number.setValue(2)
    assert not ok_button(dialog).isEnabled()
    assert "2 is already used" in dialog.problem.text()
    dialog.number.setValue(3)
    dialog.quorum_kind.setCurrentIndex(dialog.quorum_kind.findData("fraction"))
    qtbot.keyClicks(dialog.quorum_value, "3/2")
    assert not ok_button(dialog).isEnabled()
    assert "3/2" in dialog.problem.text()
    dialog.quorum_value.clear()
    qtbot.keyClicks(dialog.quorum_value, "2/3")
    assert ok_button(dialog).isEnabled()
    assert dialog.form().quorum_rule == "fraction:2/3"
    assert dialog.form().copy_agenda_from is None
    assert not dialog.copy_agenda.isEnabled()


def committee_hall(registered: int, *, others: int = 0, entitled: int | None = None) -> Hall:
    entitled = registered if entitled is None else entitled
    quorum = quorum_status("majority", entitled, registered)
    return Hall(entitled, True, registered - others, others, quorum)


def test_vote_dialog_previews_the_outcome_and_refuses_too_many_votes(qtbot):
    dialog = VoteDialog(committee_hall(registered=5))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.question, "Adopt?")
    dialog.votes_for.setValue(3)
    dialog.votes_against.setValue(2)
    assert dialog.outcome.text() == "Carried"
    assert ok_button(dialog).isEnabled()
    dialog.rule.setCurrentIndex(dialog.rule.findData(MajorityRule.two_thirds))
    assert dialog.outcome.text() == "Failed"
    dialog.votes_abstain.setValue(1)
    assert not ok_button(dialog).isEnabled()
    assert "only 5 were registered" in dialog.problem.text()
    assert dialog.problem.isVisibleTo(dialog)


def test_agenda_item_dialog_needs_a_title_and_keeps_an_outside_presenter_only_without_a_member(qtbot, session):
    choices = [assemblies.MemberChoice(7, "Арман")]
    dialog = AgendaItemDialog(AgendaItemForm(), choices, new=True)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.title, "Report")
    qtbot.keyClicks(dialog.presenter_name, "Guest")
    assert ok_button(dialog).isEnabled()
    dialog.presenter.setCurrentIndex(1)
    assert not dialog.presenter_name.isEnabled()
    assert dialog.form().item_fields()["presenter_id"] == 7
    assert dialog.form().item_fields()["presenter_name"] == ""


def test_action_item_dialog_due_date_is_optional(qtbot):
    dialog = ActionItemDialog([], date(2025, 3, 1))
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.text, "Call the lawyer")
    assert dialog.form() == ActionItemForm("Call the lawyer", None, None)
    dialog.has_due_date.setChecked(True)
    assert dialog.form().due_on == date(2025, 3, 1)


def test_from_the_attendance_search_down_leads_into_the_list_where_space_marks(qtbot, session):
    from committee_app.services.assemblies import create_assembly
    from committee_app.services.members import add_members_in_bulk
    from ui.views.assemblies_view import AssembliesView

    add_members_in_bulk(session.store, [{"full_name": name} for name in ("Ерлан", "Қайрат", "Сергей")])
    create_assembly(session.store, title="Собрание")
    view = AssembliesView(session)
    qtbot.addWidget(view)
    view.show()
    view.load()
    view.tabs.setCurrentWidget(view.attendance)
    attendance = view.attendance
    attendance.search.setFocus()
    attendance.search.setText("серг")
    qtbot.keyClick(attendance.search, Qt.Key.Key_Down)
    assert attendance.model.rowCount() == 1  # the search applied at once, not after its delay
    assert attendance.table.currentIndex().row() == 0
    qtbot.keyClick(attendance.table, Qt.Key.Key_Space)
    assert "1" in attendance.count_label.text()


def test_the_vote_dialog_shows_its_whole_refusal(qtbot):
    dialog = VoteDialog(committee_hall(registered=5, others=0, entitled=1200))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.question.setText("Объявить забастовку с 10 января и предъявить требования работодателю?")
    dialog.votes_for.setValue(250)
    dialog.votes_against.setValue(20)
    dialog.votes_abstain.setValue(10)
    problem = dialog.problem
    assert "only 5 were registered" in problem.text()
    qtbot.waitUntil(lambda: problem.height() >= problem.heightForWidth(problem.width()))
    bottom = problem.mapTo(dialog, problem.rect().bottomLeft()).y()
    assert bottom <= dialog.height()
    assert problem.visibleRegion().boundingRect().size() == problem.size()


def test_a_question_that_interrupts_typing_cannot_be_answered_by_the_next_letter(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from ui import confirm

    seen = {}

    def look_and_press_a_letter():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["texts"] = [button.text() for button in box.buttons()]
        qtbot.keyClick(box, Qt.Key.Key_Y)  # "&Yes" would take it (with a short animated click)
        qtbot.wait(400)
        if box.isVisible():
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(50, look_and_press_a_letter)
    assert confirm.ask(None, "Change a record", "Change it anyway?", while_typing=True) is False
    assert all("&" not in text for text in seen["texts"])

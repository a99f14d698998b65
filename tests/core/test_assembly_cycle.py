"""The assembly cycle beyond single records: planning from earlier assemblies, the attendance
sheet, marking many at once, and what the minutes lead to (demands, tasks)."""

from datetime import datetime

import pytest

from committee_app.errors import NotFound, RuleViolation, ValidationError
from committee_app.rules import agenda_start_times
from committee_app.services.actions import add_action_item
from committee_app.services.assemblies import (
    action_items_for_item,
    add_agenda_item,
    adopt_demand_from_vote,
    adopted_demand_titles,
    agenda,
    attendance,
    attendance_sheet,
    carry_over_candidates,
    clear_presence,
    close_assembly,
    copy_agenda_items,
    hall as who_is_in_the_hall,
    create_assembly,
    last_held_assembly,
    member_choices,
    member_names,
    plan_assembly,
    quorum,
    record_vote,
    set_presence,
    set_presence_many,
    unresolved_items,
    update_agenda_item,
)
from committee_app.services.demands import demand_history, get_demand, list_demands
from committee_app.services.members import add_member, add_members_in_bulk, mark_member_left, search_member_ids
from committee_app.vocabulary import DemandCategory, DemandStatus, Presence, VoteOutcome

pytestmark = pytest.mark.usefixtures("unsynced_writes")


def titles(items):
    return [item.title for item in items]


# --- Planned start times ------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        ([], []),
        ([15], ["10:00"]),
        ([15, 30, 5], ["10:00", "10:15", "10:45"]),
        ([0, 0, 10], ["10:00", "10:00", "10:00"]),
        ([90, 45, 10], ["10:00", "11:30", "12:15"]),
    ],
)
def test_agenda_start_times_add_up_the_minutes_before_each_item(minutes, expected):
    starts = agenda_start_times(datetime(2025, 3, 1, 10, 0), minutes)
    assert [start.strftime("%H:%M") for start in starts] == expected


def test_agenda_start_times_cross_midnight():
    starts = agenda_start_times(datetime(2025, 3, 1, 23, 30), [45, 10])
    assert starts[1] == datetime(2025, 3, 2, 0, 15)


def test_agenda_start_times_without_a_start_are_unknown():
    assert agenda_start_times(None, [10, 20]) == [None, None]


# --- Planning from earlier assemblies -------------------------------------------


def held_assembly_with(store, number, items):
    """A held assembly whose items are (title, decided, vote outcomes as (for, against))."""
    assembly = create_assembly(store, number=number)
    voters = [add_member(store, full_name=f"Голосующий {number}-{n}").id for n in range(3)]
    set_presence_many(store, assembly.id, voters, Presence.present)
    for title, decided, votes in items:
        item = add_agenda_item(store, assembly.id, title=title, planned_minutes=20, presenter_name="Гость")
        update_agenda_item(store, item.id, decided=decided, heard="Доклад")
        for votes_for, votes_against in votes:
            record_vote(store, item.id, question=title, votes_for=votes_for, votes_against=votes_against, votes_abstain=0)
    close_assembly(store, assembly.id)
    return assembly


def test_unresolved_items_have_no_decision_or_only_failed_votes(store):
    assembly = held_assembly_with(
        store,
        1,
        [
            ("Decided without a vote", "Принять к сведению", []),
            ("No decision written", "", []),
            ("Only a blank decision", "   ", []),
            ("Decided but every vote failed", "Отклонить", [(1, 2), (0, 1)]),
            ("Failed then carried", "Принять", [(1, 2), (2, 1)]),
        ],
    )
    assert titles(unresolved_items(store, assembly.id)) == [
        "No decision written",
        "Only a blank decision",
        "Decided but every vote failed",
    ]


def test_plan_assembly_copies_the_plan_of_each_item_but_not_its_protocol(store):
    source = held_assembly_with(store, 1, [("Отчёт", "Принять", []), ("Зарплата", "", [])])
    copied = plan_assembly(store, copy_agenda_from=source.id, title="Следующее")
    items = agenda(store, copied.id)
    assert titles(items) == ["Отчёт", "Зарплата"]
    assert [item.position for item in items] == [1, 2]
    assert all(item.planned_minutes == 20 and item.presenter_name == "Гость" for item in items)
    assert all(item.heard == "" and item.decided == "" for item in items)
    assert copied.number == 2
    # The source keeps its own items.
    assert titles(agenda(store, source.id)) == ["Отчёт", "Зарплата"]


def test_plan_assembly_without_a_copy_starts_empty(store):
    assembly = plan_assembly(store, number=5, quorum_rule="fixed:3")
    assert agenda(store, assembly.id) == []
    assert assembly.quorum_rule == "fixed:3"


def test_plan_assembly_refuses_a_missing_source_and_creates_nothing(store):
    with pytest.raises(NotFound):
        plan_assembly(store, copy_agenda_from=999)
    assert last_held_assembly(store) is None
    with pytest.raises(ValidationError):
        plan_assembly(store, quorum_rule="most")


def test_copy_agenda_items_appends_in_the_order_given(store):
    source = held_assembly_with(store, 1, [("A", "", []), ("B", "", []), ("C", "", [])])
    target = create_assembly(store)
    add_agenda_item(store, target.id, title="Открытие")
    first, second, third = agenda(store, source.id)
    copy_agenda_items(store, target.id, [third.id, first.id])
    assert titles(agenda(store, target.id)) == ["Открытие", "C", "A"]
    assert [item.position for item in agenda(store, target.id)] == [1, 2, 3]


def test_last_held_assembly_skips_planned_and_cancelled_ones(store):
    first = held_assembly_with(store, 1, [])
    second = held_assembly_with(store, 2, [])
    create_assembly(store, number=3)
    create_assembly(store, number=4, status="cancelled")
    assert last_held_assembly(store).id == second.id
    assert last_held_assembly(store, before_number=2).id == first.id
    assert last_held_assembly(store, before_number=1) is None


def test_carry_over_offers_unresolved_items_of_the_last_held_assembly_not_already_planned(store):
    held_assembly_with(store, 1, [("Старый вопрос", "", [])])
    last = held_assembly_with(
        store, 2, [("Отчёт", "Принять", []), ("Столовая", "", []), ("Охрана труда", "Отклонить", [(0, 2)])]
    )
    new = plan_assembly(store, number=3)
    add_agenda_item(store, new.id, title="  СТОЛОВАЯ ")
    offer = carry_over_candidates(store, new.id)
    assert offer.source.id == last.id
    assert titles(offer.items) == ["Охрана труда"]


def test_carry_over_without_a_held_assembly_offers_nothing(store):
    assembly = create_assembly(store)
    offer = carry_over_candidates(store, assembly.id)
    assert (offer.source, offer.items) == (None, [])


# --- Names -----------------------------------------------------------------------


def test_member_choices_list_active_members_by_name_and_keep_chosen_ones(store):
    boris = add_member(store, full_name="Борис").id
    aliya = add_member(store, full_name="Әлия").id
    arman = add_member(store, full_name="Арман").id
    mark_member_left(store, boris)
    assert [choice.full_name for choice in member_choices(store)] == ["Арман", "Әлия"]
    assert [choice.id for choice in member_choices(store, including=(boris, None))] == [arman, aliya, boris]
    assert member_names(store, [boris, aliya, None, 999]) == {boris: "Борис", aliya: "Әлия"}


# --- The attendance sheet ----------------------------------------------------------


@pytest.fixture
def hall(store):
    """Three hundred active members, two who left, and an assembly."""
    rows = [{"full_name": f"Рабочий {n:03d}", "workplace": "Литейный цех" if n % 2 else "Механический цех"} for n in range(300)]
    add_members_in_bulk(store, rows)
    left = [add_member(store, full_name=f"Ушедший {n}").id for n in range(2)]
    for member_id in left:
        mark_member_left(store, member_id)
    return store, create_assembly(store), search_member_ids(store), left


def test_the_sheet_lists_active_members_by_name_not_yet_marked(hall):
    store, assembly, _ids, _left = hall
    sheet = attendance_sheet(store, assembly.id)
    assert len(sheet) == 300
    assert sheet[0].full_name == "Рабочий 000"
    assert sheet[0].workplace == "Механический цех"
    assert {row.presence for row in sheet} == {None}


def test_the_sheet_keeps_a_member_who_left_if_their_presence_was_recorded(hall):
    store, assembly, _ids, left = hall
    set_presence(store, assembly.id, left[0], Presence.present)
    sheet = attendance_sheet(store, assembly.id)
    assert len(sheet) == 301
    assert [row.presence for row in sheet if row.member_id == left[0]] == [Presence.present]


def test_the_sheet_searches_like_the_members_list(hall):
    store, assembly, _ids, _left = hall
    assert [row.full_name for row in attendance_sheet(store, assembly.id, "рабочий 123")] == ["Рабочий 123"]
    assert len(attendance_sheet(store, assembly.id, "литейный")) == 150
    assert attendance_sheet(store, assembly.id, "нет такого") == []


def test_marking_many_present_is_one_call_that_updates_and_inserts(hall):
    store, assembly, ids, _left = hall
    set_presence(store, assembly.id, ids[0], Presence.excused)
    assert set_presence_many(store, assembly.id, ids[:200] + ids[:10], Presence.present) == 200
    recorded = attendance(store, assembly.id)
    assert len(recorded) == 200
    assert set(recorded.values()) == {Presence.present}
    status = quorum(store, assembly.id)
    assert (status.required, status.registered, status.reached) == (151, 200, True)
    assert who_is_in_the_hall(store, assembly.id, for_votes=True).members_present == 200


def test_marking_many_refuses_an_unknown_member_and_records_nothing(hall):
    store, assembly, ids, _left = hall
    with pytest.raises(NotFound):
        set_presence_many(store, assembly.id, [ids[0], 99_999], Presence.present)
    assert attendance(store, assembly.id) == {}
    with pytest.raises(ValidationError):
        set_presence_many(store, assembly.id, ids[:3], "maybe")


def test_clearing_presence_forgets_only_the_members_given(hall):
    store, assembly, ids, _left = hall
    set_presence_many(store, assembly.id, ids[:5], Presence.present)
    clear_presence(store, assembly.id, ids[:3])
    assert attendance(store, assembly.id) == {ids[3]: Presence.present, ids[4]: Presence.present}


def test_count_present_includes_members_who_left_since(hall):
    store, assembly, ids, left = hall
    set_presence_many(store, assembly.id, [ids[0], left[0]], Presence.present)
    assert who_is_in_the_hall(store, assembly.id, for_votes=True).members_present == 2
    assert quorum(store, assembly.id).registered == 1


# --- Demands and tasks from the minutes ---------------------------------------------


@pytest.fixture
def voted_item(store):
    assembly = create_assembly(store, number=4)
    voters = [add_member(store, full_name=f"Член {n}").id for n in range(5)]
    set_presence_many(store, assembly.id, voters, Presence.present)
    item = add_agenda_item(store, assembly.id, title="Требования")
    carried = record_vote(store, item.id, question="Поднять ставки?", votes_for=4, votes_against=1, votes_abstain=0)
    failed = record_vote(store, item.id, question="Бастовать завтра?", votes_for=1, votes_against=4, votes_abstain=0)
    return item, carried, failed


def test_a_carried_vote_adopts_a_new_demand_with_its_history(store, voted_item):
    _item, carried, _failed = voted_item
    assert carried.outcome is VoteOutcome.carried
    demand = adopt_demand_from_vote(store, carried.id, title="Повысить ставки на 30%", text="С 1 мая", category="wages")
    saved = get_demand(store, demand.id)
    assert (saved.status, saved.adopted_by_vote_id, saved.category) == (DemandStatus.adopted, carried.id, DemandCategory.wages)
    history = demand_history(store, demand.id)
    assert [event.to_status for event in history] == [DemandStatus.proposed, DemandStatus.adopted]
    assert "No. 4" in history[-1].note and "Поднять ставки?" in history[-1].note
    assert adopted_demand_titles(store, [carried.id]) == {carried.id: ["Повысить ставки на 30%"]}


def test_a_failed_vote_adopts_nothing_and_writes_no_demand(store, voted_item):
    _item, _carried, failed = voted_item
    with pytest.raises(RuleViolation, match="did not carry"):
        adopt_demand_from_vote(store, failed.id, title="Бастовать")
    assert list_demands(store) == []
    assert adopted_demand_titles(store, [failed.id]) == {}


def test_adopting_from_a_missing_vote_or_without_a_title_writes_no_demand(store, voted_item):
    _item, carried, _failed = voted_item
    with pytest.raises(NotFound):
        adopt_demand_from_vote(store, 999, title="Что-то")
    with pytest.raises(ValidationError):
        adopt_demand_from_vote(store, carried.id, title="  ")
    assert list_demands(store) == []


def test_action_items_for_an_item_are_only_its_own(store, voted_item):
    item, _carried, _failed = voted_item
    other = add_agenda_item(store, item.assembly_id, title="Разное")
    first = add_action_item(store, text="Написать письмо", agenda_item_id=item.id)
    add_action_item(store, text="Другое", agenda_item_id=other.id)
    add_action_item(store, text="Без пункта")
    second = add_action_item(store, text="Собрать подписи", agenda_item_id=item.id, due_on="2025-05-01")
    assert [action.id for action in action_items_for_item(store, item.id)] == [first.id, second.id]


def test_a_cancelled_assembly_cannot_be_marked_held_by_an_update_either(store):
    from committee_app.errors import RuleViolation
    from committee_app.services.assemblies import create_assembly, get_assembly, update_assembly

    assembly = create_assembly(store, title="Отменённое")
    update_assembly(store, assembly.id, status="cancelled")
    with pytest.raises(RuleViolation):
        update_assembly(store, assembly.id, status="held")
    assert get_assembly(store, assembly.id).status == "cancelled"


@pytest.mark.parametrize("bad_count", ["12", 1.5, None, -1, True])
def test_vote_counts_that_are_not_whole_numbers_are_refused_in_words(store, bad_count):
    from committee_app.errors import ValidationError
    from committee_app.services.assemblies import add_agenda_item, create_assembly, record_vote, votes_on_item

    item = add_agenda_item(store, create_assembly(store).id, title="Вопрос")
    with pytest.raises(ValidationError, match="Votes for"):
        record_vote(store, item.id, question="Принять?", votes_for=bad_count, votes_against=0, votes_abstain=0)
    assert votes_on_item(store, item.id) == []

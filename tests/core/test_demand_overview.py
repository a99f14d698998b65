"""The overviews the desk lists: demands with the vote that adopted them, carried votes, action items."""

from datetime import date, datetime

import pytest
from sqlalchemy import event

from committee_app.services.actions import ActionRow, action_overview, add_action_item, set_action_status
from committee_app.services.assemblies import (
    add_agenda_item,
    create_assembly,
    record_vote,
    remove_agenda_item,
    set_presence,
)
from committee_app.services.demands import (
    VoteSummary,
    adopt_demand,
    carried_votes,
    change_demand_status,
    demand_overview,
    propose_demand,
    update_demand,
)
from committee_app.services.members import add_member
from committee_app.vocabulary import ActionStatus, DemandCategory, DemandStatus

# These tests are about records, not power cuts: writes skip fsync (see conftest).
pytestmark = pytest.mark.usefixtures("unsynced_writes")


def assembly_with_votes(store, *, number, starts_at, present):
    """An assembly with ``present`` members present and one agenda item; returns (assembly, item)."""
    assembly = create_assembly(store, number=number, starts_at=starts_at, title=f"Собрание {number}")
    for index in range(present):
        member = add_member(store, full_name=f"Участник {number}-{index}")
        set_presence(store, assembly.id, member.id, "present")
    item = add_agenda_item(store, assembly.id, title="Требования")
    return assembly, item


# --- demand_overview ------------------------------------------------------------


def test_demand_overview_is_empty_without_demands(store):
    assert demand_overview(store) == []


def test_demand_overview_names_the_assembly_and_vote_that_adopted_it(store):
    _, item = assembly_with_votes(store, number=2, starts_at=datetime(2026, 1, 12, 18, 30), present=24)
    vote = record_vote(store, item.id, question="Принять требования?", votes_for=23, votes_against=0, votes_abstain=1)
    demand = propose_demand(
        store, title="Индексация зарплаты", text="На 30%.", category="wages", priority=1, addressed_to="Директору"
    )
    adopt_demand(store, demand.id, vote.id)
    update_demand(store, demand.id, presented_on="2026-01-13", deadline="2026-01-27", response="Обещали ответить")

    [row] = demand_overview(store)

    assert row.id == demand.id
    assert (row.title, row.text, row.category, row.status, row.priority) == (
        "Индексация зарплаты",
        "На 30%.",
        DemandCategory.wages,
        DemandStatus.adopted,
        1,
    )
    assert (row.addressed_to, row.presented_on, row.deadline, row.response) == (
        "Директору",
        date(2026, 1, 13),
        date(2026, 1, 27),
        "Обещали ответить",
    )
    assert row.adopted_by == VoteSummary(
        vote_id=vote.id,
        question="Принять требования?",
        assembly_number=2,
        assembly_date=date(2026, 1, 12),
        votes_for=23,
        votes_against=0,
        votes_abstain=1,
    )


def test_demand_overview_without_an_adopting_vote(store):
    proposed = propose_demand(store, title="Спецодежда")
    adopted_without_vote = propose_demand(store, title="Душевые")
    change_demand_status(store, adopted_without_vote.id, DemandStatus.adopted)

    rows = {row.id: row for row in demand_overview(store)}

    assert rows[proposed.id].adopted_by is None
    assert rows[proposed.id].status is DemandStatus.proposed
    assert rows[adopted_without_vote.id].adopted_by is None
    assert rows[adopted_without_vote.id].status is DemandStatus.adopted


def test_demand_overview_of_an_assembly_without_a_date(store):
    _, item = assembly_with_votes(store, number=7, starts_at=None, present=3)
    vote = record_vote(store, item.id, question="Принять?", votes_for=3, votes_against=0, votes_abstain=0)
    demand = propose_demand(store, title="Спецодежда")
    adopt_demand(store, demand.id, vote.id)

    [row] = demand_overview(store)

    assert (row.adopted_by.assembly_number, row.adopted_by.assembly_date) == (7, None)


def test_demand_overview_in_priority_order_then_as_proposed(store):
    later = propose_demand(store, title="Потом", priority=3)
    first = propose_demand(store, title="Сначала", priority=0)
    second = propose_demand(store, title="Затем А", priority=1)
    third = propose_demand(store, title="Затем Б", priority=1)

    assert [row.id for row in demand_overview(store)] == [first.id, second.id, third.id, later.id]


def test_demand_overview_runs_one_query(store):
    _, item = assembly_with_votes(store, number=1, starts_at=datetime(2026, 2, 1, 10, 0), present=3)
    vote = record_vote(store, item.id, question="Принять?", votes_for=3, votes_against=0, votes_abstain=0)
    for index in range(5):
        adopt_demand(store, propose_demand(store, title=f"Требование {index}").id, vote.id)
    statements = []

    def count(*_arguments):
        statements.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        rows = demand_overview(store)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)

    assert len(rows) == 5
    assert all(row.adopted_by.assembly_number == 1 for row in rows)
    assert len(statements) == 1


# --- carried_votes --------------------------------------------------------------


def test_carried_votes_lists_only_carried_votes_latest_assembly_first(store):
    _, first_item = assembly_with_votes(store, number=1, starts_at=datetime(2026, 1, 5, 18, 0), present=3)
    _, second_item = assembly_with_votes(store, number=2, starts_at=datetime(2026, 1, 12, 18, 0), present=3)
    early = record_vote(store, first_item.id, question="Забастовка?", votes_for=2, votes_against=1, votes_abstain=0)
    record_vote(store, first_item.id, question="Отложить?", votes_for=1, votes_against=2, votes_abstain=0)
    late = record_vote(store, second_item.id, question="Требования?", votes_for=3, votes_against=0, votes_abstain=0)

    votes = carried_votes(store)

    assert votes == [
        VoteSummary(late.id, "Требования?", 2, date(2026, 1, 12), 3, 0, 0),
        VoteSummary(early.id, "Забастовка?", 1, date(2026, 1, 5), 2, 1, 0),
    ]


def test_carried_votes_is_empty_without_votes(store):
    create_assembly(store)
    assert carried_votes(store) == []


# --- action_overview ------------------------------------------------------------


def test_action_overview_names_the_assignee_and_the_assembly(store):
    member = add_member(store, full_name="Әлия Нұрланқызы")
    assembly = create_assembly(store, number=4)
    item = add_agenda_item(store, assembly.id, title="Разное")
    action = add_action_item(store, text="Собрать подписи", assignee_id=member.id, due_on="2026-03-01", agenda_item_id=item.id)
    loose = add_action_item(store, text="Позвонить юристу")

    assert action_overview(store) == [
        ActionRow(action.id, "Собрать подписи", ActionStatus.open, date(2026, 3, 1), member.id, "Әлия Нұрланқызы", 4),
        ActionRow(loose.id, "Позвонить юристу", ActionStatus.open, None, None, None, None),
    ]


def test_action_overview_by_due_date_undated_last(store):
    undated = add_action_item(store, text="Без даты")
    late = add_action_item(store, text="Позже", due_on="2026-05-02")
    early = add_action_item(store, text="Раньше", due_on="2026-05-01")
    undated_second = add_action_item(store, text="Тоже без даты")

    assert [row.id for row in action_overview(store)] == [early.id, late.id, undated.id, undated_second.id]


def test_action_overview_leaves_out_closed_items_unless_asked(store):
    open_item = add_action_item(store, text="Открыто", due_on="2026-05-01")
    done = add_action_item(store, text="Сделано", due_on="2026-05-02")
    dropped = add_action_item(store, text="Отменено", due_on="2026-05-03")
    set_action_status(store, done.id, ActionStatus.done)
    set_action_status(store, dropped.id, ActionStatus.dropped)

    assert [row.id for row in action_overview(store)] == [open_item.id]
    every = action_overview(store, include_closed=True)
    assert [(row.id, row.status) for row in every] == [
        (open_item.id, ActionStatus.open),
        (done.id, ActionStatus.done),
        (dropped.id, ActionStatus.dropped),
    ]


def test_action_overview_keeps_items_whose_agenda_item_was_removed(store):
    item = add_agenda_item(store, create_assembly(store, number=9).id, title="Разное")
    action = add_action_item(store, text="Сохранится", agenda_item_id=item.id)
    remove_agenda_item(store, item.id)

    [row] = action_overview(store)
    assert (row.id, row.assembly_number) == (action.id, None)

"""Demands: proposed, adopted by a vote, followed up, met or refused; every change in the history."""

from datetime import date, timedelta

import pytest

from committee_app.errors import NotFound, RuleViolation, ValidationError
from committee_app.keyslot import KdfParams
from committee_app.models import Demand
from committee_app.services.assemblies import add_agenda_item, create_assembly, record_vote, set_presence
from committee_app.services.demands import (
    adopt_demand,
    change_demand_status,
    deadline_is_near,
    demand_history,
    get_demand,
    list_demands,
    propose_demand,
    update_demand,
)
from committee_app.services.members import add_member
from committee_app.store import Store
from committee_app.vocabulary import DemandCategory, DemandStatus, VoteOutcome

S = DemandStatus


# These tests are about records, not power cuts: writes skip fsync (see conftest).
pytestmark = pytest.mark.usefixtures("unsynced_writes")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One store for the demand tests: each test proposes its own demands and reads only those."""
    folder = tmp_path_factory.mktemp("demands")
    opened = Store.create(folder / "committee.store", "shared тест", kdf=KdfParams(memory_kib=64, iterations=1, lanes=1))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def votes(shared):
    """A carried and a failed vote, taken at an assembly with three members present."""
    assembly = create_assembly(shared, title="Общее собрание")
    for name in ("Қайрат", "Ерлан", "Әлия"):
        set_presence(shared, assembly.id, add_member(shared, full_name=name).id, "present")
    item = add_agenda_item(shared, assembly.id, title="Требования к администрации")
    carried = record_vote(shared, item.id, question="Принять?", votes_for=2, votes_against=1, votes_abstain=0)
    failed = record_vote(shared, item.id, question="Принять?", votes_for=1, votes_against=2, votes_abstain=0)
    assert (carried.outcome, failed.outcome) == (VoteOutcome.carried, VoteOutcome.failed)
    return carried, failed


def changes(store, demand_id):
    return [(event.from_status, event.to_status, event.note) for event in demand_history(store, demand_id)]


def demand_at(store, status_path, **fields):
    """A demand taken through the statuses in ``status_path`` (each change allowed by the rules)."""
    demand = propose_demand(store, title=fields.pop("title", "Индексация зарплаты"), **fields)
    for status in status_path:
        change_demand_status(store, demand.id, status)
    return demand


# --- Proposing ----------------------------------------------------------------


def test_propose_writes_the_first_history_event(shared):
    demand = propose_demand(
        shared,
        title="  Повысить зарплату на 30% ",
        text="Всем рабочим цеха.",
        category="wages",
        priority=1,
        addressed_to="Директору",
        note="Предложил Қайрат",
    )
    saved = get_demand(shared, demand.id)
    assert saved.title == "Повысить зарплату на 30%"
    assert (saved.text, saved.category, saved.priority, saved.addressed_to) == ("Всем рабочим цеха.", DemandCategory.wages, 1, "Директору")
    assert saved.status is S.proposed
    assert saved.adopted_by_vote_id is None
    assert changes(shared, demand.id) == [(None, S.proposed, "Предложил Қайрат")]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"title": ""}, "Demand"),
        ({"title": "   "}, "Demand"),
        ({"title": "я" * 501}, "500"),
        ({"category": "salary"}, "salary"),
        ({"priority": 10}, "Priority"),
        ({"priority": -1}, "Priority"),
    ],
)
def test_propose_refuses_bad_fields(store, fields, words):
    fields = {"title": "Индексация", **fields}
    with pytest.raises(ValidationError, match=words):
        propose_demand(store, **fields)
    assert list_demands(store) == []


def test_missing_demand_is_not_found(shared):
    with pytest.raises(NotFound):
        get_demand(shared, 99_999)
    with pytest.raises(NotFound):
        update_demand(shared, 99_999, response="x")
    with pytest.raises(NotFound):
        change_demand_status(shared, 99_999, S.adopted)


# --- Adopting -----------------------------------------------------------------


def test_adopt_with_a_carried_vote(shared, votes):
    carried, _ = votes
    demand = propose_demand(shared, title="Спецодежда")
    adopt_demand(shared, demand.id, carried.id, note="Собрание №1")
    saved = get_demand(shared, demand.id)
    assert saved.status is S.adopted
    assert saved.adopted_by_vote_id == carried.id
    assert changes(shared, demand.id) == [(None, S.proposed, ""), (S.proposed, S.adopted, "Собрание №1")]


def test_adopt_with_a_failed_vote_is_refused_and_changes_nothing(shared, votes):
    _, failed = votes
    demand = propose_demand(shared, title="Спецодежда")
    with pytest.raises(RuleViolation, match="did not carry"):
        adopt_demand(shared, demand.id, failed.id)
    saved = get_demand(shared, demand.id)
    assert saved.status is S.proposed
    assert saved.adopted_by_vote_id is None
    assert changes(shared, demand.id) == [(None, S.proposed, "")]


def test_adopt_with_a_vote_that_does_not_exist_is_refused(shared):
    demand = propose_demand(shared, title="Спецодежда")
    with pytest.raises(NotFound, match="vote"):
        adopt_demand(shared, demand.id, 99_999)
    assert get_demand(shared, demand.id).status is S.proposed
    assert len(demand_history(shared, demand.id)) == 1


def test_an_adopted_demand_cannot_be_adopted_again(shared, votes):
    carried, _ = votes
    demand = demand_at(shared, [S.adopted])
    with pytest.raises(RuleViolation, match="already"):
        adopt_demand(shared, demand.id, carried.id)
    assert get_demand(shared, demand.id).adopted_by_vote_id is None
    assert len(demand_history(shared, demand.id)) == 2


# --- Status changes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "wanted"),
    [
        ([], S.met),
        ([], S.partially_met),
        ([], S.refused),
        ([], S.proposed),
        ([S.adopted, S.met], S.adopted),
        ([S.adopted, S.met], S.refused),
        ([S.adopted, S.refused], S.met),
        ([S.adopted, S.partially_met], S.adopted),
        ([S.adopted, S.partially_met], S.withdrawn),
        ([S.rejected], S.adopted),
        ([S.withdrawn], S.proposed),
        ([S.adopted], S.proposed),
    ],
)
def test_illegal_status_changes_are_refused_and_the_history_is_unchanged(shared, path, wanted):
    demand = demand_at(shared, path)
    before = changes(shared, demand.id)
    with pytest.raises(RuleViolation):
        change_demand_status(shared, demand.id, wanted, note="не должно попасть в историю")
    assert get_demand(shared, demand.id).status is (path[-1] if path else S.proposed)
    assert changes(shared, demand.id) == before
    assert len(before) == len(path) + 1


def test_adopted_then_partially_met_then_met_records_each_step(shared):
    demand = propose_demand(shared, title="Душевые в цехе", note="Предложено")
    change_demand_status(shared, demand.id, S.adopted, note="Принято собранием")
    change_demand_status(shared, demand.id, "partially_met", note="Отремонтировали одну")
    change_demand_status(shared, demand.id, S.met, note="Отремонтировали все")
    assert get_demand(shared, demand.id).status is S.met
    assert changes(shared, demand.id) == [
        (None, S.proposed, "Предложено"),
        (S.proposed, S.adopted, "Принято собранием"),
        (S.adopted, S.partially_met, "Отремонтировали одну"),
        (S.partially_met, S.met, "Отремонтировали все"),
    ]


def test_an_unknown_status_is_refused(shared):
    demand = propose_demand(shared, title="Душевые")
    with pytest.raises(ValidationError, match="fulfilled"):
        change_demand_status(shared, demand.id, "fulfilled")
    assert get_demand(shared, demand.id).status is S.proposed


def test_histories_of_demands_are_kept_apart(shared):
    first = demand_at(shared, [S.adopted], title="Первое")
    second = demand_at(shared, [S.rejected], title="Второе")
    assert [event.to_status for event in demand_history(shared, first.id)] == [S.proposed, S.adopted]
    assert [event.to_status for event in demand_history(shared, second.id)] == [S.proposed, S.rejected]


# --- Follow-up ----------------------------------------------------------------


def test_update_demand_records_the_follow_up(shared):
    demand = demand_at(shared, [S.adopted])
    update_demand(
        shared,
        demand.id,
        addressed_to="Генеральному директору ТОО «Мұнай»",
        presented_on="2025-03-01",
        deadline=date(2025, 3, 15),
        response="Обещали ответить письменно.",
    )
    saved = get_demand(shared, demand.id)
    assert saved.addressed_to == "Генеральному директору ТОО «Мұнай»"
    assert saved.presented_on == date(2025, 3, 1)
    assert saved.deadline == date(2025, 3, 15)
    assert saved.response == "Обещали ответить письменно."
    assert saved.status is S.adopted
    # Changing the wording is not a change of status.
    assert len(demand_history(shared, demand.id)) == 2


def test_an_empty_date_clears_it(shared):
    demand = propose_demand(shared, title="Душевые", deadline="2025-04-01")
    update_demand(shared, demand.id, deadline="  ")
    assert get_demand(shared, demand.id).deadline is None


@pytest.mark.parametrize(
    ("field", "label"),
    [("presented_on", "Presented on"), ("deadline", "Deadline")],
)
@pytest.mark.parametrize("text", ["01.03.2025", "2025-02-30", "завтра", "2025/03/01"])
def test_an_invalid_date_is_refused_naming_the_format(shared, field, label, text):
    demand = propose_demand(shared, title="Душевые", **{field: "2025-05-05"})
    with pytest.raises(ValidationError) as refused:
        update_demand(shared, demand.id, **{field: text})
    message = str(refused.value)
    assert "YYYY-MM-DD" in message
    assert label in message
    assert text in message
    assert getattr(get_demand(shared, demand.id), field) == date(2025, 5, 5)


TODAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("status", "days_left", "near"),
    [
        (S.adopted, -30, True),  # past
        (S.adopted, -1, True),
        (S.adopted, 0, True),  # today
        (S.adopted, 3, True),
        (S.adopted, 4, False),
        (S.adopted, 60, False),  # far
        (S.adopted, None, False),  # no deadline
        (S.partially_met, 1, True),
        (S.partially_met, -2, True),
        (S.met, -1, False),  # answered: nothing to chase
        (S.met, 1, False),
        (S.refused, -1, False),
        (S.withdrawn, 0, False),
        (S.rejected, 0, False),
    ],
)
def test_deadline_is_near(status, days_left, near):
    deadline = None if days_left is None else TODAY + timedelta(days=days_left)
    demand = Demand(title="Индексация", status=status, deadline=deadline)
    assert deadline_is_near(demand, TODAY) is near


@pytest.mark.parametrize(("days_left", "days", "near"), [(7, 7, True), (8, 7, False), (1, 0, False), (0, 0, True)])
def test_deadline_is_near_with_another_warning_period(days_left, days, near):
    demand = Demand(title="Индексация", status=S.adopted, deadline=TODAY + timedelta(days=days_left))
    assert deadline_is_near(demand, TODAY, days=days) is near


# --- Listing ------------------------------------------------------------------


def test_list_demands_by_status_in_priority_order(store):
    proposed_low = demand_at(store, [], title="Низкий приоритет", priority=5)
    adopted_a = demand_at(store, [S.adopted], title="Принято А", priority=2)
    partly = demand_at(store, [S.adopted, S.partially_met], title="Частично", priority=1)
    met = demand_at(store, [S.adopted, S.met], title="Выполнено", priority=1)
    adopted_b = demand_at(store, [S.adopted], title="Принято Б", priority=2)
    proposed_top = demand_at(store, [], title="Срочно", priority=0)

    def ids(statuses=None):
        return [demand.id for demand in list_demands(store, statuses=statuses)]

    assert ids() == [proposed_top.id, partly.id, met.id, adopted_a.id, adopted_b.id, proposed_low.id]
    assert ids((S.adopted,)) == [adopted_a.id, adopted_b.id]
    assert ids((S.adopted, S.partially_met)) == [partly.id, adopted_a.id, adopted_b.id]
    assert ids((S.proposed,)) == [proposed_top.id, proposed_low.id]
    assert ids((S.refused,)) == []
    assert ids(()) == ids()

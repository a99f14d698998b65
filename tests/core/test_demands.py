"""Demands: proposed, adopted by a vote, followed up, met or refused; every change in the history."""

from datetime import UTC, date, datetime, timedelta

import pytest

from committee_app.errors import NotFound, RuleViolation, ValidationError
from committee_app.keyslot import KdfParams
from committee_app.models import Demand, DemandEvent
from committee_app.services.assemblies import add_agenda_item, create_assembly, record_vote, set_presence
from committee_app.services.demands import (
    adopt_demand,
    change_demand_status,
    deadline_is_near,
    demand_history,
    event_day,
    get_demand,
    list_demands,
    propose_and_adopt_demand,
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
        (S.presented, 1, True),
        (S.presented, -2, True),
        (S.under_negotiation, 0, True),
        (S.under_negotiation, -5, True),
        (S.proposed, -1, False),  # not the workers' word yet: nobody to chase
        (S.partially_met, 1, False),  # answered, in part
        (S.partially_met, -2, False),
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


@pytest.mark.parametrize("status", [S.adopted, S.presented, S.under_negotiation])
@pytest.mark.parametrize(("response", "near"), [("Ответ получен 10.06", False), ("  ", True)])
def test_a_recorded_response_ends_the_chase(status, response, near):
    demand = Demand(title="Индексация", status=status, deadline=TODAY - timedelta(days=1), response=response)
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


# --- The day a change happened --------------------------------------------------


def days(store, demand_id):
    return [(event.to_status, event_day(event)) for event in demand_history(store, demand_id)]


def test_changes_keep_the_day_they_happened_not_the_day_they_were_typed(shared):
    today = date.today()
    demand = propose_demand(shared, title="Индексация", on=today - timedelta(days=20))
    change_demand_status(shared, demand.id, S.adopted, on=today - timedelta(days=14))
    change_demand_status(shared, demand.id, S.presented, on=(today - timedelta(days=10)).isoformat())
    change_demand_status(shared, demand.id, S.under_negotiation)

    assert days(shared, demand.id) == [
        (S.proposed, today - timedelta(days=20)),
        (S.adopted, today - timedelta(days=14)),
        (S.presented, today - timedelta(days=10)),
        (S.under_negotiation, today),
    ]
    # The day it was typed in stays known too.
    assert all(event.created_at.date() >= today - timedelta(days=1) for event in demand_history(shared, demand.id))


def test_presenting_sets_the_day_the_demand_was_presented(shared):
    today = date.today()
    dated = demand_at(shared, [], on=today - timedelta(days=9))
    change_demand_status(shared, dated.id, S.adopted, on=today - timedelta(days=8))
    change_demand_status(shared, dated.id, S.presented, on=today - timedelta(days=6))
    undated = demand_at(shared, [S.adopted])
    change_demand_status(shared, undated.id, S.presented)

    assert get_demand(shared, dated.id).presented_on == today - timedelta(days=6)
    assert get_demand(shared, undated.id).presented_on == today


def test_a_change_dated_in_the_future_is_refused_and_changes_nothing(shared):
    demand = demand_at(shared, [S.adopted])
    tomorrow = date.today() + timedelta(days=1)
    before = changes(shared, demand.id)

    with pytest.raises(ValidationError) as refused:
        change_demand_status(shared, demand.id, S.presented, on=tomorrow)

    assert str(refused.value) == f"The change cannot be dated {tomorrow:%d.%m.%Y}: that day has not come yet."
    saved = get_demand(shared, demand.id)
    assert (saved.status, saved.presented_on) == (S.adopted, None)
    assert changes(shared, demand.id) == before
    with pytest.raises(ValidationError, match="come yet"):
        propose_demand(shared, title="Завтрашнее", on=tomorrow)


def test_a_change_dated_before_the_previous_one_is_refused_and_changes_nothing(shared, votes):
    carried, _ = votes
    today = date.today()
    demand = propose_demand(shared, title="Индексация", on=today - timedelta(days=5))

    with pytest.raises(RuleViolation) as refused:
        adopt_demand_on(shared, demand.id, carried.id, today - timedelta(days=6))

    assert str(refused.value) == (
        f"The change cannot be dated {today - timedelta(days=6):%d.%m.%Y}: "
        f"the demand's previous change is dated {today - timedelta(days=5):%d.%m.%Y}."
    )
    saved = get_demand(shared, demand.id)
    assert (saved.status, saved.adopted_by_vote_id) == (S.proposed, None)
    assert len(demand_history(shared, demand.id)) == 1


def adopt_demand_on(store, demand_id, vote_id, on):
    return change_demand_status(store, demand_id, S.adopted, vote_id=vote_id, on=on)


def test_changes_on_the_same_day_keep_their_order(shared):
    day = date.today() - timedelta(days=3)
    demand = propose_demand(shared, title="Индексация", on=day)
    for status in (S.adopted, S.presented, S.under_negotiation, S.partially_met):
        change_demand_status(shared, demand.id, status, on=day)
    change_demand_status(shared, demand.id, S.met)

    assert [status for status, _ in days(shared, demand.id)] == [
        S.proposed, S.adopted, S.presented, S.under_negotiation, S.partially_met, S.met
    ]


@pytest.mark.parametrize("text", ["12.01.2026", "вчера"])
def test_a_change_date_that_is_not_a_date_is_refused(shared, text):
    demand = propose_demand(shared, title="Индексация")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        change_demand_status(shared, demand.id, S.adopted, on=text)
    assert get_demand(shared, demand.id).status is S.proposed


def test_the_history_is_in_the_order_of_the_days_not_of_typing(shared):
    demand = propose_demand(shared, title="Индексация", on=date(2026, 1, 5))
    # Two changes typed in the wrong order, as an older version or another store could hold them.
    with shared.session() as session:
        session.add(DemandEvent(demand_id=demand.id, at=datetime(2026, 1, 20, 9, tzinfo=UTC), from_status=S.adopted, to_status=S.presented))
        session.add(DemandEvent(demand_id=demand.id, at=datetime(2026, 1, 12, 9, tzinfo=UTC), from_status=S.proposed, to_status=S.adopted))

    assert [status for status, _ in days(shared, demand.id)] == [S.proposed, S.adopted, S.presented]


def test_a_demand_adopted_by_a_vote_is_dated_by_its_assembly(store):
    assembly = create_assembly(store, title="Общее собрание", starts_at=datetime(2026, 1, 12, 18, 30))
    set_presence(store, assembly.id, add_member(store, full_name="Қайрат").id, "present")
    item = add_agenda_item(store, assembly.id, title="Требования")
    vote = record_vote(store, item.id, question="Принять?", votes_for=1, votes_against=0, votes_abstain=0)

    demand = propose_and_adopt_demand(store, vote.id, title="Индексация")

    assert days(store, demand.id) == [(S.proposed, date(2026, 1, 12)), (S.adopted, date(2026, 1, 12))]

"""The demo store: the Zhanaozen oil workers' strike committee, built through the services."""

from datetime import date

import pytest
from sqlmodel import select

from committee_app import demo_content, rules
from committee_app.demo import create_demo_store
from committee_app.keyslot import KdfParams
from committee_app.models import ActionItem, AgendaItem, Assembly, Attendance, Demand, DemandEvent, Member, Vote
from committee_app.services import assemblies, demands, elections, profile
from committee_app.store import Store
from committee_app.vocabulary import (
    AssemblyKind,
    BallotKind,
    AssemblyStatus,
    DemandStatus,
    MajorityRule,
    MemberStatus,
    Presence,
    VoteOutcome,
)

DEMO_PASSPHRASE = "демо құпия сөз"
# The module fixture is built before the per-test fast-KDF patch applies, so it names its own.
FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo store for the module (building it takes about a second); tests only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.store"
    store = create_demo_store(path, DEMO_PASSPHRASE, kdf=FAST_KDF)
    with store.session() as session:
        records = {
            "members": list(session.exec(select(Member).order_by(Member.id))),
            "assemblies": list(session.exec(select(Assembly).order_by(Assembly.number))),
            "agenda": list(session.exec(select(AgendaItem).order_by(AgendaItem.id))),
            "attendance": list(session.exec(select(Attendance))),
            "votes": list(session.exec(select(Vote).order_by(Vote.id))),
            "demands": list(session.exec(select(Demand).order_by(Demand.id))),
            "events": list(session.exec(select(DemandEvent).order_by(DemandEvent.id))),
            "actions": list(session.exec(select(ActionItem).order_by(ActionItem.id))),
        }
    yield store, records
    store.close()


def has_kazakh(text: str) -> bool:
    return any(letter in KAZAKH_LETTERS for letter in text)


def test_the_demo_store_opens_again_with_its_passphrase_and_leaves_no_building_files(demo):
    store, _ = demo
    folder = store.path.parent
    assert sorted(path.name for path in folder.iterdir() if ".demo-new" in path.name) == []
    reopened = Store.open(store.path, DEMO_PASSPHRASE)
    try:
        assert profile.get_profile(reopened).name == demo_content.PROFILE["name"]
    finally:
        reopened.close()


def test_forty_members_with_kazakh_and_russian_names(demo):
    _, records = demo
    names = [member.full_name for member in records["members"]]
    assert len(names) == 40
    assert len(set(names)) == 40
    assert sum(has_kazakh(name) for name in names) >= 10
    russian = [name for name in names if name.split()[-1].endswith(("вич", "вна"))]
    assert len(russian) >= 5, russian
    assert any("Петренко" in name for name in names)
    assert all(member.phone.startswith("+7 7") for member in records["members"])


def test_four_protocols_numbered_in_date_order_three_held_one_planned(demo):
    _, records = demo
    held = records["assemblies"]
    assert [assembly.number for assembly in held] == [1, 2, 3, 4]
    starts = [assembly.starts_at for assembly in held]
    assert starts == sorted(starts) and len(set(starts)) == 4
    assert [assembly.kind for assembly in held] == [
        AssemblyKind.committee_meeting,
        AssemblyKind.general_assembly,
        AssemblyKind.committee_meeting,
        AssemblyKind.general_assembly,
    ]
    assert [assembly.status for assembly in held] == [AssemblyStatus.held] * 3 + [AssemblyStatus.planned]


def test_held_assemblies_reached_quorum_and_the_planned_one_has_no_attendance(demo):
    store, records = demo
    active = sum(member.status == MemberStatus.active for member in records["members"])
    for assembly in records["assemblies"]:
        present = [
            row for row in records["attendance"] if row.assembly_id == assembly.id and row.presence == Presence.present
        ]
        counted = assemblies.hall(store, assembly.id)
        if assembly.kind == AssemblyKind.committee_meeting:
            # The committee's active members are those entitled; only they are counted.
            assert assembly.entitled is None and counted.entitled_are_members
            assert counted.entitled == active
            assert counted.registered == len(present)
        if assembly.status == AssemblyStatus.held:
            assert len(present) > 0
            assert counted.registered == len(present) + assembly.registered_others
            assert counted.quorum.reached, (assembly.number, counted)
        else:
            assert present == [] and counted.registered == 0
            assert not counted.quorum.reached


def general_assembly(records) -> Assembly:
    (found,) = [
        assembly
        for assembly in records["assemblies"]
        if assembly.kind == AssemblyKind.general_assembly and assembly.status == AssemblyStatus.held
    ]
    return found


def test_the_general_assembly_counts_the_workforce_in_the_hall_not_the_member_list(demo):
    store, records = demo
    assembly = general_assembly(records)
    assert assembly.number == 2 and assembly.starts_at.date() == date(2026, 1, 5)
    counted = assemblies.hall(store, assembly.id)
    assert not counted.entitled_are_members
    assert (counted.entitled, counted.members_present, counted.others, counted.registered) == (1260, 12, 646, 658)
    # At least half of the 1,260 workers: 630 needed, 658 signed in.
    assert assembly.quorum_rule == "fraction:1/2"
    assert (counted.quorum.required, counted.quorum.registered, counted.quorum.entitled) == (630, 658, 1260)
    assert counted.quorum.reached
    members_by_id = {member.id: member for member in records["members"]}
    present = [
        members_by_id[row.member_id]
        for row in records["attendance"]
        if row.assembly_id == assembly.id and row.presence == Presence.present
    ]
    assert len(present) == 12
    assert {member.id for member in present} >= {assembly.chair_id, assembly.secretary_id}
    guests = assembly.guests_names.splitlines()
    assert assembly.guests_count == len(guests) == 4


def test_the_general_assembly_declared_the_strike_and_adopted_the_demands_by_its_votes(demo):
    _, records = demo
    assembly = general_assembly(records)
    items = {item.id for item in records["agenda"] if item.assembly_id == assembly.id}
    votes = [vote for vote in records["votes"] if vote.agenda_item_id in items]
    assert len(votes) == 7
    for vote in votes:
        assert vote.outcome == VoteOutcome.carried, vote.question
        assert 600 <= vote.votes_for + vote.votes_against + vote.votes_abstain <= 658, vote.question
    (strike,) = [vote for vote in votes if vote.question.startswith("Объявить забастовку")]
    assert (strike.votes_for, strike.votes_against, strike.votes_abstain) == (590, 38, 22)
    assert strike.majority_rule == MajorityRule.registered_majority
    # Under an absolute majority of the 1,260 entitled the same 590 would not have carried it.
    assert rules.vote_outcome(590, 38, 22, MajorityRule.absolute, 658, 1260) == VoteOutcome.failed

    vote_ids = {vote.id for vote in votes}
    adopted = [demand for demand in records["demands"] if demand.adopted_by_vote_id in vote_ids]
    assert len(adopted) == 5
    for keywords in (("заработн", "100%"), ("пенсионн",), ("профсоюз",), ("задержанн",), ("сжиженн",)):
        assert demand_matching(records, *keywords) in adopted
    for demand in adopted:
        assert demand.presented_on >= assembly.starts_at.date(), demand.title
    # The committee meeting of the day before prepared the drafts and adopted none of them.
    meeting = records["assemblies"][0]
    meeting_items = {item.id for item in records["agenda"] if item.assembly_id == meeting.id}
    meeting_votes = {vote.id for vote in records["votes"] if vote.agenda_item_id in meeting_items}
    assert not [demand for demand in records["demands"] if demand.adopted_by_vote_id in meeting_votes]


def test_held_agenda_items_have_heard_spoke_and_decided(demo):
    _, records = demo
    held = {assembly.id for assembly in records["assemblies"] if assembly.status == AssemblyStatus.held}
    held_items = [item for item in records["agenda"] if item.assembly_id in held]
    assert len(held_items) >= 6
    for item in held_items:
        assert item.heard.strip() and item.spoke.strip() and item.decided.strip(), item.title
    planned_items = [item for item in records["agenda"] if item.assembly_id not in held]
    assert planned_items, "the planned assembly has an agenda"
    for item in planned_items:
        assert item.heard == item.spoke == item.decided == ""


def test_every_vote_outcome_follows_the_rules_and_one_vote_failed(demo):
    store, records = demo
    assembly_of_item = {item.id: item.assembly_id for item in records["agenda"]}
    assert records["votes"]
    for vote in records["votes"]:
        counted = assemblies.hall(store, assembly_of_item[vote.agenda_item_id], for_votes=True)
        expected = rules.vote_outcome(
            vote.votes_for, vote.votes_against, vote.votes_abstain, vote.majority_rule, counted.registered, counted.entitled
        )
        assert vote.outcome == expected, vote.question
    outcomes = [vote.outcome for vote in records["votes"]]
    assert outcomes.count(VoteOutcome.failed) == 1
    assert outcomes.count(VoteOutcome.carried) >= 7


def demand_matching(records, *keywords) -> Demand:
    found = [
        demand
        for demand in records["demands"]
        if all(keyword in (demand.title + " " + demand.text).lower() for keyword in keywords)
    ]
    assert len(found) == 1, (keywords, [demand.title for demand in found])
    return found[0]


@pytest.mark.parametrize(
    "keywords",
    [
        ("заработн", "100%"),
        ("пенсионн", "возраст"),
        ("независимые профсоюзы", "забастов"),
        ("освобод", "задержанн"),
        ("сжиженн", "газ", "60 тенге"),
    ],
    ids=["wage-rise-100", "retirement-age", "unions-and-strike", "detained-workers", "liquefied-gas"],
)
def test_the_historic_demands_are_there_and_adopted_by_a_carried_vote(demo, keywords):
    _, records = demo
    demand = demand_matching(records, *keywords)
    assert demand.status != DemandStatus.proposed
    votes = {vote.id: vote for vote in records["votes"]}
    assert demand.adopted_by_vote_id in votes
    assert votes[demand.adopted_by_vote_id].outcome == VoteOutcome.carried


def test_every_adopted_demand_points_to_a_carried_vote_and_has_a_history(demo):
    _, records = demo
    votes = {vote.id: vote for vote in records["votes"]}
    for demand in records["demands"]:
        history = [event.to_status for event in records["events"] if event.demand_id == demand.id]
        if demand.status == DemandStatus.proposed:
            assert demand.adopted_by_vote_id is None
            continue
        assert votes[demand.adopted_by_vote_id].outcome == VoteOutcome.carried, demand.title
        assert DemandStatus.adopted in history, demand.title
        assert history[-1] == demand.status, demand.title


def test_at_least_one_demand_met_one_refused_and_each_answered_one_has_a_response(demo):
    _, records = demo
    statuses = [demand.status for demand in records["demands"]]
    assert DemandStatus.met in statuses
    assert DemandStatus.refused in statuses
    for demand in records["demands"]:
        if demand.status in (DemandStatus.met, DemandStatus.partially_met, DemandStatus.refused):
            assert demand.response.strip() and demand.presented_on is not None, demand.title


def test_each_demand_history_is_dated_by_what_happened_not_by_when_the_demo_was_made(demo):
    store, records = demo
    assembly_of_vote = {
        vote.id: item.assembly_id
        for vote in records["votes"]
        for item in records["agenda"]
        if item.id == vote.agenda_item_id
    }
    held_on = {assembly.id: assembly.starts_at.date() for assembly in records["assemblies"]}
    for index, (demand, content) in enumerate(zip(records["demands"], demo_content.DEMANDS, strict=True)):
        history = demands.demand_history(store, demand.id)
        days = {event.to_status: demands.event_day(event) for event in history}
        assert days[DemandStatus.proposed] == date.fromisoformat(content["proposed_on"]), index
        if demand.status == DemandStatus.proposed:
            continue
        assert days[DemandStatus.adopted] == held_on[assembly_of_vote[demand.adopted_by_vote_id]], index
        assert days[DemandStatus.presented] == demand.presented_on == date.fromisoformat(content["presented_on"]), index
        if content["answered_on"]:
            assert days[demand.status] == date.fromisoformat(content["answered_on"]), index
        assert [demands.event_day(event) for event in history] == sorted(days.values()), index


def test_action_items_exist_with_assignees_who_are_members(demo):
    _, records = demo
    member_ids = {member.id for member in records["members"]}
    assert len(records["actions"]) >= 5
    for action in records["actions"]:
        assert action.assignee_id in member_ids
        assert action.due_on is not None
        assert action.agenda_item_id is not None


def test_kazakh_letters_appear_in_the_minutes_and_demands(demo):
    _, records = demo
    minutes = " ".join(item.heard + item.spoke + item.decided for item in records["agenda"])
    demands = " ".join(demand.title + demand.text for demand in records["demands"])
    assert has_kazakh(minutes)
    assert has_kazakh(demands)
    everything = minutes + demands + " ".join(member.full_name for member in records["members"])
    assert set("әғқңөұүі") <= set(everything.lower())


def test_the_general_assembly_elected_three_delegates_to_the_council_by_secret_ballot(demo):
    store, records = demo
    assembly = general_assembly(records)
    (outcome,) = elections.election_results(store, assembly.id)
    assert outcome.ballot_kind == BallotKind.secret and outcome.declared
    assert (outcome.registered, outcome.ballots_issued, outcome.ballots_found, outcome.ballots_invalid) == (658, 650, 648, 6)
    assert outcome.ballots_valid == 642 and outcome.required == 330
    assert len(outcome.candidates) == 5 and len(outcome.counting_commission) == 3
    assert [row.votes for row in outcome.elected] == [498, 431, 402] and outcome.tied == ()
    assert sum(row.votes for row in outcome.candidates) <= 642 * 3
    # The count went into the minutes, after the decision typed for the item.
    item = next(each for each in records["agenda"] if each.id == outcome.agenda_item_id)
    typed, declared = item.decided.split("\n")
    assert typed.startswith("Избрать трёх делегатов")
    assert "действительных бюллетеней: 642" in declared
    assert "Избраны: Б.А. Қожахметов, Н.Қ. Тұрсынбаев, Д.Б. Сәрсенбаева." in declared


def test_the_delegates_hold_mandates_and_one_was_recalled_by_a_carried_vote(demo):
    store, records = demo
    held = elections.mandates(store)
    assert len(held) == 3
    assert {(row.starts_on, row.ends_on, row.elected_at_assembly) for row in held} == {(date(2026, 1, 5), date(2027, 1, 5), 2)}
    (recalled,) = [row for row in held if row.recalled_on is not None]
    assert recalled.member_id is None and recalled.name == "Тұрсынбаев Нұрлан Қайратұлы"
    assert (recalled.recalled_on, recalled.recalled_at_assembly) == (date(2026, 1, 12), 3)
    vote = next(each for each in records["votes"] if each.id == recalled.recall_vote_id)
    assert vote.outcome == VoteOutcome.carried and "кері шақыру" in vote.question
    current = elections.mandates(store, current_only=True, on=date(2026, 2, 1))
    assert [row.name.split()[0] for row in current] == ["Қожахметов", "Сәрсенбаева"]
    # A member's mandate is kept with the member.
    (kozhakhmetov,) = [member for member in records["members"] if member.full_name.startswith("Қожахметов")]
    assert [row.body for row in elections.mandates_of_member(store, kozhakhmetov.id)] == ["Совет рабочих комитетов Мангистау"]

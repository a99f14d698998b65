"""The general assembly of the workforce, through the services: 1,200 workers entitled, 640
registered of whom 12 are committee members, the strike voted 590 / 30 / 20, quorum over the
workforce, the demand adopted by the hall's vote."""

from datetime import datetime

import pytest

from committee_app.errors import RuleViolation
from committee_app.services import assemblies, demands
from committee_app.services.members import add_member
from committee_app.vocabulary import AssemblyKind, AssemblyStatus, DemandStatus, MajorityRule, Presence, VoteOutcome

pytestmark = pytest.mark.usefixtures("unsynced_writes")

ENTITLED = 1200
MEMBERS_PRESENT = 12
AT_THE_DOOR = 628


@pytest.fixture
def general_assembly(store):
    members = [add_member(store, full_name=f"Мұнайшы {n:02d}", workplace="ӨМГ").id for n in range(15)]
    assembly = assemblies.create_assembly(
        store,
        kind=AssemblyKind.general_assembly,
        title="Общее собрание работников",
        starts_at=datetime(2026, 12, 16, 11, 0),
        place="Жаңаөзен, площадь",
        entitled=ENTITLED,
        quorum_rule="fraction:1/2",
        guests_names="Адвокат Серікбаев Н.\nЖурналист Әбенова Д.",
        guests_count=2,
    )
    assemblies.set_presence_many(store, assembly.id, members[:MEMBERS_PRESENT], Presence.present)
    assemblies.set_presence(store, assembly.id, members[12], Presence.excused)
    return assembly


def test_the_whole_cycle_of_a_general_assembly_of_1200_workers(store, general_assembly):
    assembly_id = general_assembly.id
    # Before the count at the door: twelve members are far from quorum over the workforce.
    early = assemblies.hall(store, assembly_id)
    assert (early.entitled, early.registered, early.quorum.required, early.quorum.reached) == (1200, 12, 600, False)

    # After the assembly the secretary enters the count from the signed sheets.
    assemblies.update_assembly(store, assembly_id, registered_others=AT_THE_DOOR)
    hall = assemblies.hall(store, assembly_id)
    assert (hall.members_present, hall.others, hall.registered) == (12, 628, 640)
    assert (hall.quorum.required, hall.quorum.reached) == (600, True)

    item = assemblies.add_agenda_item(store, assembly_id, title="Об объявлении забастовки", decided="Объявить забастовку.")
    vote = assemblies.record_vote(
        store, item.id, question="Объявить забастовку?", votes_for=590, votes_against=30, votes_abstain=20,
        majority_rule=MajorityRule.registered_majority,
    )
    assert vote.outcome is VoteOutcome.carried
    demand = assemblies.adopt_demand_from_vote(store, vote.id, title="Повысить заработную плату на 100%")
    assert demand.status is DemandStatus.adopted
    assert demand.adopted_by_vote_id == vote.id
    assert assemblies.adopted_demand_titles(store, [vote.id]) == {vote.id: ["Повысить заработную плату на 100%"]}
    [event] = [e for e in demands.demand_history(store, demand.id) if e.to_status is DemandStatus.adopted]
    assert "No. 1" in event.note

    assemblies.close_assembly(store, assembly_id)
    held = assemblies.get_assembly(store, assembly_id)
    assert held.status is AssemblyStatus.held
    assert (held.entitled, held.registered_others, held.guests_count) == (1200, 628, 2)

    # One more vote than those registered is refused, naming both numbers.
    with pytest.raises(RuleViolation) as refused:
        assemblies.record_vote(store, item.id, question="Ещё раз?", votes_for=600, votes_against=41, votes_abstain=0)
    assert "641 votes" in str(refused.value) and "only 640 were registered" in str(refused.value)

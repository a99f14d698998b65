"""Who is in the hall: those entitled, those registered (members present and others signed
in at the door), invited guests; quorum over those entitled; votes up to those registered."""

import pytest

from committee_app.errors import RuleViolation, ValidationError
from committee_app.services.assemblies import (
    add_agenda_item,
    adopt_demand_from_vote,
    clear_presence,
    create_assembly,
    get_assembly,
    hall,
    quorum,
    record_vote,
    set_presence_many,
    update_assembly,
    votes_on_item,
)
from committee_app.services.members import add_member, mark_member_left
from committee_app.vocabulary import AssemblyKind, MajorityRule, Presence, VoteOutcome

pytestmark = pytest.mark.usefixtures("unsynced_writes")


@pytest.fixture
def twelve_members(store):
    return [add_member(store, full_name=f"Мұнайшы {n:02d}").id for n in range(12)]


def general_assembly(store, **fields):
    return create_assembly(store, kind=AssemblyKind.general_assembly, **fields)


def test_a_new_assembly_counts_the_active_members_as_before(store, twelve_members):
    assembly = create_assembly(store, kind=AssemblyKind.committee_meeting)
    set_presence_many(store, assembly.id, twelve_members[:7], Presence.present)
    counted = hall(store, assembly.id)
    assert (counted.entitled, counted.entitled_are_members) == (12, True)
    assert (counted.members_present, counted.others, counted.registered) == (7, 0, 7)
    assert (counted.quorum.required, counted.quorum.reached) == (7, True)


def test_quorum_of_a_general_assembly_is_over_the_workforce(store, twelve_members):
    assembly = general_assembly(store, entitled=1200, registered_others=628)
    set_presence_many(store, assembly.id, twelve_members, Presence.present)
    counted = hall(store, assembly.id)
    assert (counted.entitled, counted.entitled_are_members) == (1200, False)
    assert (counted.members_present, counted.others, counted.registered) == (12, 628, 640)
    assert (counted.quorum.required, counted.quorum.registered, counted.quorum.reached) == (601, 640, True)


@pytest.mark.parametrize(
    ("rule", "entitled", "registered", "required", "reached"),
    [
        # quorum of at least half of the workforce
        ("fraction:1/2", 1200, 600, 600, True),
        ("fraction:1/2", 1200, 599, 600, False),
        # more than half
        ("majority", 1200, 600, 601, False),
        # a conference: two thirds of the delegates elected
        ("fraction:2/3", 45, 30, 30, True),
        ("fraction:2/3", 45, 29, 30, False),
        ("fixed:100", 1200, 100, 100, True),
    ],
)
def test_the_labour_law_shapes_of_quorum(store, rule, entitled, registered, required, reached):
    assembly = general_assembly(store, entitled=entitled, registered_others=registered, quorum_rule=rule)
    status = quorum(store, assembly.id)
    assert (status.required, status.registered, status.reached) == (required, registered, reached)


def test_others_signed_in_count_with_the_members_towards_quorum_and_votes(store, twelve_members):
    assembly = general_assembly(store, entitled=300)
    set_presence_many(store, assembly.id, twelve_members[:5], Presence.present)
    item = add_agenda_item(store, assembly.id, title="Забастовка")
    with pytest.raises(RuleViolation) as refused:
        record_vote(store, item.id, question="Объявить забастовку?", votes_for=250, votes_against=20, votes_abstain=10)
    assert "280 votes" in str(refused.value) and "only 5 were registered" in str(refused.value)
    assert votes_on_item(store, item.id) == []

    update_assembly(store, assembly.id, registered_others=295)
    vote = record_vote(store, item.id, question="Объявить забастовку?", votes_for=250, votes_against=20, votes_abstain=10)
    assert vote.outcome is VoteOutcome.carried
    assert quorum(store, assembly.id).reached


def test_an_absolute_majority_is_over_those_entitled(store, twelve_members):
    assembly = general_assembly(store, entitled=1200, registered_others=628)
    set_presence_many(store, assembly.id, twelve_members, Presence.present)
    item = add_agenda_item(store, assembly.id, title="Требования")
    counts = {"votes_for": 590, "votes_against": 30, "votes_abstain": 20}
    absolute = record_vote(store, item.id, question="Q1", majority_rule=MajorityRule.absolute, **counts)
    of_registered = record_vote(store, item.id, question="Q2", majority_rule=MajorityRule.registered_majority, **counts)
    assert (absolute.outcome, of_registered.outcome) == (VoteOutcome.failed, VoteOutcome.carried)


def test_members_who_left_since_still_count_for_the_votes_they_cast(store, twelve_members):
    assembly = create_assembly(store, kind=AssemblyKind.committee_meeting, registered_others=1)
    set_presence_many(store, assembly.id, twelve_members[:3], Presence.present)
    mark_member_left(store, twelve_members[0])
    assert hall(store, assembly.id).registered == 3  # quorum: active members only
    assert hall(store, assembly.id, for_votes=True).registered == 4


def test_the_hall_numbers_are_kept_and_checked(store):
    assembly = general_assembly(store, entitled=1200, registered_others=10, guests_names="Адвокат\nЖурналист", guests_count=2)
    saved = get_assembly(store, assembly.id)
    assert (saved.entitled, saved.registered_others, saved.guests_names, saved.guests_count) == (
        1200, 10, "Адвокат\nЖурналист", 2,
    )
    update_assembly(store, assembly.id, entitled=None)
    assert get_assembly(store, assembly.id).entitled is None
    for bad in ({"entitled": -1}, {"entitled": 2_000_000}, {"registered_others": -5}, {"entitled": "many"}):
        with pytest.raises(ValidationError):
            update_assembly(store, assembly.id, **bad)
    assert get_assembly(store, assembly.id).registered_others == 10


def voted_hall(store, members):
    """A general assembly of 1,200 with 12 members and 628 at the door, its vote 590/30/20."""
    assembly = general_assembly(store, entitled=1200, registered_others=628)
    set_presence_many(store, assembly.id, members, Presence.present)
    item = add_agenda_item(store, assembly.id, title="Забастовка")
    return assembly, item


def test_those_registered_cannot_fall_below_a_vote_already_counted(store, twelve_members):
    assembly, item = voted_hall(store, twelve_members)
    record_vote(store, item.id, question="Бастовать?", votes_for=590, votes_against=30, votes_abstain=20)
    with pytest.raises(RuleViolation) as refused:
        update_assembly(store, assembly.id, registered_others=528)
    assert "640 votes" in str(refused.value) and "would leave 540" in str(refused.value)
    assert get_assembly(store, assembly.id).registered_others == 628
    with pytest.raises(RuleViolation):
        clear_presence(store, assembly.id, twelve_members[:1])
    assert hall(store, assembly.id).members_present == 12


def test_a_vote_outcome_follows_a_corrected_count(store, twelve_members):
    assembly, item = voted_hall(store, twelve_members)
    vote = record_vote(
        store, item.id, question="Бастовать?", votes_for=590, votes_against=30, votes_abstain=20,
        majority_rule=MajorityRule.absolute,
    )
    assert vote.outcome is VoteOutcome.failed  # 590 is not more than half of 1,200
    update_assembly(store, assembly.id, entitled=1100)
    [recounted] = votes_on_item(store, item.id)
    assert recounted.outcome is VoteOutcome.carried  # but it is of 1,100


def test_a_correction_that_would_undo_an_adopting_vote_is_refused(store, twelve_members):
    assembly, item = voted_hall(store, twelve_members)
    vote = record_vote(
        store, item.id, question="Требования?", votes_for=590, votes_against=30, votes_abstain=20,
        majority_rule=MajorityRule.absolute,
    )
    update_assembly(store, assembly.id, entitled=1100)
    adopt_demand_from_vote(store, vote.id, title="Повысить зарплату")
    with pytest.raises(RuleViolation) as refused:
        update_assembly(store, assembly.id, entitled=1200)
    assert "Требования?" in str(refused.value)
    assert get_assembly(store, assembly.id).entitled == 1100
    assert votes_on_item(store, item.id)[0].outcome is VoteOutcome.carried


def test_guests_given_by_name_are_counted_unless_a_count_comes_with_them(store):
    assembly = general_assembly(store, entitled=300, guests_names="Адвокат\n\n  Журналист  \n")
    assert get_assembly(store, assembly.id).guests_count == 2
    update_assembly(store, assembly.id, guests_names="Адвокат\nЖурналист\nОбщественник")
    assert get_assembly(store, assembly.id).guests_count == 3
    update_assembly(store, assembly.id, guests_count=5)
    update_assembly(store, assembly.id, guests_names="Адвокат")
    assert get_assembly(store, assembly.id).guests_count == 5  # more came than were named
    update_assembly(store, assembly.id, guests_names="Адвокат", guests_count=1)
    assert get_assembly(store, assembly.id).guests_count == 1

"""Assemblies: protocol numbers, the agenda, attendance and quorum, votes, closing."""

from datetime import datetime

import pytest
from sqlmodel import select

from committee_app.errors import NotFound, RuleViolation, UserError, ValidationError
from committee_app.keyslot import KdfParams
from committee_app.models import Attendance
from committee_app.services.assemblies import (
    add_agenda_item,
    agenda,
    attendance,
    close_assembly,
    create_assembly,
    get_assembly,
    get_assembly_by_number,
    list_assemblies,
    move_agenda_item,
    next_assembly_number,
    quorum,
    record_vote,
    remove_agenda_item,
    set_presence,
    update_agenda_item,
    update_assembly,
    votes_on_item,
)
from committee_app.services.demands import adopt_demand, get_demand, propose_demand
from committee_app.services.members import add_member, mark_member_left
from committee_app.store import Store
from committee_app.vocabulary import AssemblyKind, AssemblyStatus, DemandStatus, MajorityRule, MemberStatus, Presence, VoteOutcome


# These tests are about records, not power cuts: writes skip fsync (see conftest).
pytestmark = pytest.mark.usefixtures("unsynced_writes")


def shared_store(tmp_path_factory, name: str) -> Store:
    """One store for several tests; each test works in its own assembly within it."""
    folder = tmp_path_factory.mktemp(name)
    return Store.create(folder / "committee.store", "shared тест", kdf=KdfParams(memory_kib=64, iterations=1, lanes=1))


def add_members(store, count, *, status=MemberStatus.active):
    """``count`` members with the given status; their ids in the order added."""
    return [add_member(store, full_name=f"Жұмысшы {status.value} {n:02d}", status=status).id for n in range(count)]


def mark_present(store, assembly_id, member_ids):
    for member_id in member_ids:
        set_presence(store, assembly_id, member_id, Presence.present)


def titles(items):
    return [item.title for item in items]


# --- Protocol numbers and details ---------------------------------------------


def test_protocol_numbers_count_up_from_one(store):
    assert next_assembly_number(store) == 1
    first = create_assembly(store, title="Общее собрание")
    second = create_assembly(store, title="Заседание комитета", kind=AssemblyKind.committee_meeting)
    assert (first.number, second.number) == (1, 2)
    assert next_assembly_number(store) == 3
    assert [assembly.number for assembly in list_assemblies(store)] == [2, 1]
    assert get_assembly(store, first.id).status is AssemblyStatus.planned


def test_an_explicit_number_is_kept_and_the_next_one_follows_it(store):
    create_assembly(store, number=7)
    assert create_assembly(store).number == 8


def test_a_duplicate_protocol_number_is_refused(store):
    create_assembly(store, number=12, title="Первое")
    with pytest.raises(ValidationError, match="12"):
        create_assembly(store, number=12, title="Второе")
    assert titles(list_assemblies(store)) == ["Первое"]


def test_changing_to_a_taken_number_is_refused(store):
    create_assembly(store)
    second = create_assembly(store)
    with pytest.raises(ValidationError, match="1"):
        update_assembly(store, second.id, number=1)
    assert get_assembly(store, second.id).number == 2
    # Keeping its own number is not a clash.
    assert update_assembly(store, second.id, number=2, title="Без изменений").number == 2


@pytest.mark.parametrize("number", [0, -3, 1_000_001, "5", 2.0, True])
def test_a_protocol_number_that_is_not_a_positive_whole_number_is_refused(store, number):
    with pytest.raises(ValidationError, match="protocol number"):
        create_assembly(store, number=number)
    assert list_assemblies(store) == []


def test_update_assembly_details(store):
    chair = add_member(store, full_name="Қайрат Жұмабаев")
    secretary = add_member(store, full_name="Әлия Нұрланқызы")
    assembly = create_assembly(store)
    update_assembly(
        store,
        assembly.id,
        title="  Собрание о зарплате ",
        place="Клуб «Мұнайшы»",
        starts_at=datetime(2025, 3, 14, 18, 30, 45, 123),
        chair_id=chair.id,
        secretary_id=secretary.id,
        kind="rally",
        quorum_rule=" Fixed:25 ",
        guests_count=4,
        opening_notes="Открыл председатель.",
    )
    saved = get_assembly(store, assembly.id)
    assert saved.title == "Собрание о зарплате"
    assert saved.place == "Клуб «Мұнайшы»"
    assert saved.starts_at == datetime(2025, 3, 14, 18, 30)  # to the minute
    assert (saved.chair_id, saved.secretary_id) == (chair.id, secretary.id)
    assert saved.kind is AssemblyKind.rally
    assert saved.quorum_rule == "fixed:25"
    assert saved.guests_count == 4
    assert saved.opening_notes == "Открыл председатель."


@pytest.mark.parametrize(
    ("changes", "exception", "words"),
    [
        ({"quorum_rule": "most"}, ValidationError, "most"),
        ({"guests_count": -1}, ValidationError, "Guests"),
        ({"kind": "picnic"}, ValidationError, "picnic"),
        ({"title": "я" * 501}, ValidationError, "500"),
        ({"starts_at": "2025-03-14 18:30"}, ValidationError, "date and time"),
        ({"chair_id": 999}, NotFound, "member"),
        ({"secretary_id": 999}, NotFound, "member"),
    ],
)
def test_update_assembly_refuses_bad_values_and_changes_nothing(store, changes, exception, words):
    assembly = create_assembly(store, title="Собрание", quorum_rule="majority")
    with pytest.raises(exception, match=words):
        update_assembly(store, assembly.id, **changes)
    saved = get_assembly(store, assembly.id)
    assert (saved.title, saved.quorum_rule, saved.guests_count, saved.chair_id) == ("Собрание", "majority", 0, None)


def test_a_chair_who_does_not_exist_is_refused(store):
    with pytest.raises(NotFound, match="member"):
        create_assembly(store, chair_id=4242)
    assert list_assemblies(store) == []


def test_get_assembly_by_number(store):
    create_assembly(store, title="Первое")
    create_assembly(store, title="Второе")
    assert get_assembly_by_number(store, 2).title == "Второе"


def test_get_assembly_by_a_missing_number_names_the_number(store):
    create_assembly(store)
    with pytest.raises(NotFound, match="42"):
        get_assembly_by_number(store, 42)


def test_missing_assembly_is_not_found(store):
    with pytest.raises(NotFound):
        get_assembly(store, 999)
    with pytest.raises(NotFound):
        update_assembly(store, 999, title="x")
    with pytest.raises(NotFound):
        add_agenda_item(store, 999, title="x")


# --- Agenda -------------------------------------------------------------------


@pytest.fixture(scope="module")
def meetings(tmp_path_factory):
    """A store for agenda and vote tests: each test makes its own assembly in it."""
    shared = shared_store(tmp_path_factory, "meetings")
    yield shared
    shared.close()


@pytest.fixture
def three_items(meetings):
    assembly = create_assembly(meetings)
    items = [add_agenda_item(meetings, assembly.id, title=title) for title in ("А", "Б", "В")]
    return assembly, items


def test_agenda_items_are_numbered_in_the_order_added(meetings, three_items):
    assembly, items = three_items
    assert [item.position for item in items] == [1, 2, 3]
    assert titles(agenda(meetings, assembly.id)) == ["А", "Б", "В"]
    # Another assembly's agenda starts again at 1.
    other = create_assembly(meetings)
    assert add_agenda_item(meetings, other.id, title="Г").position == 1
    assert titles(agenda(meetings, assembly.id)) == ["А", "Б", "В"]


@pytest.mark.parametrize(
    ("moved", "new_position", "expected"),
    [
        (2, 1, ["В", "А", "Б"]),  # last to first
        (0, 3, ["Б", "В", "А"]),  # first to last
        (0, 2, ["Б", "А", "В"]),  # into the middle
        (2, 2, ["А", "В", "Б"]),
        (1, 2, ["А", "Б", "В"]),  # where it already is
        (0, 99, ["Б", "В", "А"]),  # beyond the end: last
        (2, 0, ["В", "А", "Б"]),  # before the start: first
        (2, -5, ["В", "А", "Б"]),
    ],
)
def test_move_agenda_item_renumbers(meetings, three_items, moved, new_position, expected):
    assembly, items = three_items
    returned = move_agenda_item(meetings, items[moved].id, new_position)
    assert titles(returned) == expected
    saved = agenda(meetings, assembly.id)
    assert titles(saved) == expected
    assert [item.position for item in saved] == [1, 2, 3]


@pytest.mark.parametrize(("removed", "expected"), [(0, ["Б", "В"]), (1, ["А", "В"]), (2, ["А", "Б"])])
def test_remove_agenda_item_renumbers(meetings, three_items, removed, expected):
    assembly, items = three_items
    remove_agenda_item(meetings, items[removed].id)
    saved = agenda(meetings, assembly.id)
    assert titles(saved) == expected
    assert [item.position for item in saved] == [1, 2]
    # A new item goes after the renumbered ones.
    assert add_agenda_item(meetings, assembly.id, title="Г").position == 3


def test_update_agenda_item_records_the_protocol_parts(meetings, three_items):
    assembly, items = three_items
    update_agenda_item(meetings, items[1].id, heard="Доклад о зарплате.", spoke="Ерлан, Әлия.", decided="Требовать индексации.")
    saved = agenda(meetings, assembly.id)[1]
    assert (saved.heard, saved.spoke, saved.decided) == ("Доклад о зарплате.", "Ерлан, Әлия.", "Требовать индексации.")


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1, "10", 7.5, True, None])
def test_invalid_planned_minutes_are_refused(meetings, minutes):
    assembly = create_assembly(meetings)
    with pytest.raises(ValidationError, match="Planned minutes"):
        add_agenda_item(meetings, assembly.id, title="Разное", planned_minutes=minutes)
    assert agenda(meetings, assembly.id) == []


@pytest.mark.parametrize("minutes", [0, 24 * 60])
def test_planned_minutes_at_the_limits_are_accepted(meetings, minutes):
    assembly = create_assembly(meetings)
    add_agenda_item(meetings, assembly.id, title="Разное", planned_minutes=minutes)
    assert agenda(meetings, assembly.id)[0].planned_minutes == minutes


@pytest.mark.parametrize("title", ["", "   "])
def test_an_agenda_item_needs_a_title(meetings, title):
    assembly = create_assembly(meetings)
    with pytest.raises(ValidationError, match="Item title"):
        add_agenda_item(meetings, assembly.id, title=title)
    assert agenda(meetings, assembly.id) == []


def test_a_presenter_who_does_not_exist_is_refused(meetings):
    assembly = create_assembly(meetings)
    with pytest.raises(NotFound):
        add_agenda_item(meetings, assembly.id, title="Доклад", presenter_id=777)
    assert agenda(meetings, assembly.id) == []


# --- Attendance and quorum ----------------------------------------------------


def test_set_presence_changes_the_record_instead_of_adding_one(meetings):
    members = add_members(meetings, 2)
    assembly = create_assembly(meetings)
    set_presence(meetings, assembly.id, members[0], "present")
    set_presence(meetings, assembly.id, members[0], "excused")
    set_presence(meetings, assembly.id, members[1], Presence.absent)
    assert attendance(meetings, assembly.id) == {members[0]: Presence.excused, members[1]: Presence.absent}
    assert quorum(meetings, assembly.id).registered == 0
    with meetings.session() as session:
        rows = session.exec(select(Attendance).where(Attendance.assembly_id == assembly.id)).all()
    assert sorted((row.member_id, row.presence) for row in rows) == [
        (members[0], Presence.excused),
        (members[1], Presence.absent),
    ]


def test_attendance_is_per_assembly(meetings):
    members = add_members(meetings, 2)
    first, second = create_assembly(meetings), create_assembly(meetings)
    set_presence(meetings, first.id, members[0], "present")
    set_presence(meetings, second.id, members[1], "excused")
    assert attendance(meetings, first.id) == {members[0]: Presence.present}
    assert attendance(meetings, second.id) == {members[1]: Presence.excused}


def test_attendance_of_an_assembly_nobody_attended_is_empty(meetings):
    assert attendance(meetings, create_assembly(meetings).id) == {}


@pytest.mark.parametrize(
    ("presence", "member_id", "exception"),
    [("late", None, ValidationError), ("present", 999, NotFound)],
)
def test_set_presence_refuses_unknown_presence_or_member(meetings, presence, member_id, exception):
    members = add_members(meetings, 1)
    assembly = create_assembly(meetings)
    with pytest.raises(exception):
        set_presence(meetings, assembly.id, member_id or members[0], presence)
    assert attendance(meetings, assembly.id) == {}


def _committee_of_ten(store):
    active = add_members(store, 10)
    inactive = add_members(store, 3, status=MemberStatus.inactive)
    left = add_members(store, 2, status=MemberStatus.left)
    return active, inactive, left


@pytest.fixture(scope="module")
def committee(tmp_path_factory):
    """Ten active members, plus three inactive and two who left: the quorum counts only the ten.

    Shared: each test makes its own assembly, and none changes a member.
    """
    shared = shared_store(tmp_path_factory, "committee")
    yield shared, _committee_of_ten(shared)
    shared.close()


@pytest.mark.parametrize(("present", "reached", "missing"), [(0, False, 6), (5, False, 1), (6, True, 0), (10, True, 0)])
def test_majority_quorum_of_ten_active_members_needs_six(committee, present, reached, missing):
    store, (active, _, _) = committee
    assembly = create_assembly(store)
    mark_present(store, assembly.id, active[:present])
    status = quorum(store, assembly.id)
    assert (status.required, status.registered, status.reached, status.missing) == (6, present, reached, missing)


def test_excused_and_absent_members_do_not_count_as_present(committee):
    store, (active, _, _) = committee
    assembly = create_assembly(store)
    mark_present(store, assembly.id, active[:5])
    set_presence(store, assembly.id, active[5], "excused")
    set_presence(store, assembly.id, active[6], "absent")
    status = quorum(store, assembly.id)
    assert (status.registered, status.reached, status.missing) == (5, False, 1)


def test_members_who_leave_lower_the_majority_needed(store):
    active, _, _ = _committee_of_ten(store)
    assembly = create_assembly(store)
    for member_id in active[:4]:
        mark_member_left(store, member_id)
    assert quorum(store, assembly.id).required == 4  # six active left


@pytest.mark.parametrize(("present", "reached", "missing"), [(2, False, 1), (3, True, 0)])
def test_fixed_quorum(committee, present, reached, missing):
    store, (active, _, _) = committee
    assembly = create_assembly(store, quorum_rule="fixed:3")
    mark_present(store, assembly.id, active[:present])
    status = quorum(store, assembly.id)
    assert (status.required, status.reached, status.missing) == (3, reached, missing)


def test_fraction_quorum(committee):
    store, (active, _, _) = committee
    assembly = create_assembly(store, quorum_rule="fraction:2/3")
    mark_present(store, assembly.id, active[:6])
    status = quorum(store, assembly.id)
    assert (status.required, status.reached, status.missing) == (7, False, 1)


# --- Votes --------------------------------------------------------------------


@pytest.fixture(scope="module")
def six_present(meetings):
    """An assembly of eight entitled, with six members present, one excused and one absent."""
    members = add_members(meetings, 8)
    assembly = create_assembly(meetings, entitled=8)
    mark_present(meetings, assembly.id, members[:6])
    set_presence(meetings, assembly.id, members[6], "excused")
    set_presence(meetings, assembly.id, members[7], "absent")
    return assembly


@pytest.fixture
def item_with_six_present(meetings, six_present):
    """A fresh agenda item, so that each test sees only its own votes."""
    return add_agenda_item(meetings, six_present.id, title="О требованиях")


@pytest.mark.parametrize(
    ("rule", "votes", "outcome"),
    [
        (MajorityRule.simple, (3, 2, 1), VoteOutcome.carried),
        (MajorityRule.simple, (3, 3, 0), VoteOutcome.failed),
        (MajorityRule.simple, (1, 0, 5), VoteOutcome.carried),
        (MajorityRule.registered_majority, (3, 2, 1), VoteOutcome.failed),  # 3 of 6 is not more than half
        (MajorityRule.registered_majority, (4, 0, 2), VoteOutcome.carried),
        (MajorityRule.registered_majority, (4, 0, 0), VoteOutcome.carried),  # of those registered, not of those voting
        (MajorityRule.absolute, (4, 0, 2), VoteOutcome.failed),  # 4 of the 8 entitled is not more than half
        (MajorityRule.absolute, (5, 1, 0), VoteOutcome.carried),
        (MajorityRule.two_thirds, (4, 2, 0), VoteOutcome.carried),
        (MajorityRule.two_thirds, (3, 2, 1), VoteOutcome.failed),
        (MajorityRule.two_thirds, (0, 0, 6), VoteOutcome.failed),
        ("two_thirds", (2, 1, 3), VoteOutcome.carried),
        ("absolute", (3, 0, 0), VoteOutcome.failed),
        ("registered_majority", (3, 0, 0), VoteOutcome.failed),
    ],
)
def test_record_vote_computes_and_stores_the_outcome(meetings, item_with_six_present, rule, votes, outcome):
    votes_for, votes_against, votes_abstain = votes
    vote = record_vote(
        meetings,
        item_with_six_present.id,
        question="Принять требования?",
        votes_for=votes_for,
        votes_against=votes_against,
        votes_abstain=votes_abstain,
        majority_rule=rule,
    )
    assert vote.outcome is outcome
    [saved] = votes_on_item(meetings, item_with_six_present.id)
    assert saved.outcome is outcome
    assert (saved.votes_for, saved.votes_against, saved.votes_abstain) == votes
    assert saved.majority_rule is MajorityRule(rule)
    assert saved.question == "Принять требования?"


@pytest.mark.parametrize("votes", [(4, 2, 1), (7, 0, 0), (0, 0, 7)])
def test_more_votes_than_members_present_are_refused(meetings, item_with_six_present, votes):
    votes_for, votes_against, votes_abstain = votes
    with pytest.raises(RuleViolation, match="only 6 were registered"):
        record_vote(
            meetings,
            item_with_six_present.id,
            question="Принять?",
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstain=votes_abstain,
        )
    assert votes_on_item(meetings, item_with_six_present.id) == []


@pytest.mark.parametrize(
    ("question", "rule", "exception"),
    [("", "simple", ValidationError), ("Принять?", "unanimous", ValidationError)],
)
def test_record_vote_refuses_an_empty_question_or_unknown_rule(meetings, item_with_six_present, question, rule, exception):
    with pytest.raises(exception):
        record_vote(meetings, item_with_six_present.id, question=question, votes_for=1, votes_against=0, votes_abstain=0, majority_rule=rule)
    assert votes_on_item(meetings, item_with_six_present.id) == []


def test_votes_are_listed_in_the_order_recorded(meetings, item_with_six_present):
    for question in ("Первый", "Второй", "Третий"):
        record_vote(meetings, item_with_six_present.id, question=question, votes_for=4, votes_against=1, votes_abstain=1)
    assert [vote.question for vote in votes_on_item(meetings, item_with_six_present.id)] == ["Первый", "Второй", "Третий"]


# --- Closing ------------------------------------------------------------------


def test_close_assembly_marks_it_held(meetings):
    assembly = create_assembly(meetings)
    assert close_assembly(meetings, assembly.id).status is AssemblyStatus.held
    assert get_assembly(meetings, assembly.id).status is AssemblyStatus.held


def test_a_cancelled_assembly_cannot_be_closed(meetings):
    assembly = create_assembly(meetings)
    update_assembly(meetings, assembly.id, status="cancelled")
    with pytest.raises(RuleViolation, match="cancelled"):
        close_assembly(meetings, assembly.id)
    assert get_assembly(meetings, assembly.id).status is AssemblyStatus.cancelled


def test_removing_an_item_whose_vote_adopted_a_demand_is_handled(store):
    members = add_members(store, 3)
    assembly = create_assembly(store)
    mark_present(store, assembly.id, members)
    first = add_agenda_item(store, assembly.id, title="Требования")
    add_agenda_item(store, assembly.id, title="Разное")
    vote = record_vote(store, first.id, question="Принять?", votes_for=3, votes_against=0, votes_abstain=0)
    demand = propose_demand(store, title="Индексация зарплаты на 30%")
    adopt_demand(store, demand.id, vote.id)
    try:
        remove_agenda_item(store, first.id)
    except UserError:
        # Refused with a message the user can read: the agenda is as it was.
        assert titles(agenda(store, assembly.id)) == ["Требования", "Разное"]
    else:
        # Or removed: the demand stays adopted and the agenda is renumbered.
        assert get_demand(store, demand.id).status is DemandStatus.adopted
        assert [(item.title, item.position) for item in agenda(store, assembly.id)] == [("Разное", 1)]

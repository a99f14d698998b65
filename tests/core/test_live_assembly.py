"""Running an assembly live: the item on the floor, the speakers list written into the
minutes, votes typed as hands are counted, and counters' sheets summed into the vote."""

from datetime import UTC, datetime, timedelta

import pytest

from committee_app.errors import NotFound, RuleViolation, ValidationError
from committee_app.services import live
from committee_app.services.assemblies import (
    add_agenda_item,
    adopt_demand_from_vote,
    agenda,
    create_assembly,
    get_assembly,
    remove_agenda_item,
    votes_on_item,
)
from committee_app.services.erasure import erase_member
from committee_app.services.members import add_member, delete_member
from committee_app.store import Store
from committee_app.vocabulary import AssemblyKind, MajorityRule, SpeakerState, VoteOutcome

from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("unsynced_writes")

NOON = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@pytest.fixture
def hall(store):
    """A general assembly of 1,200 workers, 640 registered, with three items."""
    assembly = create_assembly(store, kind=AssemblyKind.general_assembly, entitled=1200, registered_others=640)
    items = [add_agenda_item(store, assembly.id, title=title) for title in ("Жалақы", "Ереуіл", "Делегаттар")]
    return assembly, items


def test_the_live_view_starts_on_the_first_item_and_reopens_on_the_last_one_chosen(store, store_path, hall):
    assembly, items = hall
    assert live.live_item(store, assembly.id).id == items[0].id
    live.set_live_item(store, assembly.id, items[2].id)
    store.close()
    reopened = Store.open(store_path, PASSPHRASE)
    try:
        assert live.live_item(reopened, assembly.id).id == items[2].id
    finally:
        reopened.close()


def test_a_removed_live_item_falls_back_to_the_first(store, hall):
    assembly, items = hall
    live.set_live_item(store, assembly.id, items[1].id)
    remove_agenda_item(store, items[1].id)
    assert live.live_item(store, assembly.id).id == items[0].id


def test_an_item_of_another_assembly_is_refused(store, hall):
    assembly, _items = hall
    other = create_assembly(store, kind=AssemblyKind.committee_meeting)
    foreign = add_agenda_item(store, other.id, title="Басқа")
    with pytest.raises(ValidationError, match="another assembly"):
        live.set_live_item(store, assembly.id, foreign.id)


def test_an_empty_agenda_has_no_live_item(store):
    assembly = create_assembly(store, kind=AssemblyKind.committee_meeting)
    assert live.live_item(store, assembly.id) is None


@pytest.mark.parametrize("seconds", [0, 14, 3601, -5, True, 2.5])
def test_a_speakers_time_out_of_range_is_refused(store, hall, seconds):
    assembly, _items = hall
    with pytest.raises(ValidationError, match="15 seconds to 60 minutes"):
        live.set_speaking_limit(store, assembly.id, seconds)
    assert get_assembly(store, assembly.id).speaking_limit_seconds == 180


def test_the_speakers_time_is_set_per_assembly(store, hall):
    assembly, _items = hall
    other = create_assembly(store, kind=AssemblyKind.committee_meeting)
    live.set_speaking_limit(store, assembly.id, 120)
    assert get_assembly(store, assembly.id).speaking_limit_seconds == 120
    assert get_assembly(store, other.id).speaking_limit_seconds == 180


def test_speakers_go_into_spoke_in_the_order_they_finished_with_their_names_as_the_minutes_write_them(store, hall):
    _assembly, items = hall
    item = items[0]
    member = add_member(store, full_name="Жұмабаев Қайрат Серікұлы")
    first = live.add_speaker(store, item.id, member_id=member.id)
    second = live.add_speaker(store, item.id, name="Иванова Мария Петровна")
    third = live.add_speaker(store, item.id, name="Петренко Сергей")
    assert [row.name for row in live.speakers(store, item.id)] == [
        "Жұмабаев Қайрат Серікұлы",
        "Иванова Мария Петровна",
        "Петренко Сергей",
    ]
    live.give_floor(store, second.id, now=NOON)
    live.finish_speaker(store, second.id, gist="предложила  объявить\nзабастовку", now=NOON + timedelta(seconds=150))
    live.give_floor(store, first.id, now=NOON + timedelta(minutes=3))
    # Giving the floor to the next one finishes whoever still has it.
    live.give_floor(store, third.id, now=NOON + timedelta(minutes=7))
    rows = {row.id: row for row in live.speakers(store, item.id)}
    assert rows[second.id].spoke_seconds == 150
    assert rows[first.id].spoke_seconds == 240
    assert (rows[first.id].state, rows[third.id].state) == (SpeakerState.spoke, SpeakerState.speaking)
    [saved] = [each for each in agenda(store, item.assembly_id) if each.id == item.id]
    assert saved.spoke.splitlines() == ["М.П. Иванова — предложила объявить забастовку", "Қ.С. Жұмабаев"]


def test_finishing_keeps_what_the_secretary_typed_in_spoke_before(store, hall):
    _assembly, items = hall
    from committee_app.services.assemblies import update_agenda_item

    update_agenda_item(store, items[0].id, spoke="Председатель зачитал письмо акимата.")
    speaker = live.add_speaker(store, items[0].id, name="Ермеков Нұрлан Қуанышұлы")
    live.give_floor(store, speaker.id, now=NOON)
    item = live.finish_speaker(store, speaker.id, gist="против", now=NOON + timedelta(seconds=30))
    assert item.spoke == "Председатель зачитал письмо акимата.\nН.Қ. Ермеков — против"


def test_remaining_time_counts_down_and_goes_negative_past_the_limit(store, hall):
    _assembly, items = hall
    speaker = live.add_speaker(store, items[0].id, name="Петренко Сергей")
    waiting = live.speakers(store, items[0].id)[0]
    assert live.remaining_seconds(waiting, 180, NOON) is None
    on_floor = live.give_floor(store, speaker.id, now=NOON)
    assert live.remaining_seconds(on_floor, 180, NOON + timedelta(seconds=45)) == 135
    assert live.remaining_seconds(on_floor, 180, NOON + timedelta(seconds=200)) == -20


def test_the_floor_given_survives_closing_the_laptop(store, store_path, hall):
    _assembly, items = hall
    speaker = live.add_speaker(store, items[0].id, name="Петренко Сергей")
    live.give_floor(store, speaker.id, now=NOON)
    store.close()
    reopened = Store.open(store_path, PASSPHRASE)
    try:
        [row] = live.speakers(reopened, items[0].id)
        assert (row.state, row.started_at) == (SpeakerState.speaking, NOON)
    finally:
        reopened.close()


def test_reordering_and_removing_renumber_the_list(store, hall):
    _assembly, items = hall
    ids = [live.add_speaker(store, items[0].id, name=name).id for name in ("А", "Б", "В", "Г")]
    rows = live.move_speaker(store, ids[3], 1)
    assert [row.name for row in rows] == ["Г", "А", "Б", "В"]
    assert [row.position for row in rows] == [1, 2, 3, 4]
    live.remove_speaker(store, ids[0])
    rows = live.speakers(store, items[0].id)
    assert [(row.position, row.name) for row in rows] == [(1, "Г"), (2, "Б"), (3, "В")]


def test_one_who_spoke_stays_on_the_list(store, hall):
    _assembly, items = hall
    speaker = live.add_speaker(store, items[0].id, name="Петренко Сергей")
    live.give_floor(store, speaker.id, now=NOON)
    live.finish_speaker(store, speaker.id, now=NOON)
    with pytest.raises(RuleViolation, match="in the minutes"):
        live.remove_speaker(store, speaker.id)
    with pytest.raises(RuleViolation, match="already spoken"):
        live.give_floor(store, speaker.id)
    with pytest.raises(RuleViolation, match="has the floor"):
        live.finish_speaker(store, speaker.id)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Choose a member or type"),
        ({"name": "   "}, "Choose a member or type"),
        ({"name": "Аты\tжөні"}, "control character"),
        ({"name": "Ә" * 301}, "too long"),
    ],
)
def test_a_speaker_without_a_proper_name_is_refused(store, hall, fields, message):
    _assembly, items = hall
    with pytest.raises(ValidationError, match=message):
        live.add_speaker(store, items[0].id, **fields)
    assert live.speakers(store, items[0].id) == []


def test_a_member_who_spoke_is_kept_when_deleted_and_named_by_placeholder_when_erased(store, hall):
    _assembly, items = hall
    member = add_member(store, full_name="Сағынтаева Гүлнар Ережепқызы", phone="+7 705 111 22 33")
    speaker = live.add_speaker(store, items[0].id, member_id=member.id)
    typed = live.add_speaker(store, items[0].id, name="Сағынтаева Гүлнар")
    assert delete_member(store, member.id).deleted is False
    result = erase_member(store, member.id)
    rows = {row.id: row.name for row in live.speakers(store, items[0].id)}
    assert rows[speaker.id] == result.placeholder
    assert "Сағынтаева" not in rows[typed.id]


def test_a_vote_is_saved_as_its_counts_are_typed(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[0].id, question="Объявить забастовку")
    assert (vote.votes_for, vote.outcome) == (0, VoteOutcome.failed)
    live.set_vote_counts(store, vote.id, votes_for=412, votes_against=31, votes_abstain=17)
    [saved] = votes_on_item(store, items[0].id)
    assert (saved.votes_for, saved.votes_against, saved.votes_abstain, saved.outcome) == (412, 31, 17, VoteOutcome.carried)
    live.set_vote_counts(store, vote.id, votes_for=412, votes_against=31, votes_abstain=17, majority_rule="absolute")
    assert votes_on_item(store, items[0].id)[0].outcome == VoteOutcome.failed  # 412 is not above 600


def test_more_hands_than_registered_are_refused_and_the_counts_stay(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[0].id, question="Объявить забастовку")
    live.set_vote_counts(store, vote.id, votes_for=400, votes_against=0, votes_abstain=0)
    with pytest.raises(RuleViolation):
        live.set_vote_counts(store, vote.id, votes_for=600, votes_against=41, votes_abstain=0)
    assert votes_on_item(store, items[0].id)[0].votes_for == 400


def test_the_sheets_are_summed_into_the_vote_with_their_numbers_and_sectors(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[1].id, question="Объявить забастовку", majority_rule=MajorityRule.simple)
    live.set_tally(store, vote.id, 1, sector="Партер, ряды 1–10", votes_for=150, votes_against=12, votes_abstain=3)
    live.set_tally(store, vote.id, 2, sector="Балкон", votes_for=98, votes_against=40, votes_abstain=7)
    summed = live.set_tally(store, vote.id, 3, sector="Фойе", votes_for=20, votes_against=1, votes_abstain=0)
    assert (summed.votes_for, summed.votes_against, summed.votes_abstain) == (268, 53, 10)
    # A sheet corrected replaces its numbers; it is not counted twice.
    live.set_tally(store, vote.id, 2, sector="Балкон", votes_for=90, votes_against=48, votes_abstain=7)
    [saved] = votes_on_item(store, items[1].id)
    assert (saved.votes_for, saved.votes_against, saved.votes_abstain) == (260, 61, 10)
    assert [(t.sheet_number, t.sector) for t in live.tallies(store, vote.id)] == [
        (1, "Партер, ряды 1–10"),
        (2, "Балкон"),
        (3, "Фойе"),
    ]
    summed = live.remove_tally(store, vote.id, 3)
    assert (summed.votes_for, summed.votes_against, summed.votes_abstain) == (240, 60, 10)


def test_a_vote_counted_on_sheets_takes_no_typed_total(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[1].id, question="Объявить забастовку")
    live.set_tally(store, vote.id, 1, votes_for=10, votes_against=2, votes_abstain=0)
    with pytest.raises(RuleViolation, match="tally sheets"):
        live.set_vote_counts(store, vote.id, votes_for=500, votes_against=0, votes_abstain=0)
    assert votes_on_item(store, items[1].id)[0].votes_for == 10


def test_sheets_adding_up_to_more_than_registered_are_refused_and_nothing_changes(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[1].id, question="Объявить забастовку")
    live.set_tally(store, vote.id, 1, votes_for=600, votes_against=0, votes_abstain=0)
    with pytest.raises(RuleViolation):
        live.set_tally(store, vote.id, 2, votes_for=41, votes_against=0, votes_abstain=0)
    assert [t.sheet_number for t in live.tallies(store, vote.id)] == [1]
    assert votes_on_item(store, items[1].id)[0].votes_for == 600


@pytest.mark.parametrize("sheet", [0, -1, 10_001, True])
def test_a_sheet_number_out_of_range_is_refused(store, hall, sheet):
    _assembly, items = hall
    vote = live.start_vote(store, items[1].id, question="Q")
    with pytest.raises(ValidationError, match="sheet number"):
        live.set_tally(store, vote.id, sheet, votes_for=1, votes_against=0, votes_abstain=0)


def test_removing_a_sheet_not_in_the_count_says_so(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[1].id, question="Q")
    with pytest.raises(ValidationError, match="Sheet No. 4"):
        live.remove_tally(store, vote.id, 4)


def test_a_vote_that_adopted_a_demand_cannot_be_made_to_fail_or_removed(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[0].id, question="Повысить зарплату на 100%")
    live.set_vote_counts(store, vote.id, votes_for=500, votes_against=10, votes_abstain=0)
    adopt_demand_from_vote(store, vote.id, title="Жалақыны 100% көтеру")
    with pytest.raises(RuleViolation, match="Жалақыны 100% көтеру"):
        live.set_vote_counts(store, vote.id, votes_for=5, votes_against=10, votes_abstain=0)
    with pytest.raises(RuleViolation, match="must stay"):
        live.remove_vote(store, vote.id)
    assert votes_on_item(store, items[0].id)[0].votes_for == 500


def test_a_vote_started_by_mistake_is_removed_with_its_sheets(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[0].id, question="Ошибка")
    live.set_tally(store, vote.id, 1, votes_for=3, votes_against=0, votes_abstain=0)
    live.remove_vote(store, vote.id)
    assert votes_on_item(store, items[0].id) == []
    with pytest.raises(NotFound):
        live.tallies(store, vote.id) or live.remove_tally(store, vote.id, 1)


def test_each_item_keeps_its_time_on_the_floor_across_turns_and_a_closed_live_view(store, store_path, hall):
    assembly, items = hall
    assert live.open_live(store, assembly.id, now=NOON).id == items[0].id
    live.set_live_item(store, assembly.id, items[1].id, now=NOON + timedelta(minutes=12))
    live.set_live_item(store, assembly.id, items[0].id, now=NOON + timedelta(minutes=20))
    live.close_live(store, assembly.id, now=NOON + timedelta(minutes=23))
    # Closed: no clock runs, however long the laptop stays shut.
    later = NOON + timedelta(hours=5)
    floor = {item.id: live.floor_seconds(item, get_assembly(store, assembly.id), later) for item in agenda(store, assembly.id)}
    assert floor == {items[0].id: 15 * 60, items[1].id: 8 * 60, items[2].id: 0}
    store.close()
    reopened = Store.open(store_path, PASSPHRASE)
    try:
        assert live.open_live(reopened, assembly.id, now=later).id == items[0].id
        running = live.floor_seconds(live.live_item(reopened, assembly.id), get_assembly(reopened, assembly.id), later + timedelta(seconds=30))
        assert running == 15 * 60 + 30
    finally:
        reopened.close()


def test_choosing_the_item_already_on_the_floor_keeps_its_clock(store, hall):
    assembly, items = hall
    live.open_live(store, assembly.id, now=NOON)
    live.set_live_item(store, assembly.id, items[0].id, now=NOON + timedelta(minutes=5))
    item = live.live_item(store, assembly.id)
    assert live.floor_seconds(item, get_assembly(store, assembly.id), NOON + timedelta(minutes=6)) == 360


def test_the_rule_of_a_vote_counted_on_sheets_can_change_and_its_outcome_follows(store, hall):
    _assembly, items = hall
    vote = live.start_vote(store, items[1].id, question="Объявить забастовку")
    live.set_tally(store, vote.id, 1, votes_for=500, votes_against=100, votes_abstain=0)
    changed = live.set_vote_question(store, vote.id, question="Объявить бессрочную забастовку", majority_rule="absolute")
    assert (changed.question, changed.votes_for, changed.outcome) == ("Объявить бессрочную забастовку", 500, VoteOutcome.failed)
    changed = live.set_vote_question(store, vote.id, question="Объявить бессрочную забастовку", majority_rule="simple")
    assert changed.outcome == VoteOutcome.carried
    with pytest.raises(ValidationError):
        live.set_vote_question(store, vote.id, question="  ")

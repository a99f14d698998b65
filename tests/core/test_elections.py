"""Elections at an assembly: the ballot, the count checked against the hall, the result
declared into the minutes with a mandate for each one elected, and recalls with their history."""

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from committee_app.errors import NotFound, RuleViolation, ValidationError
from committee_app.models import Candidate, Election, Mandate
from committee_app.services import elections, live, profile
from committee_app.services.assemblies import (
    add_agenda_item,
    agenda,
    create_assembly,
    record_vote,
    remove_agenda_item,
    set_presence,
    update_agenda_item,
    update_assembly,
)
from committee_app.services.erasure import TYPED_TEXTS, erase_member, erased_name
from committee_app.services.members import add_member, delete_member
from committee_app.vocabulary import AssemblyKind, BallotKind, ElectionQuota

pytestmark = pytest.mark.usefixtures("unsynced_writes")

COUNCIL = "Совет рабочих комитетов Мангистау"
OFFICE = "Делегат в Совет рабочих комитетов Мангистау"
DECLARED_AT = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)


@pytest.fixture
def hall(store):
    """A general assembly of 1,260 workers: 2 members marked present and 98 others signed in,
    100 registered; an item for the election. Returns (assembly, item, members by surname)."""
    profile.save_profile(store, name="Ереуіл комитеті", default_language="ru")
    people = {
        name.split()[0]: add_member(store, full_name=name)
        for name in (
            "Қожахметов Бауыржан Асқарұлы",
            "Сәрсенбаева Динара Болатқызы",
            "Петренко Сергей Иванович",
            "Ермеков Нұрлан Қуанышұлы",
        )
    }
    assembly = create_assembly(
        store,
        kind=AssemblyKind.general_assembly,
        starts_at=datetime(2026, 1, 5, 11, 0),
        entitled=1260,
        registered_others=98,
    )
    for member in list(people.values())[:2]:
        set_presence(store, assembly.id, member.id, "present")
    item = add_agenda_item(store, assembly.id, title="Об избрании делегатов в Совет")
    return assembly, item, people


def new_election(store, item, **fields):
    settings = dict(office=OFFICE, body=COUNCIL, seats=3, quota=ElectionQuota.most_votes, ballot_kind=BallotKind.secret)
    settings.update(fields)
    return elections.create_election(store, item.id, **settings)


@pytest.fixture
def ballot(store, hall):
    """A secret ballot for 3 seats with 5 candidates: four members and one typed name."""
    _assembly, item, people = hall
    election = new_election(
        store, item, counting_commission="Бекмырзаев Асхат Тұрсынұлы\n\n  Ким Виктор Алексеевич  \nЖанғабылов Серік Нұрланұлы"
    )
    rows = [elections.add_candidate(store, election.id, member_id=member.id) for member in people.values()]
    rows.append(elections.add_candidate(store, election.id, name="  Тұрсынбаев   Нұрлан Қайратұлы "))
    return election, rows


def count(store, election, rows, votes, *, issued=95, found=94, invalid=4):
    elections.set_ballot_figures(store, election.id, issued=issued, found=found, invalid=invalid)
    return elections.set_votes(store, election.id, {row.id: each for row, each in zip(rows, votes, strict=True)})


# --- setting up ------------------------------------------------------------------------------


def test_an_election_lists_its_candidates_in_ballot_order_with_names_as_the_member_list_has_them(store, ballot):
    election, rows = ballot
    outcome = elections.election_outcome(store, election.id)
    assert [row.name for row in outcome.candidates] == [
        "Қожахметов Бауыржан Асқарұлы",
        "Сәрсенбаева Динара Болатқызы",
        "Петренко Сергей Иванович",
        "Ермеков Нұрлан Қуанышұлы",
        "Тұрсынбаев Нұрлан Қайратұлы",
    ]
    assert [row.position for row in outcome.candidates] == [1, 2, 3, 4, 5]
    assert outcome.candidates[4].member_id is None and outcome.candidates[4].minutes_name == "Н.Қ. Тұрсынбаев"
    assert outcome.counting_commission == ("Бекмырзаев Асхат Тұрсынұлы", "Ким Виктор Алексеевич", "Жанғабылов Серік Нұрланұлы")
    assert (outcome.registered, outcome.assembly_number, outcome.item_position) == (100, 1, 1)
    assert not outcome.counted and outcome.elected == () and outcome.seats_open is None
    assert outcome.required is None and outcome.term_starts == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"office": "  "}, "Office elected is required"),
        ({"body": ""}, "Body of the mandate is required"),
        ({"office": "Ә" * 301}, "too long"),
        ({"seats": 0}, "from 1 to 1000"),
        ({"seats": 1001}, "from 1 to 1000"),
        ({"seats": True}, "from 1 to 1000"),
        ({"seats": "3"}, "from 1 to 1000"),
        ({"quota": "lottery"}, "cannot be “lottery”"),
        ({"ballot_kind": "postal"}, "cannot be “postal”"),
        ({"counting_commission": "Ким Виктор\n" + "Ә" * 301}, "too long"),
        ({"mandate_from": "2026-01-05", "mandate_until": "2025-12-31"}, "cannot end before they begin"),
        ({"mandate_from": "05.01.2026"}, "YYYY-MM-DD"),
    ],
)
def test_settings_that_make_no_election_are_refused(store, hall, fields, message):
    _assembly, item, _people = hall
    with pytest.raises(ValidationError, match=message):
        new_election(store, item, **fields)
    assert elections.election_of_item(store, item.id) is None


def test_an_item_holds_one_election(store, hall):
    _assembly, item, _people = hall
    new_election(store, item)
    with pytest.raises(RuleViolation, match="already holds an election"):
        new_election(store, item, office="Председатель")


def test_the_commission_is_kept_one_name_a_line(store, ballot):
    election, _rows = ballot
    with store.session() as session:
        kept = session.get(Election, election.id).counting_commission
    assert kept == "Бекмырзаев Асхат Тұрсынұлы\nКим Виктор Алексеевич\nЖанғабылов Серік Нұрланұлы"


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({}, ValidationError, "Choose a member or type"),
        ({"name": "  "}, ValidationError, "Choose a member or type"),
        ({"name": "Аты\tжөні"}, ValidationError, "control character"),
        ({"name": "тұрсынбаев нұрлан  қайратұлы"}, RuleViolation, "already on the ballot"),
        ({"member_id": 99}, NotFound, "no longer exists"),
    ],
)
def test_a_candidate_without_a_proper_name_or_twice_is_refused(store, ballot, fields, error, message):
    election, _rows = ballot
    with pytest.raises(error, match=message):
        elections.add_candidate(store, election.id, **fields)
    assert len(elections.election_outcome(store, election.id).candidates) == 5


def test_a_member_is_on_a_ballot_once(store, hall, ballot):
    _assembly, _item, people = hall
    election, _rows = ballot
    with pytest.raises(RuleViolation, match="Петренко Сергей Иванович is already on the ballot"):
        elections.add_candidate(store, election.id, member_id=people["Петренко"].id)


def test_candidates_are_reordered_and_close_up_when_one_withdraws(store, ballot):
    election, rows = ballot
    reordered = elections.move_candidate(store, rows[4].id, 1)
    assert [row.id for row in reordered] == [rows[4].id, rows[0].id, rows[1].id, rows[2].id, rows[3].id]
    elections.remove_candidate(store, rows[1].id)
    left = elections.election_outcome(store, election.id).candidates
    assert [row.id for row in left] == [rows[4].id, rows[0].id, rows[2].id, rows[3].id]
    assert [row.position for row in left] == [1, 2, 3, 4]
    assert [row.id for row in elections.move_candidate(store, rows[4].id, 99)][-1] == rows[4].id


# --- the count -------------------------------------------------------------------------------


def test_the_count_elects_the_most_voted_and_shows_a_tie_for_the_last_seat(store, ballot):
    election, rows = ballot
    outcome = count(store, election, rows, [80, 62, 55, 55, 12])
    assert outcome.counted and outcome.ballots_valid == 90
    assert [row.name.split()[0] for row in outcome.elected] == ["Қожахметов", "Сәрсенбаева"]
    assert [row.name.split()[0] for row in outcome.tied] == ["Петренко", "Ермеков"]
    assert [(row.elected, row.tied) for row in outcome.candidates] == [
        (True, False), (True, False), (False, True), (False, True), (False, False)
    ]  # fmt: skip
    assert outcome.seats_open == 1


def test_more_than_half_of_those_registered_is_needed_under_that_quota(store, ballot):
    election, rows = ballot
    elections.update_election(store, election.id, quota=ElectionQuota.registered_majority)
    outcome = count(store, election, rows, [80, 62, 50, 45, 12])
    assert outcome.required == 51
    assert [row.name.split()[0] for row in outcome.elected] == ["Қожахметов", "Сәрсенбаева"]
    assert outcome.tied == () and outcome.seats_open == 1


@pytest.mark.parametrize(
    ("figures", "message"),
    [
        ({"issued": 101, "found": None, "invalid": None}, "101 ballots were issued, but only 100 were registered"),
        ({"issued": 90, "found": 91, "invalid": None}, "91 ballots were found in the ballot box, but only 90 were issued"),
        ({"issued": None, "found": 101, "invalid": None}, "101 ballots were found in the ballot box, but only 100 were registered"),
        ({"issued": 90, "found": 80, "invalid": 81}, "81 ballots were found invalid, but only 80"),
        ({"issued": -1, "found": None, "invalid": None}, "Ballots issued must be a whole number"),
    ],
)
def test_the_commissions_figures_must_fit_each_other_and_the_hall(store, ballot, figures, message):
    election, _rows = ballot
    with pytest.raises((RuleViolation, ValidationError), match=message):
        elections.set_ballot_figures(store, election.id, **figures)
    assert elections.election_outcome(store, election.id).ballots_issued is None


@pytest.mark.parametrize(
    ("votes", "message"),
    [
        ([101, 0, 0, 0, 0], "got 101 votes, but only 100 were registered"),
        ([91, 0, 0, 0, 0], "got 91 votes, but only 90 ballots were valid"),
        ([90, 90, 90, 5, 0], "275 votes were counted in all, but 90 valid ballots naming at most 3"),
        ([-1, 0, 0, 0, 0], "Candidate's votes must be a whole number"),
    ],
)
def test_votes_that_cannot_have_been_cast_are_refused(store, ballot, votes, message):
    election, rows = ballot
    elections.set_ballot_figures(store, election.id, issued=95, found=94, invalid=4)
    with pytest.raises((RuleViolation, ValidationError), match=message):
        elections.set_votes(store, election.id, {row.id: each for row, each in zip(rows, votes, strict=True)})
    assert all(row.votes is None for row in elections.election_outcome(store, election.id).candidates)


def test_votes_typed_one_by_one_are_kept_and_checked_as_they_come(store, ballot):
    election, rows = ballot
    elections.set_votes(store, election.id, {rows[0].id: 70})
    outcome = elections.election_outcome(store, election.id)
    assert [row.votes for row in outcome.candidates] == [70, None, None, None, None] and not outcome.counted
    with pytest.raises(RuleViolation, match="only 60 ballots were valid"):
        elections.set_ballot_figures(store, election.id, issued=95, found=64, invalid=4)


def test_fewer_seats_are_refused_when_the_ballots_were_filled_for_more(store, ballot):
    election, rows = ballot
    count(store, election, rows, [80, 62, 55, 55, 12])
    with pytest.raises(RuleViolation, match="naming at most 1 candidates each"):
        elections.update_election(store, election.id, seats=1)
    assert elections.election_outcome(store, election.id).seats == 3


def test_an_open_vote_has_no_ballot_figures(store, ballot):
    election, _rows = ballot
    elections.set_ballot_figures(store, election.id, issued=95, found=None, invalid=None)
    with pytest.raises(ValidationError, match="An open vote has no ballots"):
        elections.update_election(store, election.id, ballot_kind=BallotKind.open)
    elections.set_ballot_figures(store, election.id, issued=None, found=None, invalid=None)
    assert elections.update_election(store, election.id, ballot_kind="open").ballot_kind == BallotKind.open


def test_votes_of_another_elections_candidate_are_refused(store, hall, ballot):
    assembly, _item, people = hall
    election, _rows = ballot
    other_item = add_agenda_item(store, assembly.id, title="Ревизионная комиссия")
    other = new_election(store, other_item, office="Член ревизионной комиссии", seats=1)
    stranger = elections.add_candidate(store, other.id, member_id=people["Петренко"].id)
    with pytest.raises(ValidationError, match="another election"):
        elections.set_votes(store, election.id, {stranger.id: 3})


# --- the hall --------------------------------------------------------------------------------


def test_the_hall_cannot_shrink_below_the_ballots_counted(store, hall, ballot):
    assembly, _item, _people = hall
    election, rows = ballot
    count(store, election, rows, [80, 62, 55, 55, 12])
    with pytest.raises(RuleViolation, match="counts that no longer fit: 95 ballots were issued, but only 90"):
        update_assembly(store, assembly.id, registered_others=88)
    assert elections.election_outcome(store, election.id).registered == 100


def test_the_hall_cannot_change_who_a_declared_election_elected(store, hall, ballot):
    assembly, _item, _people = hall
    election, rows = ballot
    elections.update_election(store, election.id, quota=ElectionQuota.registered_majority)
    count(store, election, rows, [80, 62, 51, 45, 12])
    elections.declare_result(store, election.id, now=DECLARED_AT)
    # 51 of 100 is more than half; of 102 it is not, and the third delegate would lose the seat.
    with pytest.raises(RuleViolation, match="change who was elected"):
        update_assembly(store, assembly.id, registered_others=100)
    update_assembly(store, assembly.id, registered_others=99)  # 101 registered: 51 is still more than half


# --- declaring the result --------------------------------------------------------------------


def test_declaring_writes_the_result_into_the_minutes_and_gives_mandates(store, hall, ballot):
    _assembly, item, people = hall
    election, rows = ballot
    elections.update_election(store, election.id, mandate_until="2027-01-05", quota="registered_majority")
    update_agenda_item(store, item.id, decided="Провести выборы тайным голосованием.")
    count(store, election, rows, [80, 62, 40, 30, 58])

    outcome = elections.declare_result(store, election.id, now=DECLARED_AT)

    assert outcome.declared and outcome.declared_at == DECLARED_AT
    decided = agenda(store, item.assembly_id)[0].decided
    first, second = decided.split("\n")
    assert first == "Провести выборы тайным голосованием."
    assert second == (
        f"Выборы: {OFFICE} (мест: 3). Голосование тайное; по протоколу счётной комиссии действительных бюллетеней: 90. "
        "Голоса за кандидатов: Б.А. Қожахметов — 80, Д.Б. Сәрсенбаева — 62, С.И. Петренко — 40, Н.Қ. Ермеков — 30, "
        "Н.Қ. Тұрсынбаев — 58. Избраны: Б.А. Қожахметов, Д.Б. Сәрсенбаева, Н.Қ. Тұрсынбаев. "
        "Срок полномочий — с 05.01.2026 по 05.01.2027."
    )
    held = elections.mandates(store)
    # By name as the member list sorts it (Kazakh letters in the Kazakh alphabet's order).
    assert [(row.name, row.member_id) for row in held] == [
        ("Қожахметов Бауыржан Асқарұлы", people["Қожахметов"].id),
        ("Сәрсенбаева Динара Болатқызы", people["Сәрсенбаева"].id),
        ("Тұрсынбаев Нұрлан Қайратұлы", None),
    ]
    for row in held:
        assert (row.office, row.body, row.starts_on, row.ends_on) == (OFFICE, COUNCIL, date(2026, 1, 5), date(2027, 1, 5))
        assert (row.elected_at_assembly, row.elected_on, row.recalled_on) == (1, date(2026, 1, 5), None)
    assert [row.office for row in elections.mandates_of_member(store, people["Қожахметов"].id)] == [OFFICE]
    assert elections.mandates_of_member(store, people["Петренко"].id) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "Сайлау: {office} (орын саны: 1). Дауыс беру ашық. Кандидаттарға берілген дауыстар: Б.А. Қожахметов — 40, "
               "Д.Б. Сәрсенбаева — 40. Тең дауыс (40) алған кандидаттар: Б.А. Қожахметов, Д.Б. Сәрсенбаева; бос қалған "
               "орындар (1) қайта дауыс беруге шығарылады."),
        ("en", "Election: {office} (seats: 1). Open vote. Votes for the candidates: Б.А. Қожахметов — 40, "
               "Д.Б. Сәрсенбаева — 40. Tied with 40 votes each: Б.А. Қожахметов, Д.Б. Сәрсенбаева; the seats left open (1) "
               "go to a new round."),
    ],
)
def test_the_result_is_written_in_the_committees_language_with_a_tie(store, hall, language, expected):
    _assembly, item, people = hall
    profile.save_profile(store, name="Ереуіл комитеті", default_language=language)
    election = new_election(store, item, seats=1, ballot_kind="open")
    rows = [elections.add_candidate(store, election.id, member_id=people[name].id) for name in ("Қожахметов", "Сәрсенбаева")]
    elections.set_votes(store, election.id, {rows[0].id: 40, rows[1].id: 40})
    elections.declare_result(store, election.id)
    assert agenda(store, item.assembly_id)[0].decided == expected.format(office=OFFICE)
    assert elections.mandates(store) == []


def test_nobody_reaching_the_quota_is_written_as_nobody_elected(store, hall):
    _assembly, item, people = hall
    election = new_election(store, item, seats=1, ballot_kind="open", quota="registered_majority")
    row = elections.add_candidate(store, election.id, member_id=people["Петренко"].id)
    elections.set_votes(store, election.id, {row.id: 50})
    elections.declare_result(store, election.id)
    assert agenda(store, item.assembly_id)[0].decided.endswith("Голоса за кандидатов: С.И. Петренко — 50. Никто не избран.")


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        ("nothing", "Not every candidate's votes are counted yet: Қожахметов"),
        ("votes_only", "figures are not all in"),
        ("no_candidates", "no candidates yet"),
    ],
)
def test_a_result_not_known_yet_is_not_declared(store, ballot, prepare, message):
    election, rows = ballot
    if prepare == "votes_only":
        elections.set_votes(store, election.id, {row.id: 10 for row in rows})
    if prepare == "no_candidates":
        for row in rows:
            elections.remove_candidate(store, row.id)
    with pytest.raises(RuleViolation, match=message):
        elections.declare_result(store, election.id)
    assert not elections.election_outcome(store, election.id).declared
    assert elections.mandates(store) == []


def test_a_declared_election_no_longer_changes(store, hall, ballot):
    _assembly, item, people = hall
    election, rows = ballot
    count(store, election, rows, [80, 62, 40, 30, 58])
    elections.declare_result(store, election.id)
    for change in (
        lambda: elections.declare_result(store, election.id),
        lambda: elections.update_election(store, election.id, seats=2),
        lambda: elections.set_votes(store, election.id, {rows[0].id: 81}),
        lambda: elections.set_ballot_figures(store, election.id, issued=95, found=95, invalid=4),
        lambda: elections.add_candidate(store, election.id, name="Жаңа кандидат"),
        lambda: elections.move_candidate(store, rows[0].id, 2),
        lambda: elections.remove_candidate(store, rows[0].id),
        lambda: elections.remove_election(store, election.id),
    ):
        with pytest.raises(RuleViolation, match="declared in the minutes"):
            change()
    with pytest.raises(RuleViolation, match="whose result is declared"):
        remove_agenda_item(store, item.id)
    assert len(elections.mandates(store)) == 3


def test_an_undeclared_election_goes_with_its_item(store, hall, ballot):
    _assembly, item, _people = hall
    remove_agenda_item(store, item.id)
    with store.session() as session:
        assert session.exec(select(Election)).all() == [] and session.exec(select(Candidate)).all() == []


# --- recalls ---------------------------------------------------------------------------------


@pytest.fixture
def declared(store, hall, ballot):
    """The ballot counted and declared; a later assembly where the recall is voted."""
    _assembly, _item, _people = hall
    election, rows = ballot
    elections.update_election(store, election.id, mandate_until="2027-01-05")
    count(store, election, rows, [80, 62, 40, 30, 58])
    elections.declare_result(store, election.id)
    later = create_assembly(store, kind=AssemblyKind.committee_meeting, starts_at=datetime(2026, 1, 12, 11, 0), registered_others=20)
    item = add_agenda_item(store, later.id, title="Делегатты кері шақыру туралы")
    carried = record_vote(
        store,
        item.id,
        question="Н.Қ. Тұрсынбаевты кері шақыру",
        votes_for=15,
        votes_against=3,
        votes_abstain=2,
        majority_rule="registered_majority",
    )
    failed = record_vote(store, item.id, question="Б.А. Қожахметовты кері шақыру", votes_for=3, votes_against=15, votes_abstain=2)
    held = {row.name.split()[0]: row for row in elections.mandates(store)}
    return later, item, carried, failed, held


def test_a_recall_ends_the_mandate_and_keeps_its_history(store, declared):
    _later, _item, carried, _failed, held = declared
    row = elections.recall_mandate(store, held["Тұрсынбаев"].id, carried.id, on=date(2026, 1, 12), note="Жұмыстан кетті")
    assert (row.recalled_on, row.recall_vote_id, row.recall_note) == (date(2026, 1, 12), carried.id, "Жұмыстан кетті")
    assert (row.recalled_at_assembly, row.recall_question, row.recall_counts) == (2, "Н.Қ. Тұрсынбаевты кері шақыру", (15, 3, 2))
    assert not row.is_current(date(2026, 1, 12)) and row.is_current(date(2026, 1, 11))
    current = elections.mandates(store, current_only=True, on=date(2026, 2, 1))
    assert [row.name.split()[0] for row in current] == ["Қожахметов", "Сәрсенбаева"]
    assert len(elections.mandates(store)) == 3
    assert elections.mandates(store, current_only=True, on=date(2027, 1, 6)) == []


@pytest.mark.parametrize(
    ("who", "vote", "on", "message"),
    [
        ("Тұрсынбаев", "failed", date(2026, 1, 12), "did not carry"),
        ("Тұрсынбаев", "carried", date(2026, 1, 4), "before the mandate began, on 05.01.2026"),
        ("Тұрсынбаев", "carried", date(2026, 1, 10), "before the vote that decided it, on 12.01.2026"),
        ("Тұрсынбаев", "carried", date(2027, 2, 1), "term ended on 05.01.2027"),
        ("Тұрсынбаев", "carried", None, "Give the day"),
    ],
)
def test_a_recall_that_cannot_be_is_refused(store, declared, who, vote, on, message):
    _later, _item, carried, failed, held = declared
    chosen = carried if vote == "carried" else failed
    with pytest.raises((RuleViolation, ValidationError), match=message):
        elections.recall_mandate(store, held[who].id, chosen.id, on=on)
    assert all(row.recalled_on is None for row in elections.mandates(store))


def test_a_mandate_is_recalled_once(store, declared):
    _later, _item, carried, _failed, held = declared
    elections.recall_mandate(store, held["Тұрсынбаев"].id, carried.id, on=date(2026, 1, 12))
    with pytest.raises(RuleViolation, match="already ended by a recall on 12.01.2026"):
        elections.recall_mandate(store, held["Тұрсынбаев"].id, carried.id, on=date(2026, 1, 13))


def test_the_vote_that_recalled_a_delegate_stays_as_it_was(store, declared):
    later, item, carried, _failed, held = declared
    elections.recall_mandate(store, held["Тұрсынбаев"].id, carried.id, on=date(2026, 1, 12))
    with pytest.raises(RuleViolation, match="recalled Тұрсынбаев Нұрлан Қайратұлы"):
        live.remove_vote(store, carried.id)
    with pytest.raises(RuleViolation, match="recalled Тұрсынбаев"):
        live.set_vote_counts(store, carried.id, votes_for=3, votes_against=15, votes_abstain=2)
    with pytest.raises(RuleViolation, match="recalled a delegate"):
        update_assembly(store, later.id, registered_others=40)
    with pytest.raises(RuleViolation, match="its vote recalled"):
        remove_agenda_item(store, item.id)
    live.set_vote_counts(store, carried.id, votes_for=16, votes_against=2, votes_abstain=2)
    (row,) = [row for row in elections.mandates(store) if row.recalled_on]
    assert row.recall_counts == (16, 2, 2)


# --- members and erasure ---------------------------------------------------------------------


def test_a_member_who_stood_for_election_or_holds_a_mandate_is_kept_when_deleted(store, hall, ballot):
    _assembly, _item, people = hall
    election, rows = ballot
    count(store, election, rows, [80, 62, 40, 30, 58])
    elections.declare_result(store, election.id)
    for name in ("Петренко", "Қожахметов"):
        result = delete_member(store, people[name].id)
        assert result.deleted is False and "stood for election" in result.reason
    with store.session() as session:
        assert len(session.exec(select(Candidate)).all()) == 5 and len(session.exec(select(Mandate)).all()) == 3


def test_every_text_of_an_election_that_may_name_someone_is_erased(store, hall, ballot):
    _assembly, _item, people = hall
    election, rows = ballot
    erased = add_member(store, full_name="Ким Виктор Алексеевич", phone="+7 778 560 29 14")
    count(store, election, rows, [80, 62, 40, 30, 58])
    elections.declare_result(store, election.id)
    later = create_assembly(store, kind=AssemblyKind.committee_meeting, starts_at=datetime(2026, 1, 12, 11, 0), registered_others=20)
    vote = record_vote(
        store, add_agenda_item(store, later.id, title="Кері шақыру").id, question="Кері шақыру", votes_for=15, votes_against=3, votes_abstain=2
    )
    (typed,) = [row for row in elections.mandates(store) if row.member_id is None]
    elections.recall_mandate(store, typed.id, vote.id, on=date(2026, 1, 12), note="Ким В. А. ұсынды (+7 778 560 29 14)")

    result = erase_member(store, erased.id)

    with store.session() as session:
        assert session.get(Election, election.id).counting_commission.splitlines()[1] == result.placeholder
    (recalled,) = [row for row in elections.mandates(store) if row.recalled_on]
    assert "Ким" not in recalled.recall_note and "560" not in recalled.recall_note
    assert {model.__tablename__: fields for model, fields in TYPED_TEXTS}["elections"] == ("office", "body", "counting_commission")
    assert {model.__tablename__ for model, _fields in TYPED_TEXTS} >= {"elections", "candidates", "mandates"}
    # The candidates themselves keep their names.
    assert people["Петренко"].full_name in [row.name for row in elections.election_outcome(store, election.id).candidates]


def test_an_erased_candidate_is_named_by_the_placeholder(store, hall, ballot):
    _assembly, _item, people = hall
    election, _rows = ballot
    result = erase_member(store, people["Петренко"].id)
    names = [row.name for row in elections.election_outcome(store, election.id).candidates]
    # Named in the reader's language; the typed texts hold the committee's.
    assert names[2] == erased_name(result.number) and "Петренко" not in " ".join(names)


def test_an_election_not_there_is_said(store, hall):
    _assembly, item, _people = hall
    with pytest.raises(NotFound, match="holds no election"):
        elections.election_on_item(store, 1, 1)
    with pytest.raises(NotFound, match="has no agenda item 2"):
        elections.election_on_item(store, 1, 2)
    with pytest.raises(NotFound, match="no assembly with protocol number 9"):
        elections.election_on_item(store, 9, 1)
    assert item.position == 1


def test_results_of_an_assembly_come_in_agenda_order(store, hall, ballot):
    assembly, _item, people = hall
    election, _rows = ballot
    second = add_agenda_item(store, assembly.id, title="Ревизия")
    other = new_election(store, second, office="Ревизор", seats=1, ballot_kind="open")
    assert [outcome.id for outcome in elections.election_results(store, assembly.id)] == [election.id, other.id]
    assert [row.name for row in elections.election_results(store, assembly.id)[0].candidates][0] == people["Қожахметов"].full_name

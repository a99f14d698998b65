"""Elections of delegates and of the committee: who fills the seats, who ties, what stays open."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from committee_app.errors import RuleViolation, ValidationError
from committee_app.labels import label
from committee_app.rules import ELECTION_SEATS_LIMIT, ElectionResult, election_result
from committee_app.vocabulary import (
    ActionStatus,
    BallotKind,
    ElectionQuota,
    MajorityRule,
)

MOST = ElectionQuota.most_votes
HALF = ElectionQuota.registered_majority


# --- Who is elected -------------------------------------------------------------


@pytest.mark.parametrize(
    ("seats", "quota", "registered", "votes", "ballots_valid", "elected", "tied", "seats_open", "required"),
    [
        # One seat
        pytest.param(1, MOST, 20, {"A": 12, "B": 8}, None, ("A",), (), 0, None, id="one-seat-clear-winner"),
        pytest.param(1, MOST, 10, {"A": 3}, None, ("A",), (), 0, None, id="one-seat-single-candidate"),
        pytest.param(1, MOST, 20, {"A": 9, "B": 9, "C": 2}, None, (), ("A", "B"), 1, None, id="one-seat-tie-at-the-top"),
        pytest.param(1, MOST, 20, {"A": 4, "B": 9, "C": 9}, None, (), ("B", "C"), 1, None, id="one-seat-tie-not-first-on-ballot"),
        # Many seats
        pytest.param(3, MOST, 30, {"A": 20, "B": 15, "C": 10, "D": 5}, None, ("A", "B", "C"), (), 0, None, id="many-seats-clear"),
        pytest.param(3, MOST, 30, {"D": 2, "C": 5, "B": 9, "A": 12}, None, ("A", "B", "C"), (), 0, None, id="many-seats-most-votes-first"),
        pytest.param(3, MOST, 30, {"C": 7, "A": 10, "B": 7}, None, ("A", "C", "B"), (), 0, None, id="tie-at-boundary-that-fits-keeps-ballot-order"),
        pytest.param(3, MOST, 40, {"A": 9, "B": 9, "C": 6, "D": 4, "E": 4}, None, ("A", "B", "C"), (), 0, None, id="tie-above-and-below-boundary"),
        pytest.param(2, MOST, 30, {"A": 10, "B": 7, "C": 7}, None, ("A",), ("B", "C"), 1, None, id="tie-at-boundary-seat-stays-open"),
        pytest.param(2, MOST, 30, {"A": 10, "B": 7, "C": 7, "D": 7, "E": 1}, None, ("A",), ("B", "C", "D"), 1, None, id="three-tied-for-last-seat"),
        pytest.param(3, MOST, 30, {"A": 10, "B": 7, "C": 7, "D": 7}, None, ("A",), ("B", "C", "D"), 2, None, id="three-tied-for-two-seats"),
        pytest.param(2, MOST, 30, {"A": 5, "B": 5, "C": 5}, None, (), ("A", "B", "C"), 2, None, id="tie-for-every-seat"),
        pytest.param(4, MOST, 30, {"A": 8, "B": 8, "C": 3, "D": 3, "E": 3}, None, ("A", "B"), ("C", "D", "E"), 2, None, id="tie-above-fits-tie-at-boundary-does-not"),
        # Zero votes and few candidates
        pytest.param(2, MOST, 10, {"A": 5, "B": 0}, None, ("A",), (), 1, None, id="zero-votes-never-elected"),
        pytest.param(1, MOST, 10, {"A": 0, "B": 0}, None, (), (), 1, None, id="nobody-got-a-vote"),
        pytest.param(5, MOST, 50, {"A": 30, "B": 20}, None, ("A", "B"), (), 3, None, id="fewer-candidates-than-seats"),
        pytest.param(3, MOST, 50, {"A": 30, "B": 20, "C": 0}, None, ("A", "B"), (), 1, None, id="fewer-candidates-with-votes-than-seats"),
        pytest.param(2, MOST, 30, {17: 4, 3: 6, 8: 1}, None, (3, 17), (), 0, None, id="keys-are-member-ids"),
        pytest.param(ELECTION_SEATS_LIMIT, MOST, 5, {"A": 1}, None, ("A",), (), ELECTION_SEATS_LIMIT - 1, None, id="seats-at-the-limit"),
        # More than half of those registered
        pytest.param(1, HALF, 20, {"A": 11, "B": 9}, None, ("A",), (), 0, 11, id="half-one-seat-over-half"),
        pytest.param(1, HALF, 20, {"A": 10, "B": 10}, None, (), (), 1, 11, id="half-exactly-half-is-not-enough"),
        pytest.param(1, HALF, 21, {"A": 10, "B": 9, "C": 2}, None, (), (), 1, 11, id="half-nobody-over-half"),
        pytest.param(1, HALF, 21, {"A": 11, "B": 10}, None, ("A",), (), 0, 11, id="half-odd-registered"),
        pytest.param(3, HALF, 10, {"A": 8, "B": 6, "C": 6, "D": 5}, None, ("A", "B", "C"), (), 0, 6, id="half-many-seats-all-filled"),
        pytest.param(3, HALF, 10, {"A": 9, "B": 5, "C": 5}, None, ("A",), (), 2, 6, id="half-fewer-over-half-than-seats"),
        pytest.param(2, HALF, 10, {"A": 9, "B": 7, "C": 7, "D": 3}, None, ("A",), ("B", "C"), 1, 6, id="half-tie-at-boundary"),
        pytest.param(1, HALF, 0, {"A": 0}, None, (), (), 1, 1, id="half-nobody-registered"),
        pytest.param(1, MOST, 20, {"A": 10, "B": 10, "C": 1}, None, (), ("A", "B"), 1, None, id="most-votes-same-tie-is-a-tie"),
        # The quota as stored text
        pytest.param(1, " Most_Votes ", 10, {"A": 2, "B": 1}, None, ("A",), (), 0, None, id="quota-as-text-any-case"),
        pytest.param(1, "REGISTERED_MAJORITY", 10, {"A": 5}, None, (), (), 1, 6, id="quota-as-text-half"),
        # Valid ballots
        pytest.param(2, MOST, 10, {"A": 8, "B": 8}, 8, ("A", "B"), (), 0, None, id="ballots-every-ballot-full"),
        pytest.param(1, MOST, 30, {"A": 12, "B": 8}, 20, ("A",), (), 0, None, id="ballots-fewer-than-registered"),
        pytest.param(1, MOST, 10, {"A": 0}, 0, (), (), 1, None, id="ballots-none-valid"),
        pytest.param(2, HALF, 10, {"A": 7, "B": 6, "C": 1}, 7, ("A", "B"), (), 0, 6, id="ballots-half-counts-registered"),
    ],
)
def test_election_result(seats, quota, registered, votes, ballots_valid, elected, tied, seats_open, required):
    result = election_result(seats, quota, registered, votes, ballots_valid=ballots_valid)
    assert result == ElectionResult(elected=elected, tied=tied, seats=seats, required=required)
    assert result.seats_open == seats_open


def test_votes_may_come_as_any_mapping_and_are_left_alone():
    votes = {"A": 3, "B": 5}
    result = election_result(1, MOST, 10, votes)
    assert result.elected == ("B",)
    assert votes == {"A": 3, "B": 5}


# --- Refusals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seats", "quota", "registered", "votes", "ballots_valid", "error", "figures"),
    [
        pytest.param(0, MOST, 10, {"A": 1}, None, ValidationError, ("0",), id="seats-zero"),
        pytest.param(-3, MOST, 10, {"A": 1}, None, ValidationError, ("-3",), id="seats-negative"),
        pytest.param(ELECTION_SEATS_LIMIT + 1, MOST, 10, {"A": 1}, None, ValidationError, ("1001", "1000"), id="seats-above-limit"),
        pytest.param(True, MOST, 10, {"A": 1}, None, ValidationError, ("True",), id="seats-bool"),
        pytest.param(2.5, MOST, 10, {"A": 1}, None, ValidationError, ("2.5",), id="seats-not-whole"),
        pytest.param(1, "plurality", 10, {"A": 1}, None, ValidationError, ("plurality",), id="quota-unknown"),
        pytest.param(1, MajorityRule.simple, 10, {"A": 1}, None, ValidationError, ("simple",), id="quota-of-a-vote-not-an-election"),
        pytest.param(1, MOST, -4, {"A": 0}, None, ValidationError, ("-4",), id="registered-negative"),
        pytest.param(1, MOST, 10, {}, None, ValidationError, ("candidate",), id="no-candidates"),
        pytest.param(1, MOST, 10, {"A": 3, "B": -2}, None, RuleViolation, ("-2",), id="votes-negative"),
        pytest.param(1, MOST, 40, {"A": 41}, None, RuleViolation, ("41", "40"), id="votes-above-registered"),
        pytest.param(1, HALF, 0, {"A": 1}, None, RuleViolation, ("1", "0"), id="votes-with-nobody-registered"),
        pytest.param(1, MOST, 10, {"A": True}, None, ValidationError, ("True",), id="votes-bool"),
        pytest.param(1, MOST, 10, {"A": 2.5}, None, ValidationError, ("2.5",), id="votes-not-whole"),
        pytest.param(1, MOST, 10, {"A": "7"}, None, ValidationError, ("7",), id="votes-text"),
        pytest.param(1, MOST, 10, {"A": 1}, -1, RuleViolation, ("-1",), id="ballots-negative"),
        pytest.param(1, MOST, 40, {"A": 1}, 43, RuleViolation, ("43", "40"), id="ballots-above-registered"),
        pytest.param(1, MOST, 40, {"A": 1}, False, ValidationError, ("False",), id="ballots-bool"),
        pytest.param(2, MOST, 40, {"A": 26, "B": 3}, 25, RuleViolation, ("26", "25"), id="votes-above-ballots"),
        pytest.param(2, MOST, 40, {"A": 17, "B": 16, "C": 3}, 17, RuleViolation, ("36", "17", "34"), id="sum-above-ballots-times-seats"),
        pytest.param(1, MOST, 40, {"A": 12, "B": 9}, 20, RuleViolation, ("21", "20"), id="sum-above-ballots-one-seat"),
    ],
)
def test_impossible_elections_are_refused(seats, quota, registered, votes, ballots_valid, error, figures):
    with pytest.raises(error) as caught:
        election_result(seats, quota, registered, votes, ballots_valid=ballots_valid)
    message = str(caught.value)
    for figure in figures:
        assert figure in message


def test_unknown_quota_names_both_rules():
    with pytest.raises(ValidationError) as caught:
        election_result(1, "plurality", 10, {"A": 1})
    message = str(caught.value)
    assert "most votes" in message
    assert "more than half of those registered" in message


def test_without_ballots_a_hand_may_go_up_for_every_candidate():
    # An open vote taken candidate by candidate: the same 10 hands for each.
    result = election_result(1, MOST, 10, {"A": 10, "B": 9, "C": 8})
    assert result.elected == ("A",)


# --- What holds for any count --------------------------------------------------


@given(
    seats=st.integers(1, 6),
    quota=st.sampled_from(list(ElectionQuota)),
    registered=st.integers(0, 12),
    data=st.data(),
)
def test_the_seats_go_to_the_most_voted_and_ties_are_never_split(seats, quota, registered, data):
    counts = data.draw(st.lists(st.integers(0, registered), min_size=1, max_size=8))
    votes = dict(enumerate(counts))
    result = election_result(seats, quota, registered, votes)
    least = registered // 2 + 1 if quota is HALF else 1
    assert len(result.elected) <= seats
    assert set(result.elected).isdisjoint(result.tied)
    assert all(votes[key] >= least for key in result.elected + result.tied)
    others = [key for key in votes if key not in result.elected]
    # Nobody left out has as many votes as someone elected.
    assert all(votes[other] < votes[chosen] for other in others for chosen in result.elected)
    if result.tied:
        assert len({votes[key] for key in result.tied}) == 1
        assert len(result.tied) > result.seats_open > 0
        # Everyone with the tied count is among the tied.
        level = votes[result.tied[0]]
        assert set(result.tied) == {key for key in votes if votes[key] == level}
    else:
        eligible = [key for key in votes if votes[key] >= least]
        assert len(result.elected) == min(seats, len(eligible))


# --- Labels --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "text"),
    [
        (ElectionQuota.most_votes, "Most votes"),
        (ElectionQuota.registered_majority, "More than half of those registered"),
        (BallotKind.open, "Open vote (show of hands)"),
        (BallotKind.secret, "Secret ballot"),
    ],
    ids=str,
)
def test_election_labels(choice, text):
    assert label(choice) == text


@pytest.mark.parametrize("choice", [*ElectionQuota, *BallotKind], ids=lambda choice: f"{type(choice).__name__}.{choice.name}")
def test_every_election_choice_has_a_label(choice):
    assert label(choice).strip()


def test_labels_are_told_apart_by_type_where_values_repeat():
    # "open" is also an action's status, "registered_majority" also a motion's majority rule;
    # StrEnum members equal their values, so a dict of labels would let one replace the other.
    assert label(BallotKind.open) == "Open vote (show of hands)"
    assert label(ActionStatus.open) == "Open"
    assert label(ElectionQuota.registered_majority) == "More than half of those registered"
    assert label(MajorityRule.registered_majority) == "Majority of those registered (for > half of them)"

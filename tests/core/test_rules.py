"""The committee's rules: quorum, vote outcomes, demand status changes."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from committee_app.errors import RuleViolation, ValidationError
from committee_app.rules import (
    DEMAND_TRANSITIONS,
    QUORUM_NUMBER_LIMIT,
    QuorumRule,
    QuorumStatus,
    allowed_demand_transitions,
    check_demand_transition,
    demand_status_choices,
    demand_status_label,
    is_final_demand_status,
    natural_next_demand_status,
    parse_quorum_rule,
    quorum_required,
    quorum_status,
    vote_outcome,
)
from committee_app.vocabulary import DemandStatus, MajorityRule, VoteOutcome

CARRIED = VoteOutcome.carried
FAILED = VoteOutcome.failed


# --- Quorum parsing -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("majority", QuorumRule("majority")),
        ("Majority", QuorumRule("majority")),
        ("  MAJORITY\n", QuorumRule("majority")),
        ("fixed:25", QuorumRule("fixed", count=25)),
        (" fixed:25 ", QuorumRule("fixed", count=25)),
        ("Fixed : 25", QuorumRule("fixed", count=25)),
        ("fixed:1", QuorumRule("fixed", count=1)),
        ("fixed:025", QuorumRule("fixed", count=25)),
        ("fixed:+7", QuorumRule("fixed", count=7)),
        (f"fixed:{QUORUM_NUMBER_LIMIT}", QuorumRule("fixed", count=QUORUM_NUMBER_LIMIT)),
        ("fraction:2/3", QuorumRule("fraction", numerator=2, denominator=3)),
        ("FRACTION: 2 / 3 ", QuorumRule("fraction", numerator=2, denominator=3)),
        ("fraction:1/1", QuorumRule("fraction", numerator=1, denominator=1)),
        ("fraction:2/4", QuorumRule("fraction", numerator=2, denominator=4)),
    ],
)
def test_parse_valid_quorum_rules(text, expected):
    assert parse_quorum_rule(text) == expected


@pytest.mark.parametrize(
    ("text", "expected_in_message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("quorate", "quorate"),
        ("half", "half"),
        ("fixed", "fixed:25"),
        ("fixed:", "fixed:25"),
        ("majority:5", "majority:5"),
        ("fixed:2.5", "2.5"),
        ("fixed:abc", "abc"),
        ("fixed:1e3", "1e3"),
        ("fixed:2_5", "2_5"),
        ("fixed:٣", "٣"),
        ("fixed:0", "0"),
        ("fixed:-3", "-3"),
        ("fixed:1000001", "1000001"),
        ("fixed:" + "9" * 5000, "1000000"),
        ("fixed:-" + "9" * 5000, "at least 1"),
        ("fraction", "fraction:2/3"),
        ("fraction:2", "fraction:2"),
        ("fraction:/3", "fraction:/3"),
        ("fraction:2/", "fraction:2/"),
        ("fraction:a/3", "a"),
        ("fraction:2/3/4", "3/4"),
        ("fraction:0/3", "0"),
        ("fraction:1/0", "0"),
        ("fraction:-1/3", "-1"),
        ("fraction:3/2", "3/2"),
        ("fraction:1/2000000", "2000000"),
    ],
)
def test_parse_malformed_quorum_rules(text, expected_in_message):
    with pytest.raises(ValidationError) as caught:
        parse_quorum_rule(text)
    assert expected_in_message in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "expected_in_message"),
    [
        ({"kind": "half"}, "half"),
        ({"kind": "fixed", "count": 0}, "0"),
        ({"kind": "fixed", "count": QUORUM_NUMBER_LIMIT + 1}, str(QUORUM_NUMBER_LIMIT + 1)),
        ({"kind": "fraction", "numerator": 3, "denominator": 2}, "3/2"),
    ],
)
def test_quorum_rule_refuses_bad_numbers_when_built_directly(fields, expected_in_message):
    with pytest.raises(ValidationError) as caught:
        QuorumRule(**fields)
    assert expected_in_message in str(caught.value)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (QuorumRule("majority"), "majority"),
        (QuorumRule("fixed", count=25), "fixed:25"),
        (QuorumRule("fraction", numerator=2, denominator=3), "fraction:2/3"),
    ],
)
def test_quorum_rule_canonical_text(rule, text):
    assert rule.to_text() == text


def test_messy_text_round_trips_to_canonical_form():
    assert parse_quorum_rule(" FIXED : 025 ").to_text() == "fixed:25"


# --- Quorum thresholds --------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "active", "required"),
    [
        ("majority", 0, 1),
        ("majority", 1, 1),
        ("majority", 2, 2),
        ("majority", 3, 2),
        ("majority", 10, 6),
        ("majority", 11, 6),
        ("fixed:25", 0, 25),
        ("fixed:25", 10, 25),
        ("fixed:25", 100, 25),
        ("fraction:2/3", 10, 7),
        ("fraction:2/3", 9, 6),
        ("fraction:2/3", 0, 1),
        ("fraction:1/2", 10, 5),
        ("fraction:1/2", 11, 6),
        ("fraction:1/1", 12, 12),
        ("fraction:1/3", 1, 1),
        (QuorumRule("fraction", numerator=3, denominator=4), 8, 6),
    ],
)
def test_quorum_required(rule, active, required):
    assert quorum_required(rule, active) == required


@pytest.mark.parametrize(
    ("rule", "active", "required"),
    [
        ("majority", 10, 6),
        ("majority", 0, 1),
        ("fixed:25", 40, 25),
        ("fraction:2/3", 10, 7),
        ("fraction:3/4", 8, 6),
    ],
)
def test_quorum_reached_exactly_at_threshold_and_not_one_below(rule, active, required):
    at = quorum_status(rule, active, required)
    assert at == QuorumStatus(required=required, registered=required, entitled=active)
    assert at.reached and at.missing == 0

    below = quorum_status(rule, active, required - 1)
    assert not below.reached
    assert below.missing == 1


def test_quorum_missing_counts_members_still_needed():
    status = quorum_status("fixed:25", 40, 18)
    assert (status.reached, status.missing) == (False, 7)
    assert quorum_status("fixed:25", 40, 30).missing == 0


@pytest.mark.parametrize(
    ("active", "present", "expected_in_message"),
    [
        (-1, 5, "-1"),
        (10, -2, "-2"),
    ],
)
def test_quorum_refuses_negative_counts(active, present, expected_in_message):
    with pytest.raises(ValidationError) as caught:
        quorum_status("majority", active, present)
    assert expected_in_message in str(caught.value)


def test_quorum_refuses_malformed_rule_text():
    with pytest.raises(ValidationError):
        quorum_required("most", 10)


quorum_rules = st.one_of(
    st.just(QuorumRule("majority")),
    st.builds(
        lambda count: QuorumRule("fixed", count=count),
        st.integers(1, QUORUM_NUMBER_LIMIT),
    ),
    st.integers(1, QUORUM_NUMBER_LIMIT).flatmap(
        lambda denominator: st.builds(
            lambda numerator: QuorumRule("fraction", numerator=numerator, denominator=denominator),
            st.integers(1, denominator),
        )
    ),
)


@given(quorum_rules)
def test_quorum_rule_text_round_trips(rule):
    assert parse_quorum_rule(rule.to_text()) == rule


@given(
    quorum_rules,
    st.integers(0, 5_000),
    st.integers(0, 5_000),
    st.integers(0, 5_000),
)
def test_quorum_reached_is_monotone_in_present(rule, active, present, more):
    fewer = quorum_status(rule, active, present)
    larger = quorum_status(rule, active, present + more)
    assert fewer.required >= 1
    assert not fewer.reached or larger.reached
    assert larger.missing <= fewer.missing


# --- Votes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("votes_for", "against", "abstain", "rule", "registered", "entitled", "outcome"),
    [
        # simple: more for than against; abstentions do not matter
        (6, 4, 0, "simple", 10, 10, CARRIED),
        (4, 6, 0, "simple", 10, 10, FAILED),
        (3, 2, 5, "simple", 10, 10, CARRIED),
        (1, 0, 0, "simple", 30, 30, CARRIED),
        (0, 0, 5, "simple", 5, 5, FAILED),
        (0, 0, 0, "simple", 0, 0, FAILED),
        # majority of those registered: more than half of those who signed in
        (6, 4, 0, "registered_majority", 10, 40, CARRIED),
        (5, 0, 0, "registered_majority", 10, 40, FAILED),
        (6, 0, 0, "registered_majority", 11, 40, CARRIED),
        (5, 0, 0, "registered_majority", 11, 40, FAILED),
        (3, 2, 5, "registered_majority", 10, 40, FAILED),
        (1, 0, 0, "registered_majority", 1, 40, CARRIED),
        (0, 0, 0, "registered_majority", 0, 40, FAILED),
        (321, 0, 0, "registered_majority", 640, 1200, CARRIED),
        (320, 0, 0, "registered_majority", 640, 1200, FAILED),
        # absolute: more than half of all those entitled, however many came
        (601, 30, 9, "absolute", 640, 1200, CARRIED),
        (600, 30, 10, "absolute", 640, 1200, FAILED),
        (590, 30, 20, "absolute", 640, 1200, FAILED),
        (6, 4, 0, "absolute", 10, 10, CARRIED),
        (6, 0, 0, "absolute", 6, 11, CARRIED),
        (5, 0, 0, "absolute", 10, 10, FAILED),
        (1, 0, 0, "absolute", 1, 1, CARRIED),
        (0, 0, 0, "absolute", 0, 0, FAILED),
        # two-thirds of those voting for or against
        (2, 1, 0, "two_thirds", 3, 3, CARRIED),
        (20, 10, 0, "two_thirds", 30, 30, CARRIED),
        (19, 10, 0, "two_thirds", 29, 29, FAILED),
        (7, 3, 0, "two_thirds", 10, 10, CARRIED),
        (6, 4, 0, "two_thirds", 10, 10, FAILED),
        (2, 1, 20, "two_thirds", 23, 23, CARRIED),
        (1, 0, 0, "two_thirds", 1, 1, CARRIED),
        (0, 0, 5, "two_thirds", 5, 5, FAILED),
        (0, 0, 0, "two_thirds", 0, 0, FAILED),
        # a general assembly of 1,200 workers, 640 registered: the strike vote
        (590, 30, 20, "simple", 640, 1200, CARRIED),
        (590, 30, 20, "registered_majority", 640, 1200, CARRIED),
        (590, 30, 20, "two_thirds", 640, 1200, CARRIED),
        # the enum and messy text are accepted too
        (6, 4, 0, MajorityRule.simple, 10, 10, CARRIED),
        (6, 4, 0, " Absolute ", 10, 10, CARRIED),
    ],
)
def test_vote_outcome(votes_for, against, abstain, rule, registered, entitled, outcome):
    assert vote_outcome(votes_for, against, abstain, rule, registered, entitled) is outcome


@pytest.mark.parametrize("rule", list(MajorityRule))
@pytest.mark.parametrize(("tie", "abstain", "registered"), [(0, 0, 0), (1, 0, 2), (5, 0, 10), (5, 3, 13), (5, 0, 40)])
def test_a_tie_fails_under_every_rule(rule, tie, abstain, registered):
    assert vote_outcome(tie, tie, abstain, rule, registered, registered) is FAILED


@pytest.mark.parametrize(
    ("votes_for", "against", "abstain", "registered", "simple", "of_registered"),
    [
        (4, 2, 4, 10, CARRIED, FAILED),
        (4, 2, 0, 6, CARRIED, CARRIED),
        (6, 2, 4, 12, CARRIED, FAILED),
        (7, 2, 4, 13, CARRIED, CARRIED),
        # those registered but not voting weigh like abstentions under a majority of them
        (4, 2, 0, 10, CARRIED, FAILED),
    ],
)
def test_abstentions_count_only_as_presence(votes_for, against, abstain, registered, simple, of_registered):
    assert vote_outcome(votes_for, against, abstain, "simple", registered, registered) is simple
    assert vote_outcome(votes_for, against, abstain, "registered_majority", registered, registered) is of_registered


@given(
    st.sampled_from(list(MajorityRule)),
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 500),
)
def test_a_tie_never_carries(rule, tie, abstain, absent, not_registered):
    registered = 2 * tie + abstain + absent
    assert vote_outcome(tie, tie, abstain, rule, registered, registered + not_registered) is FAILED


@given(
    st.sampled_from([MajorityRule.simple, MajorityRule.two_thirds]),
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 500),
)
def test_abstentions_do_not_change_simple_or_two_thirds(rule, votes_for, against, abstain):
    voting = votes_for + against
    assert vote_outcome(votes_for, against, 0, rule, voting, 2_000) is vote_outcome(
        votes_for, against, abstain, rule, voting + abstain, 2_000
    )


@given(st.integers(0, 500), st.integers(0, 500), st.integers(0, 500), st.integers(0, 500))
def test_an_absolute_majority_is_never_easier_than_one_of_those_registered(votes_for, against, abstain, absent):
    registered = votes_for + against + abstain
    entitled = registered + absent
    absolute = vote_outcome(votes_for, against, abstain, "absolute", registered, entitled)
    of_registered = vote_outcome(votes_for, against, abstain, "registered_majority", registered, entitled)
    assert absolute is FAILED or of_registered is CARRIED


@pytest.mark.parametrize("rule", list(MajorityRule))
@pytest.mark.parametrize(
    ("votes_for", "against", "abstain", "registered", "expected_in_message"),
    [
        (-1, 0, 0, 5, ["-1"]),
        (0, -2, 0, 5, ["-2"]),
        (0, 0, -3, 5, ["-3"]),
        (1, 1, 1, -4, ["-4"]),
        (6, 4, 1, 10, ["11", "6", "4", "1", "10"]),
        (11, 0, 0, 10, ["11", "10"]),
        (1, 0, 0, 0, ["1", "0"]),
    ],
)
def test_impossible_vote_counts_are_refused(rule, votes_for, against, abstain, registered, expected_in_message):
    with pytest.raises(RuleViolation) as caught:
        vote_outcome(votes_for, against, abstain, rule, registered, 100)
    for number in expected_in_message:
        assert number in str(caught.value)


def test_more_votes_than_registered_names_both_numbers():
    with pytest.raises(RuleViolation) as caught:
        vote_outcome(250, 20, 10, "simple", 5, 1200)
    message = str(caught.value)
    assert "280 votes" in message
    assert "250 in favour" in message
    assert "20 against" in message
    assert "10 abstaining" in message
    assert "only 5 were registered" in message


def test_a_negative_number_entitled_is_refused():
    with pytest.raises(ValidationError) as caught:
        vote_outcome(1, 0, 0, "simple", 1, -3)
    assert "-3" in str(caught.value)


@pytest.mark.parametrize("rule", ["", "relative", "two thirds", "2/3"])
def test_unknown_majority_rule_is_a_validation_error(rule):
    with pytest.raises(ValidationError) as caught:
        vote_outcome(1, 0, 0, rule, 1, 1)
    assert not isinstance(caught.value, RuleViolation)
    assert rule in str(caught.value)


# --- Demand status --------------------------------------------------------------

ALLOWED = {
    (DemandStatus.proposed, DemandStatus.adopted),
    (DemandStatus.proposed, DemandStatus.rejected),
    (DemandStatus.proposed, DemandStatus.withdrawn),
    (DemandStatus.adopted, DemandStatus.presented),
    (DemandStatus.adopted, DemandStatus.under_negotiation),
    (DemandStatus.adopted, DemandStatus.met),
    (DemandStatus.adopted, DemandStatus.partially_met),
    (DemandStatus.adopted, DemandStatus.refused),
    (DemandStatus.adopted, DemandStatus.withdrawn),
    (DemandStatus.presented, DemandStatus.under_negotiation),
    (DemandStatus.presented, DemandStatus.met),
    (DemandStatus.presented, DemandStatus.partially_met),
    (DemandStatus.presented, DemandStatus.refused),
    (DemandStatus.presented, DemandStatus.withdrawn),
    (DemandStatus.under_negotiation, DemandStatus.met),
    (DemandStatus.under_negotiation, DemandStatus.partially_met),
    (DemandStatus.under_negotiation, DemandStatus.refused),
    (DemandStatus.under_negotiation, DemandStatus.withdrawn),
    (DemandStatus.partially_met, DemandStatus.under_negotiation),
    (DemandStatus.partially_met, DemandStatus.met),
    (DemandStatus.partially_met, DemandStatus.refused),
}
ALL_PAIRS = list(itertools.product(DemandStatus, repeat=2))
DISALLOWED = [pair for pair in ALL_PAIRS if pair not in ALLOWED]


def test_transition_table_matches_the_design():
    assert set(DEMAND_TRANSITIONS) == set(DemandStatus)
    table = {(old, new) for old, targets in DEMAND_TRANSITIONS.items() for new in targets}
    assert table == ALLOWED


@pytest.mark.parametrize(("from_status", "to_status"), sorted(ALLOWED))
def test_allowed_demand_transitions(from_status, to_status):
    assert check_demand_transition(from_status, to_status) is None
    assert to_status in allowed_demand_transitions(from_status)
    # stored values are plain strings
    assert check_demand_transition(from_status.value, to_status.value) is None


@pytest.mark.parametrize(("from_status", "to_status"), DISALLOWED)
def test_disallowed_demand_transitions(from_status, to_status):
    assert to_status not in allowed_demand_transitions(from_status)
    with pytest.raises(RuleViolation) as caught:
        check_demand_transition(from_status, to_status)
    message = str(caught.value)
    if from_status == to_status:
        assert f"already {demand_status_label(from_status)}" in message
    else:
        assert demand_status_label(from_status) in message
        assert demand_status_label(to_status) in message


def test_every_pair_was_checked():
    assert len(ALLOWED) + len(DISALLOWED) == len(DemandStatus) ** 2


@pytest.mark.parametrize(
    ("from_status", "to_status", "message"),
    [
        ("met", "met", "This demand is already met."),
        ("partially_met", "partially_met", "This demand is already partially met."),
        ("refused", "adopted", "This demand is refused, which is final: it cannot be marked adopted."),
        ("proposed", "partially_met", "A demand that is proposed cannot be marked partially met."),
        ("partially_met", "withdrawn", "A demand that is partially met cannot be marked withdrawn."),
    ],
)
def test_demand_transition_messages_read_as_sentences(from_status, to_status, message):
    with pytest.raises(RuleViolation) as caught:
        check_demand_transition(from_status, to_status)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("status", "label"),
    [
        (DemandStatus.proposed, "proposed"),
        (DemandStatus.adopted, "adopted"),
        (DemandStatus.presented, "presented"),
        (DemandStatus.under_negotiation, "under negotiation"),
        (DemandStatus.rejected, "rejected"),
        (DemandStatus.withdrawn, "withdrawn"),
        (DemandStatus.met, "met"),
        (DemandStatus.partially_met, "partially met"),
        (DemandStatus.refused, "refused"),
    ],
)
def test_demand_status_labels(status, label):
    assert demand_status_label(status) == label


def test_every_status_has_a_distinct_label():
    labels = [demand_status_label(status) for status in DemandStatus]
    assert len(set(labels)) == len(DemandStatus)


@pytest.mark.parametrize("terminal", [DemandStatus.rejected, DemandStatus.withdrawn, DemandStatus.met, DemandStatus.refused])
def test_final_statuses_allow_nothing(terminal):
    assert allowed_demand_transitions(terminal) == frozenset()


S = DemandStatus


@pytest.mark.parametrize(
    ("current", "choices", "next_step"),
    [
        (S.proposed, [S.adopted, S.rejected, S.withdrawn], S.adopted),
        (S.adopted, [S.presented, S.under_negotiation, S.partially_met, S.met, S.refused, S.withdrawn], S.presented),
        (S.presented, [S.under_negotiation, S.partially_met, S.met, S.refused, S.withdrawn], S.under_negotiation),
        (S.under_negotiation, [S.met, S.partially_met, S.refused, S.withdrawn], S.met),
        (S.partially_met, [S.under_negotiation, S.met, S.refused], S.under_negotiation),
        (S.rejected, [], None),
        (S.withdrawn, [], None),
        (S.met, [], None),
        (S.refused, [], None),
    ],
)
def test_status_choices_come_in_the_order_of_the_process(current, choices, next_step):
    assert demand_status_choices(current) == choices
    assert demand_status_choices(current.value) == choices
    assert natural_next_demand_status(current) is next_step
    assert set(choices) == allowed_demand_transitions(current)


@pytest.mark.parametrize(
    ("status", "final"),
    [
        (S.proposed, False),
        (S.adopted, False),
        (S.presented, False),
        (S.under_negotiation, False),
        (S.partially_met, False),
        (S.rejected, True),
        (S.withdrawn, True),
        (S.met, True),
        (S.refused, True),
    ],
)
def test_final_statuses(status, final):
    assert is_final_demand_status(status) is final


def test_unknown_demand_status_is_a_validation_error():
    with pytest.raises(ValidationError) as caught:
        check_demand_transition("proposed", "won")
    assert "won" in str(caught.value)

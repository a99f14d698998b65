"""The demo's data holds together: the counts, the references between records, the votes
(judged by the app's own rules), the demands of the Zhanaozen strike, and Kazakh text."""

from datetime import date, datetime

from committee_app.demo_content import ASSEMBLIES, DEMAND_NOTES, DEMANDS, ELECTIONS, MEMBERS, PROFILE, RECALLS, WORKFORCE
from committee_app.rules import election_result, parse_quorum_rule, quorum_required, vote_outcome
from committee_app.vocabulary import VoteOutcome


def _all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from _all_strings(key)
            yield from _all_strings(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from _all_strings(value)



def test_the_general_assembly_of_the_workforce_declared_the_strike_and_adopted_the_demands():
    (assembly,) = [a for a in ASSEMBLIES if a["kind"] == "general_assembly" and a["status"] == "held"]
    held_on = datetime.fromisoformat(assembly["starts_at"]).date()
    members_present = len(assembly["present"])
    registered = members_present + assembly["registered_others"]
    assert assembly["entitled"] == 1260
    assert (members_present, registered) == (12, 658)
    # The labour-law shape: at least half of the workforce signed in (630), and the strike
    # declared by more than half of those registered.
    assert assembly["quorum_rule"] == "fraction:1/2"
    assert quorum_required(assembly["quorum_rule"], assembly["entitled"]) == 630
    guests = assembly["guests_names"].split("\n")
    assert assembly["guests_count"] == len(guests) == 4
    assert any("юрист" in guest for guest in guests) and any("корреспондент" in guest for guest in guests)

    votes = [v for item in assembly["agenda"] for v in item["votes"]]
    (strike,) = [v for v in votes if v["question"].startswith("Объявить забастовку")]
    assert (strike["votes_for"], strike["votes_against"], strike["votes_abstain"]) == (590, 38, 22)
    assert strike["majority_rule"] == "registered_majority"
    for v in votes:
        outcome = vote_outcome(
            v["votes_for"], v["votes_against"], v["votes_abstain"], v["majority_rule"], registered, assembly["entitled"]
        )
        assert outcome == VoteOutcome.carried, v["question"]

    # The demands of the strike are adopted here, on the assembly's day, and presented after.
    adopted = sorted(d for v in votes for d in v["adopts_demands"])
    assert adopted == [0, 1, 2, 3, 4]
    for d in adopted:
        assert date.fromisoformat(DEMANDS[d]["presented_on"]) >= held_on
    # The committee meeting before it prepared the drafts but adopted nothing itself.
    (preparing,) = [a for a in ASSEMBLIES if a["number"] == assembly["number"] - 1]
    assert preparing["kind"] == "committee_meeting"
    assert all(v["adopts_demands"] == [] for item in preparing["agenda"] for v in item["votes"])


def _assembly(number: int) -> dict:
    (found,) = [a for a in ASSEMBLIES if a["number"] == number]
    return found


def test_the_general_assembly_elected_its_delegates_by_a_secret_ballot_whose_figures_add_up():
    (election,) = ELECTIONS
    assembly = _assembly(election["assembly"])
    assert assembly["kind"] == "general_assembly" and assembly["status"] == "held"
    item = assembly["agenda"][election["item"]]
    # An election is counted on its ballots, not as a vote of the item; its decision is typed.
    assert item["votes"] == [] and item["decided"] and "делегат" in item["title"]
    registered = len(assembly["present"]) + assembly["registered_others"]
    issued, found, invalid = election["ballots_issued"], election["ballots_found"], election["ballots_invalid"]
    assert invalid <= found <= issued <= registered == 658
    valid = found - invalid
    candidates = election["candidates"]
    assert (election["seats"], len(candidates), election["ballot_kind"]) == (3, 5, "secret")
    votes = {index: candidate["votes"] for index, candidate in enumerate(candidates)}
    result = election_result(election["seats"], election["quota"], registered, votes, ballots_valid=valid)
    assert len(result.elected) == 3 and result.tied == () and result.required == 330
    assert sum(votes.values()) <= valid * election["seats"]
    for candidate in candidates:
        if candidate["member"] is None:
            assert candidate["name"]
        else:
            assert 0 <= candidate["member"] < len(MEMBERS) and candidate["name"] is None
            assert MEMBERS[candidate["member"]]["status"] == "active"
    # The counting commission is the one item 1 of the same assembly elected; none of it stands.
    commission = election["counting_commission"]
    assert len(commission) == 3
    standing = {MEMBERS[c["member"]]["full_name"] if c["member"] is not None else c["name"] for c in candidates}
    assert not standing & set(commission)
    for name in commission:
        # The decision declines the surname («в составе Бекмырзаева А. Т., Кима В. А.»).
        assert name.split()[0][:-1] in assembly["agenda"][0]["decided"], name
    held_on = datetime.fromisoformat(assembly["starts_at"])
    assert date.fromisoformat(election["mandate_from"]) == held_on.date()
    assert date.fromisoformat(election["mandate_until"]) > held_on.date()
    declared = datetime.fromisoformat(election["declared_at"])
    assert declared.date() == held_on.date() and declared > held_on


def test_one_delegate_is_recalled_by_a_carried_vote_of_a_later_assembly():
    (recall,) = RECALLS
    election = ELECTIONS[recall["election"]]
    elected_at, recalled_at = _assembly(election["assembly"]), _assembly(recall["assembly"])
    assert datetime.fromisoformat(recalled_at["starts_at"]) > datetime.fromisoformat(elected_at["starts_at"])
    assert date.fromisoformat(recall["on"]) >= datetime.fromisoformat(recalled_at["starts_at"]).date()
    registered = len(elected_at["present"]) + elected_at["registered_others"]
    votes = {index: candidate["votes"] for index, candidate in enumerate(election["candidates"])}
    chosen = election_result(election["seats"], election["quota"], registered, votes)
    assert recall["candidate"] in chosen.elected
    vote = recalled_at["agenda"][recall["item"]]["votes"][recall["vote"]]
    assert recalled_at["kind"] == "committee_meeting"
    present = len(recalled_at["present"])
    entitled = sum(member["status"] == "active" for member in MEMBERS)
    outcome = vote_outcome(vote["votes_for"], vote["votes_against"], vote["votes_abstain"], vote["majority_rule"], present, entitled)
    assert outcome == VoteOutcome.carried
    assert recall["note"]


def test_the_demo_content_is_consistent():
    roles = ("chair", "deputy_chair", "secretary", "treasurer", "delegate", "member")
    statuses = ("active", "inactive", "left")
    categories = ("wages", "conditions", "union_rights", "political", "social", "other")
    demand_statuses = ("presented", "met", "partially_met", "refused", "proposed")
    assembly_kinds = ("general_assembly", "committee_meeting", "delegates_council")
    digits = "0123456789"

    # profile
    assert PROFILE["kind"] == "workplace"
    assert PROFILE["locality"] == "Жаңаөзен, Маңғыстау облысы"
    assert PROFILE["default_language"] == "ru"
    assert PROFILE["default_quorum_rule"] == "majority"
    assert PROFILE["name"] and PROFILE["enterprise"]

    # members
    assert len(MEMBERS) == 40
    phones = [m["phone"] for m in MEMBERS]
    assert len(set(phones)) == 40, "phones must be unique"
    for p in phones:  # "+7 7XX XXX XX XX"
        parts = p.split(" ")
        assert [len(x) for x in parts] == [2, 3, 3, 2, 2], p
        assert parts[0] == "+7" and parts[1][0] == "7", p
        assert all(c in digits for c in "".join(parts[1:])), p
    assert len({m["full_name"] for m in MEMBERS}) == 40
    role_counts = {r: sum(m["role"] == r for m in MEMBERS) for r in roles}
    assert all(m["role"] in roles for m in MEMBERS)
    for r in ("chair", "deputy_chair", "secretary", "treasurer"):
        assert role_counts[r] == 1, r
    assert 6 <= role_counts["delegate"] <= 10
    assert all(m["status"] in statuses for m in MEMBERS)
    assert sum(m["status"] == "active" for m in MEMBERS) == 35
    assert sum(m["status"] == "inactive" for m in MEMBERS) == 3
    assert sum(m["status"] == "left" for m in MEMBERS) == 2
    for m in MEMBERS:
        d = date.fromisoformat(m["joined_on"])
        assert date(2025, 12, 1) <= d <= date(2026, 2, 28), m["full_name"]
        assert m["workplace"] and m["unit"] and m["occupation"]
        assert isinstance(m["notes"], str)
    names = " ".join(m["full_name"] for m in MEMBERS)
    assert "Қайрат" in names and "Ерлан" in names
    active_count = sum(m["status"] == "active" for m in MEMBERS)
    n_members, n_demands = len(MEMBERS), len(DEMANDS)

    # assemblies: protocol numbers follow the dates
    assert len(ASSEMBLIES) == 4
    assert [a["number"] for a in ASSEMBLIES] == [1, 2, 3, 4]
    assert [a["kind"] for a in ASSEMBLIES] == [
        "committee_meeting", "general_assembly", "committee_meeting", "general_assembly"]
    assert [a["status"] for a in ASSEMBLIES] == ["held", "held", "held", "planned"]
    adoption_date = {}
    adoption_count = [0] * n_demands
    failed_votes = 0
    previous_start = None
    for a in ASSEMBLIES:
        starts = datetime.fromisoformat(a["starts_at"])
        assert len(a["starts_at"]) == 16
        if previous_start is not None:
            assert starts > previous_start
        previous_start = starts
        assert a["kind"] in assembly_kinds
        parse_quorum_rule(a["quorum_rule"])
        assert 0 <= a["chair"] < n_members and 0 <= a["secretary"] < n_members
        assert isinstance(a["guests_count"], int) and a["guests_count"] >= 0
        guests = [line for line in a["guests_names"].split("\n") if line.strip()]
        assert len(guests) in (0, a["guests_count"]), "named guests and their count differ"
        present, excused = a["present"], a["excused"]
        assert len(set(present)) == len(present) and len(set(excused)) == len(excused)
        assert not set(present) & set(excused)
        for i in present + excused:
            assert 0 <= i < n_members
        if a["kind"] == "committee_meeting":
            # The committee's active members are those entitled; nobody signs in besides them.
            assert a["entitled"] is None and a["registered_others"] == 0
            entitled = active_count
        else:
            # The workforce of the units called: hundreds or thousands, most not members.
            assert a["entitled"] == WORKFORCE and 500 <= WORKFORCE <= 5000
            entitled = a["entitled"]
        registered = len(present) + a["registered_others"]
        assert registered <= entitled
        held = a["status"] == "held"
        if held:
            assert registered >= quorum_required(a["quorum_rule"], entitled), "no quorum"
            assert a["chair"] in present and a["secretary"] in present
            for i in present:
                assert MEMBERS[i]["status"] == "active"
                assert date.fromisoformat(MEMBERS[i]["joined_on"]) <= starts.date()
            assert 3 <= len(a["agenda"]) <= 6
            assert a["opening_notes"] and a["closing_notes"]
            if a["kind"] == "general_assembly":
                # The protocol states the numbers the app holds.
                for number in (entitled, registered, len(present), quorum_required(a["quorum_rule"], entitled)):
                    assert str(number) in a["opening_notes"], number
        else:
            assert a["status"] == "planned"
            assert present == [] and excused == [] and a["registered_others"] == 0
            assert 3 <= len(a["agenda"]) <= 4
        for item in a["agenda"]:
            assert item["title"] and isinstance(item["details"], str)
            assert item["presenter"] is None or 0 <= item["presenter"] < n_members
            if item["presenter"] is None:
                assert item["presenter_name"]
            if held and item["presenter"] is not None:
                assert item["presenter"] in present
            assert isinstance(item["planned_minutes"], int) and item["planned_minutes"] > 0
            if held:
                assert item["heard"] and item["spoke"] and item["decided"]
            else:
                assert item["heard"] == item["spoke"] == item["decided"] == ""
                assert item["votes"] == []
            for v in item["votes"]:
                total = v["votes_for"] + v["votes_against"] + v["votes_abstain"]
                assert min(v["votes_for"], v["votes_against"], v["votes_abstain"]) >= 0
                assert total <= registered, v["question"]
                if a["kind"] == "general_assembly":
                    assert total > registered * 9 // 10, "the hall votes, not only the members"
                assert v["majority_rule"] in ("simple", "registered_majority", "two_thirds")
                outcome = vote_outcome(
                    v["votes_for"], v["votes_against"], v["votes_abstain"], v["majority_rule"], registered, entitled
                )
                carried = outcome == VoteOutcome.carried
                if not carried:
                    failed_votes += 1
                    assert v["adopts_demands"] == []
                for d in v["adopts_demands"]:
                    assert 0 <= d < n_demands
                    adoption_count[d] += 1
                    adoption_date[d] = starts.date()
            for act in item["actions"]:
                assert act["text"] and 0 <= act["assignee"] < n_members
                assert date.fromisoformat(act["due_on"]) >= starts.date()
                assert act["status"] in ("open", "done", "dropped")
    assert failed_votes == 1, "exactly one failed vote expected"

    # demands
    assert 6 <= len(DEMANDS) <= 8
    for i, d in enumerate(DEMANDS):
        assert d["title"] and d["text"] and d["addressed_to"]
        assert d["category"] in categories
        assert d["priority"] in (1, 2, 3)
        assert d["final_status"] in demand_statuses
        for key in ("proposed_on", "presented_on", "answered_on", "deadline"):
            if d[key] is not None:
                date.fromisoformat(d[key])
        if d["final_status"] == "proposed":
            assert adoption_count[i] == 0, "proposed demand must not be adopted"
            assert d["presented_on"] is None and d["answered_on"] is None and d["response"] == ""
        else:
            # Each step dated on or after the one before: proposed, adopted, presented, answered.
            assert adoption_count[i] == 1, "demand %d adopted %d times" % (i, adoption_count[i])
            assert date.fromisoformat(d["proposed_on"]) <= adoption_date[i]
            assert date.fromisoformat(d["presented_on"]) >= adoption_date[i]
            if d["final_status"] in ("met", "partially_met", "refused"):
                assert d["response"] and d["answered_on"]
                assert date.fromisoformat(d["answered_on"]) >= date.fromisoformat(d["presented_on"])
            else:
                assert d["answered_on"] is None
    assert sum(d["final_status"] == "proposed" for d in DEMANDS) == 1
    texts = [(d["title"] + " " + d["text"]).lower() for d in DEMANDS]
    assert any("100%" in t and "заработн" in t for t in texts)
    assert any("пенсионн" in t for t in texts)
    assert any("профсоюз" in t and "забастов" in t for t in texts)
    assert any("задержан" in t and "освобод" in t for t in texts)
    assert any("сжиженн" in t and "60 тенге" in t for t in texts)
    for key, note in DEMAND_NOTES.items():
        assert 0 <= key < n_demands and isinstance(note, str) and note

    # language: Kazakh letters present; no Latin/Cyrillic look-alikes mixed in a word
    everything = " ".join(_all_strings([PROFILE, MEMBERS, DEMANDS, DEMAND_NOTES, ASSEMBLIES, ELECTIONS, RECALLS]))
    for ch in "әғқңөұүһі":
        assert ch in everything, "missing Kazakh letter %r" % ch
    assert sum(ch in everything for ch in "ӘҒҚҢӨҰҮҺІ") >= 6
    for word in everything.split():
        has_latin = any("a" <= c.lower() <= "z" for c in word)
        has_cyr = any("\u0400" <= c <= "\u04ff" for c in word)
        assert not (has_latin and has_cyr), "mixed-script word %r" % word

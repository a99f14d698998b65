"""The fixed choices of the committee's records, stored by their value."""

from enum import IntEnum, StrEnum


class CommitteeKind(StrEnum):
    workplace = "workplace"
    territorial = "territorial"
    council = "council"


class MemberRole(StrEnum):
    chair = "chair"
    deputy_chair = "deputy_chair"
    secretary = "secretary"
    treasurer = "treasurer"
    delegate = "delegate"
    member = "member"


class MemberStatus(StrEnum):
    active = "active"
    inactive = "inactive"
    left = "left"


class AssemblyKind(StrEnum):
    general_assembly = "general_assembly"
    committee_meeting = "committee_meeting"
    delegates_council = "delegates_council"
    rally = "rally"


class AssemblyStatus(StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class Presence(StrEnum):
    present = "present"
    excused = "excused"
    absent = "absent"


class MajorityRule(StrEnum):
    simple = "simple"
    absolute = "absolute"
    two_thirds = "two_thirds"
    registered_majority = "registered_majority"


class VoteOutcome(StrEnum):
    carried = "carried"
    failed = "failed"


class ElectionQuota(StrEnum):
    most_votes = "most_votes"  # the seats go to those with the most votes
    registered_majority = "registered_majority"  # only those with more than half of the registered can be elected


class BallotKind(StrEnum):
    open = "open"  # show of hands
    secret = "secret"  # secret ballot counted by a counting commission


class SpeakerState(StrEnum):
    waiting = "waiting"
    speaking = "speaking"
    spoke = "spoke"


class DemandCategory(StrEnum):
    wages = "wages"
    conditions = "conditions"
    union_rights = "union_rights"
    political = "political"
    social = "social"
    other = "other"


class DemandStatus(StrEnum):
    proposed = "proposed"
    adopted = "adopted"
    presented = "presented"
    under_negotiation = "under_negotiation"
    rejected = "rejected"
    withdrawn = "withdrawn"
    met = "met"
    partially_met = "partially_met"
    refused = "refused"


class DemandPriority(IntEnum):
    """The named levels of a demand's priority; the list and the paper put lower numbers first.
    Stores from before the levels were named may hold other numbers from 0 to 9."""

    high = 1
    normal = 2
    low = 3


class ActionStatus(StrEnum):
    open = "open"
    done = "done"
    dropped = "dropped"


class Language(StrEnum):
    kk = "kk"
    ru = "ru"
    en = "en"

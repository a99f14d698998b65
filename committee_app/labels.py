"""Words for the fixed choices, as people read them on screen and on paper.

Each function takes the ``translate`` to use: the UI's (the default) or a printed
document's own translator, so a Kazakh agenda can be printed from a Russian screen.
"""

from collections.abc import Callable
from enum import StrEnum

from .errors import translate as ui_translate
from .vocabulary import (
    ActionStatus,
    AssemblyKind,
    AssemblyStatus,
    BallotKind,
    CommitteeKind,
    DemandCategory,
    DemandPriority,
    DemandStatus,
    ElectionQuota,
    MajorityRule,
    MemberRole,
    MemberStatus,
    Presence,
    VoteOutcome,
)

Translate = Callable[[str, str], str]


def _labels(translate: Translate) -> list[tuple[StrEnum, str]]:
    # Pairs, not a dict: a StrEnum member equals its value, so BallotKind.open and
    # ActionStatus.open would be one key and one label would silently replace the other.
    return [
        (CommitteeKind.workplace, translate("labels", "Workplace committee")),
        (CommitteeKind.territorial, translate("labels", "Territorial committee")),
        (CommitteeKind.council, translate("labels", "Council of delegates")),
        (MemberRole.chair, translate("labels", "Chair")),
        (MemberRole.deputy_chair, translate("labels", "Deputy chair")),
        (MemberRole.secretary, translate("labels", "Secretary")),
        (MemberRole.treasurer, translate("labels", "Treasurer")),
        (MemberRole.delegate, translate("labels", "Delegate")),
        (MemberRole.member, translate("labels", "Member")),
        (MemberStatus.active, translate("labels", "Active")),
        (MemberStatus.inactive, translate("labels", "Inactive")),
        (MemberStatus.left, translate("labels", "Left")),
        (AssemblyKind.general_assembly, translate("labels", "General assembly")),
        (AssemblyKind.committee_meeting, translate("labels", "Committee meeting")),
        (AssemblyKind.delegates_council, translate("labels", "Council of delegates")),
        (AssemblyKind.rally, translate("labels", "Rally")),
        (AssemblyStatus.planned, translate("labels", "Planned")),
        (AssemblyStatus.held, translate("labels", "Held")),
        (AssemblyStatus.cancelled, translate("labels", "Cancelled")),
        (Presence.present, translate("labels", "Present")),
        (Presence.excused, translate("labels", "Excused")),
        (Presence.absent, translate("labels", "Absent")),
        (MajorityRule.simple, translate("labels", "Simple majority (for > against)")),
        (MajorityRule.absolute, translate("labels", "Absolute majority (for > half of those entitled)")),
        (MajorityRule.two_thirds, translate("labels", "Two thirds of votes cast")),
        (MajorityRule.registered_majority, translate("labels", "Majority of those registered (for > half of them)")),
        (VoteOutcome.carried, translate("labels", "Carried")),
        (VoteOutcome.failed, translate("labels", "Failed")),
        (ElectionQuota.most_votes, translate("labels", "Most votes")),
        (ElectionQuota.registered_majority, translate("labels", "More than half of those registered")),
        (BallotKind.open, translate("labels", "Open vote (show of hands)")),
        (BallotKind.secret, translate("labels", "Secret ballot")),
        (DemandCategory.wages, translate("labels", "Wages")),
        (DemandCategory.conditions, translate("labels", "Working conditions")),
        (DemandCategory.union_rights, translate("labels", "Union rights")),
        (DemandCategory.political, translate("labels", "Political")),
        (DemandCategory.social, translate("labels", "Social")),
        (DemandCategory.other, translate("labels", "Other")),
        (DemandStatus.proposed, translate("labels", "Proposed")),
        (DemandStatus.adopted, translate("labels", "Adopted")),
        (DemandStatus.presented, translate("labels", "Presented")),
        (DemandStatus.under_negotiation, translate("labels", "Under negotiation")),
        (DemandStatus.rejected, translate("labels", "Rejected")),
        (DemandStatus.withdrawn, translate("labels", "Withdrawn")),
        (DemandStatus.met, translate("labels", "Met")),
        (DemandStatus.partially_met, translate("labels", "Partially met")),
        (DemandStatus.refused, translate("labels", "Refused")),
        (ActionStatus.open, translate("labels", "Open")),
        (ActionStatus.done, translate("labels", "Done")),
        (ActionStatus.dropped, translate("labels", "Dropped")),
    ]


def label(choice: StrEnum, translate: Translate = ui_translate) -> str:
    """The readable word for any fixed choice, e.g. ``label(MemberRole.chair)`` → "Chair"."""
    # Keyed by type too: vocabularies share values ("open", "registered_majority").
    by_type = {(type(key), key.value): text for key, text in _labels(translate)}
    return by_type[(type(choice), choice.value)]


def priority_label(priority: int, translate: Translate = ui_translate) -> str:
    """A demand's priority in words: "High", "Normal", "Low". A number outside the named levels
    (older stores allowed 0 to 9) reads as the nearest level with the number, e.g. "Low (5)"."""
    names = {
        DemandPriority.high: translate("labels", "High"),
        DemandPriority.normal: translate("labels", "Normal"),
        DemandPriority.low: translate("labels", "Low"),
    }
    if priority in names:
        return names[DemandPriority(priority)]
    nearest = DemandPriority.high if priority < DemandPriority.high else DemandPriority.low
    return translate("labels", "{level} ({number})").format(level=names[nearest], number=priority)

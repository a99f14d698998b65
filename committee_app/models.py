"""The schema: every table of the store, in one place.

``uuid`` identifies a record across stores (backups, council bundles); ``id`` is local.
Timestamps (``created_at``, ``updated_at``, ``DemandEvent.at``) are aware UTC datetimes;
``Assembly.starts_at`` is the meeting's own local wall-clock time, as printed on the notice.
"""

import uuid as uuid_module
from datetime import UTC, date, datetime

from pydantic import NaiveDatetime
from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from .vocabulary import (
    ActionStatus,
    AssemblyKind,
    AssemblyStatus,
    BallotKind,
    CommitteeKind,
    DemandCategory,
    DemandStatus,
    ElectionQuota,
    MajorityRule,
    MemberRole,
    MemberStatus,
    Presence,
    SpeakerState,
    VoteOutcome,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return uuid_module.uuid4().hex


def reference(target: str, *, on_delete: str | None = None, nullable: bool = True):
    """An integer foreign-key column (indexed) with an explicit delete rule."""
    return Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=True),
    )


# Named constraints, so that migrations can refer to them by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Record(SQLModel):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, max_length=32, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CommitteeProfile(Record, table=True):
    __tablename__ = "committee_profile"

    name: str = Field(max_length=300)
    kind: CommitteeKind = Field(default=CommitteeKind.workplace)
    locality: str = Field(default="", max_length=300)
    enterprise: str = Field(default="", max_length=300)
    default_language: str = Field(default="ru", max_length=8)
    default_quorum_rule: str = Field(default="majority", max_length=40)


class Member(Record, table=True):
    __tablename__ = "members"

    full_name: str = Field(max_length=300)
    phone: str = Field(default="", max_length=60, index=True)
    workplace: str = Field(default="", max_length=300)
    unit: str = Field(default="", max_length=300)
    occupation: str = Field(default="", max_length=300)
    role: MemberRole = Field(default=MemberRole.member, index=True)
    status: MemberStatus = Field(default=MemberStatus.active, index=True)
    joined_on: date | None = Field(default=None, index=True)
    notes: str = Field(default="")
    # Case-folded name, phone (also digits only), workplace and unit; the full-text index
    # `member_search` (trigram) is kept in step with it by triggers. Its own index lets a
    # one- or two-letter search scan the keys alone, not the whole table.
    search_key: str = Field(default="", index=True)
    # Case-folded, Kazakh-aware sort keys (see folding.sort_key), indexed so that a list of
    # 100,000 members sorts by any column without a full sort.
    sort_name: str = Field(default="", index=True)
    sort_workplace: str = Field(default="", index=True)
    sort_unit: str = Field(default="", index=True)
    # Set when the member was erased (see services.erasure): the number of their erasure,
    # shown as "erased member No. N" in the reader's language instead of the name.
    erased_number: int | None = Field(default=None)


# Computed from a member's other fields on every write: never exported, never typed in.
DERIVED_MEMBER_FIELDS = frozenset({"search_key", "sort_name", "sort_workplace", "sort_unit"})


class Assembly(Record, table=True):
    __tablename__ = "assemblies"

    number: int = Field(unique=True)
    kind: AssemblyKind = Field(default=AssemblyKind.general_assembly)
    title: str = Field(default="", max_length=500)
    starts_at: NaiveDatetime | None = None
    place: str = Field(default="", max_length=500)
    chair_id: int | None = reference("members.id")
    secretary_id: int | None = reference("members.id")
    status: AssemblyStatus = Field(default=AssemblyStatus.planned)
    quorum_rule: str = Field(default="majority", max_length=40)
    # How many may take part (the workforce, the delegates elected); None: the committee's
    # active members, as for a committee meeting.
    entitled: int | None = None
    # Signed in at the door or on the sheets besides the members marked present; with them,
    # those registered: the base of quorum and the most votes a question can get.
    registered_others: int = Field(default=0)
    guests_count: int = Field(default=0)
    # Invited guests by name, one a line; guests never vote.
    guests_names: str = Field(default="")
    opening_notes: str = Field(default="")
    closing_notes: str = Field(default="")
    # Running the assembly live: each speaker's time, and the item the live view is on (an
    # agenda item's id, not a foreign key: the item belongs to this assembly and may be removed).
    speaking_limit_seconds: int = Field(default=180)
    live_item_id: int | None = None
    # Since when the live item has been on the floor (UTC); None while the live view is closed.
    live_since: datetime | None = None


class AgendaItem(Record, table=True):
    __tablename__ = "agenda_items"

    assembly_id: int = reference("assemblies.id", on_delete="CASCADE", nullable=False)
    position: int
    title: str = Field(max_length=500)
    details: str = Field(default="")
    presenter_id: int | None = reference("members.id")
    presenter_name: str = Field(default="", max_length=300)
    planned_minutes: int = Field(default=10)
    heard: str = Field(default="")
    spoke: str = Field(default="")
    decided: str = Field(default="")
    # Time the item was on the floor in the live view, before its current turn there.
    live_seconds: int = Field(default=0)


class Attendance(Record, table=True):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("assembly_id", "member_id", name="uq_attendance_assembly_member"),)

    assembly_id: int = reference("assemblies.id", on_delete="CASCADE", nullable=False)
    member_id: int = reference("members.id", nullable=False)
    presence: Presence = Field(default=Presence.present)


class Vote(Record, table=True):
    __tablename__ = "votes"

    agenda_item_id: int = reference("agenda_items.id", on_delete="CASCADE", nullable=False)
    question: str = Field(max_length=1000)
    votes_for: int = Field(default=0)
    votes_against: int = Field(default=0)
    votes_abstain: int = Field(default=0)
    majority_rule: MajorityRule = Field(default=MajorityRule.simple)
    outcome: VoteOutcome


class VoteTally(Record, table=True):
    """One counter's sheet of a hand count: the sector counted and its three numbers; a
    vote counted on sheets is the sum of its tallies."""

    __tablename__ = "vote_tallies"
    __table_args__ = (UniqueConstraint("vote_id", "sheet_number", name="uq_vote_tallies_vote_sheet"),)

    vote_id: int = reference("votes.id", on_delete="CASCADE", nullable=False)
    sheet_number: int
    sector: str = Field(default="", max_length=200)
    votes_for: int = Field(default=0)
    votes_against: int = Field(default=0)
    votes_abstain: int = Field(default=0)


class Speaker(Record, table=True):
    """A place on an agenda item's speakers list: a member, or a name typed for a worker
    not in the list. Those who spoke are written into the item's «Выступили» in order."""

    __tablename__ = "speakers"

    agenda_item_id: int = reference("agenda_items.id", on_delete="CASCADE", nullable=False)
    position: int
    member_id: int | None = reference("members.id")
    name: str = Field(default="", max_length=300)  # typed; empty for a member
    state: SpeakerState = Field(default=SpeakerState.waiting)
    started_at: datetime | None = None  # when the floor was given (UTC), for the countdown
    spoke_seconds: int | None = None
    # What the speaker on the floor said, as typed in the live view; it goes into «Spoke»
    # when they finish.
    said: str = Field(default="")


class Election(Record, table=True):
    """An election held on an agenda item (one an item): the office and its seats, how the
    votes are cast and what a candidate needs, the counting commission's figures for a
    secret ballot, and the term of the mandates it gives. ``declared_at``: when the result
    was written into the item's «Постановили»; the election no longer changes after it."""

    __tablename__ = "elections"

    agenda_item_id: int = Field(
        sa_column=Column(Integer, ForeignKey("agenda_items.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    office: str = Field(max_length=300)  # what is elected: «Делегат в Совет рабочих комитетов Мангистау»
    body: str = Field(max_length=300)  # to which the mandate is: «Совет рабочих комитетов Мангистау»
    seats: int = Field(default=1)
    quota: ElectionQuota = Field(default=ElectionQuota.most_votes)
    ballot_kind: BallotKind = Field(default=BallotKind.secret)
    # A secret ballot's figures, as the counting commission reports them; valid = found - invalid.
    ballots_issued: int | None = None
    ballots_found: int | None = None  # in the ballot box
    ballots_invalid: int | None = None
    counting_commission: str = Field(default="")  # its members' names, one a line
    mandate_from: date | None = None  # None: from the day of the assembly
    mandate_until: date | None = None
    declared_at: datetime | None = None


class Candidate(Record, table=True):
    """A candidate on an election's ballot, in the order the ballot lists them: a member, or
    a name typed for one not in the member list; ``votes`` None until counted."""

    __tablename__ = "candidates"

    election_id: int = reference("elections.id", on_delete="CASCADE", nullable=False)
    position: int
    member_id: int | None = reference("members.id")
    name: str = Field(default="", max_length=300)  # typed; empty for a member
    votes: int | None = None


class Mandate(Record, table=True):
    """What an election gave one person: the office in a body, from when to when. A recall
    ends it by a vote, and the mandate keeps the day, the vote and why, as its history."""

    __tablename__ = "mandates"

    member_id: int | None = reference("members.id")
    name: str = Field(default="", max_length=300)  # typed, for one not in the member list
    office: str = Field(max_length=300)
    body: str = Field(max_length=300)
    starts_on: date
    ends_on: date | None = None  # the end of the term; None: until the body elects again
    election_id: int | None = reference("elections.id", on_delete="SET NULL")
    recalled_on: date | None = None
    recall_vote_id: int | None = reference("votes.id", on_delete="SET NULL")
    recall_note: str = Field(default="")


class Demand(Record, table=True):
    __tablename__ = "demands"

    title: str = Field(max_length=500)
    text: str = Field(default="")
    category: DemandCategory = Field(default=DemandCategory.other)
    status: DemandStatus = Field(default=DemandStatus.proposed, index=True)
    priority: int = Field(default=2)
    adopted_by_vote_id: int | None = reference("votes.id")
    addressed_to: str = Field(default="", max_length=500)
    presented_on: date | None = None
    deadline: date | None = None
    response: str = Field(default="")


class DemandEvent(Record, table=True):
    __tablename__ = "demand_events"

    demand_id: int = reference("demands.id", on_delete="CASCADE", nullable=False)
    at: datetime = Field(default_factory=utcnow)
    from_status: DemandStatus | None = None
    to_status: DemandStatus
    note: str = Field(default="")


class ActionItem(Record, table=True):
    __tablename__ = "action_items"

    agenda_item_id: int | None = reference("agenda_items.id", on_delete="SET NULL")
    text: str = Field(max_length=2000)
    assignee_id: int | None = reference("members.id")
    due_on: date | None = None
    status: ActionStatus = Field(default=ActionStatus.open, index=True)


# --- Records received in bundles (docs/council-bundle-format.md) ------------------------
# A council keeps what its committees send; a committee keeps what its council sends back.
# Each record keeps the sender's uuid, so a newer bundle from the same sender updates it.


class BundleImport(SQLModel, table=True):
    """One sender (a committee or the council) and its latest bundle imported here."""

    __tablename__ = "bundle_imports"

    id: int | None = Field(default=None, primary_key=True)
    source_uuid: str = Field(max_length=32, unique=True)
    source_name: str = Field(max_length=300)
    source_kind: CommitteeKind
    locality: str = Field(default="", max_length=300)
    enterprise: str = Field(default="", max_length=300)
    made_at: datetime  # when the sender wrote the bundle (UTC)
    imported_at: datetime = Field(default_factory=utcnow)


class SharedAssembly(Record, table=True):
    """An assembly the sender held: counts, never names."""

    __tablename__ = "shared_assemblies"

    source_id: int = reference("bundle_imports.id", on_delete="CASCADE", nullable=False)
    number: int
    kind: AssemblyKind
    title: str = Field(default="", max_length=500)
    starts_at: NaiveDatetime | None = None
    place: str = Field(default="", max_length=500)
    entitled: int
    registered: int
    quorum_reached: bool


class SharedResolution(Record, table=True):
    """What an agenda item of a held assembly resolved (ПОСТАНОВИЛИ), with its votes."""

    __tablename__ = "shared_resolutions"

    assembly_id: int = reference("shared_assemblies.id", on_delete="CASCADE", nullable=False)
    position: int
    title: str = Field(max_length=500)
    decided: str = Field(default="")


class SharedVote(Record, table=True):
    __tablename__ = "shared_votes"

    resolution_id: int = reference("shared_resolutions.id", on_delete="CASCADE", nullable=False)
    question: str = Field(max_length=1000)
    votes_for: int
    votes_against: int
    votes_abstain: int
    outcome: VoteOutcome


class SharedDemand(Record, table=True):
    """A demand the sender adopted, as it stands now, and the vote that adopted it."""

    __tablename__ = "shared_demands"

    source_id: int = reference("bundle_imports.id", on_delete="CASCADE", nullable=False)
    title: str = Field(max_length=500)
    text: str = Field(default="")
    category: DemandCategory
    status: DemandStatus
    priority: int
    addressed_to: str = Field(default="", max_length=500)
    presented_on: date | None = None
    deadline: date | None = None
    response: str = Field(default="")
    adopted_on: date | None = None
    adopted_at_assembly: int | None = None  # the sender's protocol number
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    # In a council: the common demand (one of the council's own demands) this one was linked
    # to by hand as "the same demand"; kept when a newer bundle of the sender is imported.
    common_demand_id: int | None = reference("demands.id", on_delete="SET NULL")


class SharedDemandEvent(Record, table=True):
    __tablename__ = "shared_demand_events"

    demand_id: int = reference("shared_demands.id", on_delete="CASCADE", nullable=False)
    at: datetime
    from_status: DemandStatus | None = None
    to_status: DemandStatus
    note: str = Field(default="")


class SharedDelegate(Record, table=True):
    """A delegate's name, only when the sender chose to include the delegates' names."""

    __tablename__ = "shared_delegates"

    source_id: int = reference("bundle_imports.id", on_delete="CASCADE", nullable=False)
    full_name: str = Field(max_length=300)


SHARED_TABLES = (BundleImport, SharedAssembly, SharedResolution, SharedVote, SharedDemand, SharedDemandEvent, SharedDelegate)


class BackupSettings(SQLModel, table=True):
    """One row: how backups are encrypted. Kept inside the encrypted store, never in the
    settings file, and never in an export."""

    __tablename__ = "backup_settings"

    id: int | None = Field(default=None, primary_key=True)
    # None: backups use the store's passphrase.
    separate_passphrase: str | None = Field(default=None, max_length=1024)


class VerifiedBackup(SQLModel, table=True):
    """A backup this store wrote or checked, read back whole, and what it held then."""

    __tablename__ = "verified_backups"

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(max_length=255, index=True)
    size_bytes: int
    verified_at: datetime = Field(default_factory=utcnow, index=True)
    members: int = 0
    assemblies: int = 0
    demands: int = 0
    # Written by this store (not only verified or restored here): the only ones it rotates.
    made_here: bool = False


class Erasure(SQLModel, table=True):
    """A member erased completely: when, and how many records held them. Never the name,
    nor anything that points back to it; the member's row carries the number."""

    __tablename__ = "erasures"

    id: int | None = Field(default=None, primary_key=True)
    erased_at: datetime = Field(default_factory=utcnow)
    records_changed: int = 0


# The app's own bookkeeping: restored with the store, never exported as records.
BOOKKEEPING_TABLES = (BackupSettings, VerifiedBackup, Erasure)

# Tables in the order a dump lists them (parents before children).
DUMP_TABLES = (
    CommitteeProfile,
    Member,
    Assembly,
    AgendaItem,
    Attendance,
    Vote,
    VoteTally,
    Speaker,
    Election,
    Candidate,
    Mandate,
    Demand,
    DemandEvent,
    ActionItem,
    *SHARED_TABLES,
)

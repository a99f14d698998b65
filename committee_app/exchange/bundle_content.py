"""What a committee shares with its council, and a council with its committees: the content
of a bundle, built from a store and read back into plain, checked values.

Never in it: members' names, phones or workplaces, attendance, notes. The delegates' names
only when the user asks for them."""

import os
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import select

from .. import __version__
from ..atomic import write_file_atomically
from ..errors import UserError, translate
from ..models import AgendaItem, Assembly, CommitteeProfile, Demand, DemandEvent, Member, Vote
from ..store import Store
from ..vocabulary import (
    AssemblyKind,
    AssemblyStatus,
    CommitteeKind,
    DemandCategory,
    DemandStatus,
    MemberRole,
    MemberStatus,
    VoteOutcome,
)
from . import bundle_format

CONTENT_KIND = "committee-desk-bundle"
CONTENT_VERSION = 1
# A demand is shared from its adoption on; proposals, rejections and withdrawals stay home.
SHARED_STATUSES = (
    DemandStatus.adopted,
    DemandStatus.presented,
    DemandStatus.under_negotiation,
    DemandStatus.met,
    DemandStatus.partially_met,
    DemandStatus.refused,
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _no_profile() -> UserError:
    return UserError(
        translate(
            "bundle",
            "These records hold no committee name (it is given when the records are created), and a bundle names "
            "its committee: no bundle was written.",
        )
    )


def _assembly_records(session) -> list[dict]:
    """The held assemblies with their resolutions, in a handful of queries whatever their number."""
    from ..services.assemblies import halls_of

    held = session.exec(
        select(
            Assembly.id, Assembly.uuid, Assembly.number, Assembly.kind, Assembly.title, Assembly.starts_at, Assembly.place,
            Assembly.entitled, Assembly.registered_others, Assembly.quorum_rule,
        )  # fmt: skip
        .where(Assembly.status == AssemblyStatus.held)
        .order_by(Assembly.number)
    ).all()
    halls = halls_of(session, held)
    # Columns, not ORM objects: thousands of rows are read once and dropped.
    held_only = Assembly.status == AssemblyStatus.held
    items = session.exec(
        select(AgendaItem.id, AgendaItem.assembly_id, AgendaItem.uuid, AgendaItem.position, AgendaItem.title, AgendaItem.decided)
        .join(Assembly, AgendaItem.assembly_id == Assembly.id)
        .where(held_only)
        .order_by(AgendaItem.assembly_id, AgendaItem.position)
    ).all()
    votes: dict[int, list[dict]] = {}
    for item_id, uuid, question, votes_for, votes_against, votes_abstain, outcome in session.exec(
        select(Vote.agenda_item_id, Vote.uuid, Vote.question, Vote.votes_for, Vote.votes_against, Vote.votes_abstain, Vote.outcome)
        .join(AgendaItem, Vote.agenda_item_id == AgendaItem.id)
        .join(Assembly, AgendaItem.assembly_id == Assembly.id)
        .where(held_only)
        .order_by(Vote.id)
    ):
        votes.setdefault(item_id, []).append(
            {
                "uuid": uuid,
                "question": question,
                "for": votes_for,
                "against": votes_against,
                "abstained": votes_abstain,
                "outcome": VoteOutcome(outcome).value,
            }
        )
    resolutions: dict[int, list[dict]] = {}
    for item_id, assembly_id, uuid, position, title, decided in items:
        item_votes = votes.get(item_id, [])
        if not decided.strip() and not item_votes:
            continue
        resolutions.setdefault(assembly_id, []).append(
            {"uuid": uuid, "position": position, "title": title, "decided": decided, "votes": item_votes}
        )
    return [
        {
            "uuid": assembly.uuid,
            "number": assembly.number,
            "kind": AssemblyKind(assembly.kind).value,
            "title": assembly.title,
            "starts_at": assembly.starts_at.isoformat() if assembly.starts_at else None,
            "place": assembly.place,
            "entitled": halls[assembly.id].entitled,
            "registered": halls[assembly.id].registered,
            "quorum_reached": halls[assembly.id].quorum.reached,
            "resolutions": resolutions.get(assembly.id, []),
        }
        for assembly in held
    ]


def _demand_records(session) -> list[dict]:
    """The demands from their adoption on, each with the vote that adopted it and its history."""
    rows = session.exec(
        select(
            Demand.id, Demand.uuid, Demand.title, Demand.text, Demand.category, Demand.status, Demand.priority,
            Demand.addressed_to, Demand.presented_on, Demand.deadline, Demand.response,
            Vote.votes_for, Vote.votes_against, Vote.votes_abstain, Assembly.number, Assembly.starts_at,
        )  # fmt: skip
        .outerjoin(Vote, Demand.adopted_by_vote_id == Vote.id)
        .outerjoin(AgendaItem, Vote.agenda_item_id == AgendaItem.id)
        .outerjoin(Assembly, AgendaItem.assembly_id == Assembly.id)
        .where(Demand.status.in_(SHARED_STATUSES))
        .order_by(Demand.priority, Demand.id)
    ).all()
    history: dict[int, list[dict]] = {}
    for demand_id, uuid, at, from_status, to_status, note in session.exec(
        select(DemandEvent.demand_id, DemandEvent.uuid, DemandEvent.at, DemandEvent.from_status, DemandEvent.to_status, DemandEvent.note)
        .join(Demand, DemandEvent.demand_id == Demand.id)
        .where(Demand.status.in_(SHARED_STATUSES))
        .order_by(DemandEvent.at, DemandEvent.id)
    ):
        history.setdefault(demand_id, []).append(
            {
                "uuid": uuid,
                "at": _moment(at),
                "from": DemandStatus(from_status).value if from_status else None,
                "to": DemandStatus(to_status).value,
                "note": note,
            }
        )
    records = []
    for demand in rows:
        adopted = None
        if demand.number is not None:
            adopted = {
                "assembly_number": demand.number,
                "on": _day(demand.starts_at.date() if demand.starts_at else None),
                "for": demand.votes_for,
                "against": demand.votes_against,
                "abstained": demand.votes_abstain,
            }
        records.append(
            {
                "uuid": demand.uuid,
                "title": demand.title,
                "text": demand.text,
                "category": DemandCategory(demand.category).value,
                "status": DemandStatus(demand.status).value,
                "priority": demand.priority,
                "addressed_to": demand.addressed_to,
                "presented_on": _day(demand.presented_on),
                "deadline": _day(demand.deadline),
                "response": demand.response,
                "adopted": adopted,
                "history": history.get(demand.id, []),
            }
        )
    return records


def build_content(store: Store, *, include_delegates: bool = False, now: datetime | None = None) -> dict:
    """The bundle's content for ``store``, as JSON-able values."""
    now = now or datetime.now(UTC)
    with store.session() as session:
        profile = session.exec(select(CommitteeProfile)).first()
        if profile is None or not profile.name.strip():
            raise _no_profile()
        content = {
            "content": CONTENT_KIND,
            "version": CONTENT_VERSION,
            "app": __version__,
            "made_at": _moment(now),
            "sender": {
                "uuid": profile.uuid,
                "name": profile.name,
                "kind": profile.kind.value,
                "locality": profile.locality,
                "enterprise": profile.enterprise,
            },
            "assemblies": _assembly_records(session),
            "demands": _demand_records(session),
        }
        if include_delegates:
            delegates = session.exec(
                select(Member)
                .where(Member.role == MemberRole.delegate, Member.status == MemberStatus.active)
                .where(Member.erased_number.is_(None))
                .order_by(Member.sort_name, Member.id)
            ).all()
            content["delegates"] = [{"uuid": member.uuid, "full_name": member.full_name} for member in delegates]
    return content


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    assemblies: int
    demands: int
    delegates: int | None  # None: the names were not included


def write_bundle(store: Store, path: Path, passphrase: str, *, include_delegates: bool = False) -> WrittenBundle:
    """Write the store's bundle to ``path`` (replaced only once the new file is whole)."""
    from ..passphrases import refuse_empty_passphrase

    refuse_empty_passphrase(passphrase)
    content = build_content(store, include_delegates=include_delegates)
    data = bundle_format.seal(content, passphrase, salt=os.urandom(16))
    write_file_atomically(Path(path), data)
    delegates = content.get("delegates")
    return WrittenBundle(Path(path), len(content["assemblies"]), len(content["demands"]), None if delegates is None else len(delegates))


# --- reading back -------------------------------------------------------------------------


class _Invalid(Exception):
    pass


def _object(value) -> dict:
    if not isinstance(value, dict):
        raise _Invalid
    return value


def _list(value) -> list:
    if not isinstance(value, list):
        raise _Invalid
    return value


# Control characters no typed text holds (tab, line feed and carriage return aside).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value, limit: int | None = None) -> str:
    if not isinstance(value, str) or (limit is not None and len(value) > limit) or CONTROL.search(value):
        raise _Invalid
    try:
        value.encode("utf-8")  # half of a surrogate pair has no UTF-8 and no place in the store
    except UnicodeEncodeError as error:
        raise _Invalid from error
    return value


UUID = re.compile(r"[0-9a-f]{32}")


def _uuid(value) -> str:
    if not isinstance(value, str) or UUID.fullmatch(value) is None:
        raise _Invalid
    return value


def _count(value) -> int:
    if type(value) is not int or not 0 <= value <= 10**9:
        raise _Invalid
    return value


def _optional(value, read):
    return None if value is None else read(value)


# Dates a committee's records can hold: anything else is not a date a secretary typed, and
# years at the ends of Python's range overflow as soon as they are shown in local time.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200


def _in_range(moment):
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise _Invalid
    return moment


def _date(value) -> date:
    try:
        return _in_range(date.fromisoformat(_text(value, 10)))
    except ValueError as error:
        raise _Invalid from error


def _read_moment(value, *, with_offset: bool) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value, 40))
    except ValueError as error:
        raise _Invalid from error
    if (moment.tzinfo is not None) != with_offset:
        raise _Invalid
    return _in_range(moment)


def _naive_moment(value) -> datetime:
    """A meeting's own wall-clock time, as the sender wrote it."""
    return _read_moment(value, with_offset=False)


def _utc_moment(value) -> datetime:
    return _read_moment(value, with_offset=True).astimezone(UTC)


def _choice(value, kind):
    try:
        return kind(_text(value, 40))
    except ValueError as error:
        raise _Invalid from error


@dataclass(frozen=True)
class Sender:
    uuid: str
    name: str
    kind: CommitteeKind
    locality: str
    enterprise: str


@dataclass
class BundleContent:
    """A bundle's content, every value checked."""

    made_at: datetime
    sender: Sender
    assemblies: list[dict] = field(default_factory=list)
    demands: list[dict] = field(default_factory=list)
    delegates: list[dict] | None = None


def _read_vote(value) -> dict:
    vote = _object(value)
    return {
        "uuid": _uuid(vote["uuid"]),
        "question": _text(vote["question"], 1000),
        "votes_for": _count(vote["for"]),
        "votes_against": _count(vote["against"]),
        "votes_abstain": _count(vote["abstained"]),
        "outcome": _choice(vote["outcome"], VoteOutcome),
    }


def _read_assembly(value) -> dict:
    assembly = _object(value)
    resolutions = []
    for item in _list(assembly["resolutions"]):
        item = _object(item)
        resolutions.append(
            {
                "uuid": _uuid(item["uuid"]),
                "position": _count(item["position"]),
                "title": _text(item["title"], 500),
                "decided": _text(item["decided"]),
                "votes": [_read_vote(vote) for vote in _list(item["votes"])],
            }
        )
    quorum_reached = assembly["quorum_reached"]
    if type(quorum_reached) is not bool:
        raise _Invalid
    return {
        "uuid": _uuid(assembly["uuid"]),
        "number": _count(assembly["number"]),
        "kind": _choice(assembly["kind"], AssemblyKind),
        "title": _text(assembly["title"], 500),
        "starts_at": _optional(assembly["starts_at"], _naive_moment),
        "place": _text(assembly["place"], 500),
        "entitled": _count(assembly["entitled"]),
        "registered": _count(assembly["registered"]),
        "quorum_reached": quorum_reached,
        "resolutions": resolutions,
    }


def _read_demand(value) -> dict:
    demand = _object(value)
    adopted = _optional(demand["adopted"], _object)
    history = []
    for event in _list(demand["history"]):
        event = _object(event)
        history.append(
            {
                "uuid": _uuid(event["uuid"]),
                "at": _utc_moment(event["at"]),
                "from_status": _optional(event["from"], lambda status: _choice(status, DemandStatus)),
                "to_status": _choice(event["to"], DemandStatus),
                "note": _text(event["note"]),
            }
        )
    read = {
        "uuid": _uuid(demand["uuid"]),
        "title": _text(demand["title"], 500),
        "text": _text(demand["text"]),
        "category": _choice(demand["category"], DemandCategory),
        "status": _choice(demand["status"], DemandStatus),
        "priority": _count(demand["priority"]),
        "addressed_to": _text(demand["addressed_to"], 500),
        "presented_on": _optional(demand["presented_on"], _date),
        "deadline": _optional(demand["deadline"], _date),
        "response": _text(demand["response"]),
        "adopted_on": None,
        "adopted_at_assembly": None,
        "votes_for": None,
        "votes_against": None,
        "votes_abstain": None,
        "history": history,
    }
    if adopted is not None:
        read |= {
            "adopted_on": _optional(adopted["on"], _date),
            "adopted_at_assembly": _count(adopted["assembly_number"]),
            "votes_for": _count(adopted["for"]),
            "votes_against": _count(adopted["against"]),
            "votes_abstain": _count(adopted["abstained"]),
        }
    return read


def read_content(content: dict, path: Path) -> BundleContent:
    """Check every value of an opened bundle; anything out of shape refuses the whole bundle."""
    try:
        if content.get("content") != CONTENT_KIND:
            raise _Invalid
        version = content.get("version")
        if type(version) is int and version > CONTENT_VERSION:
            raise bundle_format.too_new(path)
        if version != CONTENT_VERSION:
            raise _Invalid
        sender = _object(content["sender"])
        read = BundleContent(
            made_at=_utc_moment(content["made_at"]),
            sender=Sender(
                uuid=_uuid(sender["uuid"]),
                name=_text(sender["name"], 300),
                kind=_choice(sender["kind"], CommitteeKind),
                locality=_text(sender["locality"], 300),
                enterprise=_text(sender["enterprise"], 300),
            ),
            assemblies=[_read_assembly(assembly) for assembly in _list(content["assemblies"])],
            demands=[_read_demand(demand) for demand in _list(content["demands"])],
        )
        if "delegates" in content:
            read.delegates = [
                {"uuid": _uuid(_object(delegate)["uuid"]), "full_name": _text(delegate["full_name"], 300)}
                for delegate in _list(content["delegates"])
            ]
    except (_Invalid, KeyError, TypeError) as error:
        raise bundle_format.damaged(path) from error
    if not read.sender.name.strip() or not _each_record_once(read):
        raise bundle_format.damaged(path)
    return read


def _each_record_once(content: BundleContent) -> bool:
    """No record identifier twice in one bundle (each table's, as the store keeps them)."""
    resolutions = [item for assembly in content.assemblies for item in assembly["resolutions"]]
    tables = (
        content.assemblies,
        resolutions,
        [vote for item in resolutions for vote in item["votes"]],
        content.demands,
        [event for demand in content.demands for event in demand["history"]],
        content.delegates or [],
    )
    return all(len({record["uuid"] for record in records}) == len(records) for records in tables)

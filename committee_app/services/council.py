"""What bundles brought: in a council, the committees' demands side by side, linked by hand
as "the same demand" to the council's common list; in a committee, what its council sent."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import func, select

from ..errors import ValidationError, translate
from ..exchange.bundle_import import delete_received_records
from ..models import (
    BundleImport,
    Demand,
    SharedAssembly,
    SharedDelegate,
    SharedDemand,
    SharedResolution,
    SharedVote,
)
from ..store import Store
from ..vocabulary import CommitteeKind, DemandStatus
from .demands import propose_demand_in
from .profile import get_profile


def is_council(store: Store) -> bool:
    profile = get_profile(store)
    return profile is not None and profile.kind == CommitteeKind.council


@dataclass(frozen=True)
class Sender:
    id: int
    name: str
    kind: CommitteeKind
    locality: str
    made_at: datetime
    imported_at: datetime
    assemblies: int
    demands: int
    delegates: int


def senders(store: Store) -> list[Sender]:
    """Every committee (or council) whose bundle was imported here, by name."""

    def counts(session, column) -> dict[int, int]:
        return dict(session.exec(select(column, func.count()).group_by(column)).all())

    with store.session() as session:
        rows = session.exec(select(BundleImport).order_by(BundleImport.source_name, BundleImport.id)).all()
        assemblies = counts(session, SharedAssembly.source_id)
        demands = counts(session, SharedDemand.source_id)
        delegates = counts(session, SharedDelegate.source_id)
    return [
        Sender(
            id=row.id,
            name=row.source_name,
            kind=row.source_kind,
            locality=row.locality,
            made_at=row.made_at,
            imported_at=row.imported_at,
            assemblies=assemblies.get(row.id, 0),
            demands=demands.get(row.id, 0),
            delegates=delegates.get(row.id, 0),
        )
        for row in rows
    ]


def forget_sender(store: Store, sender_id: int) -> None:
    """Remove a sender and everything its bundles brought (a committee that merged into another,
    or a bundle imported by mistake); the council's own demands stay."""
    with store.session() as session:
        source = session.get(BundleImport, sender_id)
        if source is None:
            raise ValidationError(translate("council", "That committee's records are no longer here."))
        delete_received_records(session, sender_id)
        session.delete(source)


@dataclass(frozen=True)
class ReceivedDemand:
    """A demand a sender adopted, as its last bundle said, and the common demand it is linked to."""

    id: int
    sender: str
    title: str
    text: str
    status: DemandStatus
    adopted_on: date | None
    adopted_at_assembly: int | None
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    deadline: date | None
    addressed_to: str
    common_demand_id: int | None
    common_title: str | None


def received_demands(store: Store) -> list[ReceivedDemand]:
    """The senders' demands: linked ones grouped under their common demand, then the rest."""
    statement = (
        select(SharedDemand, BundleImport.source_name, Demand.title)
        .join(BundleImport, SharedDemand.source_id == BundleImport.id)
        .outerjoin(Demand, SharedDemand.common_demand_id == Demand.id)
        .order_by(
            SharedDemand.common_demand_id.is_(None),
            Demand.priority,
            Demand.id,
            BundleImport.source_name,
            SharedDemand.priority,
            SharedDemand.id,
        )
    )
    with store.session() as session:
        return [
            ReceivedDemand(
                id=demand.id,
                sender=sender,
                title=demand.title,
                text=demand.text,
                status=demand.status,
                adopted_on=demand.adopted_on,
                adopted_at_assembly=demand.adopted_at_assembly,
                votes_for=demand.votes_for,
                votes_against=demand.votes_against,
                votes_abstain=demand.votes_abstain,
                deadline=demand.deadline,
                addressed_to=demand.addressed_to,
                common_demand_id=demand.common_demand_id,
                common_title=common_title,
            )
            for demand, sender, common_title in session.exec(statement)
        ]


def _nothing_chosen() -> ValidationError:
    return ValidationError(translate("council", "Choose the committees' demands to link first."))


def link_as_same_demand(store: Store, received_ids: list[int], *, common_demand_id: int | None = None) -> int:
    """Link the received demands as "the same demand": to the council's demand
    ``common_demand_id``, or to a new one proposed with the first one's title and text, in one
    transaction. Returns the common demand's id."""
    if not received_ids:
        raise _nothing_chosen()
    with store.session() as session:
        chosen = session.exec(select(SharedDemand).where(SharedDemand.id.in_(received_ids))).all()
        if len(chosen) != len(set(received_ids)):
            raise ValidationError(translate("council", "A chosen demand is no longer there: its committee's newer bundle left it out."))
        if common_demand_id is None:
            first = next(demand for demand in chosen if demand.id == received_ids[0])
            common_demand_id = propose_demand_in(
                session, title=first.title, text=first.text, category=first.category, addressed_to=first.addressed_to
            ).id
        elif session.get(Demand, common_demand_id) is None:
            raise ValidationError(translate("council", "That common demand is no longer there."))
        for demand in chosen:
            demand.common_demand_id = common_demand_id
            session.add(demand)
    return common_demand_id


def unlink(store: Store, received_ids: list[int]) -> None:
    if not received_ids:
        raise _nothing_chosen()
    with store.session() as session:
        for demand in session.exec(select(SharedDemand).where(SharedDemand.id.in_(received_ids))):
            demand.common_demand_id = None
            session.add(demand)


@dataclass(frozen=True)
class CommonDemand:
    """One of the council's own demands with the committees' demands linked to it."""

    id: int
    title: str
    text: str
    status: DemandStatus
    deadline: date | None
    addressed_to: str
    linked: list[ReceivedDemand]


def common_demands(store: Store) -> tuple[list[CommonDemand], list[ReceivedDemand]]:
    """The council's demands in priority order, each with the committees' demands linked to
    it; and the committees' demands linked to none."""
    received = received_demands(store)
    with store.session() as session:
        own = session.exec(select(Demand).order_by(Demand.priority, Demand.id)).all()
    linked: dict[int, list[ReceivedDemand]] = {}
    for demand in received:
        if demand.common_demand_id is not None:
            linked.setdefault(demand.common_demand_id, []).append(demand)
    common = [
        CommonDemand(demand.id, demand.title, demand.text, demand.status, demand.deadline, demand.addressed_to, linked.get(demand.id, []))
        for demand in own
        if demand.status not in (DemandStatus.rejected, DemandStatus.withdrawn)
    ]
    return common, [demand for demand in received if demand.common_demand_id is None]


@dataclass(frozen=True)
class ReceivedResolution:
    """What an agenda item of a sender's held assembly resolved, with the assembly's hall."""

    sender: str
    assembly_number: int
    assembly_date: date | None
    registered: int
    entitled: int
    quorum_reached: bool
    title: str
    decided: str
    votes: list[tuple[str, int, int, int, str]]  # question, for, against, abstained, outcome


def received_resolutions(store: Store) -> list[ReceivedResolution]:
    """What the senders' held assemblies resolved, latest first."""
    with store.session() as session:
        rows = session.exec(
            select(SharedResolution, SharedAssembly, BundleImport.source_name)
            .join(SharedAssembly, SharedResolution.assembly_id == SharedAssembly.id)
            .join(BundleImport, SharedAssembly.source_id == BundleImport.id)
            .order_by(SharedAssembly.starts_at.desc(), SharedAssembly.number.desc(), SharedResolution.position)
        ).all()
        votes: dict[int, list[tuple[str, int, int, int, str]]] = {}
        for vote in session.exec(select(SharedVote).order_by(SharedVote.id)):
            votes.setdefault(vote.resolution_id, []).append(
                (vote.question, vote.votes_for, vote.votes_against, vote.votes_abstain, vote.outcome.value)
            )
    return [
        ReceivedResolution(
            sender=sender,
            assembly_number=assembly.number,
            assembly_date=assembly.starts_at.date() if assembly.starts_at else None,
            registered=assembly.registered,
            entitled=assembly.entitled,
            quorum_reached=assembly.quorum_reached,
            title=resolution.title,
            decided=resolution.decided,
            votes=votes.get(resolution.id, []),
        )
        for resolution, assembly, sender in rows
    ]

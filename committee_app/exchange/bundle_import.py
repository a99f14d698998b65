"""Importing a bundle: a council takes in a committee's, a committee its council's. One
transaction per bundle: a refusal leaves the store as it was (all but a clash of record
identifiers come before anything is written, and that one is rolled back)."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import delete, select

from ..errors import UserError, translate
from ..models import (
    BundleImport,
    CommitteeProfile,
    SharedAssembly,
    SharedDelegate,
    SharedDemand,
    SharedDemandEvent,
    SharedResolution,
    SharedVote,
    utcnow,
)
from ..store import Store
from ..vocabulary import CommitteeKind
from . import bundle_content, bundle_format
from .bundle_format import BundleError


class BundleRefused(BundleError):
    """A whole, readable bundle that this store does not take."""


@dataclass(frozen=True)
class ImportedBundle:
    sender_name: str
    sender_kind: CommitteeKind
    made_at: datetime
    first_time: bool  # no bundle of this sender was imported before
    previous_name: str | None  # the sender's name in its earlier bundle, when it has changed
    assemblies: int
    demands: int
    delegates: int | None


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _refuse_unfit(profile: CommitteeProfile | None, sender: bundle_content.Sender) -> None:
    if profile is not None and profile.uuid == sender.uuid:
        raise BundleRefused(
            translate("bundle", "This bundle was written from this very store ({name}): there is nothing to import.").format(
                name=sender.name
            )
        )
    is_council = profile is not None and profile.kind == CommitteeKind.council
    if is_council and sender.kind == CommitteeKind.council:
        raise BundleRefused(
            translate(
                "bundle",
                "This bundle comes from another council ({name}). A council imports its committees' bundles.",
            ).format(name=sender.name)
        )
    if not is_council and sender.kind != CommitteeKind.council:
        raise BundleRefused(
            translate(
                "bundle",
                "This bundle comes from a committee ({name}). Committee bundles are imported in the council's store "
                "(a store whose committee kind is \u201ccouncil\u201d); a committee imports only its council's bundles.",
            ).format(name=sender.name)
        )


def _refuse_older(previous: BundleImport, content: bundle_content.BundleContent) -> None:
    previous_made = previous.made_at if previous.made_at.tzinfo else previous.made_at.replace(tzinfo=UTC)
    if content.made_at < previous_made:
        raise BundleRefused(
            translate(
                "bundle",
                "This bundle from {name} was written on {this}, before the one already imported (written on {previous}). "
                "Nothing was changed; import their newest bundle.",
            ).format(name=content.sender.name, this=_local(content.made_at), previous=_local(previous_made))
        )


def _insert(session, model, rows: list[dict], now: datetime) -> dict[str, int]:
    """Insert ``rows`` into ``model``'s table in one statement; their ids by uuid."""
    if not rows:
        return {}
    table = model.__table__
    # RETURNING with many rows: SQLAlchemy sends them as multi-row INSERTs, in batches.
    inserted = session.execute(
        insert(table).returning(table.c.uuid, table.c.id), [{"created_at": now, "updated_at": now, **row} for row in rows]
    )
    return dict(inserted.all())


def delete_received_records(session, source_id: int) -> None:
    """Everything a sender's bundles brought, the sender's own row aside. Children first: bulk
    deletes do not go through the ORM's cascades."""
    assembly_ids = select(SharedAssembly.id).where(SharedAssembly.source_id == source_id)
    resolution_ids = select(SharedResolution.id).where(SharedResolution.assembly_id.in_(assembly_ids))
    demand_ids = select(SharedDemand.id).where(SharedDemand.source_id == source_id)
    session.exec(delete(SharedVote).where(SharedVote.resolution_id.in_(resolution_ids)))
    session.exec(delete(SharedResolution).where(SharedResolution.id.in_(resolution_ids)))
    session.exec(delete(SharedAssembly).where(SharedAssembly.source_id == source_id))
    session.exec(delete(SharedDemandEvent).where(SharedDemandEvent.demand_id.in_(demand_ids)))
    session.exec(delete(SharedDemand).where(SharedDemand.source_id == source_id))
    session.exec(delete(SharedDelegate).where(SharedDelegate.source_id == source_id))


def _refuse_from_the_future(content: bundle_content.BundleContent) -> None:
    # A day of slack for time zones; beyond it the writer's clock is wrong, and a bundle dated
    # ahead would make every real one after it look older.
    if content.made_at > datetime.now(UTC) + timedelta(days=1):
        raise BundleRefused(
            translate(
                "bundle",
                "The bundle from {name} says it was written on {this}, which is still to come: the clock of the laptop "
                "that wrote it is wrong. Nothing was imported; set that clock right and write the bundle again.",
            ).format(name=content.sender.name, this=_local(content.made_at))
        )


def _clash(name: str) -> BundleRefused:
    return BundleRefused(
        translate(
            "bundle",
            "This bundle from {name} holds records that another committee's bundle already brought here (the same "
            "record identifiers): it was not imported. It may be a copy of another committee's records under a new "
            "name; ask the committees which of them wrote it.",
        ).format(name=name)
    )


def _add_records(session, source: BundleImport, content: bundle_content.BundleContent, links: dict[str, int]) -> None:
    """Everything the bundle brought, a statement per table (a council's bundle from forty
    committees holds thousands of rows)."""
    now = utcnow()
    assembly_ids = _insert(
        session,
        SharedAssembly,
        [{"source_id": source.id, **{key: value for key, value in row.items() if key != "resolutions"}} for row in content.assemblies],
        now,
    )
    resolutions = [
        (assembly_ids[assembly["uuid"]], item) for assembly in content.assemblies for item in assembly["resolutions"]
    ]
    resolution_ids = _insert(
        session,
        SharedResolution,
        [{"assembly_id": assembly_id, **{key: value for key, value in item.items() if key != "votes"}} for assembly_id, item in resolutions],
        now,
    )
    _insert(
        session,
        SharedVote,
        [{"resolution_id": resolution_ids[item["uuid"]], **vote} for _assembly_id, item in resolutions for vote in item["votes"]],
        now,
    )
    demand_ids = _insert(
        session,
        SharedDemand,
        [
            {
                "source_id": source.id,
                "common_demand_id": links.get(demand["uuid"]),
                **{key: value for key, value in demand.items() if key != "history"},
            }
            for demand in content.demands
        ],
        now,
    )
    _insert(
        session,
        SharedDemandEvent,
        [{"demand_id": demand_ids[demand["uuid"]], **event} for demand in content.demands for event in demand["history"]],
        now,
    )
    _insert(session, SharedDelegate, [{"source_id": source.id, **delegate} for delegate in content.delegates or ()], now)


def import_bundle(store: Store, path: Path, passphrase: str) -> ImportedBundle:
    """Merge the bundle at ``path`` into ``store``: a sender's newer bundle replaces what its
    older one brought (records keep the sender's uuids; the council's links between demands
    are kept)."""
    path = Path(path)
    content = bundle_content.read_content(bundle_format.read_bundle_file(path, passphrase), path)
    _refuse_from_the_future(content)
    with store.session() as session:
        profile = session.exec(select(CommitteeProfile)).first()
        _refuse_unfit(profile, content.sender)
        source = session.exec(select(BundleImport).where(BundleImport.source_uuid == content.sender.uuid)).first()
        first_time = source is None
        previous_name = None if source is None or source.source_name == content.sender.name else source.source_name
        links: dict[str, int] = {}
        if source is not None:
            _refuse_older(source, content)
            links = {
                uuid: common
                for uuid, common in session.exec(
                    select(SharedDemand.uuid, SharedDemand.common_demand_id).where(
                        SharedDemand.source_id == source.id, SharedDemand.common_demand_id.is_not(None)
                    )
                )
            }
            delete_received_records(session, source.id)
        else:
            source = BundleImport(source_uuid=content.sender.uuid, source_name="", source_kind=content.sender.kind, made_at=content.made_at)
        source.source_name = content.sender.name
        source.source_kind = content.sender.kind
        source.locality = content.sender.locality
        source.enterprise = content.sender.enterprise
        source.made_at = content.made_at
        source.imported_at = utcnow()
        session.add(source)
        try:
            session.flush()
            _add_records(session, source, content, links)
            session.flush()
        except IntegrityError as error:
            # Rolled back as the session ends: the same record uuids as another sender's.
            raise _clash(content.sender.name) from error
    return ImportedBundle(
        sender_name=content.sender.name,
        sender_kind=content.sender.kind,
        made_at=content.made_at,
        first_time=first_time,
        previous_name=previous_name,
        assemblies=len(content.assemblies),
        demands=len(content.demands),
        delegates=None if content.delegates is None else len(content.delegates),
    )


@dataclass(frozen=True)
class BundleOutcome:
    """What importing one of several bundles came to."""

    path: Path
    imported: ImportedBundle | None = None
    refusal: str | None = None  # the message, when refused
    wrong_passphrase: bool = False


def import_bundles(store: Store, paths: list[Path], passphrase: str) -> list[BundleOutcome]:
    """Import each bundle in turn, each in its own transaction: one refused leaves the others
    imported (forty committees' files from one stick)."""
    outcomes = []
    for path in paths:
        try:
            outcomes.append(BundleOutcome(path, imported=import_bundle(store, path, passphrase)))
        except bundle_format.BundleWrongPassphrase as error:
            outcomes.append(BundleOutcome(path, refusal=str(error), wrong_passphrase=True))
        except UserError as error:
            outcomes.append(BundleOutcome(path, refusal=str(error)))
    return outcomes

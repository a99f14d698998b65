"""A demo store: the strike committee of Zhanaozen's oil workers, filled through the services.

Going through the services (not raw inserts) means the demo obeys every rule a real
store does: quorum, vote outcomes, demand status changes.
"""

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from . import demo_content
from .errors import UserError, translate
from .keyslot import KdfParams, key_slots_exist
from .leftovers import working_in
from .services import actions, assemblies, demands, elections, members, profile
from .store import Store, remove_store
from .store_swap import swap_in_store
from .vocabulary import DemandStatus, Presence

# The answer that ends each demand's path after it was presented (none yet for some).
_ANSWERS = (DemandStatus.met, DemandStatus.partially_met, DemandStatus.refused)
# The demo's clock times are Zhanaozen's.
_MANGYSTAU_TIME = timezone(timedelta(hours=5))


def fill_demo_records(store: Store) -> None:
    profile.save_profile(store, **demo_content.PROFILE)
    member_ids = [members.add_member(store, **fields).id for fields in demo_content.MEMBERS]
    demand_ids = [
        demands.propose_demand(
            store,
            title=fields["title"],
            text=fields["text"],
            category=fields["category"],
            priority=fields["priority"],
            addressed_to=fields["addressed_to"],
            on=fields["proposed_on"],
        ).id
        for fields in demo_content.DEMANDS
    ]
    for fields in demo_content.ASSEMBLIES:
        _add_assembly(store, fields, member_ids, demand_ids)
    for index, fields in enumerate(demo_content.DEMANDS):
        final = DemandStatus(fields["final_status"])
        if final == DemandStatus.proposed:
            continue
        demands.update_demand(store, demand_ids[index], deadline=fields["deadline"], response=fields["response"])
        # Each change dated by the day it happened: presented, then answered.
        demands.change_demand_status(store, demand_ids[index], DemandStatus.presented, on=fields["presented_on"])
        if final in _ANSWERS:
            note = demo_content.DEMAND_NOTES.get(index, "")
            demands.change_demand_status(store, demand_ids[index], final, note=note, on=fields["answered_on"])
    ballots = [_add_election(store, fields, member_ids) for fields in demo_content.ELECTIONS]
    for fields in demo_content.RECALLS:
        _recall(store, fields, ballots)


def _member(member_ids: list[int], index: int | None) -> int | None:
    return None if index is None else member_ids[index]


def _add_assembly(store: Store, fields: dict, member_ids: list[int], demand_ids: list[int]) -> None:
    assembly = assemblies.create_assembly(
        store,
        number=fields["number"],
        kind=fields["kind"],
        title=fields["title"],
        starts_at=datetime.fromisoformat(fields["starts_at"]),
        place=fields["place"],
        chair_id=_member(member_ids, fields["chair"]),
        secretary_id=_member(member_ids, fields["secretary"]),
        quorum_rule=fields["quorum_rule"],
        entitled=fields["entitled"],
        registered_others=fields["registered_others"],
        guests_count=fields["guests_count"],
        guests_names=fields["guests_names"],
        opening_notes=fields["opening_notes"],
        closing_notes=fields["closing_notes"],
    )
    for index in fields["present"]:
        assemblies.set_presence(store, assembly.id, member_ids[index], Presence.present)
    for index in fields["excused"]:
        assemblies.set_presence(store, assembly.id, member_ids[index], Presence.excused)
    for item_fields in fields["agenda"]:
        item = assemblies.add_agenda_item(
            store,
            assembly.id,
            title=item_fields["title"],
            details=item_fields["details"],
            presenter_id=_member(member_ids, item_fields["presenter"]),
            presenter_name=item_fields["presenter_name"] or "",
            planned_minutes=item_fields["planned_minutes"],
            heard=item_fields["heard"],
            spoke=item_fields["spoke"],
            decided=item_fields["decided"],
        )
        for vote_fields in item_fields["votes"]:
            vote = assemblies.record_vote(
                store,
                item.id,
                question=vote_fields["question"],
                votes_for=vote_fields["votes_for"],
                votes_against=vote_fields["votes_against"],
                votes_abstain=vote_fields["votes_abstain"],
                majority_rule=vote_fields["majority_rule"],
            )
            for demand_index in vote_fields["adopts_demands"]:
                demands.change_demand_status(
                    store, demand_ids[demand_index], DemandStatus.adopted, vote_id=vote.id, on=assembly.starts_at.date()
                )
        for action_fields in item_fields["actions"]:
            action = actions.add_action_item(
                store,
                text=action_fields["text"],
                assignee_id=_member(member_ids, action_fields["assignee"]),
                due_on=date.fromisoformat(action_fields["due_on"]),
                agenda_item_id=item.id,
            )
            if action_fields["status"] != "open":
                actions.set_action_status(store, action.id, action_fields["status"])
    if fields["status"] == "held":
        assemblies.close_assembly(store, assembly.id)


def _item(store: Store, assembly_number: int, index: int):
    return assemblies.agenda(store, assemblies.get_assembly_by_number(store, assembly_number).id)[index]


def _add_election(store: Store, fields: dict, member_ids: list[int]) -> list[elections.CandidateResult]:
    """The election held, counted and declared; returns its ballot."""
    election = elections.create_election(
        store,
        _item(store, fields["assembly"], fields["item"]).id,
        office=fields["office"],
        body=fields["body"],
        seats=fields["seats"],
        quota=fields["quota"],
        ballot_kind=fields["ballot_kind"],
        counting_commission="\n".join(fields["counting_commission"]),
        mandate_from=fields["mandate_from"],
        mandate_until=fields["mandate_until"],
    )
    ballot = [
        elections.add_candidate(store, election.id, member_id=_member(member_ids, candidate["member"]), name=candidate["name"] or "")
        for candidate in fields["candidates"]
    ]
    elections.set_ballot_figures(
        store, election.id, issued=fields["ballots_issued"], found=fields["ballots_found"], invalid=fields["ballots_invalid"]
    )
    elections.set_votes(store, election.id, {row.id: candidate["votes"] for row, candidate in zip(ballot, fields["candidates"])})
    declared = datetime.fromisoformat(fields["declared_at"]).replace(tzinfo=_MANGYSTAU_TIME).astimezone(UTC)
    elections.declare_result(store, election.id, now=declared)
    return ballot


def _recall(store: Store, fields: dict, ballots: list[list[elections.CandidateResult]]) -> None:
    candidate = ballots[fields["election"]][fields["candidate"]]
    (mandate,) = [
        row
        for row in elections.mandates(store)
        if (row.member_id, row.name) == (candidate.member_id, candidate.name) and row.recalled_on is None
    ]
    vote = assemblies.votes_on_item(store, _item(store, fields["assembly"], fields["item"]).id)[fields["vote"]]
    elections.recall_mandate(store, mandate.id, vote.id, on=date.fromisoformat(fields["on"]), note=fields["note"])


DEMO_MARK_SUFFIX = ".demo"


def demo_mark(path: Path) -> Path:
    """An empty file beside a demo store: only a store so marked may be replaced by a demo."""
    return path.with_name(path.name + DEMO_MARK_SUFFIX)


def refuse_replacing_real_records(path: Path) -> None:
    if (path.exists() or key_slots_exist(path)) and not demo_mark(path).exists():
        raise UserError(
            translate(
                "demo",
                "{path} holds a store that is not a demo; the demo never replaces real records. Choose another place.",
            ).format(path=path)
        )


def create_demo_store(path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> Store:
    """Build the demo beside ``path`` and only then put it in place of an earlier demo."""
    path = Path(path)
    refuse_replacing_real_records(path)
    building = path.with_name(path.name + ".demo-new")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with working_in(path.parent):
        remove_store(building)
        Store.create(building, passphrase, kdf=kdf, fill=fill_demo_records).close()
        # Marked before it moves in, and moved in as a restore is: a crash leaves the old demo
        # or the new one, whole and marked, never a store without its key files.
        demo_mark(path).touch(mode=0o600)
        aside = swap_in_store(building, path)
        if aside is not None:
            remove_store(aside)
    return Store.open(path, passphrase)

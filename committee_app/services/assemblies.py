"""Assemblies and meetings: plan the agenda, take attendance, record the minutes and votes."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, insert, or_, update
from sqlmodel import select

from .. import rules
from ..errors import NotFound, RuleViolation, ValidationError, translate
from ..folding import fold
from ..models import ActionItem, AgendaItem, Assembly, Attendance, Demand, Election, Member, Vote, new_uuid, utcnow
from ..store import Store
from ..vocabulary import AssemblyKind, AssemblyStatus, DemandCategory, MajorityRule, MemberStatus, Presence, VoteOutcome
from . import demands
from .erasure import erased_name_template, shown_name
from .fields import LONG_TEXT_LENGTH, NAME_LENGTH, clean_choice, clean_count, clean_text, require
from .members import search_condition

TITLE_LENGTH = 500


def _assembly_gone() -> str:
    return translate("assemblies", "This assembly no longer exists.")


def _item_gone() -> str:
    return translate("assemblies", "This agenda item no longer exists.")


def _member_gone() -> str:
    return translate("assemblies", "The member chosen no longer exists.")


def _cleaned_assembly(session, fields: dict, assembly_id: int | None = None) -> dict:
    cleaned = {}
    for name, value in fields.items():
        if name == "number":
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 1_000_000:
                raise ValidationError(translate("assemblies", "The protocol number must be a whole number from 1."))
            cleaned[name] = value
        elif name == "kind":
            cleaned[name] = clean_choice(value, AssemblyKind, translate("assemblies", "Kind of meeting"))
        elif name == "status":
            cleaned[name] = clean_choice(value, AssemblyStatus, translate("assemblies", "Status"))
        elif name == "title":
            cleaned[name] = clean_text(value, translate("assemblies", "Title"), max_length=TITLE_LENGTH)
        elif name == "place":
            cleaned[name] = clean_text(value, translate("assemblies", "Place"), max_length=TITLE_LENGTH)
        elif name == "starts_at":
            if value is not None and not isinstance(value, datetime):
                raise ValidationError(translate("assemblies", "The start must be a date and time."))
            cleaned[name] = value.replace(tzinfo=None, second=0, microsecond=0) if value else None
        elif name in ("chair_id", "secretary_id"):
            if value is not None:
                require(session, Member, value, _member_gone())
            cleaned[name] = value
        elif name == "quorum_rule":
            cleaned[name] = rules.parse_quorum_rule(value).to_text()
        elif name == "guests_count":
            cleaned[name] = clean_count(value, translate("assemblies", "Guests"))
        elif name == "guests_names":
            cleaned[name] = clean_text(value, translate("assemblies", "Invited guests"), max_length=LONG_TEXT_LENGTH)
        elif name == "entitled":
            # None: the committee's active members.
            if value is not None:
                value = clean_count(value, translate("assemblies", "Entitled to take part"))
            cleaned[name] = value
        elif name == "registered_others":
            cleaned[name] = clean_count(value, translate("assemblies", "Signed in besides the members"))
        elif name in ("opening_notes", "closing_notes"):
            cleaned[name] = clean_text(value, translate("assemblies", "Notes"), max_length=LONG_TEXT_LENGTH)
        else:
            raise ValueError(f"unknown assembly field: {name}")
    if "number" in cleaned:
        taken = session.exec(select(Assembly.id).where(Assembly.number == cleaned["number"])).first()
        if taken is not None and taken != assembly_id:
            raise ValidationError(
                translate("assemblies", "Protocol number {number} is already used by another assembly.").format(
                    number=cleaned["number"]
                )
            )
    return cleaned


def named_guests(assembly: Assembly) -> list[str]:
    return [line.strip() for line in assembly.guests_names.splitlines() if line.strip()]


def _count_named_guests(assembly: Assembly, cleaned: dict) -> None:
    """Guests given by name are counted, unless a count was given with them."""
    if "guests_names" in cleaned and "guests_count" not in cleaned:
        assembly.guests_count = max(assembly.guests_count, len(named_guests(assembly)))


def next_assembly_number(store: Store) -> int:
    with store.session() as session:
        return (session.exec(select(func.max(Assembly.number))).one() or 0) + 1


def create_assembly(store: Store, **fields) -> Assembly:
    """A planned assembly; without a number it takes the next free protocol number."""
    with store.session() as session:
        if fields.get("number") is None:
            fields["number"] = (session.exec(select(func.max(Assembly.number))).one() or 0) + 1
        cleaned = _cleaned_assembly(session, fields)
        assembly = Assembly(**cleaned)
        _count_named_guests(assembly, cleaned)
        session.add(assembly)
        session.flush()
    return assembly


def update_assembly(store: Store, assembly_id: int, **changes) -> Assembly:
    with store.session() as session:
        assembly = require(session, Assembly, assembly_id, _assembly_gone())
        cleaned = _cleaned_assembly(session, changes, assembly_id)
        if cleaned.get("status") == AssemblyStatus.held and assembly.status == AssemblyStatus.cancelled:
            raise RuleViolation(translate("assemblies", "A cancelled assembly cannot be marked as held."))
        assembly.sqlmodel_update(cleaned)
        _count_named_guests(assembly, cleaned)
        assembly.updated_at = utcnow()
        session.add(assembly)
        if HALL_FIELDS & cleaned.keys():
            session.flush()
            _recount_votes(session, assembly)
    return assembly


def get_assembly(store: Store, assembly_id: int) -> Assembly:
    with store.session() as session:
        return require(session, Assembly, assembly_id, _assembly_gone())


def get_assembly_by_number(store: Store, number: int) -> Assembly:
    with store.session() as session:
        assembly = session.exec(select(Assembly).where(Assembly.number == number)).first()
    if assembly is None:
        raise NotFound(translate("assemblies", "There is no assembly with protocol number {number}.").format(number=number))
    return assembly


def list_assemblies(store: Store) -> list[Assembly]:
    with store.session() as session:
        return list(session.exec(select(Assembly).order_by(Assembly.number.desc())))


# --- Agenda -------------------------------------------------------------------


def _cleaned_item(session, fields: dict) -> dict:
    cleaned = {}
    for name, value in fields.items():
        if name == "title":
            cleaned[name] = clean_text(value, translate("assemblies", "Item title"), max_length=TITLE_LENGTH, required=True)
        elif name == "presenter_id":
            if value is not None:
                require(session, Member, value, _member_gone())
            cleaned[name] = value
        elif name == "presenter_name":
            cleaned[name] = clean_text(value, translate("assemblies", "Presenter"), max_length=NAME_LENGTH)
        elif name == "planned_minutes":
            cleaned[name] = clean_count(value, translate("assemblies", "Planned minutes"), maximum=24 * 60)
        elif name in ("details", "heard", "spoke", "decided"):
            cleaned[name] = clean_text(value, translate("assemblies", "Text"), max_length=LONG_TEXT_LENGTH)
        else:
            raise ValueError(f"unknown agenda item field: {name}")
    return cleaned


def agenda(store: Store, assembly_id: int) -> list[AgendaItem]:
    with store.session() as session:
        return list(session.exec(select(AgendaItem).where(AgendaItem.assembly_id == assembly_id).order_by(AgendaItem.position)))


def add_agenda_item(store: Store, assembly_id: int, *, title: str, **fields) -> AgendaItem:
    """Append an item at the end of the agenda."""
    with store.session() as session:
        require(session, Assembly, assembly_id, _assembly_gone())
        last = session.exec(select(func.max(AgendaItem.position)).where(AgendaItem.assembly_id == assembly_id)).one()
        item = AgendaItem(assembly_id=assembly_id, position=(last or 0) + 1, **_cleaned_item(session, {"title": title, **fields}))
        session.add(item)
        session.flush()
    return item


def update_agenda_item(store: Store, item_id: int, **changes) -> AgendaItem:
    """Change an item, including its protocol parts: heard, spoke, decided."""
    with store.session() as session:
        item = require(session, AgendaItem, item_id, _item_gone())
        item.sqlmodel_update(_cleaned_item(session, changes))
        item.updated_at = utcnow()
        session.add(item)
    return item


def move_agenda_item(store: Store, item_id: int, new_position: int) -> list[AgendaItem]:
    """Move an item to ``new_position`` (1-based, clamped); returns the agenda renumbered."""
    with store.session() as session:
        item = require(session, AgendaItem, item_id, _item_gone())
        items = list(
            session.exec(select(AgendaItem).where(AgendaItem.assembly_id == item.assembly_id).order_by(AgendaItem.position))
        )
        items.remove(item)
        items.insert(max(0, min(new_position - 1, len(items))), item)
        for position, each in enumerate(items, start=1):
            each.position = position
            session.add(each)
    return items


def remove_agenda_item(store: Store, item_id: int) -> None:
    """Remove an item with its votes; refused while one of its votes adopted a demand."""
    with store.session() as session:
        item = require(session, AgendaItem, item_id, _item_gone())
        adopted = session.exec(
            select(Demand.title).join(Vote, Demand.adopted_by_vote_id == Vote.id).where(Vote.agenda_item_id == item_id)
        ).first()
        if adopted is not None:
            raise RuleViolation(
                translate(
                    "assemblies",
                    "This item cannot be removed: its vote adopted the demand “{demand}”, and that record must stay.",
                ).format(demand=adopted)
            )
        declared = session.exec(
            select(Election.office).where(Election.agenda_item_id == item_id, Election.declared_at.is_not(None))
        ).first()
        if declared is not None:
            raise RuleViolation(
                translate(
                    "assemblies",
                    "This item cannot be removed: it holds the election “{office}”, whose result is declared, and the "
                    "mandates it gave must keep where they come from.",
                ).format(office=declared)
            )
        recalled = _recalled_by(session, select(Vote.id).where(Vote.agenda_item_id == item_id))
        if recalled is not None:
            raise RuleViolation(
                translate(
                    "assemblies", "This item cannot be removed: its vote recalled {name}, and that record must stay."
                ).format(name=recalled)
            )
        assembly_id = item.assembly_id
        session.delete(item)
        session.flush()
        remaining = session.exec(select(AgendaItem).where(AgendaItem.assembly_id == assembly_id).order_by(AgendaItem.position))
        for position, each in enumerate(remaining, start=1):
            each.position = position
            session.add(each)


# --- Attendance and quorum ----------------------------------------------------


def set_presence(store: Store, assembly_id: int, member_id: int, presence: Presence | str) -> Attendance:
    presence = clean_choice(presence, Presence, translate("assemblies", "Presence"))
    with store.session() as session:
        require(session, Assembly, assembly_id, _assembly_gone())
        require(session, Member, member_id, _member_gone())
        record = session.exec(
            select(Attendance).where(Attendance.assembly_id == assembly_id, Attendance.member_id == member_id)
        ).first()
        if record is None:
            record = Attendance(assembly_id=assembly_id, member_id=member_id, presence=presence)
        else:
            record.presence = presence
            record.updated_at = utcnow()
        session.add(record)
        session.flush()
        _recount_votes(session, session.get(Assembly, assembly_id))
    return record


def attendance(store: Store, assembly_id: int) -> dict[int, Presence]:
    """Member id → presence, for the members whose presence was recorded."""
    with store.session() as session:
        rows = session.exec(select(Attendance.member_id, Attendance.presence).where(Attendance.assembly_id == assembly_id))
        return dict(rows.all())


def present_count(session, assembly_id: int, *, active_only: bool = False) -> int:
    statement = select(func.count(Attendance.id)).where(
        Attendance.assembly_id == assembly_id, Attendance.presence == Presence.present
    )
    if active_only:
        statement = statement.join(Member, Member.id == Attendance.member_id).where(Member.status == MemberStatus.active)
    return session.exec(statement).one()


@dataclass(frozen=True)
class Hall:
    """Who is in the hall: the base of quorum and the most votes a question can get."""

    entitled: int  # how many may take part
    entitled_are_members: bool  # the base is the committee's active members (no number set)
    members_present: int
    others: int  # signed in at the door or on the sheets, not in the member list
    quorum: rules.QuorumStatus

    @property
    def registered(self) -> int:
        return self.members_present + self.others


def hall_of(session, assembly: Assembly, *, for_votes: bool = False) -> Hall:
    """``for_votes``: count every member marked present, those who left since included (they
    voted then); otherwise a quorum over the active members counts only active members."""
    entitled_are_members = assembly.entitled is None
    active_members = (
        session.exec(select(func.count(Member.id)).where(Member.status == MemberStatus.active)).one()
        if entitled_are_members
        else 0
    )
    members_present = present_count(session, assembly.id, active_only=entitled_are_members and not for_votes)
    return _hall(assembly, active_members, members_present)


def _hall(assembly: Assembly, active_members: int, members_present: int) -> Hall:
    entitled = active_members if assembly.entitled is None else assembly.entitled
    registered = members_present + assembly.registered_others
    return Hall(
        entitled=entitled,
        entitled_are_members=assembly.entitled is None,
        members_present=members_present,
        others=assembly.registered_others,
        quorum=rules.quorum_status(assembly.quorum_rule, entitled, registered),
    )


def halls_of(session, assemblies) -> dict[int, Hall]:
    """``hall_of`` (not for votes) for many assemblies at once, in three queries; each of
    ``assemblies`` needs only its id, entitled, registered_others and quorum_rule."""
    active_members = session.exec(select(func.count(Member.id)).where(Member.status == MemberStatus.active)).one()
    present = select(Attendance.assembly_id, func.count(Attendance.id)).where(Attendance.presence == Presence.present)
    everyone = dict(session.exec(present.group_by(Attendance.assembly_id)).all())
    active = dict(
        session.exec(
            present.join(Member, Member.id == Attendance.member_id)
            .where(Member.status == MemberStatus.active)
            .group_by(Attendance.assembly_id)
        ).all()
    )
    return {
        assembly.id: _hall(
            assembly, active_members, (active if assembly.entitled is None else everyone).get(assembly.id, 0)
        )
        for assembly in assemblies
    }


def hall(store: Store, assembly_id: int, *, for_votes: bool = False) -> Hall:
    with store.session() as session:
        return hall_of(session, require(session, Assembly, assembly_id, _assembly_gone()), for_votes=for_votes)


def quorum(store: Store, assembly_id: int) -> rules.QuorumStatus:
    """Whether enough of those entitled signed in, under the assembly's quorum rule."""
    return hall(store, assembly_id).quorum


# --- Votes and closing --------------------------------------------------------


def record_vote(
    store: Store,
    agenda_item_id: int,
    *,
    question: str,
    votes_for: int,
    votes_against: int,
    votes_abstain: int,
    majority_rule: MajorityRule | str = MajorityRule.simple,
) -> Vote:
    """Record a vote on an item; its outcome follows the rule, those registered and those entitled."""
    question = clean_text(question, translate("assemblies", "Question put to the vote"), max_length=1000, required=True)
    rule = clean_choice(majority_rule, MajorityRule, translate("assemblies", "Majority rule"))
    votes_for = clean_count(votes_for, translate("assemblies", "Votes for"))
    votes_against = clean_count(votes_against, translate("assemblies", "Votes against"))
    votes_abstain = clean_count(votes_abstain, translate("assemblies", "Abstentions"))
    with store.session() as session:
        item = require(session, AgendaItem, agenda_item_id, _item_gone())
        counted = hall_of(session, session.get(Assembly, item.assembly_id), for_votes=True)
        outcome = rules.vote_outcome(votes_for, votes_against, votes_abstain, rule, counted.registered, counted.entitled)
        vote = Vote(
            agenda_item_id=agenda_item_id,
            question=question,
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstain=votes_abstain,
            majority_rule=rule,
            outcome=outcome,
        )
        session.add(vote)
        session.flush()
    return vote


# The fields that change who is in the hall, and so the outcome of the votes taken there.
HALL_FIELDS = frozenset({"entitled", "registered_others"})


def _recalled_by(session, vote_ids) -> str | None:
    # Imported here: the elections service builds on this module (hall_of).
    from .elections import recalled_by

    return recalled_by(session, vote_ids)


def _recount_votes(session, assembly: Assembly) -> None:
    """After a change to who is in the hall: every vote recorded must still fit those
    registered, and its stored outcome follows the new numbers. Refused (the transaction is
    rolled back) where it would leave more votes than people, undo a vote that adopted a
    demand or recalled a delegate, or change an election counted in the hall."""
    from .elections import check_elections_fit_hall

    check_elections_fit_hall(session, assembly)
    votes = list(
        session.exec(select(Vote).join(AgendaItem, AgendaItem.id == Vote.agenda_item_id).where(AgendaItem.assembly_id == assembly.id))
    )
    if not votes:
        return
    counted = hall_of(session, assembly, for_votes=True)
    largest = max(votes, key=lambda vote: vote.votes_for + vote.votes_against + vote.votes_abstain)
    cast = largest.votes_for + largest.votes_against + largest.votes_abstain
    if cast > counted.registered:
        raise RuleViolation(
            translate(
                "assemblies",
                "The vote “{question}” counted {cast} votes, so at least {cast} must stay registered; this change would leave {registered}.",
            ).format(question=largest.question, cast=cast, registered=counted.registered)
        )
    adopting = set(session.exec(select(Demand.adopted_by_vote_id).where(Demand.adopted_by_vote_id.in_([v.id for v in votes]))))
    for vote in votes:
        outcome = rules.vote_outcome(
            vote.votes_for, vote.votes_against, vote.votes_abstain, vote.majority_rule, counted.registered, counted.entitled
        )
        if outcome == vote.outcome:
            continue
        if vote.id in adopting and outcome != VoteOutcome.carried:
            raise RuleViolation(
                translate(
                    "assemblies",
                    "This change would make the vote “{question}” fail, and that vote adopted a demand; change the demand first.",
                ).format(question=vote.question)
            )
        if outcome != VoteOutcome.carried and _recalled_by(session, [vote.id]) is not None:
            raise RuleViolation(
                translate(
                    "assemblies",
                    "This change would make the vote “{question}” fail, and that vote recalled a delegate, which must stay on record.",
                ).format(question=vote.question)
            )
        vote.outcome = outcome
        vote.updated_at = utcnow()
        session.add(vote)


def votes_on_item(store: Store, agenda_item_id: int) -> list[Vote]:
    with store.session() as session:
        return list(session.exec(select(Vote).where(Vote.agenda_item_id == agenda_item_id).order_by(Vote.id)))


def close_assembly(store: Store, assembly_id: int) -> Assembly:
    """Mark an assembly as held (a cancelled one cannot be)."""
    return update_assembly(store, assembly_id, status=AssemblyStatus.held)


# --- Planning from earlier assemblies -------------------------------------------

# Ids per IN (...) list: well under SQLite's limit on bound parameters.
_CHUNK = 500

# What an agenda item carries into another assembly: the plan, never the protocol parts.
_PLANNED_FIELDS = ("title", "details", "presenter_id", "presenter_name", "planned_minutes")


def _append_copies(session, assembly_id: int, items: list[AgendaItem]) -> list[AgendaItem]:
    last = session.exec(select(func.max(AgendaItem.position)).where(AgendaItem.assembly_id == assembly_id)).one() or 0
    copies = []
    for position, item in enumerate(items, start=last + 1):
        copy = AgendaItem(assembly_id=assembly_id, position=position, **{name: getattr(item, name) for name in _PLANNED_FIELDS})
        session.add(copy)
        copies.append(copy)
    session.flush()
    return copies


def plan_assembly(store: Store, *, copy_agenda_from: int | None = None, **fields) -> Assembly:
    """Create a planned assembly, starting its agenda from a copy of another's (one transaction)."""
    with store.session() as session:
        if fields.get("number") is None:
            fields["number"] = (session.exec(select(func.max(Assembly.number))).one() or 0) + 1
        cleaned = _cleaned_assembly(session, fields)
        assembly = Assembly(**cleaned)
        _count_named_guests(assembly, cleaned)
        source_items = []
        if copy_agenda_from is not None:
            require(session, Assembly, copy_agenda_from, _assembly_gone())
            source_items = list(
                session.exec(
                    select(AgendaItem).where(AgendaItem.assembly_id == copy_agenda_from).order_by(AgendaItem.position)
                )
            )
        session.add(assembly)
        session.flush()
        _append_copies(session, assembly.id, source_items)
    return assembly


def copy_agenda_items(store: Store, assembly_id: int, item_ids: list[int]) -> list[AgendaItem]:
    """Append copies of the items ``item_ids`` (from any assembly, in that order) to an agenda."""
    with store.session() as session:
        require(session, Assembly, assembly_id, _assembly_gone())
        items = [require(session, AgendaItem, item_id, _item_gone()) for item_id in item_ids]
        return _append_copies(session, assembly_id, items)


def _unresolved(session, items: list[AgendaItem]) -> list[AgendaItem]:
    """Items with no decision written, or put to the vote without any vote carrying."""
    if not items:
        return []
    outcomes: dict[int, set[VoteOutcome]] = {}
    rows = session.exec(select(Vote.agenda_item_id, Vote.outcome).where(Vote.agenda_item_id.in_([item.id for item in items])))
    for item_id, outcome in rows:
        outcomes.setdefault(item_id, set()).add(outcome)
    return [
        item
        for item in items
        if not item.decided.strip() or (item.id in outcomes and VoteOutcome.carried not in outcomes[item.id])
    ]


def unresolved_items(store: Store, assembly_id: int) -> list[AgendaItem]:
    """The items of an assembly left unresolved: no decision written, or every vote on them failed."""
    with store.session() as session:
        items = list(session.exec(select(AgendaItem).where(AgendaItem.assembly_id == assembly_id).order_by(AgendaItem.position)))
        return _unresolved(session, items)


def last_held_assembly(store: Store, *, before_number: int | None = None) -> Assembly | None:
    """The held assembly with the highest protocol number (below ``before_number`` if given)."""
    statement = select(Assembly).where(Assembly.status == AssemblyStatus.held)
    if before_number is not None:
        statement = statement.where(Assembly.number < before_number)
    with store.session() as session:
        return session.exec(statement.order_by(Assembly.number.desc())).first()


@dataclass(frozen=True)
class CarryOver:
    """Unresolved items of the last held assembly that the new agenda does not yet have."""

    source: Assembly | None
    items: list[AgendaItem]


def carry_over_candidates(store: Store, assembly_id: int) -> CarryOver:
    with store.session() as session:
        assembly = require(session, Assembly, assembly_id, _assembly_gone())
        source = session.exec(
            select(Assembly)
            .where(Assembly.status == AssemblyStatus.held, Assembly.number < assembly.number)
            .order_by(Assembly.number.desc())
        ).first()
        if source is None:
            return CarryOver(None, [])
        planned_titles = session.exec(select(AgendaItem.title).where(AgendaItem.assembly_id == assembly_id))
        already_planned = {fold(title.strip()) for title in planned_titles}
        items = list(
            session.exec(select(AgendaItem).where(AgendaItem.assembly_id == source.id).order_by(AgendaItem.position))
        )
        unresolved = [item for item in _unresolved(session, items) if fold(item.title.strip()) not in already_planned]
        return CarryOver(source, unresolved)


# --- Names for choosers and tables ----------------------------------------------


@dataclass(frozen=True)
class MemberChoice:
    id: int
    full_name: str


def member_choices(store: Store, *, including: tuple[int, ...] = ()) -> list[MemberChoice]:
    """Active members by name, for choosing a chair, presenter or assignee; ``including``
    adds members already chosen who are no longer active, so their names still show."""
    wanted = [member_id for member_id in including if member_id is not None]
    condition = Member.status == MemberStatus.active
    if wanted:
        condition = or_(condition, Member.id.in_(wanted))
    with store.session() as session:
        rows = session.exec(
            select(Member.id, shown_name(erased_name_template())).where(condition).order_by(Member.sort_name, Member.id)
        )
        return [MemberChoice(member_id, name) for member_id, name in rows]


def member_names(store: Store, member_ids) -> dict[int, str]:
    wanted = sorted({member_id for member_id in member_ids if member_id is not None})
    names = {}
    with store.session() as session:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            names.update(
                session.exec(select(Member.id, shown_name(erased_name_template())).where(Member.id.in_(chunk))).all()
            )
    return names


# --- The attendance sheet -------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    member_id: int
    full_name: str
    workplace: str
    presence: Presence | None  # None: not marked yet


def attendance_sheet(store: Store, assembly_id: int, query: str = "") -> list[AttendanceRow]:
    """Active members, and anyone whose presence was recorded, by name; ``query`` searches
    as the members list does (name, phone, workplace, unit)."""
    recorded = and_(Attendance.assembly_id == assembly_id, Attendance.member_id == Member.id)
    statement = (
        select(Member.id, shown_name(erased_name_template()), Member.workplace, Attendance.presence)
        .outerjoin(Attendance, recorded)
        .where(or_(Member.status == MemberStatus.active, Attendance.id.is_not(None)))
        .order_by(Member.sort_name, Member.id)
    )
    condition = search_condition(query)
    if condition is not None:
        statement = statement.where(condition)
    with store.session() as session:
        require(session, Assembly, assembly_id, _assembly_gone())
        return [AttendanceRow(*row) for row in session.exec(statement)]


def set_presence_many(store: Store, assembly_id: int, member_ids: list[int], presence: Presence | str) -> int:
    """Record one presence for many members in one transaction (marking a whole hall present)."""
    presence = clean_choice(presence, Presence, translate("assemblies", "Presence"))
    wanted = sorted(set(member_ids))
    chunks = [wanted[start : start + _CHUNK] for start in range(0, len(wanted), _CHUNK)]
    now = utcnow()
    with store.session() as session:
        require(session, Assembly, assembly_id, _assembly_gone())
        known = sum(session.exec(select(func.count(Member.id)).where(Member.id.in_(chunk))).one() for chunk in chunks)
        if known != len(wanted):
            raise NotFound(_member_gone())
        recorded = set()
        for chunk in chunks:
            this_assembly = (Attendance.assembly_id == assembly_id, Attendance.member_id.in_(chunk))
            recorded.update(session.exec(select(Attendance.member_id).where(*this_assembly)).all())
            session.execute(update(Attendance).where(*this_assembly).values(presence=presence, updated_at=now))
        new_rows = [
            {
                "uuid": new_uuid(),
                "created_at": now,
                "updated_at": now,
                "assembly_id": assembly_id,
                "member_id": member_id,
                "presence": presence,
            }
            for member_id in wanted
            if member_id not in recorded
        ]
        if new_rows:
            session.execute(insert(Attendance), new_rows)
        _recount_votes(session, session.get(Assembly, assembly_id))
    return len(wanted)


def clear_presence(store: Store, assembly_id: int, member_ids: list[int]) -> None:
    """Forget the recorded presence of these members (back to "not marked"), in one transaction."""
    wanted = sorted(set(member_ids))
    with store.session() as session:
        require(session, Assembly, assembly_id, _assembly_gone())
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            session.execute(delete(Attendance).where(Attendance.assembly_id == assembly_id, Attendance.member_id.in_(chunk)))
        _recount_votes(session, session.get(Assembly, assembly_id))


# --- Minutes: decisions, demands and tasks --------------------------------------


def adopted_demand_titles(store: Store, vote_ids: list[int]) -> dict[int, list[str]]:
    """Vote id → the titles of the demands it adopted."""
    titles: dict[int, list[str]] = {}
    with store.session() as session:
        rows = session.exec(
            select(Demand.adopted_by_vote_id, Demand.title).where(Demand.adopted_by_vote_id.in_(vote_ids)).order_by(Demand.id)
        )
        for vote_id, title in rows:
            titles.setdefault(vote_id, []).append(title)
    return titles


def adopt_demand_from_vote(
    store: Store, vote_id: int, *, title: str, text: str = "", category: DemandCategory | str = DemandCategory.other
) -> Demand:
    """Write a demand and adopt it by a carried vote; a vote that failed adopts nothing."""
    with store.session() as session:
        vote = require(session, Vote, vote_id, translate("assemblies", "This vote no longer exists."))
        if vote.outcome != VoteOutcome.carried:
            raise RuleViolation(translate("assemblies", "This vote did not carry, so it cannot adopt a demand."))
        number = session.exec(
            select(Assembly.number)
            .join(AgendaItem, AgendaItem.assembly_id == Assembly.id)
            .where(AgendaItem.id == vote.agenda_item_id)
        ).one()
    note = translate("assemblies", "Adopted by the vote “{question}” of assembly No. {number}.").format(
        question=vote.question, number=number
    )
    return demands.propose_and_adopt_demand(store, vote_id, title=title, text=text, category=category, note=note)


def action_items_for_item(store: Store, agenda_item_id: int) -> list[ActionItem]:
    with store.session() as session:
        return list(session.exec(select(ActionItem).where(ActionItem.agenda_item_id == agenda_item_id).order_by(ActionItem.id)))

"""Everything the agenda, the sign-in sheet and the minutes print about one assembly,
read in one transaction so the three documents never mix two states of the records."""

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import select

from .. import rules
from ..errors import NotFound, translate
from ..person_names import names_withheld_from
from ..models import (
    ActionItem,
    AgendaItem,
    Assembly,
    Attendance,
    CommitteeProfile,
    Demand,
    Member,
    Vote,
)
from ..services.assemblies import Hall, hall_of, named_guests
from ..services.erasure import erased_name_template, shown_name
from ..store import Store
from ..vocabulary import AssemblyKind, AssemblyStatus, CommitteeKind, MajorityRule, MemberStatus, Presence, VoteOutcome
from .signin_rows import default_blank_rows


@dataclass(frozen=True)
class PrintedVote:
    question: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    majority_rule: MajorityRule
    outcome: VoteOutcome
    adopted_demands: tuple[str, ...]  # the titles of the demands this vote adopted


@dataclass(frozen=True)
class PrintedAction:
    text: str
    assignee: str  # "" when nobody is named
    due_on: date | None


@dataclass(frozen=True)
class PrintedItem:
    position: int
    title: str
    details: str
    presenter: str  # the member's name, else the name typed for a guest, else ""
    planned_minutes: int
    starts_at: datetime | None
    heard: str
    spoke: str
    decided: str
    votes: tuple[PrintedVote, ...]
    actions: tuple[PrintedAction, ...]


@dataclass(frozen=True)
class SignInLine:
    full_name: str
    workplace: str
    unit: str


@dataclass(frozen=True)
class AssemblyPapers:
    committee: str
    committee_kind: CommitteeKind | None
    locality: str  # the committee's town or district: where its papers are made
    number: int
    kind: AssemblyKind
    status: AssemblyStatus
    title: str
    starts_at: datetime | None
    place: str
    chair: str
    secretary: str
    guests_count: int
    guests_names: tuple[str, ...]  # invited guests by name, as typed one a line
    opening_notes: str
    closing_notes: str
    items: tuple[PrintedItem, ...]
    present: tuple[str, ...]  # everyone marked present, by name
    excused: tuple[str, ...]
    hall: Hall  # how many were entitled and signed in, and the quorum over them
    quorum: rules.QuorumStatus
    # Active members by name; read only for the sign-in sheet.
    sign_in_lines: tuple[SignInLine, ...]


def read_assembly_papers(
    store: Store, number: int, *, with_sign_in_lines: bool = False, document_translate=translate
) -> AssemblyPapers:
    """The assembly with protocol number ``number`` as its printed documents show it;
    ``document_translate``: the document's language, in which an erased member is named."""
    name = shown_name(erased_name_template(document_translate))
    with store.session() as session:
        assembly = session.exec(select(Assembly).where(Assembly.number == number)).first()
        if assembly is None:
            raise NotFound(
                translate("print", "There is no assembly with protocol number {number} to print.").format(number=number)
            )
        committee, committee_kind, locality = session.exec(
            select(CommitteeProfile.name, CommitteeProfile.kind, CommitteeProfile.locality).order_by(CommitteeProfile.id)
        ).first() or ("", None, "")
        officers = _names(session, [assembly.chair_id, assembly.secretary_id], name)
        present, excused = _attendance(session, assembly.id, name)
        hall = hall_of(session, assembly)
        return AssemblyPapers(
            committee=committee,
            committee_kind=committee_kind,
            locality=locality,
            number=assembly.number,
            kind=assembly.kind,
            status=assembly.status,
            title=assembly.title,
            starts_at=assembly.starts_at,
            place=assembly.place,
            chair=officers.get(assembly.chair_id, ""),
            secretary=officers.get(assembly.secretary_id, ""),
            guests_count=assembly.guests_count,
            guests_names=tuple(named_guests(assembly)),
            opening_notes=assembly.opening_notes,
            closing_notes=assembly.closing_notes,
            items=_items(session, assembly, erased_name_template(document_translate)),
            present=present,
            excused=excused,
            hall=hall,
            quorum=hall.quorum,
            sign_in_lines=_sign_in_lines(session, name) if with_sign_in_lines else (),
        )


def _names(session, member_ids: list[int | None], name) -> dict[int, str]:
    wanted = [member_id for member_id in member_ids if member_id is not None]
    if not wanted:
        return {}
    return dict(session.exec(select(Member.id, name).where(Member.id.in_(wanted))).all())


def _attendance(session, assembly_id: int, name) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = session.exec(
        select(Attendance.presence, name)
        .join(Member, Member.id == Attendance.member_id)
        .where(Attendance.assembly_id == assembly_id)
        .order_by(Member.sort_name, Member.id)
    )
    present, excused = [], []
    for presence, full_name in rows:
        if presence == Presence.present:
            present.append(full_name)
        elif presence == Presence.excused:
            excused.append(full_name)
    return tuple(present), tuple(excused)


def _items(session, assembly: Assembly, erased_template: str) -> tuple[PrintedItem, ...]:
    presenter = aliased(Member)
    items = session.exec(
        select(AgendaItem, shown_name(erased_template, presenter))
        .outerjoin(presenter, presenter.id == AgendaItem.presenter_id)
        .where(AgendaItem.assembly_id == assembly.id)
        .order_by(AgendaItem.position)
    ).all()
    adopted: dict[int, list[str]] = {}
    for vote_id, title in session.exec(
        select(Demand.adopted_by_vote_id, Demand.title)
        .join(Vote, Vote.id == Demand.adopted_by_vote_id)
        .join(AgendaItem, AgendaItem.id == Vote.agenda_item_id)
        .where(AgendaItem.assembly_id == assembly.id)
        .order_by(Demand.id)
    ):
        adopted.setdefault(vote_id, []).append(title)
    votes: dict[int, list[PrintedVote]] = {}
    for vote_id, item_id, *fields in session.exec(
        select(
            Vote.id,
            Vote.agenda_item_id,
            Vote.question,
            Vote.votes_for,
            Vote.votes_against,
            Vote.votes_abstain,
            Vote.majority_rule,
            Vote.outcome,
        )
        .join(AgendaItem, AgendaItem.id == Vote.agenda_item_id)
        .where(AgendaItem.assembly_id == assembly.id)
        .order_by(Vote.id)
    ):
        votes.setdefault(item_id, []).append(PrintedVote(*fields, adopted_demands=tuple(adopted.get(vote_id, ()))))
    actions: dict[int, list[PrintedAction]] = {}
    for item_id, text, assignee, due_on in session.exec(
        select(ActionItem.agenda_item_id, ActionItem.text, shown_name(erased_template), ActionItem.due_on)
        .join(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
        .outerjoin(Member, Member.id == ActionItem.assignee_id)
        .where(AgendaItem.assembly_id == assembly.id)
        .order_by(ActionItem.id)
    ):
        actions.setdefault(item_id, []).append(PrintedAction(text, assignee or "", due_on))
    starts = rules.agenda_start_times(assembly.starts_at, [item.planned_minutes for item, _ in items])
    return tuple(
        PrintedItem(
            position=item.position,
            title=item.title,
            details=item.details,
            presenter=presenter_name or item.presenter_name,
            planned_minutes=item.planned_minutes,
            starts_at=start,
            heard=item.heard,
            spoke=item.spoke,
            decided=item.decided,
            votes=tuple(votes.get(item.id, ())),
            actions=tuple(actions.get(item.id, ())),
        )
        for (item, presenter_name), start in zip(items, starts)
    )


def _sign_in_lines(session, name) -> tuple[SignInLine, ...]:
    rows = session.exec(
        select(name, Member.workplace, Member.unit)
        .where(Member.status == MemberStatus.active)
        .order_by(Member.sort_name, Member.id)
    )
    return tuple(SignInLine(full_name, workplace, unit) for full_name, workplace, unit in rows)


def sign_in_blank_rows_default(store: Store, number: int) -> int:
    """The blank rows the sign-in sheet of assembly ``number`` offers by default: one for each
    worker entitled and not in the member list, within the default's page limit."""
    with store.session() as session:
        entitled = session.exec(select(Assembly.entitled).where(Assembly.number == number)).first()
        listed = session.exec(select(func.count(Member.id)).where(Member.status == MemberStatus.active)).one()
    return default_blank_rows(entitled, listed)


def member_names(store: Store) -> list[str]:
    """Every member's name, those who have left too: redacted paper withholds them all."""
    with store.session() as session:
        return list(session.exec(select(Member.full_name)).all())


def names_withheld(store: Store, papers: AssemblyPapers) -> AssemblyPapers:
    """The typed texts with people's names cut to initials, for redacted paper: what was heard,
    said and resolved often names those who spoke («Жұмабаев Қ. С. предложил…»)."""
    withheld = names_withheld_from([*member_names(store), *papers.guests_names, *(item.presenter for item in papers.items)])

    def item(printed: PrintedItem) -> PrintedItem:
        return replace(
            printed,
            title=withheld(printed.title),
            details=withheld(printed.details),
            heard=withheld(printed.heard),
            spoke=withheld(printed.spoke),
            decided=withheld(printed.decided),
            votes=tuple(
                replace(vote, question=withheld(vote.question), adopted_demands=tuple(map(withheld, vote.adopted_demands)))
                for vote in printed.votes
            ),
            actions=tuple(replace(action, text=withheld(action.text)) for action in printed.actions),
        )

    return replace(
        papers,
        title=withheld(papers.title),
        place=withheld(papers.place),
        opening_notes=withheld(papers.opening_notes),
        closing_notes=withheld(papers.closing_notes),
        items=tuple(map(item, papers.items)),
    )

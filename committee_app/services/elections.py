"""Elections at an assembly: delegates, a committee, its officers.

An election is held on an agenda item (one an item): the office and how many seats, the
candidates in the order the ballot lists them, the votes each got (a show of hands, or a
secret ballot counted by a counting commission) and the rule that decides who is elected.
Counts are checked as they are typed against those registered in the hall, as votes are.
Declaring the result writes it into the item's «Постановили» and gives each one elected a
mandate; from then on the election no longer changes. A recall is a carried vote that ends
a mandate, which keeps the day, the vote and why.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import select

from .. import rules
from ..errors import NotFound, RuleViolation, UserError, ValidationError, translate
from ..folding import fold, sort_key
from ..models import AgendaItem, Assembly, Candidate, CommitteeProfile, Election, Mandate, Member, Vote, utcnow
from ..person_names import signature_name
from ..printing.protocol_terms import protocol_term
from ..store import Store
from ..vocabulary import BallotKind, ElectionQuota, Language, VoteOutcome
from .assemblies import hall_of
from .erasure import committee_language_translate, erased_name_template, shown_name
from .fields import LONG_TEXT_LENGTH, NAME_LENGTH, clean_choice, clean_count, clean_text, parse_date, require

OFFICE_LENGTH = NAME_LENGTH


def _election_gone() -> str:
    return translate("elections", "This election no longer exists.")


def _item_gone() -> str:
    return translate("elections", "This agenda item no longer exists.")


def _candidate_gone() -> str:
    return translate("elections", "This candidate is no longer on the ballot.")


def _mandate_gone() -> str:
    return translate("elections", "This mandate no longer exists.")


def _declared() -> RuleViolation:
    return RuleViolation(
        translate("elections", "The result of this election is declared in the minutes, so the election can no longer change.")
    )


# --- What an election shows ----------------------------------------------------------------


@dataclass(frozen=True)
class CandidateResult:
    id: int
    position: int  # on the ballot
    name: str  # as typed, or as the member list has it (an erased member's placeholder)
    member_id: int | None
    votes: int | None  # None: not counted yet
    elected: bool
    tied: bool  # level with others for the last seats: none of them elected

    @property
    def minutes_name(self) -> str:
        """The name as the minutes write it: "Қ.С. Жұмабаев"."""
        return signature_name(self.name)


@dataclass(frozen=True)
class ElectionOutcome:
    """An election as it stands: its settings, the count so far and who it elects."""

    id: int
    agenda_item_id: int
    assembly_id: int
    assembly_number: int
    assembly_starts_at: datetime | None
    item_position: int
    item_title: str
    office: str
    body: str
    seats: int
    quota: ElectionQuota
    ballot_kind: BallotKind
    registered: int  # those who may vote: signed in at the assembly
    required: int | None  # votes needed under registered_majority, else None
    ballots_issued: int | None
    ballots_found: int | None
    ballots_invalid: int | None
    counting_commission: tuple[str, ...]  # its members, the chair first
    mandate_from: date | None
    mandate_until: date | None
    declared_at: datetime | None
    candidates: tuple[CandidateResult, ...]  # in ballot order
    elected: tuple[CandidateResult, ...]  # most votes first; equal votes in ballot order
    tied: tuple[CandidateResult, ...]

    @property
    def ballots_valid(self) -> int | None:
        if self.ballots_found is None or self.ballots_invalid is None:
            return None
        return self.ballots_found - self.ballots_invalid

    @property
    def counted(self) -> bool:
        """Every candidate's votes are in: the result is known."""
        return bool(self.candidates) and all(candidate.votes is not None for candidate in self.candidates)

    @property
    def seats_open(self) -> int | None:
        return self.seats - len(self.elected) if self.counted else None

    @property
    def declared(self) -> bool:
        return self.declared_at is not None

    @property
    def term_starts(self) -> date | None:
        """When the mandates begin: as set, else the day of the assembly."""
        if self.mandate_from is not None:
            return self.mandate_from
        return self.assembly_starts_at.date() if self.assembly_starts_at else None


def commission_names(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _registered(session, item: AgendaItem) -> int:
    return hall_of(session, session.get(Assembly, item.assembly_id), for_votes=True).registered


def _candidate_rows(session, election_id: int, template: str) -> list[tuple]:
    name = func.coalesce(shown_name(template), Candidate.name)
    return list(
        session.exec(
            select(Candidate.id, Candidate.position, name, Candidate.member_id, Candidate.votes)
            .outerjoin(Member, Member.id == Candidate.member_id)
            .where(Candidate.election_id == election_id)
            .order_by(Candidate.position)
        )
    )


def _outcome(session, election: Election, template: str) -> ElectionOutcome:
    item = session.get(AgendaItem, election.agenda_item_id)
    assembly = session.get(Assembly, item.assembly_id)
    registered = hall_of(session, assembly, for_votes=True).registered
    rows = _candidate_rows(session, election.id, template)
    elected_ids: tuple = ()
    tied_ids: tuple = ()
    if rows and all(votes is not None for *_, votes in rows):
        result = rules.election_result(
            election.seats,
            election.quota,
            registered,
            {candidate_id: votes for candidate_id, *_, votes in rows},
            ballots_valid=_valid(election) if election.ballot_kind == BallotKind.secret else None,
        )
        elected_ids, tied_ids = result.elected, result.tied
    candidates = {
        candidate_id: CandidateResult(
            candidate_id, position, name, member_id, votes, candidate_id in elected_ids, candidate_id in tied_ids
        )
        for candidate_id, position, name, member_id, votes in rows
    }
    return ElectionOutcome(
        id=election.id,
        agenda_item_id=item.id,
        assembly_id=assembly.id,
        assembly_number=assembly.number,
        assembly_starts_at=assembly.starts_at,
        item_position=item.position,
        item_title=item.title,
        office=election.office,
        body=election.body,
        seats=election.seats,
        quota=election.quota,
        ballot_kind=election.ballot_kind,
        registered=registered,
        required=rules.election_votes_required(election.quota, registered),
        ballots_issued=election.ballots_issued,
        ballots_found=election.ballots_found,
        ballots_invalid=election.ballots_invalid,
        counting_commission=tuple(commission_names(election.counting_commission)),
        mandate_from=election.mandate_from,
        mandate_until=election.mandate_until,
        declared_at=election.declared_at,
        candidates=tuple(candidates.values()),
        elected=tuple(candidates[key] for key in elected_ids),
        tied=tuple(candidates[key] for key in tied_ids),
    )


def _valid(election: Election) -> int | None:
    if election.ballots_found is None or election.ballots_invalid is None:
        return None
    return election.ballots_found - election.ballots_invalid


def election_outcome(store: Store, election_id: int, *, document_translate=translate) -> ElectionOutcome:
    """``document_translate``: the reader's language, in which an erased member is named."""
    with store.session() as session:
        election = require(session, Election, election_id, _election_gone())
        return _outcome(session, election, erased_name_template(document_translate))


def election_results(store: Store, assembly_id: int, *, document_translate=translate) -> list[ElectionOutcome]:
    """The elections of an assembly, in the order of its agenda."""
    template = erased_name_template(document_translate)
    with store.session() as session:
        require(session, Assembly, assembly_id, translate("elections", "This assembly no longer exists."))
        elections = session.exec(
            select(Election)
            .join(AgendaItem, AgendaItem.id == Election.agenda_item_id)
            .where(AgendaItem.assembly_id == assembly_id)
            .order_by(AgendaItem.position)
        )
        return [_outcome(session, election, template) for election in elections]


def election_on_item(
    store: Store, assembly_number: int, item_position: int, *, document_translate=translate
) -> ElectionOutcome:
    """The election held on item ``item_position`` of assembly ``assembly_number``, as the
    papers and the command line name it."""
    with store.session() as session:
        item = session.exec(
            select(AgendaItem)
            .join(Assembly, Assembly.id == AgendaItem.assembly_id)
            .where(Assembly.number == assembly_number, AgendaItem.position == item_position)
        ).first()
        if item is None:
            if session.exec(select(Assembly.id).where(Assembly.number == assembly_number)).first() is None:
                raise NotFound(
                    translate("elections", "There is no assembly with protocol number {number}.").format(number=assembly_number)
                )
            raise NotFound(
                translate("elections", "Assembly No. {number} has no agenda item {position}.").format(
                    number=assembly_number, position=item_position
                )
            )
        election = session.exec(select(Election).where(Election.agenda_item_id == item.id)).first()
        if election is None:
            raise NotFound(
                translate("elections", "Item {position} of assembly No. {number} holds no election.").format(
                    position=item_position, number=assembly_number
                )
            )
        return _outcome(session, election, erased_name_template(document_translate))


def election_of_item(store: Store, item_id: int) -> Election | None:
    with store.session() as session:
        return session.exec(select(Election).where(Election.agenda_item_id == item_id)).first()


# --- Setting an election up ----------------------------------------------------------------

def _cleaned_settings(fields: dict) -> dict:
    cleaned = {}
    for name, value in fields.items():
        if name == "office":
            cleaned[name] = clean_text(value, translate("elections", "Office elected"), max_length=OFFICE_LENGTH, required=True)
        elif name == "body":
            cleaned[name] = clean_text(value, translate("elections", "Body of the mandate"), max_length=OFFICE_LENGTH, required=True)
        elif name == "seats":
            most = rules.ELECTION_SEATS_LIMIT
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= most:
                raise ValidationError(
                    translate("elections", "The seats to fill must be a whole number from 1 to {most}.").format(most=most)
                )
            cleaned[name] = value
        elif name == "quota":
            cleaned[name] = clean_choice(value, ElectionQuota, translate("elections", "Who is elected"))
        elif name == "ballot_kind":
            cleaned[name] = clean_choice(value, BallotKind, translate("elections", "How the votes are cast"))
        elif name == "counting_commission":
            cleaned[name] = _cleaned_commission(value)
        elif name == "mandate_from":
            cleaned[name] = parse_date(value, translate("elections", "Mandates from"))
        elif name == "mandate_until":
            cleaned[name] = parse_date(value, translate("elections", "Mandates until"))
        else:
            raise ValueError(f"unknown election field: {name}")
    return cleaned


def _cleaned_commission(value: str) -> str:
    """The commission's members one a line, blank lines dropped."""
    label = translate("elections", "Counting commission")
    names = commission_names(clean_text(value, label, max_length=LONG_TEXT_LENGTH))
    for name in names:
        clean_text(name, label, max_length=NAME_LENGTH)
    return "\n".join(names)


def _check_election(session, election: Election) -> None:
    """Refuse settings that contradict each other or the counts already typed."""
    if election.mandate_from and election.mandate_until and election.mandate_until < election.mandate_from:
        raise ValidationError(translate("elections", "The mandates cannot end before they begin."))
    if election.ballot_kind == BallotKind.open and any(
        figure is not None for figure in (election.ballots_issued, election.ballots_found, election.ballots_invalid)
    ):
        raise ValidationError(
            translate(
                "elections",
                "An open vote has no ballots: clear the counting commission's ballot figures, or keep the secret ballot.",
            )
        )
    item = session.get(AgendaItem, election.agenda_item_id)
    _check_counts(session, election, _registered(session, item))


def _check_counts(session, election: Election, registered: int) -> None:
    """The commission's figures and the candidates' votes must fit those registered, and each other."""
    issued, found, invalid = election.ballots_issued, election.ballots_found, election.ballots_invalid
    if issued is not None and issued > registered:
        raise RuleViolation(
            translate("elections", "{issued} ballots were issued, but only {registered} were registered at the assembly.").format(
                issued=issued, registered=registered
            )
        )
    if found is not None and issued is not None and found > issued:
        raise RuleViolation(
            translate("elections", "{found} ballots were found in the ballot box, but only {issued} were issued.").format(
                found=found, issued=issued
            )
        )
    if found is not None and found > registered:
        raise RuleViolation(
            translate("elections", "{found} ballots were found in the ballot box, but only {registered} were registered at the assembly.").format(
                found=found, registered=registered
            )
        )
    if invalid is not None and found is not None and invalid > found:
        raise RuleViolation(
            translate("elections", "{invalid} ballots were found invalid, but only {found} were found in the ballot box.").format(
                invalid=invalid, found=found
            )
        )
    counted = dict(
        session.exec(
            select(Candidate.id, Candidate.votes).where(Candidate.election_id == election.id, Candidate.votes.is_not(None))
        ).all()
    )
    if counted:
        valid = _valid(election) if election.ballot_kind == BallotKind.secret else None
        rules.election_result(election.seats, election.quota, registered, counted, ballots_valid=valid)


def _open_election(session, election_id: int) -> Election:
    election = require(session, Election, election_id, _election_gone())
    if election.declared_at is not None:
        raise _declared()
    return election


def create_election(
    store: Store,
    agenda_item_id: int,
    *,
    office: str,
    body: str,
    seats: int = 1,
    quota: ElectionQuota | str = ElectionQuota.most_votes,
    ballot_kind: BallotKind | str = BallotKind.secret,
    counting_commission: str = "",
    mandate_from: date | str | None = None,
    mandate_until: date | str | None = None,
) -> Election:
    """An election on an agenda item, with no candidates yet."""
    cleaned = _cleaned_settings(
        {
            "office": office,
            "body": body,
            "seats": seats,
            "quota": quota,
            "ballot_kind": ballot_kind,
            "counting_commission": counting_commission,
            "mandate_from": mandate_from,
            "mandate_until": mandate_until,
        }
    )
    with store.session() as session:
        item = require(session, AgendaItem, agenda_item_id, _item_gone())
        if session.exec(select(Election.id).where(Election.agenda_item_id == item.id)).first() is not None:
            raise RuleViolation(
                translate("elections", "This agenda item already holds an election; hold another on an item of its own.")
            )
        election = Election(agenda_item_id=item.id, **cleaned)
        _check_election(session, election)
        session.add(election)
        session.flush()
    return election


def update_election(store: Store, election_id: int, **changes) -> Election:
    """Change an election's settings (see ``create_election``); refused once declared, and
    where the counts typed would no longer fit (fewer seats than the ballots were filled for)."""
    cleaned = _cleaned_settings(changes)
    with store.session() as session:
        election = _open_election(session, election_id)
        election.sqlmodel_update(cleaned)
        election.updated_at = utcnow()
        _check_election(session, election)
        session.add(election)
    return election


def remove_election(store: Store, election_id: int) -> None:
    """Remove an election held by mistake, with its candidates; refused once declared."""
    with store.session() as session:
        session.delete(_open_election(session, election_id))


# --- Candidates --------------------------------------------------------------------------


def add_candidate(store: Store, election_id: int, *, member_id: int | None = None, name: str = "") -> CandidateResult:
    """Put a member, or a worker not in the list by name, at the end of the ballot."""
    typed = " ".join(clean_text(name, translate("elections", "Candidate's name"), max_length=NAME_LENGTH).split())
    if member_id is None and not typed:
        raise ValidationError(translate("elections", "Choose a member or type the candidate's name."))
    template = erased_name_template()
    with store.session() as session:
        _open_election(session, election_id)
        rows = _candidate_rows(session, election_id, template)
        if member_id is not None:
            member = require(session, Member, member_id, translate("elections", "The member chosen no longer exists."))
            typed = ""
            if any(row_member == member_id for _id, _position, _name, row_member, _votes in rows):
                raise RuleViolation(
                    translate("elections", "{name} is already on the ballot.").format(name=member.full_name)
                )
        elif any(row_member is None and fold(row_name) == fold(typed) for _id, _position, row_name, row_member, _votes in rows):
            raise RuleViolation(translate("elections", "{name} is already on the ballot.").format(name=typed))
        candidate = Candidate(election_id=election_id, position=len(rows) + 1, member_id=member_id, name=typed)
        session.add(candidate)
        session.flush()
        election = session.get(Election, election_id)
        return next(row for row in _outcome(session, election, template).candidates if row.id == candidate.id)


def _renumber(session, listed: list[Candidate]) -> None:
    for position, each in enumerate(listed, start=1):
        if each.position != position:
            each.position = position
            each.updated_at = utcnow()
            session.add(each)


def move_candidate(store: Store, candidate_id: int, new_position: int) -> list[CandidateResult]:
    """Move a candidate to ``new_position`` on the ballot (1-based, clamped); returns the
    ballot renumbered."""
    with store.session() as session:
        candidate = require(session, Candidate, candidate_id, _candidate_gone())
        election = _open_election(session, candidate.election_id)
        listed = list(session.exec(select(Candidate).where(Candidate.election_id == election.id).order_by(Candidate.position)))
        listed.remove(candidate)
        listed.insert(max(0, min(new_position - 1, len(listed))), candidate)
        _renumber(session, listed)
        session.flush()
        return list(_outcome(session, election, erased_name_template()).candidates)


def remove_candidate(store: Store, candidate_id: int) -> None:
    """Take a candidate off the ballot (withdrawn, or added by mistake); the others close up."""
    with store.session() as session:
        candidate = require(session, Candidate, candidate_id, _candidate_gone())
        election = _open_election(session, candidate.election_id)
        session.delete(candidate)
        session.flush()
        _renumber(session, list(session.exec(select(Candidate).where(Candidate.election_id == election.id).order_by(Candidate.position))))


# --- The count ---------------------------------------------------------------------------


def set_votes(store: Store, election_id: int, votes: Mapping[int, int | None]) -> ElectionOutcome:
    """The votes of the candidates given (candidate id → votes, None for not counted yet), in
    one transaction; refused where they do not fit those registered, the valid ballots or
    the seats each ballot fills."""
    label = translate("elections", "Candidate's votes")
    cleaned = {candidate_id: None if count is None else clean_count(count, label) for candidate_id, count in votes.items()}
    with store.session() as session:
        election = _open_election(session, election_id)
        for candidate_id, count in cleaned.items():
            candidate = require(session, Candidate, candidate_id, _candidate_gone())
            if candidate.election_id != election_id:
                raise ValidationError(translate("elections", "This candidate is on the ballot of another election."))
            candidate.votes = count
            candidate.updated_at = utcnow()
            session.add(candidate)
        session.flush()
        _check_election(session, election)
        return _outcome(session, election, erased_name_template())


def set_ballot_figures(
    store: Store, election_id: int, *, issued: int | None, found: int | None, invalid: int | None
) -> ElectionOutcome:
    """The counting commission's figures of a secret ballot: ballots issued, found in the
    ballot box, and invalid among them (None: not counted yet). Refused where they do not
    fit each other, those registered, or the votes counted."""
    figures = {
        "ballots_issued": (issued, translate("elections", "Ballots issued")),
        "ballots_found": (found, translate("elections", "Ballots found in the ballot box")),
        "ballots_invalid": (invalid, translate("elections", "Invalid ballots")),
    }
    cleaned = {name: None if value is None else clean_count(value, label) for name, (value, label) in figures.items()}
    with store.session() as session:
        election = _open_election(session, election_id)
        election.sqlmodel_update(cleaned)
        election.updated_at = utcnow()
        _check_election(session, election)
        session.add(election)
        session.flush()
        return _outcome(session, election, erased_name_template())


def check_elections_fit_hall(session, assembly: Assembly) -> None:
    """After a change to who is in the hall (called by the assemblies service): every
    election's counts must still fit those registered, and a declared result must stay as
    declared. Raises to roll the change back."""
    elections = session.exec(
        select(Election).join(AgendaItem, AgendaItem.id == Election.agenda_item_id).where(AgendaItem.assembly_id == assembly.id)
    ).all()
    if not elections:
        return
    registered = hall_of(session, assembly, for_votes=True).registered
    for election in elections:
        try:
            _check_counts(session, election, registered)
        except UserError as refusal:
            raise RuleViolation(
                translate("elections", "This change would leave the election “{office}” with counts that no longer fit: {reason}").format(
                    office=election.office, reason=refusal
                )
            ) from None
        if election.declared_at is None:
            continue
        outcome = _outcome(session, election, erased_name_template())
        chosen = {(row.member_id, "" if row.member_id is not None else row.name) for row in outcome.elected}
        holders = set(session.exec(select(Mandate.member_id, Mandate.name).where(Mandate.election_id == election.id)).all())
        if chosen != holders:
            raise RuleViolation(
                translate(
                    "elections",
                    "This change would change who was elected in the election “{office}”, whose result is declared in the minutes.",
                ).format(office=election.office)
            )


# --- Declaring the result ----------------------------------------------------------------


def declare_result(store: Store, election_id: int, *, now: datetime | None = None) -> ElectionOutcome:
    """Write the result into the item's «Постановили» (in the committee's language, after what
    is there) and give each one elected a mandate for the term set, in one transaction.
    Refused when declared already, before every vote is counted, and for a secret ballot
    before the counting commission's figures are in."""
    with store.session() as session:
        election = _open_election(session, election_id)
        language, committee_translate = _committee_language(session)
        outcome = _outcome(session, election, erased_name_template(committee_translate))
        if not outcome.candidates:
            raise RuleViolation(translate("elections", "This election has no candidates yet."))
        if not outcome.counted:
            missing = ", ".join(row.name for row in outcome.candidates if row.votes is None)
            raise RuleViolation(
                translate("elections", "Not every candidate's votes are counted yet: {names}.").format(names=missing)
            )
        if election.ballot_kind == BallotKind.secret and (outcome.ballots_issued is None or outcome.ballots_valid is None):
            raise RuleViolation(
                translate(
                    "elections",
                    "The counting commission's figures are not all in: the ballots issued, found in the ballot box and invalid.",
                )
            )
        starts_on = outcome.term_starts or (now or utcnow()).date()
        for row in outcome.elected:
            session.add(
                Mandate(
                    member_id=row.member_id,
                    name="" if row.member_id is not None else row.name,
                    office=election.office,
                    body=election.body,
                    starts_on=starts_on,
                    ends_on=election.mandate_until,
                    election_id=election.id,
                )
            )
        item = session.get(AgendaItem, election.agenda_item_id)
        paragraph = declaration_text(outcome, language, starts_on)
        item.decided = f"{item.decided.rstrip()}\n{paragraph}" if item.decided.strip() else paragraph
        item.updated_at = utcnow()
        session.add(item)
        election.declared_at = now or utcnow()
        election.updated_at = utcnow()
        session.add(election)
        session.flush()
        return _outcome(session, election, erased_name_template())


def _committee_language(session) -> tuple[str, object]:
    language = session.exec(select(CommitteeProfile.default_language).order_by(CommitteeProfile.id)).first()
    if language not in {each.value for each in Language}:
        language = Language.ru.value
    return language, committee_language_translate(session)


def declaration_text(outcome: ElectionOutcome, language: str, starts_on: date) -> str:
    """The result as the minutes' «Постановили» gives it, in the protocol's words of ``language``:
    the election, how it was voted, each candidate's votes, who is elected or why a seat is
    left open, and the term of office."""

    def term(key: str) -> str:
        return protocol_term(language, key)

    parts = [term("election").format(office=outcome.office, seats=outcome.seats)]
    if outcome.ballot_kind == BallotKind.secret:
        parts.append(term("secret_ballot_counted").format(valid=outcome.ballots_valid))
    else:
        parts.append(term("open_vote"))
    votes = ", ".join(f"{row.minutes_name} — {row.votes}" for row in outcome.candidates)
    parts.append(term("candidate_votes").format(votes=votes))
    names = ", ".join(row.minutes_name for row in outcome.elected)
    if len(outcome.elected) == 1:
        parts.append(term("elected_one").format(names=names))
    elif outcome.elected:
        parts.append(term("elected").format(names=names))
    if outcome.tied:
        tied = ", ".join(row.minutes_name for row in outcome.tied)
        parts.append(term("tied").format(votes=outcome.tied[0].votes, names=tied, seats=outcome.seats_open))
    elif not outcome.elected:
        parts.append(term("none_elected"))
    elif outcome.seats_open:
        parts.append(term("seats_open").format(seats=outcome.seats_open))
    if outcome.elected:
        start = starts_on.strftime("%d.%m.%Y")
        if outcome.mandate_until is not None:
            parts.append(term("term_from_until").format(start=start, end=outcome.mandate_until.strftime("%d.%m.%Y")))
        else:
            parts.append(term("term_from").format(start=start))
    return " ".join(parts)


# --- Mandates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MandateRow:
    id: int
    member_id: int | None
    name: str  # the member's (an erased member's placeholder), else as typed
    office: str
    body: str
    starts_on: date
    ends_on: date | None
    election_id: int | None
    elected_at_assembly: int | None  # the protocol number of the assembly that elected
    elected_on: date | None  # the day of that assembly
    recalled_on: date | None
    recall_vote_id: int | None
    recalled_at_assembly: int | None  # the protocol number of the assembly that recalled
    recall_question: str
    recall_counts: tuple[int, int, int] | None  # for / against / abstained
    recall_note: str

    def is_current(self, on: date) -> bool:
        """Held on ``on``: begun, not past its term, not recalled."""
        if self.recalled_on is not None and self.recalled_on <= on:
            return False
        return self.starts_on <= on and (self.ends_on is None or on <= self.ends_on)

    @property
    def minutes_name(self) -> str:
        return signature_name(self.name)


def _mandate_rows(session, template: str, *condition) -> list[MandateRow]:
    elected_item, elected_assembly = aliased(AgendaItem), aliased(Assembly)
    recall_item, recall_assembly = aliased(AgendaItem), aliased(Assembly)
    statement = (
        select(
            Mandate,
            func.coalesce(shown_name(template), Mandate.name),
            elected_assembly.number,
            elected_assembly.starts_at,
            recall_assembly.number,
            Vote.question,
            Vote.votes_for,
            Vote.votes_against,
            Vote.votes_abstain,
        )
        .outerjoin(Member, Member.id == Mandate.member_id)
        .outerjoin(Election, Election.id == Mandate.election_id)
        .outerjoin(elected_item, elected_item.id == Election.agenda_item_id)
        .outerjoin(elected_assembly, elected_assembly.id == elected_item.assembly_id)
        .outerjoin(Vote, Vote.id == Mandate.recall_vote_id)
        .outerjoin(recall_item, recall_item.id == Vote.agenda_item_id)
        .outerjoin(recall_assembly, recall_assembly.id == recall_item.assembly_id)
        .where(*condition)
    )
    rows = []
    for mandate, name, elected_number, elected_at, recall_number, question, votes_for, against, abstain in session.exec(statement):
        rows.append(
            MandateRow(
                id=mandate.id,
                member_id=mandate.member_id,
                name=name,
                office=mandate.office,
                body=mandate.body,
                starts_on=mandate.starts_on,
                ends_on=mandate.ends_on,
                election_id=mandate.election_id,
                elected_at_assembly=elected_number,
                elected_on=elected_at.date() if elected_at else None,
                recalled_on=mandate.recalled_on,
                recall_vote_id=mandate.recall_vote_id,
                recalled_at_assembly=recall_number,
                recall_question=question or "",
                recall_counts=(votes_for, against, abstain) if question is not None else None,
                recall_note=mandate.recall_note,
            )
        )
    return rows


def mandates(
    store: Store, *, current_only: bool = False, on: date | None = None, document_translate=translate
) -> list[MandateRow]:
    """Every mandate (or only those held on ``on``, today by default), by body and then by
    name; ``document_translate``: the reader's language, in which an erased member is named."""
    day = on or date.today()
    with store.session() as session:
        rows = _mandate_rows(session, erased_name_template(document_translate))
    if current_only:
        rows = [row for row in rows if row.is_current(day)]
    return sorted(rows, key=lambda row: (sort_key(row.body), sort_key(row.name), row.starts_on, row.id))


def mandates_of_member(store: Store, member_id: int, *, document_translate=translate) -> list[MandateRow]:
    """A member's mandates, the earliest first: what they were elected to, and how each ended."""
    with store.session() as session:
        require(session, Member, member_id, translate("elections", "This member no longer exists."))
        rows = _mandate_rows(session, erased_name_template(document_translate), Mandate.member_id == member_id)
    return sorted(rows, key=lambda row: (row.starts_on, row.id))


def recall_mandate(store: Store, mandate_id: int, vote_id: int, *, on: date, note: str = "") -> MandateRow:
    """End a mandate by a recall: ``vote_id`` is the carried vote that decided it, ``on`` the
    day it takes effect, ``note`` why. The mandate keeps all three as its history."""
    note = clean_text(note, translate("elections", "Reason for the recall"), max_length=LONG_TEXT_LENGTH)
    on = parse_date(on, translate("elections", "Recalled on"))
    if on is None:
        raise ValidationError(translate("elections", "Give the day the recall takes effect."))
    with store.session() as session:
        mandate = require(session, Mandate, mandate_id, _mandate_gone())
        vote = require(session, Vote, vote_id, translate("elections", "This vote no longer exists."))
        if vote.outcome != VoteOutcome.carried:
            raise RuleViolation(translate("elections", "This vote did not carry, so it cannot recall anyone."))
        if mandate.recalled_on is not None:
            raise RuleViolation(
                translate("elections", "This mandate was already ended by a recall on {date}.").format(
                    date=mandate.recalled_on.strftime("%d.%m.%Y")
                )
            )
        if on < mandate.starts_on:
            raise RuleViolation(
                translate("elections", "A recall cannot take effect before the mandate began, on {date}.").format(
                    date=mandate.starts_on.strftime("%d.%m.%Y")
                )
            )
        if mandate.ends_on is not None and on > mandate.ends_on:
            raise RuleViolation(
                translate("elections", "This mandate's term ended on {date}: there is nothing left to recall.").format(
                    date=mandate.ends_on.strftime("%d.%m.%Y")
                )
            )
        voted_at = session.exec(
            select(Assembly.starts_at).join(AgendaItem, AgendaItem.assembly_id == Assembly.id).where(AgendaItem.id == vote.agenda_item_id)
        ).one()
        if voted_at is not None and on < voted_at.date():
            raise RuleViolation(
                translate("elections", "A recall cannot take effect before the vote that decided it, on {date}.").format(
                    date=voted_at.strftime("%d.%m.%Y")
                )
            )
        mandate.recalled_on = on
        mandate.recall_vote_id = vote.id
        mandate.recall_note = note
        mandate.updated_at = utcnow()
        session.add(mandate)
        session.flush()
        (row,) = _mandate_rows(session, erased_name_template(), Mandate.id == mandate.id)
        return row


def recalled_by(session, vote_ids) -> str | None:
    """Whom one of ``vote_ids`` (ids, or a select of them) recalled, by name, or None: such a
    vote is history that must keep its result, checked before a vote is removed or its
    counts or hall change."""
    return session.exec(
        select(func.coalesce(shown_name(erased_name_template()), Mandate.name))
        .outerjoin(Member, Member.id == Mandate.member_id)
        .where(Mandate.recall_vote_id.in_(vote_ids))
        .order_by(Mandate.id)
    ).first()

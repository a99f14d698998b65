"""Running an assembly live: the item on the floor, the speakers list with its time limit,
and votes whose counts are typed as hands are counted, whole or sheet by sheet.

Everything is written as it happens, each change in one transaction, so a laptop closed
mid-assembly loses nothing: the live view reopens on the same item, the speaker still on
the floor keeps their clock (``started_at``), and the counts typed so far are in the minutes.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import select

from .. import rules
from ..errors import RuleViolation, ValidationError, translate
from ..models import AgendaItem, Assembly, Demand, Member, Speaker, Vote, VoteTally, utcnow
from ..person_names import signature_name
from ..store import Store
from ..vocabulary import MajorityRule, SpeakerState, VoteOutcome
from .assemblies import hall_of
from .elections import recalled_by
from .erasure import erased_name_template, shown_name
from .fields import LONG_TEXT_LENGTH, NAME_LENGTH, clean_choice, clean_count, clean_text, require

# A speaker's time: at least a quarter of a minute, at most an hour.
SPEAKING_LIMIT_RANGE = (15, 3600)
# Far above the sheets of any hall; refuses a typo of a sheet number.
MOST_TALLY_SHEETS = 10_000
SECTOR_LENGTH = 200
QUESTION_LENGTH = 1000


def _assembly_gone() -> str:
    return translate("live", "This assembly no longer exists.")


def _item_gone() -> str:
    return translate("live", "This agenda item no longer exists.")


def _speaker_gone() -> str:
    return translate("live", "This speaker is no longer on the list.")


def _vote_gone() -> str:
    return translate("live", "This vote no longer exists.")


# --- The item on the floor and the time limit --------------------------------------------


def live_item(store: Store, assembly_id: int) -> AgendaItem | None:
    """The item the live view was last on, else the first; None for an empty agenda."""
    with store.session() as session:
        return _live_item_of(session, require(session, Assembly, assembly_id, _assembly_gone()))


def open_live(store: Store, assembly_id: int, *, now: datetime | None = None) -> AgendaItem | None:
    """The live view opens: the live item's clock runs from ``now``. Returns that item."""
    now = now or utcnow()
    with store.session() as session:
        assembly = require(session, Assembly, assembly_id, _assembly_gone())
        item = _live_item_of(session, assembly)
        if item is not None:
            _fold_floor_time(session, assembly, now)
            assembly.live_item_id, assembly.live_since = item.id, now
            session.add(assembly)
        return item


def close_live(store: Store, assembly_id: int, *, now: datetime | None = None) -> None:
    """The live view closes: the live item's time so far is kept, and its clock stops."""
    with store.session() as session:
        assembly = require(session, Assembly, assembly_id, _assembly_gone())
        _fold_floor_time(session, assembly, now or utcnow())
        assembly.live_since = None
        session.add(assembly)


def set_live_item(store: Store, assembly_id: int, item_id: int, *, now: datetime | None = None) -> AgendaItem:
    """Put another item on the floor: the time of the one before is kept with it."""
    now = now or utcnow()
    with store.session() as session:
        assembly = require(session, Assembly, assembly_id, _assembly_gone())
        item = require(session, AgendaItem, item_id, _item_gone())
        if item.assembly_id != assembly_id:
            raise ValidationError(translate("live", "This agenda item belongs to another assembly."))
        if item.id != assembly.live_item_id:
            _fold_floor_time(session, assembly, now)
            assembly.live_item_id, assembly.live_since = item.id, now
            session.add(assembly)
            session.flush()
            session.refresh(item)
        return item


def floor_seconds(item: AgendaItem, assembly: Assembly, now: datetime) -> int:
    """How long ``item`` has been on the floor, its current turn included."""
    running = assembly.live_item_id == item.id and assembly.live_since is not None
    return item.live_seconds + (max(0, int((now - assembly.live_since).total_seconds())) if running else 0)


def _live_item_of(session, assembly: Assembly) -> AgendaItem | None:
    items = list(session.exec(select(AgendaItem).where(AgendaItem.assembly_id == assembly.id).order_by(AgendaItem.position)))
    chosen = [item for item in items if item.id == assembly.live_item_id]
    return (chosen or items or [None])[0]


def _fold_floor_time(session, assembly: Assembly, now: datetime) -> None:
    """Add the current turn of the live item to its time; the turn then starts again."""
    if assembly.live_since is None or assembly.live_item_id is None:
        return
    item = session.get(AgendaItem, assembly.live_item_id)
    if item is not None:
        item.live_seconds += max(0, int((now - assembly.live_since).total_seconds()))
        session.add(item)
    assembly.live_since = now


def set_speaking_limit(store: Store, assembly_id: int, seconds: int) -> Assembly:
    """Each speaker's time at this assembly."""
    low, high = SPEAKING_LIMIT_RANGE
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not low <= seconds <= high:
        raise ValidationError(
            translate("live", "A speaker's time must be from {low} seconds to {high} minutes.").format(
                low=low, high=high // 60
            )
        )
    with store.session() as session:
        assembly = require(session, Assembly, assembly_id, _assembly_gone())
        assembly.speaking_limit_seconds = seconds
        assembly.updated_at = utcnow()
        session.add(assembly)
    return assembly


# --- The speakers list -------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerRow:
    id: int
    position: int
    name: str  # as typed or as the member list has it (an erased member's placeholder)
    member_id: int | None
    state: SpeakerState
    started_at: datetime | None
    spoke_seconds: int | None
    said: str  # typed while they speak; in «Spoke» once they finish

    @property
    def minutes_name(self) -> str:
        """The name as the minutes write it: "Қ.С. Жұмабаев"."""
        return signature_name(self.name)


def speakers(store: Store, item_id: int) -> list[SpeakerRow]:
    with store.session() as session:
        return _speaker_rows(session, item_id)


def _speaker_rows(session, item_id: int) -> list[SpeakerRow]:
    name = func.coalesce(shown_name(erased_name_template()), Speaker.name)
    rows = session.exec(
        select(
            Speaker.id,
            Speaker.position,
            name,
            Speaker.member_id,
            Speaker.state,
            Speaker.started_at,
            Speaker.spoke_seconds,
            Speaker.said,
        )
        .outerjoin(Member, Member.id == Speaker.member_id)
        .where(Speaker.agenda_item_id == item_id)
        .order_by(Speaker.position)
    )
    return [SpeakerRow(*row) for row in rows]


def add_speaker(store: Store, item_id: int, *, member_id: int | None = None, name: str = "") -> SpeakerRow:
    """Put a member, or a worker not in the list by name, at the end of the item's list."""
    typed = clean_text(name, translate("live", "Speaker's name"), max_length=NAME_LENGTH)
    if member_id is None and not typed:
        raise ValidationError(translate("live", "Choose a member or type the speaker's name."))
    with store.session() as session:
        require(session, AgendaItem, item_id, _item_gone())
        if member_id is not None:
            require(session, Member, member_id, translate("live", "The member chosen no longer exists."))
            typed = ""
        last = session.exec(select(func.max(Speaker.position)).where(Speaker.agenda_item_id == item_id)).one()
        speaker = Speaker(agenda_item_id=item_id, position=(last or 0) + 1, member_id=member_id, name=typed)
        session.add(speaker)
        session.flush()
        return next(row for row in _speaker_rows(session, item_id) if row.id == speaker.id)


def move_speaker(store: Store, speaker_id: int, new_position: int) -> list[SpeakerRow]:
    """Move a speaker to ``new_position`` (1-based, clamped); returns the list renumbered."""
    with store.session() as session:
        speaker = require(session, Speaker, speaker_id, _speaker_gone())
        listed = list(session.exec(select(Speaker).where(Speaker.agenda_item_id == speaker.agenda_item_id).order_by(Speaker.position)))
        listed.remove(speaker)
        listed.insert(max(0, min(new_position - 1, len(listed))), speaker)
        for position, each in enumerate(listed, start=1):
            each.position = position
            session.add(each)
        session.flush()
        return _speaker_rows(session, speaker.agenda_item_id)


def remove_speaker(store: Store, speaker_id: int) -> None:
    """Take a speaker off the list; one who spoke is in the minutes and stays."""
    with store.session() as session:
        speaker = require(session, Speaker, speaker_id, _speaker_gone())
        if speaker.state == SpeakerState.spoke:
            raise RuleViolation(
                translate("live", "This speaker has spoken and is in the minutes; change «Spoke» in the minutes instead.")
            )
        item_id = speaker.agenda_item_id
        session.delete(speaker)
        session.flush()
        remaining = session.exec(select(Speaker).where(Speaker.agenda_item_id == item_id).order_by(Speaker.position))
        for position, each in enumerate(remaining, start=1):
            each.position = position
            session.add(each)


def give_floor(store: Store, speaker_id: int, *, now: datetime | None = None) -> SpeakerRow:
    """Mark a waiting speaker as speaking from ``now``; whoever was speaking on the item
    finishes first (and goes into the minutes)."""
    now = now or utcnow()
    with store.session() as session:
        speaker = require(session, Speaker, speaker_id, _speaker_gone())
        if speaker.state == SpeakerState.spoke:
            raise RuleViolation(translate("live", "This speaker has already spoken."))
        if speaker.state == SpeakerState.waiting:
            current = session.exec(
                select(Speaker).where(Speaker.agenda_item_id == speaker.agenda_item_id, Speaker.state == SpeakerState.speaking)
            ).all()
            for other in current:
                _finish(session, other, now, other.said)
            speaker.state = SpeakerState.speaking
            speaker.started_at = now
            speaker.updated_at = now
            session.add(speaker)
            session.flush()
        return next(row for row in _speaker_rows(session, speaker.agenda_item_id) if row.id == speaker.id)


def set_said(store: Store, speaker_id: int, said: str) -> None:
    """What the speaker on the floor is saying, as typed: kept until they finish."""
    said = clean_text(said, translate("live", "What the speaker said"), max_length=LONG_TEXT_LENGTH)
    with store.session() as session:
        speaker = require(session, Speaker, speaker_id, _speaker_gone())
        if speaker.state != SpeakerState.speaking:
            raise RuleViolation(translate("live", "This speaker does not have the floor."))
        speaker.said = said
        speaker.updated_at = utcnow()
        session.add(speaker)


def finish_speaker(store: Store, speaker_id: int, *, gist: str | None = None, now: datetime | None = None) -> AgendaItem:
    """The speaker has finished: they are written into the item's «Spoke», a line of their
    own after those before them, with ``gist`` (what they said; None: as kept by ``set_said``).
    Returns the item with its new text."""
    if gist is not None:
        gist = clean_text(gist, translate("live", "What the speaker said"), max_length=LONG_TEXT_LENGTH)
    with store.session() as session:
        speaker = require(session, Speaker, speaker_id, _speaker_gone())
        if speaker.state != SpeakerState.speaking:
            raise RuleViolation(translate("live", "Only the speaker who has the floor can finish."))
        item = _finish(session, speaker, now or utcnow(), speaker.said if gist is None else gist)
        session.flush()
        session.refresh(item)
        return item


def _finish(session, speaker: Speaker, now: datetime, gist: str) -> AgendaItem:
    gist = " ".join(gist.split())
    started = speaker.started_at
    speaker.spoke_seconds = max(0, int((now - started).total_seconds())) if started else None
    speaker.state = SpeakerState.spoke
    speaker.said = gist
    speaker.updated_at = now
    session.add(speaker)
    name = speaker.name
    if speaker.member_id is not None:
        member = session.get(Member, speaker.member_id)
        name = member.full_name
    line = f"{signature_name(name)} — {gist}" if gist else signature_name(name)
    item = session.get(AgendaItem, speaker.agenda_item_id)
    item.spoke = f"{item.spoke.rstrip()}\n{line}" if item.spoke.strip() else line
    item.updated_at = now
    session.add(item)
    return item


def remaining_seconds(row: SpeakerRow, limit_seconds: int, now: datetime) -> int | None:
    """Time left to a speaker on the floor (negative past the limit); None for anyone else."""
    if row.state != SpeakerState.speaking or row.started_at is None:
        return None
    return limit_seconds - int((now - row.started_at).total_seconds())


# --- Votes counted live --------------------------------------------------------------------


def start_vote(
    store: Store, item_id: int, *, question: str, majority_rule: MajorityRule | str = MajorityRule.simple
) -> Vote:
    """A vote on the item with no hands counted yet; the counts follow as they are typed."""
    question = clean_text(question, translate("live", "Question put to the vote"), max_length=QUESTION_LENGTH, required=True)
    rule = clean_choice(majority_rule, MajorityRule, translate("live", "Majority rule"))
    with store.session() as session:
        item = require(session, AgendaItem, item_id, _item_gone())
        vote = Vote(agenda_item_id=item.id, question=question, majority_rule=rule, outcome=VoteOutcome.failed)
        _set_counts(session, vote, 0, 0, 0)
        session.add(vote)
        session.flush()
    return vote


def set_vote_counts(
    store: Store,
    vote_id: int,
    *,
    votes_for: int,
    votes_against: int,
    votes_abstain: int,
    question: str | None = None,
    majority_rule: MajorityRule | str | None = None,
) -> Vote:
    """Change a vote's counts as they are typed (and its question or rule); refused for a
    vote counted on sheets, whose counts are the sum of its sheets."""
    counts = [
        clean_count(votes_for, translate("live", "Votes for")),
        clean_count(votes_against, translate("live", "Votes against")),
        clean_count(votes_abstain, translate("live", "Abstentions")),
    ]
    if question is not None:
        question = clean_text(question, translate("live", "Question put to the vote"), max_length=QUESTION_LENGTH, required=True)
    if majority_rule is not None:
        majority_rule = clean_choice(majority_rule, MajorityRule, translate("live", "Majority rule"))
    with store.session() as session:
        vote = require(session, Vote, vote_id, _vote_gone())
        if session.exec(select(func.count(VoteTally.id)).where(VoteTally.vote_id == vote_id)).one():
            raise RuleViolation(
                translate("live", "This vote is counted on tally sheets: change a sheet, and the vote follows its sheets.")
            )
        if question is not None:
            vote.question = question
        if majority_rule is not None:
            vote.majority_rule = majority_rule
        _set_counts(session, vote, *counts)
        session.add(vote)
    return vote


def set_vote_question(
    store: Store, vote_id: int, *, question: str, majority_rule: MajorityRule | str | None = None
) -> Vote:
    """Change the question or the rule of a vote, keeping its counts (typed or summed)."""
    question = clean_text(question, translate("live", "Question put to the vote"), max_length=QUESTION_LENGTH, required=True)
    if majority_rule is not None:
        majority_rule = clean_choice(majority_rule, MajorityRule, translate("live", "Majority rule"))
    with store.session() as session:
        vote = require(session, Vote, vote_id, _vote_gone())
        vote.question = question
        if majority_rule is not None:
            vote.majority_rule = majority_rule
        _set_counts(session, vote, vote.votes_for, vote.votes_against, vote.votes_abstain)
        session.add(vote)
    return vote


def _set_counts(session, vote: Vote, votes_for: int, votes_against: int, votes_abstain: int) -> None:
    """The counts and the outcome they give; refused where more hands than people were
    counted, or where the vote adopted a demand and would now fail."""
    item = session.get(AgendaItem, vote.agenda_item_id)
    counted = hall_of(session, session.get(Assembly, item.assembly_id), for_votes=True)
    outcome = rules.vote_outcome(votes_for, votes_against, votes_abstain, vote.majority_rule, counted.registered, counted.entitled)
    if vote.id is not None and outcome != VoteOutcome.carried:
        adopted = session.exec(select(Demand.title).where(Demand.adopted_by_vote_id == vote.id)).first()
        if adopted is not None:
            raise RuleViolation(
                translate(
                    "live",
                    "These counts would make the vote fail, and it adopted the demand “{demand}”; change the demand first.",
                ).format(demand=adopted)
            )
        recalled = recalled_by(session, [vote.id])
        if recalled is not None:
            raise RuleViolation(
                translate("live", "These counts would make the vote fail, and it recalled {name}, which must stay on record.").format(
                    name=recalled
                )
            )
    vote.votes_for, vote.votes_against, vote.votes_abstain = votes_for, votes_against, votes_abstain
    vote.outcome = outcome
    vote.updated_at = utcnow()


def remove_vote(store: Store, vote_id: int) -> None:
    """Remove a vote started by mistake, with its sheets; one that adopted a demand stays."""
    with store.session() as session:
        vote = require(session, Vote, vote_id, _vote_gone())
        adopted = session.exec(select(Demand.title).where(Demand.adopted_by_vote_id == vote_id)).first()
        if adopted is not None:
            raise RuleViolation(
                translate("live", "This vote adopted the demand “{demand}”, and that record must stay.").format(demand=adopted)
            )
        recalled = recalled_by(session, [vote_id])
        if recalled is not None:
            raise RuleViolation(translate("live", "This vote recalled {name}, and that record must stay.").format(name=recalled))
        session.delete(vote)


# --- Tally sheets --------------------------------------------------------------------------


def tallies(store: Store, vote_id: int) -> list[VoteTally]:
    with store.session() as session:
        return list(session.exec(select(VoteTally).where(VoteTally.vote_id == vote_id).order_by(VoteTally.sheet_number)))


def set_tally(
    store: Store,
    vote_id: int,
    sheet_number: int,
    *,
    sector: str = "",
    votes_for: int,
    votes_against: int,
    votes_abstain: int,
) -> Vote:
    """Record (or correct) one counter's sheet; the vote becomes the sum of its sheets, in
    the same transaction. Returns the vote as summed."""
    sheet_number = _clean_sheet_number(sheet_number)
    sector = clean_text(sector, translate("live", "Sector"), max_length=SECTOR_LENGTH)
    counts = {
        "votes_for": clean_count(votes_for, translate("live", "Votes for")),
        "votes_against": clean_count(votes_against, translate("live", "Votes against")),
        "votes_abstain": clean_count(votes_abstain, translate("live", "Abstentions")),
    }
    with store.session() as session:
        vote = require(session, Vote, vote_id, _vote_gone())
        tally = session.exec(select(VoteTally).where(VoteTally.vote_id == vote_id, VoteTally.sheet_number == sheet_number)).first()
        if tally is None:
            tally = VoteTally(vote_id=vote_id, sheet_number=sheet_number)
        tally.sqlmodel_update({"sector": sector, **counts})
        tally.updated_at = utcnow()
        session.add(tally)
        session.flush()
        _sum_tallies(session, vote)
    return vote


def remove_tally(store: Store, vote_id: int, sheet_number: int) -> Vote:
    """Take a sheet out of the count (entered by mistake); the vote is summed again."""
    with store.session() as session:
        vote = require(session, Vote, vote_id, _vote_gone())
        tally = session.exec(select(VoteTally).where(VoteTally.vote_id == vote_id, VoteTally.sheet_number == sheet_number)).first()
        if tally is None:
            raise ValidationError(translate("live", "Sheet No. {number} is not in this count.").format(number=sheet_number))
        session.delete(tally)
        session.flush()
        _sum_tallies(session, vote)
    return vote


def _sum_tallies(session, vote: Vote) -> None:
    sums = session.exec(
        select(
            func.coalesce(func.sum(VoteTally.votes_for), 0),
            func.coalesce(func.sum(VoteTally.votes_against), 0),
            func.coalesce(func.sum(VoteTally.votes_abstain), 0),
        ).where(VoteTally.vote_id == vote.id)
    ).one()
    _set_counts(session, vote, *sums)
    session.add(vote)


def _clean_sheet_number(number: int) -> int:
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= MOST_TALLY_SHEETS:
        raise ValidationError(
            translate("live", "A sheet number must be a whole number from 1 to {most}.").format(most=MOST_TALLY_SHEETS)
        )
    return number

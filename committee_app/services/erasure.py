"""Erasing a person completely: for a member whose presence in the records endangers them.

The member's row stays, so that every count stays right (attendance, quorum, the members
who signed), but it holds nothing of the person any more: the name becomes a numbered
placeholder («удалённый участник №7»), and phone, workplace, shop, occupation, notes and the
date they joined are emptied. The name and the phone as typed into any text (the minutes'
«Выступили», a guest typed as presenter, a demand's text, a task) are replaced by the same
placeholder. Then the freed pages are overwritten: the full-text index is merged so that no
old segment keeps the name, and the store is rebuilt with VACUUM (``secure_delete`` is on
for every connection) and its write-ahead log emptied.

The erasure is recorded in ``erasures`` with its time and how many records held the person,
never with the name. Backups made before still hold the person; the app says so.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.sql.elements import ColumnElement

from ..errors import ValidationError, translate
from ..folding import member_search_key, sort_key
from ..i18n import SOURCE_LANGUAGE, compiled_translations
from ..models import (
    ActionItem,
    AgendaItem,
    Assembly,
    Candidate,
    CommitteeProfile,
    Demand,
    DemandEvent,
    Election,
    Erasure,
    Mandate,
    Member,
    Speaker,
    Vote,
    VoteTally,
    utcnow,
)
from ..person_names import person_replaced_in
from ..store import Store
from .fields import require

log = logging.getLogger(__name__)

# Every text a secretary types that may hold a person's name or phone.
TYPED_TEXTS = (
    (Assembly, ("title", "place", "guests_names", "opening_notes", "closing_notes")),
    (AgendaItem, ("title", "details", "presenter_name", "heard", "spoke", "decided")),
    (Vote, ("question",)),
    (VoteTally, ("sector",)),
    (Speaker, ("name", "said")),
    (Election, ("office", "body", "counting_commission")),
    (Candidate, ("name",)),
    (Mandate, ("name", "office", "body", "recall_note")),
    (ActionItem, ("text",)),
    (Demand, ("title", "text", "addressed_to", "response")),
    (DemandEvent, ("note",)),
)
ERASED_FIELDS = {"phone": "", "workplace": "", "unit": "", "occupation": "", "notes": "", "joined_on": None}


def erased_name_template(translate: Callable[[str, str], str | None] = translate) -> str:
    """ "erased member No. {number}" in the language of ``translate`` (the UI's by default)."""
    return translate("members", "erased member No. {number}") or "erased member No. {number}"


def erased_name(number: int, translate: Callable[[str, str], str | None] = translate) -> str:
    return erased_name_template(translate).format(number=number)


def shown_name(template: str, member=Member) -> ColumnElement[str]:
    """A member's name as a list or a paper shows it: the name, or for an erased member the
    placeholder ``template`` (see ``erased_name_template``) in the reader's language."""
    return func.coalesce(func.replace(template, "{number}", member.erased_number), member.full_name)


def committee_language_translate(session) -> Callable[[str, str], str | None]:
    """The texts are typed in the committee's language: what the app writes into them (an
    erased member's placeholder, an election's result) is too."""
    language = session.scalar(select(CommitteeProfile.default_language).order_by(CommitteeProfile.id)) or ""
    translations = compiled_translations(language) if language != SOURCE_LANGUAGE else None
    return translations.translate if translations is not None else (lambda _context, _text: None)


@dataclass(frozen=True)
class ErasureResult:
    number: int
    placeholder: str  # in the committee's language, as the typed texts now hold it
    records_changed: int  # the member's own row and every record whose text named them


def erase_member(store: Store, member_id: int) -> ErasureResult:
    """Erase a member completely (see the module's note); one transaction, then the freed
    pages are overwritten."""
    with store.session() as session:
        member = require(session, Member, member_id, translate("members", "This member no longer exists."))
        if member.erased_number is not None:
            raise ValidationError(
                translate("members", "This member was already erased: nothing of the person is left to remove.")
            )
        erasure = Erasure(erased_at=utcnow())
        session.add(erasure)
        session.flush()
        placeholder = erased_name(erasure.id, committee_language_translate(session))
        replaced = person_replaced_in(member.full_name, member.phone, placeholder)
        changed = 1
        for model, fields in TYPED_TEXTS:
            columns = [getattr(model, name) for name in fields]
            for record_id, *values in session.execute(select(model.id, *columns)).all():
                updates = {name: replaced(value) for name, value in zip(fields, values) if value and replaced(value) != value}
                if updates:
                    session.execute(model.__table__.update().where(model.__table__.c.id == record_id).values(**updates))
                    changed += 1
        member.sqlmodel_update(ERASED_FIELDS)
        member.full_name = placeholder
        member.search_key = member_search_key(placeholder, "", "", "")
        member.sort_name = sort_key(placeholder)
        member.sort_workplace = member.sort_unit = ""
        member.erased_number = erasure.id
        member.updated_at = utcnow()
        session.add(member)
        erasure.records_changed = changed
        session.add(erasure)
        # Merged into one segment: the index's old segments, which still spell the erased
        # search key, are dropped (a deletion in FTS5 is only a marker until a merge).
        session.execute(text("INSERT INTO member_search(member_search) VALUES ('optimize')"))
    store.overwrite_freed_pages()
    log.info("a member was erased completely; %d records changed", changed)
    return ErasureResult(erasure.id, placeholder, changed)


def erasures(store: Store) -> list[Erasure]:
    """The erasures made in this store, oldest first."""
    with store.session() as session:
        return list(session.scalars(select(Erasure).order_by(Erasure.id)))

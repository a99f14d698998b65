"""Members of the committee: add, edit, find, and leave without losing history."""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, column, exists, func, insert, or_, select, table
from sqlalchemy.sql.elements import ColumnElement

from ..errors import ValidationError, translate
from ..folding import member_search_key, search_alternatives, sort_key
from ..models import ActionItem, AgendaItem, Assembly, Attendance, Member, new_uuid, utcnow
from ..store import Store
from ..vocabulary import MemberRole, MemberStatus
from .erasure import erased_name_template, shown_name
from .fields import LONG_TEXT_LENGTH, NAME_LENGTH, clean_choice, clean_text, parse_date, require

EDITABLE_FIELDS = ("full_name", "phone", "workplace", "unit", "occupation", "role", "status", "joined_on", "notes")
SORTABLE_COLUMNS = {
    "full_name": Member.sort_name,
    "phone": Member.phone,
    "workplace": Member.sort_workplace,
    "unit": Member.sort_unit,
    "role": Member.role,
    "status": Member.status,
    "joined_on": Member.joined_on,
}
# Trigram search needs three characters; shorter terms scan the folded keys.
TRIGRAM_LENGTH = 3
PHONE_LENGTH = 60
# Below SQLite's smallest limit on bound parameters (999), so any build accepts one chunk.
IDS_PER_QUERY = 500


def _member_gone() -> str:
    return translate("members", "This member no longer exists.")


def field_labels() -> dict[str, str]:
    return {
        "full_name": translate("members", "Full name"),
        "phone": translate("members", "Phone"),
        "workplace": translate("members", "Workplace"),
        "unit": translate("members", "Shop or department"),
        "occupation": translate("members", "Occupation"),
        "role": translate("members", "Role"),
        "status": translate("members", "Status"),
        "joined_on": translate("members", "Joined on"),
        "notes": translate("members", "Notes"),
    }


def cleaned_member_fields(fields: Mapping) -> dict:
    """Validated, normalized values for the member fields present in ``fields``."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown member fields: {sorted(unknown)}")
    labels = field_labels()
    cleaned = {}
    for name, value in fields.items():
        if name == "role":
            cleaned[name] = clean_choice(value, MemberRole, labels[name])
        elif name == "status":
            cleaned[name] = clean_choice(value, MemberStatus, labels[name])
        elif name == "joined_on":
            cleaned[name] = parse_date(value, labels[name])
        elif name == "phone":
            cleaned[name] = clean_text(value, labels[name], max_length=PHONE_LENGTH)
        elif name == "notes":
            cleaned[name] = clean_text(value, labels[name], max_length=LONG_TEXT_LENGTH)
        else:
            cleaned[name] = clean_text(value, labels[name], max_length=NAME_LENGTH, required=name == "full_name")
    return cleaned


def _keys(full_name: str, phone: str, workplace: str, unit: str) -> dict:
    """The precomputed search and sort keys for a member's fields."""
    return {
        "search_key": member_search_key(full_name, phone, workplace, unit),
        "sort_name": sort_key(full_name),
        "sort_workplace": sort_key(workplace),
        "sort_unit": sort_key(unit),
    }


def _with_keys(values: dict) -> dict:
    fields = [values.get(name, "") for name in ("full_name", "phone", "workplace", "unit")]
    return {**values, **_keys(*fields)}


def add_member(store: Store, *, full_name: str, **fields) -> Member:
    values = _with_keys(cleaned_member_fields({"full_name": full_name, **fields}))
    member = Member(**values)
    with store.session() as session:
        session.add(member)
        session.flush()
    return member


def add_members_in_bulk(store: Store, rows: Iterable[Mapping]) -> int:
    """Insert many members in one transaction with one executemany (for imports)."""
    now = utcnow()
    prepared = []
    for row in rows:
        values = _with_keys(cleaned_member_fields(row))
        if "full_name" not in values:
            raise ValidationError(translate("members", "Every member needs a full name."))
        values.setdefault("role", MemberRole.member)
        values.setdefault("status", MemberStatus.active)
        for name in ("phone", "workplace", "unit", "occupation", "notes"):
            values.setdefault(name, "")
        values.setdefault("joined_on", None)
        values.update(uuid=new_uuid(), created_at=now, updated_at=now)
        prepared.append(values)
    if not prepared:
        return 0
    with store.session() as session:
        session.execute(insert(Member), prepared)
    return len(prepared)


def get_member(store: Store, member_id: int) -> Member:
    with store.session() as session:
        member = require(session, Member, member_id, _member_gone())
        return member


def update_member(store: Store, member_id: int, **changes) -> Member:
    cleaned = cleaned_member_fields(changes)
    with store.session() as session:
        member = require(session, Member, member_id, _member_gone())
        member.sqlmodel_update(cleaned)
        member.sqlmodel_update(_keys(member.full_name, member.phone, member.workplace, member.unit))
        member.updated_at = utcnow()
        session.add(member)
    return member


def mark_member_left(store: Store, member_id: int) -> Member:
    return update_member(store, member_id, status=MemberStatus.left)


@dataclass(frozen=True)
class DeletionResult:
    deleted: bool
    reason: str  # why the member was kept (marked as left) instead of deleted


def delete_member(store: Store, member_id: int) -> DeletionResult:
    """Delete a member with no history; one with history is marked as left instead."""
    with store.session() as session:
        member = require(session, Member, member_id, _member_gone())
        has_history = session.scalar(
            select(
                or_(
                    exists().where(or_(Assembly.chair_id == member_id, Assembly.secretary_id == member_id)),
                    exists().where(Attendance.member_id == member_id),
                    exists().where(AgendaItem.presenter_id == member_id),
                    exists().where(ActionItem.assignee_id == member_id),
                )
            )
        )
        if has_history:
            member.status = MemberStatus.left
            member.updated_at = utcnow()
            session.add(member)
            return DeletionResult(
                False,
                translate(
                    "members",
                    "This member chaired, attended or was assigned work, so the records keep them: "
                    "they were marked as having left instead of being deleted.",
                ),
            )
        session.delete(member)
        return DeletionResult(True, "")


# The full-text index, made by the migration and not part of the model.
_member_search = table("member_search", column("rowid"), column("member_search"))


def _fts_match(match: str) -> ColumnElement[bool]:
    return Member.id.in_(select(_member_search.c.rowid).where(_member_search.c.member_search.op("MATCH")(match)))


def _all_terms_condition(terms: list[str]) -> ColumnElement[bool]:
    conditions = []
    long_terms = [term for term in terms if len(term) >= TRIGRAM_LENGTH]
    if long_terms:
        # Each term a quoted FTS5 string ("" escapes a quote); all of them must match.
        conditions.append(_fts_match(" AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)))
    for term in terms:
        if len(term) < TRIGRAM_LENGTH:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Member.search_key.like(f"%{escaped}%", escape="\\"))
    return and_(*conditions)


def search_condition(query: str) -> ColumnElement[bool] | None:
    """Members whose name, phone, workplace or unit contain every term of ``query``."""
    alternatives = search_alternatives(query)
    if not alternatives:
        return None
    return or_(*(_all_terms_condition(terms) for terms in alternatives))


def _filtered(statement, query: str, status: MemberStatus | None):
    condition = search_condition(query)
    if condition is not None:
        statement = statement.where(condition)
    if status is not None:
        statement = statement.where(Member.status == status)
    return statement


def search_members(
    store: Store,
    query: str = "",
    *,
    status: MemberStatus | None = None,
    order_by: str = "full_name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Member]:
    """Members matching ``query`` (any part of name, phone, workplace or unit, any case)."""
    column = SORTABLE_COLUMNS[order_by]
    # Ties broken by id in the same direction, so an index serves either direction.
    ordering = [column.desc(), Member.id.desc()] if descending else [column.asc(), Member.id.asc()]
    statement = _filtered(select(Member), query, status).order_by(*ordering).offset(offset).limit(limit)
    with store.session() as session:
        return list(session.scalars(statement))


def search_member_ids(store: Store, query: str = "", *, order_by: str = "full_name", descending: bool = False) -> list[int]:
    """Only the ids, in order: what a long list needs to show its rows lazily."""
    column = SORTABLE_COLUMNS[order_by]
    # Ties broken by id in the same direction, so an index serves either direction.
    ordering = [column.desc(), Member.id.desc()] if descending else [column.asc(), Member.id.asc()]
    # One ordered JSON array instead of a row per id: 100,000 ids in a third of the time.
    statement = _filtered(select(func.json_group_array(Member.id).aggregate_order_by(*ordering)), query, None)
    with store.connection() as connection:
        return json.loads(connection.scalar(statement))


def count_members(store: Store, query: str = "", *, status: MemberStatus | None = None) -> int:
    statement = _filtered(select(func.count(Member.id)), query, status)
    with store.connection() as connection:
        return connection.scalar(statement)


def count_active_members(store: Store) -> int:
    return count_members(store, status=MemberStatus.active)


def _id_set(connection, condition: ColumnElement[bool]) -> set[int]:
    # One JSON array instead of a row per id: a search matching 100,000 members then
    # takes a third of the time, which is the difference a keystroke can feel.
    ids = connection.scalar(select(func.json_group_array(Member.id)).where(condition))
    return set(json.loads(ids))


def member_ids_matching(store: Store, query: str) -> set[int] | None:
    """The ids of the members ``search_members`` finds for ``query``, in no order;
    None when the query has nothing to search for (every member matches)."""
    condition = search_condition(query)
    if condition is None:
        return None
    with store.connection() as connection:
        return _id_set(connection, condition)


def member_ids_with_status(store: Store, status: MemberStatus) -> set[int]:
    with store.connection() as connection:
        return _id_set(connection, Member.status == status)


@dataclass(frozen=True, slots=True)
class MemberRow:
    """What one line of the members list shows."""

    id: int
    full_name: str
    phone: str
    workplace: str
    unit: str
    role: MemberRole
    status: MemberStatus
    joined_on: date | None
    erased: bool = False  # erased completely: the name is the placeholder, nothing else is left


def member_rows(store: Store, ids: Iterable[int]) -> dict[int, MemberRow]:
    """The rows of the members with these ids, by id; ids of members no longer there are left out."""
    wanted = list(dict.fromkeys(ids))
    columns = (
        Member.id,
        shown_name(erased_name_template()),
        Member.phone,
        Member.workplace,
        Member.unit,
        Member.role,
        Member.status,
        Member.joined_on,
        Member.erased_number.is_not(None),
    )
    rows = {}
    with store.connection() as connection:
        for start in range(0, len(wanted), IDS_PER_QUERY):
            chunk = wanted[start : start + IDS_PER_QUERY]
            for record in connection.execute(select(*columns).where(Member.id.in_(chunk))):
                rows[record.id] = MemberRow(*record)
    return rows

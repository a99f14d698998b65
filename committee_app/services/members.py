"""Members of the committee: add, edit, find, and leave without losing history."""

import contextlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, column, exists, func, insert, or_, select, table, update
from sqlalchemy.sql.elements import ColumnElement

from ..errors import NotFound, ValidationError, translate
from ..folding import member_search_key, search_alternatives, sort_key
from ..labels import Translate
from ..models import ActionItem, AgendaItem, Assembly, Attendance, Candidate, Mandate, Member, Speaker, new_uuid, utcnow
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


def field_labels(translate: Translate = translate) -> dict[str, str]:
    """The member fields' names as the list's columns show them; ``translate`` may be another
    language's translator (the import recognises the headers of all three)."""
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
    cleaned = {}
    for name, value in fields.items():
        try:
            cleaned[name] = _cleaned_field(name, value, "")
        except ValidationError:
            # Only a refusal names the field: its label is translated then, not for every
            # field of every member an import writes.
            _cleaned_field(name, value, field_labels()[name])
            raise
    return cleaned


def _cleaned_field(name: str, value, label: str):
    if name == "role":
        return clean_choice(value, MemberRole, label)
    if name == "status":
        return clean_choice(value, MemberStatus, label)
    if name == "joined_on":
        return parse_date(value, label)
    if name == "phone":
        return clean_text(value, label, max_length=PHONE_LENGTH)
    if name == "notes":
        return clean_text(value, label, max_length=LONG_TEXT_LENGTH)
    return clean_text(value, label, max_length=NAME_LENGTH, required=name == "full_name")


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
    prepared = prepared_new_members(rows)
    if not prepared:
        return 0
    with store.session() as session:
        insert_prepared_members(session, prepared)
    return len(prepared)


def prepared_new_members(rows: Iterable[Mapping]) -> list[dict]:
    """Every row cleaned, with its keys, defaults, uuid and times: ready for one executemany."""
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
    return prepared


def insert_prepared_members(session, prepared: list[dict]) -> None:
    """Inside the caller's transaction, so that an import adds and updates all or nothing."""
    if prepared:
        # Core's insert, not the ORM's: the rows are plain values, and the ORM's bookkeeping
        # per row would cost as much as SQLite's work.
        session.connection().execute(insert(Member.__table__), prepared)


# The columns a new member's record fills, in the order of ``new_member_records``' tuples.
NEW_MEMBER_COLUMNS = (
    "uuid", "created_at", "updated_at", "full_name", "phone", "workplace", "unit", "occupation", "role", "status",
    "joined_on", "notes", "search_key", "sort_name", "sort_workplace", "sort_unit",
)  # fmt: skip
_INSERT_NEW_MEMBERS = (
    f"INSERT INTO members ({', '.join(NEW_MEMBER_COLUMNS)}) VALUES ({', '.join('?' * len(NEW_MEMBER_COLUMNS))})"
)
_SEARCH_INSERT_TRIGGER = "members_search_insert"


def new_member_records(session, fields: Sequence[str], rows: Iterable[Sequence[str]]) -> list[tuple]:
    """Records ready for ``insert_new_member_records``, one tuple per row of field texts that
    ``cleaned_member_fields`` has already cleaned (as an import's preview holds them): each
    row's values are aligned with ``fields``, "" for a field left empty. Made without a dict or
    the ORM's processing per member, so that an import of 100,000 rows spends its time in SQLite."""
    dialect = session.get_bind().dialect
    columns = Member.__table__.c
    stamp = columns.created_at.type._cached_bind_processor(dialect)(utcnow())
    role_processor = columns.role.type._cached_bind_processor(dialect)
    status_processor = columns.status.type._cached_bind_processor(dialect)
    roles = {role.value: role_processor(role) for role in MemberRole}
    roles[""] = roles[MemberRole.member.value]
    statuses = {status.value: status_processor(status) for status in MemberStatus}
    statuses[""] = statuses[MemberStatus.active.value]
    position = {name: index for index, name in enumerate(fields)}
    missing = len(fields)  # a field the rows do not have reads as empty
    (name_at, phone_at, workplace_at, unit_at, occupation_at, role_at, status_at, joined_at, notes_at) = (
        position.get(name, missing) for name in EDITABLE_FIELDS
    )
    records = []
    # A workforce has few workplaces and units: each one's sort key is made once.
    place_keys: dict[str, str] = {}
    for row in rows:
        values = (*row, "")
        full_name, phone, workplace, unit = values[name_at], values[phone_at], values[workplace_at], values[unit_at]
        workplace_key = place_keys.get(workplace)
        if workplace_key is None:
            workplace_key = place_keys[workplace] = sort_key(workplace)
        unit_key = place_keys.get(unit)
        if unit_key is None:
            unit_key = place_keys[unit] = sort_key(unit)
        records.append(
            (
                uuid.uuid4().hex, stamp, stamp, full_name, phone, workplace, unit, values[occupation_at],
                roles[values[role_at]], statuses[values[status_at]],
                # SQLite's dates are stored as their ISO text, as a cleaned date is written.
                values[joined_at] or None, values[notes_at],
                member_search_key(full_name, phone, workplace, unit),
                sort_key(full_name), workplace_key, unit_key,
            )
        )  # fmt: skip
    return records


def insert_new_member_records(session, records: list[tuple]) -> None:
    """One executemany of ``new_member_records``, inside the caller's transaction."""
    if records:
        session.connection().exec_driver_sql(_INSERT_NEW_MEMBERS, records)


@contextlib.contextmanager
def indexes_filled_at_the_end(session, *, incoming: int) -> Iterator[None]:
    """Members inserted inside this block reach the search index in one statement at its end,
    not through the insert trigger one by one: for 100,000 members that is a third of the time.
    When at least as many members are coming as the store holds, the sorting indexes are also
    built again at the end, from sorted keys, instead of taking each member at a random place:
    for 100,000 members into an empty store, 6.2 s instead of 7.0 s.

    The trigger and the indexes are dropped and made again from their own SQL inside the
    caller's transaction (SQLite's schema changes are transactional), so an import that fails
    leaves them exactly as they were."""
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:
        # The driver begins a transaction by itself only before a change to rows, not to the schema.
        connection.exec_driver_sql("BEGIN")
    trigger_sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_SEARCH_INSERT_TRIGGER,)
    ).scalar_one()
    last_before, count_before = connection.exec_driver_sql(
        "SELECT coalesce(max(id), 0), count(*) FROM members"
    ).one()
    connection.exec_driver_sql(f"DROP TRIGGER {_SEARCH_INSERT_TRIGGER}")
    indexes = []
    if incoming >= count_before:
        # Only the indexes made by name: the uniqueness of the uuid is the table's own.
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL"
        ).all()
        for name, _sql in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
    # New members have ids above every id before (rowids grow from the largest).
    connection.exec_driver_sql(
        "INSERT INTO member_search (rowid, search_key) SELECT id, search_key FROM members WHERE id > ? ORDER BY id", (last_before,)
    )
    connection.exec_driver_sql(trigger_sql)


def update_members_in_bulk(session, changes: Mapping[int, Mapping]) -> None:
    """Apply each member's changed fields (by id), with the search and sort keys made again
    from the fields as they end up, inside the caller's transaction."""
    if not changes:
        return
    ids = list(changes)
    current = {}
    key_columns = (Member.id, Member.full_name, Member.phone, Member.workplace, Member.unit)
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        for record in session.execute(select(*key_columns).where(Member.id.in_(chunk))):
            current[record.id] = record
    now = utcnow()
    rows = []
    for member_id, fields in changes.items():
        if member_id not in current:
            raise NotFound(_member_gone())
        cleaned = cleaned_member_fields(fields)
        record = current[member_id]
        key_fields = [cleaned.get(name, getattr(record, name)) for name in ("full_name", "phone", "workplace", "unit")]
        rows.append({"id": member_id, **cleaned, **_keys(*key_fields), "updated_at": now})
    # Updated by primary key, grouped by SQLAlchemy into one executemany per set of columns.
    session.execute(update(Member), rows)


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
                    exists().where(Speaker.member_id == member_id),
                    exists().where(Candidate.member_id == member_id),
                    exists().where(Mandate.member_id == member_id),
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
                    "This member chaired, attended, spoke, stood for election or was assigned work, so the records keep "
                    "them: they were marked as having left instead of being deleted.",
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

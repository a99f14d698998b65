"""Alembic migrations: a new store is at the newest schema, and that schema is the models'."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

import committee_app.models  # noqa: F401  (registers every table on SQLModel.metadata)
from committee_app import schema
from committee_app.services.members import add_member, count_members, delete_member, search_members, update_member
from committee_app.store import Store
from tests.conftest import PASSPHRASE

# The same rule as committee_app/migrations/env.py's include_name (env.py cannot be imported:
# it runs Alembic's context at import time). The full-text index and its shadow tables are
# created by hand in a migration, so the models do not describe them.
SEARCH_INDEX_PREFIX = "member_search"
SEARCH_TRIGGERS = {"members_search_insert", "members_search_delete", "members_search_update"}


def include_name(name, type_, parent_names):
    if type_ == "table":
        return not (name or "").startswith(SEARCH_INDEX_PREFIX)
    return True


def schema_differences(connection):
    context = MigrationContext.configure(
        connection, opts={"include_name": include_name, "compare_type": schema.compare_column_types, "render_as_batch": True}
    )
    return compare_metadata(context, SQLModel.metadata)


def sqlite_objects(connection, kind):
    return {
        row[0]
        for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type = :kind"), {"kind": kind})
    }


@pytest.fixture
def memory_connection():
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def test_head_revision_is_known_and_single():
    head = schema.head_revision()
    assert head
    assert schema.known_revision(head)


@pytest.mark.parametrize("revision", ["9999", "1000", "zzzz"])
def test_unknown_revisions_are_not_known(revision):
    assert not schema.known_revision(revision)


def test_new_store_is_at_head(store):
    with store.connection() as connection:
        assert schema.current_revision(connection) == schema.head_revision()


def test_new_store_schema_matches_the_models(store):
    with store.connection() as connection:
        assert schema_differences(connection) == []


def test_comparison_would_notice_a_missing_table(store):
    # Guards the test above: a real difference must show up, else "no differences" proves nothing.
    with store.connection() as connection:
        connection.execute(text("DROP TABLE demand_events"))
        differences = schema_differences(connection)
    assert any(diff[0] == "add_table" and diff[1].name == "demand_events" for diff in differences)


def test_search_index_and_its_triggers_exist(store):
    with store.connection() as connection:
        assert "member_search" in sqlite_objects(connection, "table")
        assert sqlite_objects(connection, "trigger") == SEARCH_TRIGGERS
        definition = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'member_search'")
        ).scalar_one()
    assert "fts5" in definition.lower() and "trigram" in definition.lower()


def test_search_index_follows_insert_update_and_delete(store):
    member = add_member(store, full_name="Сәуле Қайратқызы")
    assert [found.id for found in search_members(store, "қайрат")] == [member.id]

    update_member(store, member.id, full_name="Сәуле Әбілқызы")
    assert search_members(store, "қайрат") == []
    assert [found.id for found in search_members(store, "әбіл")] == [member.id]

    delete_member(store, member.id)
    assert count_members(store, "әбіл") == 0
    with store.connection() as connection:
        hits = connection.execute(text("SELECT count(*) FROM member_search WHERE member_search MATCH 'әбіл'"))
        assert hits.scalar_one() == 0


def test_downgrade_to_base_then_upgrade_to_head(memory_connection):
    connection = memory_connection
    command.upgrade(schema.alembic_config(connection), "head")
    assert schema.current_revision(connection) == schema.head_revision()
    assert "members" in sqlite_objects(connection, "table")

    command.downgrade(schema.alembic_config(connection), "base")
    assert schema.current_revision(connection) is None
    assert sqlite_objects(connection, "table") <= {"alembic_version"}
    assert sqlite_objects(connection, "trigger") == set()
    assert {name for name in sqlite_objects(connection, "index") if not name.startswith("sqlite_autoindex_")} == set()

    command.upgrade(schema.alembic_config(connection), "head")
    assert schema.current_revision(connection) == schema.head_revision()
    assert schema_differences(connection) == []
    assert "member_search" in sqlite_objects(connection, "table")
    assert sqlite_objects(connection, "trigger") == SEARCH_TRIGGERS


def test_older_store_is_brought_to_head_when_opened(store):
    """A store left at an older revision (here: the base, with no tables) is migrated on open."""
    path = store.path
    with store.connection() as connection:
        command.downgrade(schema.alembic_config(connection), "base")
        assert schema.current_revision(connection) is None
    store.close()

    reopened = Store.open(path, PASSPHRASE)
    try:
        with reopened.connection() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
            assert schema_differences(connection) == []
        member = add_member(reopened, full_name="Жаңа мүше")
        assert [found.id for found in search_members(reopened, "мүше")] == [member.id]
    finally:
        reopened.close()


def test_a_store_made_at_the_first_schema_is_upgraded_with_its_members_kept_and_sortable(store_path):
    """A 0001 store (as the first release made it) opens in this version, migrated in place."""
    from committee_app.keyslot import seal_key, write_key_slots
    from committee_app.services.members import search_member_ids
    from committee_app.store import make_engine, read_store_salt

    key = bytes(range(32))
    store_path.parent.mkdir(parents=True)
    engine = make_engine(store_path, key)
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "0001")
        for member_id, name, workplace in ((1, "Ерлан", "Озенмұнайгаз"), (2, "Қайрат", "ҚазМұнайГаз")):
            connection.execute(
                text(
                    "INSERT INTO members (id, uuid, created_at, updated_at, full_name, phone, workplace, unit, occupation,"
                    " role, status, notes, search_key, sort_name) VALUES (:id, :uuid, '2026-01-01', '2026-01-01', :name,"
                    " '', :workplace, '', '', 'member', 'active', '', lower(:name), lower(:name))"
                ),
                {"id": member_id, "uuid": f"{member_id:032x}", "name": name, "workplace": workplace},
            )
    engine.dispose()
    write_key_slots(store_path, seal_key(key, PASSPHRASE, store_salt=read_store_salt(store_path)))

    store = Store.open(store_path, PASSPHRASE)
    try:
        with store.connection() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
        assert [m.full_name for m in search_members(store, "ерлан")] == ["Ерлан"]
        assert search_member_ids(store, order_by="workplace") == [2, 1]
    finally:
        store.close()


def test_comparison_still_notices_a_changed_column_type():
    # An enum stored as VARCHAR matches whatever its choices, but nothing else is waved through.
    from sqlalchemy import Column, Integer, MetaData, String, Table

    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        Table("sample", MetaData(), Column("id", Integer, primary_key=True), Column("count", String(10))).create(connection)
        wanted = MetaData()
        Table("sample", wanted, Column("id", Integer, primary_key=True), Column("count", Integer))
        context = MigrationContext.configure(connection, opts={"compare_type": schema.compare_column_types})
        differences = compare_metadata(context, wanted)
    engine.dispose()
    assert [diff[0][0] for diff in differences] == ["modify_type"]


def test_assemblies_of_an_older_store_keep_their_meaning(memory_connection):
    """At 0003 quorum was over the active members and "absolute" meant more than half of
    those present; after 0004 the same assemblies and votes mean the same."""
    connection = memory_connection
    command.upgrade(schema.alembic_config(connection), "0003")
    connection.execute(
        text(
            "INSERT INTO assemblies (id, uuid, created_at, updated_at, number, kind, title, place, status, quorum_rule,"
            " guests_count, opening_notes, closing_notes) VALUES (1, 'a1', '2026-01-01', '2026-01-01', 1,"
            " 'committee_meeting', '', '', 'held', 'majority', 2, '', '')"
        )
    )
    connection.execute(
        text(
            "INSERT INTO agenda_items (id, uuid, created_at, updated_at, assembly_id, position, title, details,"
            " presenter_name, planned_minutes, heard, spoke, decided) VALUES (1, 'i1', '2026-01-01', '2026-01-01', 1, 1,"
            " 'Strike', '', '', 10, '', '', '')"
        )
    )
    for vote_id, rule in ((1, "absolute"), (2, "simple"), (3, "two_thirds")):
        connection.execute(
            text(
                "INSERT INTO votes (id, uuid, created_at, updated_at, agenda_item_id, question, votes_for, votes_against,"
                " votes_abstain, majority_rule, outcome) VALUES (:id, :uuid, '2026-01-01', '2026-01-01', 1, 'Q', 5, 1, 0,"
                " :rule, 'carried')"
            ),
            {"id": vote_id, "uuid": f"v{vote_id}", "rule": rule},
        )

    command.upgrade(schema.alembic_config(connection), "head")

    row = connection.execute(text("SELECT entitled, registered_others, guests_count, guests_names FROM assemblies")).one()
    assert tuple(row) == (None, 0, 2, "")
    rules = dict(connection.execute(text("SELECT id, majority_rule FROM votes")).all())
    assert rules == {1: "registered_majority", 2: "simple", 3: "two_thirds"}
    assert connection.execute(text("SELECT count(*) FROM agenda_items")).scalar_one() == 1

    command.downgrade(schema.alembic_config(connection), "0003")
    rules = dict(connection.execute(text("SELECT id, majority_rule FROM votes")).all())
    assert rules == {1: "absolute", 2: "simple", 3: "two_thirds"}
    assert connection.execute(text("SELECT count(*) FROM agenda_items")).scalar_one() == 1


def search_index_hits(connection, phrase: str) -> set[int]:
    found = connection.execute(text("SELECT rowid FROM member_search WHERE member_search MATCH :match"), {"match": phrase})
    return {row[0] for row in found}


def test_members_of_an_older_store_are_found_by_phone_typed_with_8(memory_connection):
    """Until 0004 the search key held a phone's digits only as typed; 0005 recomputes every
    member's key (and so the search index), and going back restores the keys as they were."""
    connection = memory_connection
    command.upgrade(schema.alembic_config(connection), "0004")
    members_at_0004 = [
        (1, "Ерлан", "+7 702 555 3344", "ерлан\n+7 702 555 3344\n77025553344"),
        (2, "Қайрат", "8 (701) 111-22-33", "кайрат\n8 (701) 111-22-33\n87011112233"),
        (3, "Әлия", "", "алия"),
    ]
    for member_id, name, phone, key in members_at_0004:
        connection.execute(
            text(
                "INSERT INTO members (id, uuid, created_at, updated_at, full_name, phone, workplace, unit, occupation,"
                " role, status, notes, search_key, sort_name) VALUES (:id, :uuid, '2026-01-01', '2026-01-01', :name,"
                " :phone, '', '', '', 'member', 'active', '', :key, :name)"
            ),
            {"id": member_id, "uuid": f"{member_id:032x}", "name": name, "phone": phone, "key": key},
        )
    assert search_index_hits(connection, '"87025553344"') == set()
    assert search_index_hits(connection, '"77011112233"') == set()

    command.upgrade(schema.alembic_config(connection), "head")

    assert search_index_hits(connection, '"87025553344"') == {1}
    assert search_index_hits(connection, '"77025553344"') == {1}
    assert search_index_hits(connection, '"77011112233"') == {2}
    assert search_index_hits(connection, '"алия"') == {3}
    assert connection.execute(text("SELECT search_key FROM members WHERE id = 3")).scalar_one() == "алия"
    assert sqlite_objects(connection, "trigger") == SEARCH_TRIGGERS

    command.downgrade(schema.alembic_config(connection), "0004")
    keys = dict(connection.execute(text("SELECT id, search_key FROM members")).all())
    assert keys == {member_id: key for member_id, _name, _phone, key in members_at_0004}
    assert search_index_hits(connection, '"87025553344"') == set()
    assert search_index_hits(connection, '"77025553344"') == {1}


def test_a_store_at_0004_opened_by_this_version_finds_its_members_by_phone(store):
    path = store.path
    member = add_member(store, full_name="Ерлан", phone="+7 702 555 3344")
    with store.connection() as connection:
        command.downgrade(schema.alembic_config(connection), "0004")
    # Counted, not listed: a listing reads the columns later revisions added.
    assert count_members(store, "87025553344") == 0
    store.close()

    reopened = Store.open(path, PASSPHRASE)
    try:
        assert [found.id for found in search_members(reopened, "87025553344")] == [member.id]
        assert [found.id for found in search_members(reopened, "8 702 555")] == [member.id]
    finally:
        reopened.close()

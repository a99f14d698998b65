"""Stores, key files and backups made by earlier versions still open, whole.

tests/data/golden-REVISION/ holds files made once by tools/make_golden_files.py and
committed (see tests/data/README.md). They are opened here with their passphrases, so a
change of the key-file format, of the backup format (header fields, key derivation, nonce
layout) or of the store's encryption fails these tests instead of stranding users' stores
and backups. Each test works on a copy; the committed files are never written to.
"""

import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from committee_app import backup, keyslot, schema
from committee_app.backup import format as backup_format
from committee_app.dump import dump_records
from committee_app.errors import WrongPassphrase
from committee_app.keyslot import KdfParams
from committee_app.services.members import search_members
from committee_app.store import Store, make_engine, raw_connection, read_store_salt

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN_SETS = sorted(DATA.glob("golden-*"))
STORE_PASSPHRASE = "алтын күз: қазан 2026"
BACKUP_PASSPHRASE = "Ұлытау таулары — резерв"
STORE_NAME = "committee.store"
BACKUP_NAME = "backup-golden.cdbk"
GOLDEN_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
GOLDEN_CHUNK_SIZE = 5000

MEMBERS = {
    "Қайрат Әбілқасымұлы Жұмабаев": {"phone": "+7 701 234 56 78", "workplace": "Ұңғыма №7", "role": "chair"},
    "Гүлнар Ережепқызы Сағынтаева": {"phone": "8 705 111 22 33", "role": "secretary"},
    "Сергей Петрович Иванов": {"notes": "Вахта: 15/15", "role": "member"},
}


def revision_of(golden: Path) -> str:
    return golden.name.removeprefix("golden-")


@pytest.fixture(params=GOLDEN_SETS, ids=[golden.name for golden in GOLDEN_SETS])
def golden(request) -> Path:
    return request.param


@pytest.fixture
def golden_copy(golden, tmp_path) -> Path:
    """A copy of the golden set; the store inside it is returned."""
    copy = tmp_path / golden.name
    shutil.copytree(golden, copy)
    return copy / STORE_NAME


def slot_header(data: bytes) -> dict:
    _magic, _version, length = keyslot.PREFIX.unpack_from(data)
    return json.loads(data[keyslot.PREFIX.size : keyslot.PREFIX.size + length])


# From this revision on, the golden store also holds an assembly run live and an election.
LIVE_AND_ELECTIONS = "0009"


def check_records(document: dict, revision: str) -> None:
    """The records tools/make_golden_files.py wrote, as a user would look for them."""
    assert [row["name"] for row in document["committee_profile"]] == ["«Жаңаөзен» ереуіл комитеті"]
    members = {row["full_name"]: row for row in document["members"]}
    assert set(members) == set(MEMBERS)
    for name, fields in MEMBERS.items():
        assert {field: members[name][field] for field in fields} == fields
    [assembly] = document["assemblies"]
    assert (assembly["number"], assembly["title"], assembly["status"]) == (3, "Жалақы туралы жалпы жиналыс", "held")
    assert assembly["chair_id"] == members["Қайрат Әбілқасымұлы Жұмабаев"]["id"]
    assert len(document["attendance"]) == 3
    [vote] = document["votes"]
    assert (vote["votes_for"], vote["votes_against"], vote["votes_abstain"], vote["outcome"]) == (2, 1, 0, "carried")
    [demand] = document["demands"]
    assert (demand["title"], demand["status"], demand["adopted_by_vote_id"]) == ("Жалақыны 100% көтеру", "adopted", vote["id"])
    [action] = document["action_items"]
    assert action["text"] == "Талаптарды әкімдікке жіберу"
    if revision < LIVE_AND_ELECTIONS:
        return
    [tally] = document["vote_tallies"]
    assert (tally["vote_id"], tally["sheet_number"], tally["sector"], tally["votes_for"]) == (vote["id"], 1, "Партер", 2)
    [speaker] = document["speakers"]
    assert (speaker["member_id"], speaker["state"], speaker["said"]) == (members["Сергей Петрович Иванов"]["id"], "spoke", "қолдаймын")
    [election] = document["elections"]
    assert (election["office"], election["seats"], election["ballot_kind"]) == ("Кеңеске делегат", 1, "open")
    [candidate] = document["candidates"]
    assert (candidate["member_id"], candidate["votes"]) == (members["Қайрат Әбілқасымұлы Жұмабаев"]["id"], 3)
    [mandate] = document["mandates"]
    assert (mandate["member_id"], mandate["body"], mandate["election_id"]) == (
        members["Қайрат Әбілқасымұлы Жұмабаев"]["id"], "Маңғыстау жұмысшы комитеттерінің кеңесі", election["id"],
    )  # fmt: skip


def test_there_is_a_golden_set_for_the_current_schema():
    # A new migration needs a new set beside the older ones (python3 tools/make_golden_files.py).
    assert DATA / f"golden-{schema.head_revision()}" in GOLDEN_SETS


def test_the_golden_key_files_are_the_same_copy_with_the_fast_kdf_in_their_header(golden):
    first, second = ((golden / (STORE_NAME + suffix)).read_bytes() for suffix in keyslot.SLOT_SUFFIXES)
    assert first == second
    parsed = keyslot.parse_slot(first)
    assert parsed is not None
    assert parsed.params == GOLDEN_KDF
    assert slot_header(first)["kdf"] == "argon2id"
    assert parsed.store_salt == read_store_salt(golden / STORE_NAME)


def test_the_golden_store_is_at_the_revision_its_folder_names(golden):
    unlocked = keyslot.unlock_key(golden / STORE_NAME, STORE_PASSPHRASE)
    connection = raw_connection(golden / STORE_NAME, unlocked.key)
    try:
        [(revision,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()
    assert revision == revision_of(golden)


def test_the_golden_store_opens_at_the_newest_schema_with_every_record(golden, golden_copy):
    store = Store.open(golden_copy, STORE_PASSPHRASE)
    try:
        check_records(dump_records(store), revision_of(golden))
        report = store.check()
        assert report.healthy_now
        with store.connection() as connection:
            # An older golden store is migrated on opening, its records kept.
            assert schema.current_revision(connection) == schema.head_revision()
    finally:
        store.close()
    # Opened again after any migration: the same records, nothing more to do.
    store = Store.open(golden_copy, STORE_PASSPHRASE)
    try:
        check_records(dump_records(store), revision_of(golden))
    finally:
        store.close()


def test_a_golden_store_one_schema_older_is_migrated_on_opening(golden, golden_copy):
    """What a user of the version before the golden set's has: the same store, a schema back."""
    previous = ScriptDirectory.from_config(schema.alembic_config()).get_revision(revision_of(golden)).down_revision
    engine = make_engine(golden_copy, keyslot.unlock_key(golden_copy, STORE_PASSPHRASE).key)
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), previous)
    finally:
        engine.dispose()

    store = Store.open(golden_copy, STORE_PASSPHRASE)
    try:
        with store.connection() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
        # What the schema a step back held: the downgrade dropped the tables it added.
        check_records(dump_records(store), previous)
        assert store.check().healthy_now
        # The search index was kept in step: the chair is found by the phone typed with 8.
        assert [m.full_name for m in search_members(store, "87012345678")] == ["Қайрат Әбілқасымұлы Жұмабаев"]
    finally:
        store.close()


def test_the_golden_store_refuses_another_passphrase(golden_copy):
    with pytest.raises(WrongPassphrase):
        Store.open(golden_copy, BACKUP_PASSPHRASE)


def test_the_golden_store_takes_a_new_passphrase(golden, golden_copy):
    store = Store.open(golden_copy, STORE_PASSPHRASE)
    try:
        store.change_passphrase(STORE_PASSPHRASE, "жаңа құпия сөз 2027")
    finally:
        store.close()
    store = Store.open(golden_copy, "жаңа құпия сөз 2027")
    try:
        check_records(dump_records(store), revision_of(golden))
    finally:
        store.close()


def test_the_golden_backup_header_records_its_settings(golden):
    path = golden / BACKUP_NAME
    with open(path, "rb") as backup_file:
        header = backup_format.read_header(backup_file, path)
    assert header.params == GOLDEN_KDF
    assert header.chunk_size == GOLDEN_CHUNK_SIZE
    assert header.schema_revision == revision_of(golden)
    assert header.length % GOLDEN_CHUNK_SIZE != 0  # a shorter last chunk
    assert header.file_size() == path.stat().st_size


def test_the_golden_backup_verifies_with_its_passphrase(golden):
    summary = backup.verify_backup(golden / BACKUP_NAME, BACKUP_PASSPHRASE)
    assert summary.schema_revision == revision_of(golden)
    assert (summary.members, summary.assemblies, summary.demands) == (3, 1, 1)


def test_the_golden_backup_refuses_the_store_passphrase(golden):
    with pytest.raises(backup.BackupWrongPassphrase):
        backup.verify_backup(golden / BACKUP_NAME, STORE_PASSPHRASE)


def test_the_golden_backup_restores_every_record_at_the_newest_schema(golden, tmp_path):
    target = tmp_path / "new-laptop" / STORE_NAME
    summary = backup.restore_backup(golden / BACKUP_NAME, BACKUP_PASSPHRASE, target)
    assert summary.schema_revision == schema.head_revision()
    restored = Store.open(target, BACKUP_PASSPHRASE)
    try:
        check_records(dump_records(restored), revision_of(golden))
        assert restored.check().healthy_now
    finally:
        restored.close()

"""Restoring a backup: equal to the original, refused when hostile, the live store kept."""

import hashlib
import json
from datetime import datetime

import pytest
from sqlalchemy import text

from committee_app import backup, keyslot, schema
from committee_app.backup import format as backup_format
from committee_app.backup import snapshot as backup_snapshot
from committee_app.dump import dump_records
from committee_app.errors import WrongPassphrase
from committee_app.keyslot import KdfParams
from committee_app.services import members
from committee_app.store import Store
from tests.conftest import PASSPHRASE

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
CHUNK = 4096
NOW = datetime(2026, 3, 8, 9, 5)
KAZAKH_NAME = "Қайрат Әбілқасымұлы Жұмабаев"


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", FAST)


@pytest.fixture
def filled(demo_store):
    store = demo_store
    members.add_member(store, full_name=KAZAKH_NAME, notes="Жаңаөзен, «Өзенмұнайгаз» АҚ — ұңғыма №7")
    return store


def table_hashes(store) -> dict[str, str]:
    """A hash per table of every record (Kazakh text included), as the dump writes them."""
    document = dump_records(store)
    tables = {key: value for key, value in document.items() if isinstance(value, list)}
    assert tables
    return {
        name: hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()
        for name, rows in tables.items()
    }


def take_backup(store, tmp_path, passphrase=PASSPHRASE):
    folder = tmp_path / "stick"
    folder.mkdir(exist_ok=True)
    return backup.write_backup(store, folder, passphrase, now=NOW, chunk_size=CHUNK)


def store_files(path):
    return {
        p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name) and p.is_file()
    }


def test_restore_on_a_fresh_machine_equals_the_original(filled, tmp_path):
    expected = table_hashes(filled)
    path = take_backup(filled, tmp_path)
    target = tmp_path / "new-laptop" / "committee.store"
    summary = backup.restore_backup(path, PASSPHRASE, target)
    assert summary.members == filled.check().counts["members"]
    assert summary.schema_revision == schema.head_revision()
    restored = Store.open(target, PASSPHRASE)
    try:
        assert table_hashes(restored) == expected
        assert KAZAKH_NAME in [m["full_name"] for m in dump_records(restored)["members"]]
        assert restored.check().healthy_now
        # The search index came along and still finds the member.
        with restored.connection() as connection:
            assert connection.execute(text("SELECT count(*) FROM member_search")).scalar_one() > 0
    finally:
        restored.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["committee.store", "committee.store.key1", "committee.store.key2"]


def test_restore_moves_the_live_store_aside(filled, tmp_path, store_path):
    expected = table_hashes(filled)
    path = take_backup(filled, tmp_path)
    members.add_member(filled, full_name="Кейін қосылған")
    filled.close()
    before = store_path.read_bytes()
    backup.restore_backup(path, PASSPHRASE, store_path)
    aside = store_path.with_name(store_path.name + ".before-restore")
    assert aside.read_bytes() == before
    assert keyslot.key_slots_exist(aside)
    old = Store.open(aside, PASSPHRASE)
    old.close()
    restored = Store.open(store_path, PASSPHRASE)
    try:
        assert table_hashes(restored) == expected
    finally:
        restored.close()


def test_a_separate_backup_passphrase_and_a_new_store_passphrase(filled, tmp_path):
    path = take_backup(filled, tmp_path, passphrase="comrade's stick")
    target = tmp_path / "other" / "committee.store"
    with pytest.raises(backup.BackupWrongPassphrase):
        backup.restore_backup(path, PASSPHRASE, target)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []
    backup.restore_backup(path, "comrade's stick", target, store_passphrase="new laptop passphrase")
    with pytest.raises(WrongPassphrase):
        Store.open(target, "comrade's stick")
    Store.open(target, "new laptop passphrase").close()


@pytest.mark.parametrize("extra", [
    "CREATE TABLE smuggled (x)",
    "CREATE VIEW members_view AS SELECT * FROM members",
    "CREATE TRIGGER members_wipe AFTER INSERT ON members BEGIN DELETE FROM members; END",
])
def test_an_authentic_but_hostile_payload_is_refused_and_the_live_store_kept(filled, tmp_path, store_path, extra):
    with filled.connection() as connection:
        connection.execute(text(extra))
    path = take_backup(filled, tmp_path)
    # The backup itself is authentic and whole: verify says so.
    backup.verify_backup(path, PASSPHRASE)
    filled.close()
    before = store_files(store_path)
    with pytest.raises(backup.BackupNotRestorable):
        backup.restore_backup(path, PASSPHRASE, store_path)
    assert store_files(store_path) == before


def test_a_backup_from_a_newer_schema_is_refused(filled, tmp_path, store_path):
    with filled.connection() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    path = take_backup(filled, tmp_path)
    filled.close()
    before = store_files(store_path)
    with pytest.raises(backup.BackupNotRestorable, match="newer"):
        backup.restore_backup(path, PASSPHRASE, store_path)
    assert store_files(store_path) == before


@pytest.mark.parametrize("damage", ["truncate", "flip", "wrong_passphrase"])
def test_every_refusal_leaves_the_live_store_byte_for_byte_unchanged(filled, tmp_path, store_path, damage):
    path = take_backup(filled, tmp_path)
    filled.close()
    before = store_files(store_path)
    data = path.read_bytes()
    passphrase = PASSPHRASE
    if damage == "truncate":
        path.write_bytes(data[: len(data) - 100])
    elif damage == "flip":
        changed = bytearray(data)
        changed[len(data) - 5000] ^= 0x10
        path.write_bytes(bytes(changed))
    else:
        passphrase = "wrong"
    with pytest.raises(backup.BackupError):
        backup.restore_backup(path, passphrase, store_path)
    assert store_files(store_path) == before
    assert not list(store_path.parent.glob("*.restoring*"))


def test_a_failing_integrity_check_is_refused(filled, tmp_path, store_path, monkeypatch):
    path = take_backup(filled, tmp_path)
    filled.close()
    before = store_files(store_path)
    real_open = backup_snapshot._open_snapshot

    class Failing:
        def __init__(self, connection):
            self.connection = connection

        def execute(self, sql, *args):
            if sql == "PRAGMA integrity_check":
                return [("row 3 missing from index ix_members_status",)]
            return self.connection.execute(sql, *args)

        def close(self):
            self.connection.close()

    monkeypatch.setattr(backup_snapshot, "_open_snapshot", lambda *a: Failing(real_open(*a)))
    with pytest.raises(backup.BackupDamaged):
        backup.restore_backup(path, PASSPHRASE, store_path)
    assert store_files(store_path) == before


def test_a_backup_at_an_older_schema_is_migrated_on_restore(store, tmp_path):
    from alembic import command

    members.add_member(store, full_name=KAZAKH_NAME)
    first = "0001"
    with store.connection() as connection:
        command.downgrade(schema.alembic_config(connection), first)
        assert schema.current_revision(connection) == first
    path = take_backup(store, tmp_path)
    assert backup.verify_backup(path, PASSPHRASE).schema_revision == first
    target = tmp_path / "new-laptop" / "committee.store"
    summary = backup.restore_backup(path, PASSPHRASE, target)
    assert summary.schema_revision == schema.head_revision()
    restored = Store.open(target, PASSPHRASE)
    try:
        with restored.connection() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
        assert [m["full_name"] for m in dump_records(restored)["members"]] == [KAZAKH_NAME]
    finally:
        restored.close()


@pytest.mark.parametrize("failing", ["second_key_file", "final_rename"])
def test_a_failure_while_swapping_puts_the_live_store_back(filled, tmp_path, store_path, monkeypatch, failing):
    import errno
    import os

    from committee_app.backup import restore as restore_module
    from committee_app.errors import DiskError

    path = take_backup(filled, tmp_path)
    members.add_member(filled, full_name="Кейін қосылған")
    expected = table_hashes(filled)
    filled.close()
    before = store_files(store_path)
    real_replace = os.replace
    failed = []

    def replace(source, target):
        source, target = str(source), str(target)
        # Fails once, as the disk would at that moment; the putting back then succeeds.
        if not failed and failing == "final_rename" and source.endswith(".restoring") and target == str(store_path):
            failed.append(target)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if not failed and failing == "second_key_file" and target == str(store_path) + ".key2" and source.endswith(".restoring.key2"):
            failed.append(target)
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_replace(source, target)

    monkeypatch.setattr(restore_module.os, "replace", replace)
    with pytest.raises(DiskError):
        backup.restore_backup(path, PASSPHRASE, store_path)
    monkeypatch.undo()
    assert failed
    assert store_files(store_path) == before
    assert not list(store_path.parent.glob("*.before-restore*"))
    assert not list(store_path.parent.glob("*.restoring*"))
    reopened = Store.open(store_path, PASSPHRASE)
    try:
        assert table_hashes(reopened) == expected
    finally:
        reopened.close()

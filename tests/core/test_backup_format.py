"""The backup file: every kind of damage, truncation, tampering and hostile header is refused."""

import errno
import json
from shutil import _ntuple_diskusage as shutil_usage
import os
from datetime import datetime

import pytest

from committee_app import backup
from committee_app.backup import format as backup_format
from committee_app.backup import snapshot as backup_snapshot
from committee_app.errors import DiskError
from committee_app.keyslot import KdfParams
from committee_app.services import members

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
CHUNK = 4096
BACKUP_PASSPHRASE = "сақтық көшірме backup"
NOW = datetime(2026, 3, 8, 9, 5)


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", FAST)


@pytest.fixture
def filled(demo_store):
    store = demo_store
    members.add_member(store, full_name="Қайрат Әбілқасымұлы Жұмабаев")
    return store


@pytest.fixture
def written(filled, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return backup.write_backup(filled, folder, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)


def layout(data: bytes):
    """(header size, [(start, end) of each sealed chunk]) of a backup's bytes."""
    _magic, _version, length = backup.PREFIX.unpack_from(data)
    header_size = backup.PREFIX.size + length + backup.CHECK_BYTES + backup.CHECKSUM_BYTES
    fields = json.loads(data[backup.PREFIX.size : backup.PREFIX.size + length])
    chunks, start = [], header_size
    full, rest = divmod(fields["length"], fields["chunk_size"])
    for plain in [backup.KEY_BYTES] + [fields["chunk_size"]] * full + ([rest] if rest else []):
        chunks.append((start, start + plain + backup.TAG_BYTES))
        start += plain + backup.TAG_BYTES
    assert start == len(data)
    return header_size, chunks


def rewrite(path, data):
    path.write_bytes(data)
    return path


def flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def test_written_backup_has_the_name_and_verifies_with_its_counts(written, filled):
    assert written.name == "backup-2026-03-08-0905.cdbk"
    summary = backup.verify_backup(written, BACKUP_PASSPHRASE)
    report = filled.check()
    assert summary.counts == report.counts
    assert summary.members == report.counts["members"] > 0
    assert summary.assemblies == report.counts["assemblies"]
    assert summary.demands == report.counts["demands"]
    assert summary.schema_revision is not None
    assert len(layout(written.read_bytes())[1]) > 3  # several chunks, so chunk attacks are real


def test_nothing_in_clear_names_the_committee_or_its_members(written):
    data = written.read_bytes()
    for word in ("Қайрат", "Жұмабаев"):
        assert word.encode("utf-8") not in data
    assert b"SQLite format 3" not in data
    assert oct(written.stat().st_mode & 0o777) == "0o600"


def test_no_temporary_files_are_left_beside_the_store_or_on_the_stick(written, filled):
    assert [p.name for p in written.parent.iterdir()] == [written.name]
    assert not [p for p in filled.path.parent.iterdir() if "snapshot" in p.name]


def test_wrong_passphrase_is_told_apart_from_damage(written):
    with pytest.raises(backup.BackupWrongPassphrase):
        backup.verify_backup(written, "not the passphrase")


def test_an_existing_backup_is_never_overwritten(filled, written):
    before = written.read_bytes()
    second = backup.write_backup(filled, written.parent, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    third = backup.write_backup(filled, written.parent, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    assert second.name == "backup-2026-03-08-0905-2.cdbk"
    assert third.name == "backup-2026-03-08-0905-3.cdbk"
    assert written.read_bytes() == before


@pytest.mark.parametrize("where", ["zero", "inside_header", "after_header", "mid_chunk", "chunk_boundary", "last_chunk_missing"])
def test_truncation_is_refused(written, where):
    data = written.read_bytes()
    header_size, chunks = layout(data)
    cut = {
        "zero": 0,
        "inside_header": header_size // 2,
        "after_header": header_size,
        "mid_chunk": (chunks[2][0] + chunks[2][1]) // 2,
        "chunk_boundary": chunks[2][1],
        "last_chunk_missing": chunks[-1][0],
    }[where]
    rewrite(written, data[:cut])
    expected = backup.NotABackup if where == "zero" else backup.BackupDamaged
    with pytest.raises(expected):
        backup.verify_backup(written, BACKUP_PASSPHRASE)


def header_field_positions(data: bytes) -> dict[str, int]:
    _magic, _version, length = backup.PREFIX.unpack_from(data)
    text = data[backup.PREFIX.size : backup.PREFIX.size + length].decode("ascii")
    positions = {"magic": 0, "version": 5, "length": 7}
    fields = json.loads(text)
    for name in fields:
        value = json.dumps(fields[name])
        positions[name] = backup.PREFIX.size + text.index(f'"{name}": {value}') + len(f'"{name}": ') + len(value) // 2
    start = backup.PREFIX.size + length
    positions["key_check"] = start + 3
    positions["checksum"] = start + backup.CHECK_BYTES + 5
    return positions


def test_one_bit_flipped_in_every_header_field_is_refused(written):
    data = written.read_bytes()
    positions = header_field_positions(data)
    assert {"kdf", "memory_kib", "iterations", "lanes", "salt", "chunk_size", "length", "schema", "app"} <= set(positions)
    for name, position in positions.items():
        rewrite(written, flip(data, position))
        with pytest.raises(backup.BackupError) as caught:
            backup.verify_backup(written, BACKUP_PASSPHRASE)
        assert not isinstance(caught.value, backup.BackupWrongPassphrase), name


@pytest.mark.parametrize("part", ["key_chunk", "ciphertext", "tag", "last_tag"])
def test_one_bit_flipped_in_the_payload_is_damage(written, part):
    data = written.read_bytes()
    _header_size, chunks = layout(data)
    position = {
        "key_chunk": chunks[0][0] + 1,
        "ciphertext": chunks[2][0] + 100,
        "tag": chunks[2][1] - 3,
        "last_tag": chunks[-1][1] - 1,
    }[part]
    rewrite(written, flip(data, position))
    with pytest.raises(backup.BackupDamaged):
        backup.verify_backup(written, BACKUP_PASSPHRASE)


@pytest.mark.parametrize("attack", ["swap", "duplicate", "drop", "append", "append_chunk", "drop_key_chunk"])
def test_chunks_reordered_duplicated_dropped_or_appended_are_refused(written, attack):
    data = written.read_bytes()
    header_size, chunks = layout(data)
    parts = [data[start:end] for start, end in chunks]
    if attack == "swap":
        parts[1], parts[2] = parts[2], parts[1]
    elif attack == "duplicate":
        parts[3] = parts[2]  # same length: only the binding of index catches it
    elif attack == "drop":
        del parts[2]
    elif attack == "append":
        parts.append(b"garbage")
    elif attack == "append_chunk":
        parts.append(parts[1])
    elif attack == "drop_key_chunk":
        del parts[0]
    rewrite(written, data[:header_size] + b"".join(parts))
    with pytest.raises(backup.BackupDamaged):
        backup.verify_backup(written, BACKUP_PASSPHRASE)


def test_the_last_full_chunk_cannot_pose_as_the_last_one(written):
    """A store is whole pages, so its last chunk is full: dropping it and forging the length
    (with a recomputed checksum, as an attacker would) still fails, since the key check and
    every chunk are bound to the exact header, and the new last chunk lacks the last flag."""
    data = written.read_bytes()
    _header_size, chunks = layout(data)
    assert chunks[-1][1] - chunks[-1][0] == CHUNK + backup.TAG_BYTES
    rewrite(written, data[: chunks[-1][0]])
    with pytest.raises(backup.BackupDamaged):
        backup.verify_backup(written, BACKUP_PASSPHRASE)
    fields = json.loads(data[backup.PREFIX.size : _header_size - backup.CHECK_BYTES - backup.CHECKSUM_BYTES])
    forged = forged_header(data, length=fields["length"] - CHUNK)
    rewrite(written, forged[: len(forged) - (chunks[-1][1] - chunks[-1][0])])
    with pytest.raises(backup.BackupError):
        backup.verify_backup(written, BACKUP_PASSPHRASE)


def forged_header(data: bytes, **changes) -> bytes:
    """A header with changed fields and a correct checksum (as an attacker could make)."""
    _magic, version, length = backup.PREFIX.unpack_from(data)
    fields = json.loads(data[backup.PREFIX.size : backup.PREFIX.size + length])
    version = changes.pop("version", version)
    fields.update(changes)
    parameters = json.dumps(fields, sort_keys=True).encode("ascii")
    raw = backup.PREFIX.pack(backup.MAGIC, version, len(parameters)) + parameters
    check = data[backup.PREFIX.size + length : backup.PREFIX.size + length + backup.CHECK_BYTES]
    body = data[backup.PREFIX.size + length + backup.CHECK_BYTES + backup.CHECKSUM_BYTES :]
    import hashlib

    return raw + check + hashlib.sha256(raw + check).digest() + body


@pytest.fixture
def kdf_must_not_run(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the KDF ran on a header that should have been refused first")

    monkeypatch.setattr(backup_format, "derive_keys", refuse)


def test_a_future_format_version_is_refused_before_the_kdf(written, kdf_must_not_run):
    rewrite(written, forged_header(written.read_bytes(), version=backup.FORMAT_VERSION + 1))
    with pytest.raises(backup.BackupTooNew):
        backup.verify_backup(written, BACKUP_PASSPHRASE)


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 2 * 1024 * 1024},
        {"iterations": 10**9},
        {"lanes": 0},
        {"chunk_size": 2**40},
        {"chunk_size": 1},
        {"length": 2**60},
        {"length": -1},
        {"length": 1e300},
        {"kdf": "pbkdf2"},
    ],
)
def test_a_hostile_header_is_refused_fast_without_running_the_kdf(written, kdf_must_not_run, changes):
    rewrite(written, forged_header(written.read_bytes(), **changes))
    with pytest.raises(backup.BackupHostile):
        backup.verify_backup(written, BACKUP_PASSPHRASE)


def test_a_header_longer_than_4_kib_is_refused_without_reading_it(tmp_path, kdf_must_not_run):
    path = tmp_path / "huge.cdbk"
    path.write_bytes(backup.PREFIX.pack(backup.MAGIC, backup.FORMAT_VERSION, 65535) + b"{" * 100)
    with pytest.raises(backup.BackupHostile):
        backup.verify_backup(path, BACKUP_PASSPHRASE)


def test_a_file_that_is_not_a_backup_is_named_as_such(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    with pytest.raises(backup.NotABackup):
        backup.verify_backup(path, BACKUP_PASSPHRASE)
    with pytest.raises(backup.NotABackup):
        backup.verify_backup(tmp_path / "missing.cdbk", BACKUP_PASSPHRASE)


@pytest.mark.parametrize("stage", ["write", "fsync", "rename", "fsync_directory"])
def test_disk_full_leaves_no_temporary_file_and_keeps_older_backups(written, filled, monkeypatch, stage):
    older = written.read_bytes()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if stage == "write":
        real_fdopen = os.fdopen

        class FullFile:
            def __init__(self, handle):
                self.handle = handle

            def write(self, data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            def __getattr__(self, name):
                return getattr(self.handle, name)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

        monkeypatch.setattr(backup_snapshot.os, "fdopen", lambda *a, **k: FullFile(real_fdopen(*a, **k)))
    elif stage == "fsync":
        monkeypatch.setattr(backup_snapshot.os, "fsync", full)
    elif stage == "rename":
        monkeypatch.setattr(backup_snapshot.os, "rename", full)
    else:
        monkeypatch.setattr(backup_snapshot, "fsync_directory", full)
    with pytest.raises(DiskError) as caught:
        backup.write_backup(filled, written.parent, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    assert "full" in str(caught.value)
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]
    assert written.read_bytes() == older
    assert not [p for p in filled.path.parent.iterdir() if "snapshot" in p.name]


def test_an_empty_passphrase_is_refused(filled, tmp_path):
    from committee_app.errors import PassphraseRejected

    with pytest.raises(PassphraseRejected):
        backup.write_backup(filled, tmp_path, "  ", now=NOW, chunk_size=CHUNK)
    assert not list(tmp_path.glob("*.cdbk"))


def test_too_little_free_space_is_said_before_writing(filled, tmp_path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(backup_snapshot.shutil, "disk_usage", lambda _p: shutil_usage(total=8 * 1024**3, used=8 * 1024**3 - 10, free=10))
    with pytest.raises(DiskError, match="full"):
        backup.write_backup(filled, folder, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    assert list(folder.iterdir()) == []


def test_a_file_system_that_does_not_report_its_size_is_not_taken_for_a_full_one(filled, tmp_path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    # As fusefat answers statfs: no blocks at all.
    monkeypatch.setattr(backup_snapshot.shutil, "disk_usage", lambda _p: shutil_usage(total=0, used=0, free=0))
    written = backup.write_backup(filled, folder, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    assert backup.verify_backup(written, BACKUP_PASSPHRASE).members == members.count_members(filled)


def test_a_store_over_the_fat32_limit_is_refused_with_a_message(filled, tmp_path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(backup_snapshot, "FAT32_LIMIT", 1000)
    with pytest.raises(backup.BackupTooLarge, match="4 GiB"):
        backup.write_backup(filled, folder, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    assert list(folder.iterdir()) == []



@pytest.mark.parametrize("method", ["flush", "close"])
def test_disk_full_at_flush_or_close_leaves_no_temporary_file(written, filled, monkeypatch, method):
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle):
            self.handle = handle

        def __getattr__(self, name):
            if name == method:
                def fail(*_args):
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

                return fail
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()
            if method == "close" and exc[0] is None:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_snapshot.os, "fdopen", lambda *a, **k: Failing(real_fdopen(*a, **k)))
    with pytest.raises(DiskError, match="full"):
        backup.write_backup(filled, written.parent, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]


KILLED_BACKUP = """
import os, signal, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from committee_app import keyslot
from committee_app.backup import format as backup_format, snapshot as backup_snapshot
from committee_app.keyslot import KdfParams
from committee_app.store import Store
fast = KdfParams(memory_kib=64, iterations=1, lanes=1)
keyslot.DEFAULT_KDF = fast
backup_format.DEFAULT_KDF = fast
store = Store.open(Path(sys.argv[1]), sys.argv[3])
def killed(_fd):
    os.kill(os.getpid(), signal.SIGKILL)
backup_snapshot.os.fsync = killed
backup_snapshot.write_backup(store, Path(sys.argv[2]), sys.argv[3], chunk_size=4096)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_process_killed_during_backup_leaves_only_a_temporary_file(filled, written, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from committee_app.store import Store
    from tests.conftest import PASSPHRASE

    older = written.read_bytes()
    filled.close()
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(filled.path), str(written.parent), PASSPHRASE],
        check=False,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == -9, result.stderr.decode()
    names = sorted(p.name for p in written.parent.iterdir())
    assert written.name in names
    others = [n for n in names if n != written.name]
    assert len(others) == 1 and others[0].startswith(".backup-") and others[0].endswith(".tmp")
    assert written.read_bytes() == older
    # The killed run's snapshot (SQLCipher-encrypted, its key lost with the process) is
    # cleared by the next backup, which works as usual.
    assert list(filled.path.parent.glob("*.backup-snapshot*"))
    again = Store.open(filled.path, PASSPHRASE)
    try:
        newer = backup.write_backup(again, written.parent, BACKUP_PASSPHRASE, now=NOW, chunk_size=CHUNK)
    finally:
        again.close()
    assert newer.name == "backup-2026-03-08-0905-2.cdbk"
    assert not list(filled.path.parent.glob("*.backup-snapshot*"))


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 1024 * 1024, "iterations": 64, "lanes": 64},  # the most the sane bounds allow
        {"memory_kib": 4 * backup_format.SHIPPED_KDF.memory_kib + 1024},
        {"iterations": 4 * backup_format.SHIPPED_KDF.iterations + 1},
    ],
)  # fmt: skip
def test_a_header_asking_for_far_more_than_the_shipped_cost_is_not_opened_unasked(
    written, kdf_must_not_run, changes, tmp_path
):
    rewrite(written, forged_header(written.read_bytes(), **changes))
    store_path = tmp_path / "laptop" / "committee.store"
    with pytest.raises(backup.BackupCostly) as refused:
        backup.verify_backup(written, BACKUP_PASSPHRASE)
    with pytest.raises(backup.BackupCostly):
        backup.restore_backup(written, BACKUP_PASSPHRASE, store_path)
    assert f"{changes.get('memory_kib', written_memory(written)) // 1024} MiB" in str(refused.value)
    assert "192 MiB, 3 passes" in str(refused.value)
    assert not store_path.exists()


def written_memory(path) -> int:
    data = path.read_bytes()
    _magic, _version, length = backup.PREFIX.unpack_from(data)
    return json.loads(data[backup.PREFIX.size : backup.PREFIX.size + length])["memory_kib"]


def test_up_to_four_times_the_shipped_cost_opens_without_asking(written, monkeypatch):
    # The suite's backups use a fast KDF; against a shipped cost a quarter of theirs they are
    # at the limit, and one step above it they are costly: the bound is relative to the shipped cost.
    memory = written_memory(written)
    monkeypatch.setattr(backup_format, "SHIPPED_KDF", backup_format.KdfParams(memory // 4, 1, 1))
    assert backup.verify_backup(written, BACKUP_PASSPHRASE).schema_revision is not None
    monkeypatch.setattr(backup_format, "SHIPPED_KDF", backup_format.KdfParams(memory // 4 - 1, 1, 1))
    with pytest.raises(backup.BackupCostly):
        backup.verify_backup(written, BACKUP_PASSPHRASE)
    assert backup.verify_backup(written, BACKUP_PASSPHRASE, allow_costly=True).schema_revision is not None


def test_the_shipped_cost_is_the_shipped_default():
    assert backup_format.SHIPPED_KDF == backup_format.KdfParams(memory_kib=192 * 1024, iterations=3, lanes=4)
    assert backup_format.COSTLY_FACTOR == 4

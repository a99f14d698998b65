"""The verification after a backup reads the stick, not the copy of the file the operating
system keeps in memory: the file's pages are dropped from the cache before the read-back
starts, as ``mincore`` shows on Linux."""

import ctypes
import mmap
import os
import sys
from pathlib import Path

import pytest

from committee_app import backup
from committee_app.backup import format as backup_format
from committee_app.backup import snapshot as snapshot_module
from committee_app.services import backups, members
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mincore is looked at on Linux")

libc = ctypes.CDLL(None, use_errno=True)
libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_ubyte)]


def resident_pages(path: Path) -> tuple[int, int]:
    """(pages of the file in memory, pages of the file), from mincore over a mapping of it."""
    size = path.stat().st_size
    pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
    with open(path, "rb") as file, mmap.mmap(file.fileno(), size, access=mmap.ACCESS_COPY) as mapped:
        address = ctypes.addressof(ctypes.c_char.from_buffer(mapped))
        vector = (ctypes.c_ubyte * pages)()
        if libc.mincore(address, size, vector) != 0:
            raise OSError(ctypes.get_errno(), "mincore")
        resident = sum(byte & 1 for byte in vector)
        del address  # the buffer export ends before the mapping closes
    return resident, pages


@pytest.fixture
def disk_folder(tmp_path):
    """A folder whose files live on a disk: on a file system kept in memory (tmpfs) there is no
    device to read back from, and nothing to drop."""
    probe = tmp_path / "probe"
    probe.write_bytes(os.urandom(256 * 1024))
    with open(probe, "rb+") as file:
        os.fsync(file.fileno())
        os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    if resident_pages(probe)[0] != 0:
        pytest.skip("this file system keeps its files in memory")
    return tmp_path


def test_the_backup_just_written_is_read_back_from_the_disk_not_from_memory(store, disk_folder, monkeypatch):
    for number in range(300):
        members.add_member(store, full_name=f"Жұмысшы {number}", notes="ұңғыма " * 20)
    stick = disk_folder / "stick"
    stick.mkdir()
    at_read_back = []
    real_read_header = backup_format.read_header

    def read_header(backup_file, path):
        at_read_back.append(resident_pages(Path(path)))
        return real_read_header(backup_file, path)

    monkeypatch.setattr(backup_format, "read_header", read_header)
    written = backup.write_backup(store, stick, PASSPHRASE)
    assert resident_pages(written)[0] > 0  # just written: in memory, as any file is

    outcome = backups.back_up_and_verify(store, stick, PASSPHRASE)

    resident, pages = at_read_back[-1]
    assert pages > 20 and resident == 0
    assert outcome.summary.members == 300


def test_a_backup_on_a_real_disk_gives_no_warning_about_free_space(store, disk_folder):
    for number in range(100):
        members.add_member(store, full_name=f"Әсел Нұрланқызы {number}", notes="ұңғыма " * 1_000)
    stick = disk_folder / "stick"
    stick.mkdir()
    assert backups.back_up_and_verify(store, stick, PASSPHRASE).space_warning is None


def test_a_disk_whose_free_space_does_not_go_down_is_warned_about(store, tmp_path, monkeypatch, capsys):
    from committee_app import cli

    for number in range(100):
        members.add_member(store, full_name=f"Әсел Нұрланқызы {number}", notes="ұңғыма " * 1_000)
    store.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    # As a stick whose driver loses what it is given reports it: the same free space after.
    monkeypatch.setattr(backups, "_free_space", lambda folder: 7_900_000_000)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")

    code = cli.main(["--store", str(store.path), "--passphrase-file", str(secret), "backup", "--to", str(stick)])

    err = capsys.readouterr().err
    assert code == 0
    assert f"The free space on {stick} went down by 0 KiB while a backup of" in err
    assert "fake-capacity" in err


@pytest.mark.parametrize(
    ("taken", "size", "warned"),
    [(1_048_576, 1_000_000, False), (520_000, 1_000_000, False), (480_000, 1_000_000, True), (0, 1_000_000, True),
     (-4096, 1_000_000, True), (0, 60_000, False), (None, 1_000_000, False)],
)  # fmt: skip
def test_the_free_space_warning_is_given_when_less_than_half_the_file_was_taken(tmp_path, taken, size, warned):
    before = None if taken is None else 5_000_000
    after = None if taken is None else before - taken
    assert (backups.space_warning(tmp_path, before, after, size) is not None) is warned


def test_the_backup_is_checked_before_encryption_and_read_back_without_deriving_its_key_again(store, tmp_path, monkeypatch):
    members.add_member(store, full_name="Әсел Нұрланқызы")
    stick = tmp_path / "stick"
    stick.mkdir()
    derived, checked = [], []
    real_derive, real_inspect = backup_format.derive_keys, snapshot_module._inspect_snapshot
    monkeypatch.setattr(backup_format, "derive_keys", lambda *a: derived.append(1) or real_derive(*a))
    monkeypatch.setattr(snapshot_module, "_inspect_snapshot", lambda *a, **k: checked.append(1) or real_inspect(*a, **k))

    outcome = backups.back_up_and_verify(store, stick, PASSPHRASE)

    assert (len(derived), len(checked), outcome.summary.members) == (1, 1, 1)


def test_a_byte_the_stick_lost_after_writing_fails_the_read_back(store, tmp_path, monkeypatch):
    members.add_member(store, full_name="Әсел Нұрланқызы")
    stick = tmp_path / "stick"
    stick.mkdir()
    real_read_back = backups.read_back

    def stick_loses_a_byte(written, **options):
        data = bytearray(written.path.read_bytes())
        data[len(data) // 2] ^= 0x01
        written.path.write_bytes(bytes(data))
        return real_read_back(written, **options)

    monkeypatch.setattr(backups, "read_back", stick_loses_a_byte)
    with pytest.raises(backup.BackupDamaged):
        backups.back_up_and_verify(store, stick, PASSPHRASE)
    assert backups.last_verified_backup(store) is None


def test_a_damaged_store_is_not_backed_up_and_says_so(store, store_path, tmp_path):
    from committee_app import keyslot
    from committee_app.errors import StoreDamaged
    from committee_app.store import raw_connection

    for number in range(50):
        members.add_member(store, full_name=f"Жұмысшы {number}")
    store.close()
    connection = raw_connection(store_path, keyslot.unlock_key(store_path, PASSPHRASE).key)
    try:
        # Two indexes that no longer match their table (each holds the other's entries), as a
        # disk fault or a bug could leave them: the store opens, the integrity check fails.
        (first, first_root), (second, second_root) = connection.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type='index' AND tbl_name='members' AND sql IS NOT NULL "
            "ORDER BY name LIMIT 2"
        ).fetchall()
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (second_root, first))
        connection.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (first_root, second))
        connection.commit()
    finally:
        connection.close()
    from committee_app.store import Store

    damaged = Store.open(store_path, PASSPHRASE)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        with pytest.raises(StoreDamaged) as refused:
            backups.back_up_and_verify(damaged, stick, PASSPHRASE)
    finally:
        damaged.close()
    assert "no backup was written" in str(refused.value)
    assert list(stick.iterdir()) == []

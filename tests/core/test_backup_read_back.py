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

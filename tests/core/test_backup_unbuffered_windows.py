"""On Windows the read-back opens the backup with FILE_FLAG_NO_BUFFERING, whose reads must
start on a sector, be whole sectors long and land in a sector-aligned buffer. Here the kernel
is a stand-in that enforces those rules on a real file and a real page-aligned buffer, so
every read the app makes is checked against them; the calls into kernel32 themselves run only
on Windows."""

import ctypes
import errno
import functools
import mmap
import os

import pytest

from committee_app import backup
from committee_app.backup import device
from committee_app.backup import format as backup_format
from committee_app.backup import NotABackup
from committee_app.services import backups, members
from tests.conftest import PASSPHRASE

SECTOR = 4096


class SectorRulesKernel:
    """kernel32 as an unbuffered handle behaves: a read that breaks a sector rule fails with
    ERROR_INVALID_PARAMETER, as ReadFile does."""

    def __init__(self):
        self.offsets: dict[int, int] = {}
        self.bytes_read = 0
        self.open_handles: set[int] = set()
        self.live_buffers = 0
        self._mappings = []

    def open_unbuffered(self, path: str) -> int:
        handle = os.open(path, os.O_RDONLY)
        self.offsets[handle] = 0
        self.open_handles.add(handle)
        return handle

    def aligned_buffer(self, size: int):
        mapping = mmap.mmap(-1, size)
        self._mappings.append(mapping)
        self.live_buffers += 1
        return (ctypes.c_ubyte * size).from_buffer(mapping)

    def read(self, handle: int, buffer, size: int) -> int:
        offset = self.offsets[handle]
        if ctypes.addressof(buffer) % SECTOR or offset % SECTOR or size % SECTOR or size > len(buffer):
            error = OSError(errno.EINVAL, "The parameter is incorrect")
            error.winerror = device.ERROR_INVALID_PARAMETER
            raise error
        data = os.pread(handle, size, offset)
        ctypes.memmove(ctypes.addressof(buffer), data, len(data))
        self.offsets[handle] = offset + len(data)
        self.bytes_read += len(data)
        return len(data)

    def descriptor(self, handle: int) -> int:
        self.open_handles.discard(handle)  # from here, closing the descriptor closes the handle
        return handle

    def close(self, handle: int) -> None:
        self.open_handles.discard(handle)
        os.close(handle)

    def free(self, buffer) -> None:
        self.live_buffers -= 1


def open_on_windows(kernel, path):
    return device.open_from_the_device(path, platform="win32", kernel=kernel)


@pytest.mark.parametrize(
    "size", [0, 1, 511, SECTOR, device.WINDOWS_BLOCK - 1, device.WINDOWS_BLOCK, device.WINDOWS_BLOCK + 1, 3 * device.WINDOWS_BLOCK + 123]
)
def test_unbuffered_reads_of_any_size_give_the_file_byte_for_byte(tmp_path, size):
    content = os.urandom(size)
    path = tmp_path / "file"
    path.write_bytes(content)
    kernel = SectorRulesKernel()
    pieces = []
    with open_on_windows(kernel, path) as reading:
        assert os.fstat(reading.fileno()).st_size == size
        # As the backup is read: a short header, then chunks a tag longer than a block.
        for wanted in (8, 100, device.WINDOWS_BLOCK + 16, 1, 5000):
            pieces.append(reading.read(wanted))
        pieces.append(reading.read())
    assert b"".join(pieces) == content
    assert kernel.bytes_read == size
    assert kernel.live_buffers == 0 and not kernel.open_handles


def test_the_read_back_on_windows_goes_through_the_unbuffered_handle(store, tmp_path, monkeypatch):
    for number in range(200):
        members.add_member(store, full_name=f"Жұмысшы {number}", notes="ұңғыма " * 40)
    kernel = SectorRulesKernel()
    monkeypatch.setattr(backup_format, "open_from_the_device", functools.partial(open_on_windows, kernel))

    outcome = backups.back_up_and_verify(store, tmp_path, PASSPHRASE)

    assert outcome.summary.members == 200
    assert kernel.bytes_read == outcome.path.stat().st_size
    assert backup.verify_backup(outcome.path, PASSPHRASE).members == 200
    assert kernel.bytes_read == 2 * outcome.path.stat().st_size


def test_a_file_system_refusing_unbuffered_handles_is_read_as_any_file(tmp_path):
    path = tmp_path / "file"
    path.write_bytes(b"on a network share")

    class RefusingKernel(SectorRulesKernel):
        def open_unbuffered(self, path):
            error = OSError(errno.EINVAL, "The parameter is incorrect")
            error.winerror = device.ERROR_INVALID_PARAMETER
            raise error

    with open_on_windows(RefusingKernel(), path) as reading:
        assert reading.read() == b"on a network share"


def test_a_missing_backup_is_still_reported_as_missing_on_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(backup_format, "open_from_the_device", functools.partial(open_on_windows, SectorRulesKernel()))
    with pytest.raises(NotABackup, match="There is no backup"):
        backup.verify_backup(tmp_path / "gone.cdbk", PASSPHRASE)


def test_a_buffer_that_cannot_be_had_closes_the_handle_and_raises(tmp_path):
    path = tmp_path / "file"
    path.write_bytes(b"x" * 10)

    class NoMemoryKernel(SectorRulesKernel):
        def aligned_buffer(self, size):
            raise MemoryError

    kernel = NoMemoryKernel()
    with pytest.raises(MemoryError):
        open_on_windows(kernel, path)
    assert not kernel.open_handles

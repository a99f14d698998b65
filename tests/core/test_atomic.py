"""Atomic file writes: the old copy or the new one, whole, and a plain message when the disk refuses."""

import errno
import os
import stat
import sys
import tempfile

import pytest

from committee_app import atomic
from committee_app.atomic import write_file_atomically
from committee_app.errors import DiskError

OLD = "ескі мазмұн — old content\n".encode("utf-8")
NEW = b"new content " * 1000


@pytest.fixture
def target(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    path = folder / "settings.json"
    path.write_bytes(OLD)
    return path


def oserror(code):
    return OSError(code, os.strerror(code))


def fail_at_write(monkeypatch, code):
    real_fdopen = os.fdopen

    class FailingFile:
        def __init__(self, file):
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()
            return False

        def write(self, data):
            self.file.write(data[: len(data) // 2])  # part of it reached the disk
            raise oserror(code)

        def __getattr__(self, name):
            return getattr(self.file, name)

    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: FailingFile(real_fdopen(*args, **kwargs)))


def fail_at_fsync(monkeypatch, code):
    def fsync(_fd):
        raise oserror(code)

    monkeypatch.setattr(os, "fsync", fsync)


def fail_at_replace(monkeypatch, code):
    def replace(*_args, **_kwargs):
        raise oserror(code)

    monkeypatch.setattr(os, "replace", replace)


def fail_at_chmod(monkeypatch, code):
    def chmod(*_args, **_kwargs):
        raise oserror(code)

    monkeypatch.setattr(os, "chmod", chmod)


def fail_at_temp_file(monkeypatch, code):
    def mkstemp(*_args, **_kwargs):
        raise oserror(code)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


FAILURE_POINTS = {
    "write": fail_at_write,
    "fsync": fail_at_fsync,
    "chmod": fail_at_chmod,
    "replace": fail_at_replace,
    "temporary file": fail_at_temp_file,
}


def test_replaces_the_content(target):
    write_file_atomically(target, NEW)
    assert target.read_bytes() == NEW
    assert os.listdir(target.parent) == [target.name]


def test_creates_a_new_file(tmp_path):
    path = tmp_path / "new.bin"
    write_file_atomically(path, b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"
    assert os.listdir(tmp_path) == ["new.bin"]


def test_writes_empty_content(target):
    write_file_atomically(target, b"")
    assert target.read_bytes() == b""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o600, 0o644])
def test_file_gets_the_requested_mode(target, mode):
    os.chmod(target, 0o666)
    write_file_atomically(target, NEW, mode=mode)
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_default_mode_is_private(tmp_path):
    path = tmp_path / "secret.key"
    write_file_atomically(path, b"k")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("fail", FAILURE_POINTS.values(), ids=FAILURE_POINTS.keys())
def test_full_disk_keeps_the_old_file_and_says_so(target, monkeypatch, fail):
    fail(monkeypatch, errno.ENOSPC)
    with pytest.raises(DiskError) as raised:
        write_file_atomically(target, NEW)
    monkeypatch.undo()

    message = str(raised.value)
    assert "disk is full" in message.lower()
    assert str(target) in message
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]  # no temporary file left behind


@pytest.mark.parametrize("fail", FAILURE_POINTS.values(), ids=FAILURE_POINTS.keys())
def test_full_disk_on_a_new_file_leaves_nothing(tmp_path, monkeypatch, fail):
    path = tmp_path / "new.bin"
    fail(monkeypatch, errno.ENOSPC)
    with pytest.raises(DiskError):
        write_file_atomically(path, NEW)
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS])
@pytest.mark.parametrize("fail", [fail_at_temp_file, fail_at_replace], ids=["temporary file", "replace"])
def test_no_permission_gets_a_permission_message(target, monkeypatch, fail, code):
    fail(monkeypatch, code)
    with pytest.raises(DiskError) as raised:
        write_file_atomically(target, NEW)
    monkeypatch.undo()

    message = str(raised.value)
    assert "permission" in message.lower()
    assert "disk is full" not in message.lower()
    assert str(target) in message
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]


def test_other_errors_name_the_reason(target, monkeypatch):
    fail_at_fsync(monkeypatch, errno.EIO)
    with pytest.raises(DiskError) as raised:
        write_file_atomically(target, NEW)
    monkeypatch.undo()
    assert os.strerror(errno.EIO) in str(raised.value)
    assert str(target) in str(raised.value)
    assert target.read_bytes() == OLD


def test_missing_folder_is_a_disk_error(tmp_path):
    path = tmp_path / "unplugged" / "settings.json"
    with pytest.raises(DiskError) as raised:
        write_file_atomically(path, NEW)
    message = str(raised.value)
    assert str(path) in message
    assert "does not exist" in message
    assert not (tmp_path / "unplugged").exists()


def test_disk_error_is_chained_to_the_os_error(target, monkeypatch):
    fail_at_replace(monkeypatch, errno.ENOSPC)
    with pytest.raises(DiskError) as raised:
        write_file_atomically(target, NEW)
    assert isinstance(raised.value.__cause__, OSError)
    assert raised.value.__cause__.errno == errno.ENOSPC


def test_the_folder_is_synced_after_the_rename(target, monkeypatch):
    """The rename itself must survive a power cut: the folder is fsynced after it, not before."""
    events = []
    real_replace, real_fsync_directory = os.replace, atomic.fsync_directory

    def replace(*args, **kwargs):
        events.append("replace")
        return real_replace(*args, **kwargs)

    def fsync_directory(folder):
        events.append(("fsync folder", folder))
        return real_fsync_directory(folder)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(atomic, "fsync_directory", fsync_directory)
    write_file_atomically(target, NEW)
    assert events == ["replace", ("fsync folder", target.parent)]

"""Backups on the file systems sticks come with, FAT32 and exFAT, mounted through FUSE
(fusefat; exfat-fuse on a loop device) where the kernel has no driver for them: written,
read back, listed, rotated and restored there, with FAT's rules (no ":" in names, times
kept to 2 seconds, no file of 4 GiB) kept."""

import contextlib
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from committee_app import backup
from committee_app.backup import snapshot as backup_snapshot
from committee_app.services import backups, members
from committee_app.store import Store
from tests.conftest import PASSPHRASE

FAT_FORBIDDEN = set('<>:"/\\|?*')


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=60)


@contextlib.contextmanager
def fat32(image: Path, mount: Path):
    if not (shutil.which("fusefat") and shutil.which("mkfs.vfat")):
        pytest.skip("needs fusefat and dosfstools")
    _run("truncate", "-s", "64M", str(image))
    assert _run("mkfs.vfat", "-F", "32", str(image)).returncode == 0  # no label: fusefat lists it as a file
    mounted = _run("fusefat", "-o", "rw+", str(image), str(mount))
    if mounted.returncode != 0:
        pytest.skip(f"FUSE mounts are not possible here: {mounted.stderr.strip()}")
    try:
        yield mount
    finally:
        _run("fusermount", "-u", str(mount))


@contextlib.contextmanager
def exfat(image: Path, mount: Path):
    if not (shutil.which("mount.exfat-fuse") and shutil.which("mkfs.exfat") and shutil.which("losetup")):
        pytest.skip("needs exfat-fuse, exfatprogs and losetup")
    _run("truncate", "-s", "64M", str(image))
    assert _run("mkfs.exfat", "-L", "STICK", str(image)).returncode == 0
    # exfat-fuse run by root mounts a block device: the image is put behind a loop device.
    attached = _run("losetup", "-f", "--show", str(image))
    if attached.returncode != 0:
        pytest.skip(f"no loop device here: {attached.stderr.strip()}")
    device = attached.stdout.strip()
    try:
        mounted = _run("mount.exfat-fuse", device, str(mount))
        if mounted.returncode != 0 or not os.path.ismount(mount):
            pytest.skip(f"FUSE mounts are not possible here: {mounted.stderr.strip()}")
        try:
            yield mount
        finally:
            _run("fusermount", "-u", str(mount))
    finally:
        _run("losetup", "-d", device)


@pytest.fixture(params=["fat32", "exfat"])
def stick(request, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting stick images needs root here")
    mount = tmp_path / "STICK"
    mount.mkdir()
    mounter = fat32 if request.param == "fat32" else exfat
    with mounter(tmp_path / f"{request.param}.img", mount) as mounted:
        yield mounted


def test_backups_are_written_read_back_listed_rotated_and_restored_on_the_stick(store, stick, tmp_path):
    members.add_member(store, full_name="Әсел Нұрланқызы", phone="+7 701 000 00 01")
    named = backup.write_backup(store, stick, PASSPHRASE, now=datetime(2026, 12, 2, 18, 30, 7))
    again = backup.write_backup(store, stick, PASSPHRASE, now=datetime(2026, 12, 2, 18, 30, 8))
    # Within one minute, and FAT keeps times to 2 seconds: the names tell the backups apart and in order.
    assert (named.name, again.name) == ("backup-2026-12-02-1830.cdbk", "backup-2026-12-02-1830-2.cdbk")
    made = [backups.back_up_and_verify(store, stick, PASSPHRASE, keep=2) for _ in range(3)]
    outcome = made[-1]

    assert all(not FAT_FORBIDDEN & set(path.name) for path in stick.iterdir())
    listed = [item.path.name for item in backup.list_backups(stick)]
    # This store's own two newest are kept, newest first; the two it did not record stay.
    assert listed[0] == outcome.path.name
    assert sorted(listed) == sorted([made[1].path.name, made[2].path.name, named.name, again.name])
    assert not made[0].path.exists()
    assert outcome.summary.members == 1 and outcome.space_warning is None
    assert sorted(path.name for path in stick.iterdir()) == sorted(listed)  # no temporary file left

    store.close()
    restored_path = tmp_path / "new-laptop" / "committee.store"
    summary = backup.restore_backup(outcome.path, PASSPHRASE, restored_path)
    restored = Store.open(restored_path, PASSPHRASE)
    try:
        assert summary.members == 1
        assert [m.full_name for m in members.search_members(restored)] == ["Әсел Нұрланқызы"]
    finally:
        restored.close()


def test_a_store_too_large_for_one_fat32_file_is_refused_and_the_stick_left_as_it_was(store, stick, monkeypatch):
    earlier = backup.write_backup(store, stick, PASSPHRASE)
    monkeypatch.setattr(backup_snapshot, "FAT32_LIMIT", 4096)  # as a store over 4 GiB is to FAT32
    with pytest.raises(backup.BackupTooLarge) as refused:
        backups.back_up_and_verify(store, stick, PASSPHRASE)
    assert "4 GiB" in str(refused.value)
    assert [path.name for path in stick.iterdir()] == [earlier.name]

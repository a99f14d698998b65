"""Rotation: keep the newest N backups in a folder, never touching a file the app did not write."""

import io
import os
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from committee_app import backup
from committee_app.backup import format as backup_format
from committee_app.backup.rotation import backup_order
from committee_app.cli import main
from committee_app.keyslot import KdfParams

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
BACKUP_PASSPHRASE = "сақтық көшірме backup"
SECRET = "құпия сөз — тест 2026"


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", FAST)


@pytest.fixture(autouse=True)
def no_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def original_bytes(tmp_path_factory):
    """One real backup's bytes; copies under other names stand for many backups (same header)."""
    from committee_app.store import Store

    folder = tmp_path_factory.mktemp("original")
    store = Store.create(folder / "committee.store", SECRET)
    try:
        saved = backup_format.DEFAULT_KDF
        backup_format.DEFAULT_KDF = FAST
        try:
            written = backup.write_backup(store, folder, BACKUP_PASSPHRASE, now=datetime(2026, 1, 1, 0, 0))
        finally:
            backup_format.DEFAULT_KDF = saved
    finally:
        store.close()
    return written.read_bytes()


def twelve_names() -> list[str]:
    """Oldest first; mtimes are set newest-first below, so ordering by mtime would be wrong."""
    return [f"backup-2026-03-{day:02d}-0905.cdbk" for day in range(1, 13)]


def place(folder: Path, data: bytes, names: list[str]) -> list[Path]:
    paths = []
    for index, name in enumerate(names):
        path = folder / name
        path.write_bytes(data)
        # The oldest by name gets the newest mtime: rotation must not look at mtime.
        stamp = time.time() - index * 60
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.is_symlink()}


def test_twelve_backups_keep_ten_removes_the_two_oldest_and_keeps_the_rest_byte_for_byte(stick, original_bytes):
    paths = place(stick, original_bytes, twelve_names())
    # Each copy made distinct after its header, so "byte-for-byte" means something.
    for index, path in enumerate(paths):
        path.write_bytes(original_bytes + bytes([index]))
    before = contents(stick)

    removed = backup.rotate_backups(stick, keep=10)

    assert removed == paths[:2]
    assert sorted(p.name for p in stick.iterdir()) == sorted(p.name for p in paths[2:])
    for path in paths[2:]:
        assert path.read_bytes() == before[path.name]


def test_default_keep_is_ten(stick, original_bytes):
    paths = place(stick, original_bytes, twelve_names())
    assert backup.rotate_backups(stick) == paths[:2]


def test_rotation_with_fewer_backups_than_keep_removes_nothing(stick, original_bytes):
    place(stick, original_bytes, twelve_names()[:3])
    before = contents(stick)
    assert backup.rotate_backups(stick, keep=10) == []
    assert contents(stick) == before


def test_files_not_ours_are_never_touched(stick, original_bytes, tmp_path):
    ours = place(stick, original_bytes, twelve_names()[:3])
    # Other names, even with our contents.
    (stick / "notes.txt").write_text("minutes of the strike committee")
    (stick / "backup-2020-01-01-0000.cdbk.bak").write_bytes(original_bytes)
    (stick / "Backup-2020-01-01-0000.cdbk").write_bytes(original_bytes)
    (stick / "backup-2020-01-01-000.cdbk").write_bytes(original_bytes)
    (stick / "backup-2020-01-01-0000-1.cdbk").write_bytes(original_bytes)
    (stick / "backup-2020-01-01-0000-02.cdbk").write_bytes(original_bytes)
    (stick / "backup-2020-13-01-0000.cdbk").write_bytes(original_bytes)  # no such month
    (stick / "my-backup-2020-01-01-0000.cdbk").write_bytes(original_bytes)
    # Our name, not our header.
    (stick / "backup-2020-01-02-0000.cdbk").write_bytes(b"garbage, not a Committee Desk backup" * 10)
    (stick / "backup-2020-01-03-0000.cdbk").write_bytes(b"")
    (stick / "backup-2020-01-04-0000.cdbk").write_bytes(original_bytes[:10])  # our magic, cut short
    # A link named like ours, to a real backup elsewhere (which it must not be taken for).
    elsewhere = tmp_path / "elsewhere.cdbk"
    elsewhere.write_bytes(original_bytes)
    (stick / "backup-2020-01-05-0000.cdbk").symlink_to(elsewhere)
    (stick / "backup-2020-01-06-0000.cdbk").symlink_to(tmp_path / "missing.cdbk")  # dangling
    # A directory named like ours.
    (stick / "backup-2020-01-07-0000.cdbk").mkdir()
    (stick / "backup-2020-01-07-0000.cdbk" / "inside").write_text("kept")
    before = contents(stick)
    entries = sorted(p.name for p in stick.iterdir())

    removed = backup.rotate_backups(stick, keep=1)

    assert removed == ours[:2]
    after_entries = sorted(p.name for p in stick.iterdir())
    assert after_entries == sorted(set(entries) - {p.name for p in ours[:2]})
    assert contents(stick) == {k: v for k, v in before.items() if k not in {p.name for p in ours[:2]}}
    assert (stick / "backup-2020-01-05-0000.cdbk").is_symlink()
    assert (stick / "backup-2020-01-06-0000.cdbk").is_symlink()
    assert elsewhere.read_bytes() == original_bytes
    assert (stick / "backup-2020-01-07-0000.cdbk" / "inside").read_text() == "kept"


def test_only_our_backups_count_towards_keep(stick, original_bytes):
    """Foreign files named like ours, newer than our backups, do not push ours out."""
    ours = place(stick, original_bytes, twelve_names()[:2])
    (stick / "backup-2030-01-01-0000.cdbk").write_bytes(b"not ours")
    (stick / "backup-2030-01-02-0000.cdbk").mkdir()
    assert backup.rotate_backups(stick, keep=2) == []
    assert all(path.exists() for path in ours)


def test_suffix_ordering_date_first_then_number(stick, original_bytes):
    names = [
        "backup-2026-03-08-0905.cdbk",
        "backup-2026-03-08-0905-2.cdbk",
        "backup-2026-03-08-0905-3.cdbk",
        "backup-2026-03-08-0905-10.cdbk",  # after -3: by number, not as text
        "backup-2026-03-08-0906.cdbk",
    ]
    paths = place(stick, original_bytes, names)
    removed = backup.rotate_backups(stick, keep=2)
    assert removed == paths[:3]
    assert sorted(p.name for p in stick.iterdir()) == sorted(names[3:])


def test_backup_order_reads_the_name():
    assert backup_order("backup-2026-03-08-0905.cdbk") == (datetime(2026, 3, 8, 9, 5), 1)
    assert backup_order("backup-2026-03-08-0905-12.cdbk") == (datetime(2026, 3, 8, 9, 5), 12)
    for name in ("backup-2026-03-08-0905-1.cdbk", "backup-2026-03-08-2505.cdbk", "backup-2026-03-08-0905.cdbk.tmp"):
        assert backup_order(name) is None


def test_keep_one_leaves_only_the_newest(stick, original_bytes):
    paths = place(stick, original_bytes, twelve_names())
    removed = backup.rotate_backups(stick, keep=1)
    assert removed == paths[:-1]
    assert [p.name for p in stick.iterdir()] == [paths[-1].name]
    assert paths[-1].read_bytes() == original_bytes


@pytest.mark.parametrize("keep", [0, -1])
def test_keep_below_one_is_refused_and_nothing_is_removed(stick, original_bytes, keep):
    place(stick, original_bytes, twelve_names()[:3])
    before = contents(stick)
    with pytest.raises(ValueError):
        backup.rotate_backups(stick, keep=keep)
    assert contents(stick) == before


def test_the_protected_backup_is_kept_even_if_its_name_sorts_oldest(stick, original_bytes):
    """A backup written under a wrong clock sorts oldest; the one just verified still stays."""
    paths = place(stick, original_bytes, twelve_names()[:4])
    removed = backup.rotate_backups(stick, keep=2, protect=paths[0])
    assert removed == paths[1:3]
    assert sorted(p.name for p in stick.iterdir()) == sorted([paths[0].name, paths[3].name])


def test_stale_temp_files_are_removed_and_fresh_ones_are_not(stick, original_bytes):
    old = time.time() - 2 * 60 * 60
    stale = stick / ".backup-abc_1234.tmp"
    fresh = stick / ".backup-xyz98765.tmp"
    for path in (stale, fresh):
        path.write_bytes(original_bytes[:100])
    os.utime(stale, (old, old))
    # Old, but not the name write_backup uses for its temporary files.
    others = [
        stick / "backup-abc12345.tmp",
        stick / ".backup-abc123.tmp",
        stick / ".backup-ABC12345.tmp",
        stick / ".backup-abc12345.tmp.keep",
        stick / "report.tmp",
    ]
    for path in others:
        path.write_bytes(b"someone else's")
        os.utime(path, (old, old))
    # Old and named like ours, but a link and a directory.
    target = stick.parent / "target.txt"
    target.write_text("not ours")
    link = stick / ".backup-link0000.tmp"
    link.symlink_to(target)
    os.utime(link, (old, old), follow_symlinks=False)
    folder = stick / ".backup-dir00000.tmp"
    folder.mkdir()
    os.utime(folder, (old, old))

    removed = backup.rotate_backups(stick, keep=10)

    assert removed == [stale]
    assert not stale.exists()
    assert fresh.exists()
    assert all(path.exists() for path in others)
    assert link.is_symlink() and target.read_text() == "not ours"
    assert folder.is_dir()


def test_the_temp_pattern_matches_what_write_backup_uses(stick):
    """The pattern is read off tempfile.mkstemp's own names, so a real leftover is recognised."""
    import tempfile

    from committee_app.backup import rotation

    for _ in range(20):
        fd, name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=stick)
        os.close(fd)
        assert rotation._TEMP_NAME.fullmatch(Path(name).name)


# --- the command line -------------------------------------------------------------------


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "passphrase.txt"
    path.write_bytes((SECRET + "\n").encode("utf-8"))
    return path


@pytest.fixture
def cli_store(tmp_path, secret_file, capsys):
    path = tmp_path / "stores" / "committee.store"
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "init", "--name", "Стачком")
    assert code == 0, err
    return path


def test_cli_backup_keep_2_after_three_backups_leaves_two_and_says_so(cli_store, secret_file, stick, capsys):
    foreign = stick / "notes.txt"
    foreign.write_text("not ours")
    outputs = []
    for _ in range(3):
        code, out, err = run(
            capsys, "--store", cli_store, "--passphrase-file", secret_file, "backup", "--to", stick, "--keep", "2"
        )
        assert code == 0, err
        outputs.append(out)
    backups = sorted(stick.glob("backup-*.cdbk"), key=lambda p: backup_order(p.name))
    assert len(backups) == 2
    assert "Old backups removed: 0;" in outputs[0]
    assert "Old backups removed: 0;" in outputs[1]
    assert "Old backups removed: 1;" in outputs[2]
    assert str(backups[-1]) in outputs[2]  # the one just written is among those kept
    assert foreign.read_text() == "not ours"
    for path in backups:
        code, out, err = run(capsys, "--passphrase-file", secret_file, "verify", path)
        assert code == 0, err


@pytest.mark.parametrize("keep", ["0", "-3", "two"])
def test_cli_refuses_keep_below_one_with_a_usage_error(cli_store, secret_file, stick, capsys, keep):
    with pytest.raises(SystemExit) as exit_info:
        main(["--store", str(cli_store), "--passphrase-file", str(secret_file), "backup", "--to", str(stick), "--keep", keep])
    assert exit_info.value.code == 2
    assert "--keep" in capsys.readouterr().err
    assert list(stick.iterdir()) == []

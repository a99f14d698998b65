"""A process killed at any moment of a restore leaves the old store or the new one, whole.

The restore runs in a child process that dies (``os._exit``, no clean-up of any kind) just
before its k-th file move, for every k; the next open must then find one whole store.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from committee_app import backup, cli, store_swap
from committee_app.services import members
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from tests.core.test_backup_restore import KAZAKH_NAME, table_hashes, take_backup

KILLED = 137

CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from committee_app import keyslot
    from committee_app.backup import format as backup_format, restore_backup
    from committee_app.keyslot import KdfParams

    fast = KdfParams(memory_kib=64, iterations=1, lanes=1)
    keyslot.DEFAULT_KDF = backup_format.DEFAULT_KDF = fast
    die_before = int(sys.argv[3])
    moves = 0
    real_replace = os.replace

    def replace(source, target):
        global moves
        moves += 1
        if moves == die_before:
            os._exit({killed})
        return real_replace(source, target)

    os.replace = replace
    restore_backup(Path(sys.argv[1]), sys.argv[4], Path(sys.argv[2]))
    print(moves)
    """
).format(killed=KILLED)


def run_child(backup_path: Path, store_path: Path, die_before: int) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(backup_path), str(store_path), str(die_before), PASSPHRASE],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture(params=["closed", "crashed with a WAL"])
def scene(request, store, store_path, tmp_path):
    """A backup of one state, and a live store that has moved on since: closed cleanly, or
    as a crash leaves it, its last changes only in the WAL beside it."""
    members.add_member(store, full_name=KAZAKH_NAME, notes="Жаңаөзен — ұңғыма №7")
    backup_path = take_backup(store, tmp_path)
    in_backup = table_hashes(store)
    members.add_member(store, full_name="Гүлнар Ережепқызы")
    live = table_hashes(store)
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    if request.param == "closed":
        store.close()
    with store.connection() if request.param != "closed" else contextlib.nullcontext():
        # Copied while a connection holds the store open: the WAL is part of the copy.
        for piece in store_path.parent.glob(store_path.name + "*"):
            shutil.copy2(piece, pristine / piece.name)
    if request.param != "closed":
        assert (pristine / (store_path.name + "-wal")).stat().st_size > 0
        store.close()
    assert in_backup != live
    return backup_path, pristine, in_backup, live


def fresh_copy(pristine: Path, folder: Path, store_path: Path) -> Path:
    folder.mkdir()
    for piece in pristine.iterdir():
        shutil.copy2(piece, folder / piece.name)
    return folder / store_path.name


def test_a_restore_killed_before_any_of_its_file_moves_leaves_one_whole_store(scene, tmp_path, store_path):
    backup_path, pristine, in_backup, live = scene
    complete = run_child(backup_path, fresh_copy(pristine, tmp_path / "complete", store_path), 0)
    assert complete.returncode == 0, complete.stderr
    total_moves = int(complete.stdout.strip())
    # Key files sealed, the journal, the old store's pieces aside, the new ones in place.
    assert total_moves >= 6
    outcomes = []
    for die_before in range(1, total_moves + 1):
        target = fresh_copy(pristine, tmp_path / f"killed-{die_before}", store_path)
        child = run_child(backup_path, target, die_before)
        assert child.returncode == KILLED, child.stderr
        reopened = Store.open(target, PASSPHRASE)
        try:
            state = table_hashes(reopened)
        finally:
            reopened.close()
        assert state in (live, in_backup), f"killed before move {die_before}: neither the old nor the new store"
        assert not store_swap.journal_path(target).exists()
        if state == in_backup:
            # The store it replaced is kept whole beside it.
            aside = Store.open(target.with_name(target.name + ".before-restore"), PASSPHRASE)
            try:
                assert table_hashes(aside) == live
            finally:
                aside.close()
        outcomes.append(state == in_backup)
    # Killed early the old store stays; killed once the journal is written the new one wins.
    assert outcomes[0] is False and outcomes[-1] is True
    assert outcomes == sorted(outcomes)


def test_a_journal_naming_a_path_outside_the_store_folder_is_not_followed(store, store_path, tmp_path):
    members.add_member(store, full_name=KAZAKH_NAME)
    expected = table_hashes(store)
    store.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    store_swap.journal_path(store_path).write_text('{"building": "../elsewhere/x", "aside": null}')
    reopened = Store.open(store_path, PASSPHRASE)
    try:
        assert table_hashes(reopened) == expected
    finally:
        reopened.close()
    assert store_swap.journal_path(store_path).exists()


def test_the_restore_after_an_interrupted_one_finishes_it_first(scene, tmp_path, store_path):
    backup_path, pristine, in_backup, live = scene
    target = fresh_copy(pristine, tmp_path / "again", store_path)
    complete = run_child(backup_path, fresh_copy(pristine, tmp_path / "count", store_path), 0)
    # Killed just before the new store file itself moves in: the last move.
    assert run_child(backup_path, target, int(complete.stdout.strip())).returncode == KILLED
    assert not target.exists()
    backup.restore_backup(backup_path, PASSPHRASE, target)
    assert not store_swap.journal_path(target).exists()
    kept = sorted(
        p.name
        for p in target.parent.glob("*.before-restore*")
        if p.suffix not in (".key1", ".key2") and not p.name.endswith(("-wal", "-shm"))
    )
    # The interrupted restore finished (live store aside once), then this one (the restored one aside).
    assert len(kept) == 2
    reopened = Store.open(target, PASSPHRASE)
    try:
        assert table_hashes(reopened) == in_backup
    finally:
        reopened.close()


@pytest.mark.slow  # 54 killed restores: the crash stage's
@pytest.mark.parametrize("command", [["check"], ["members", "list"], ["backup", "--to", "{stick}", "--keep", "5"]])
def test_every_command_finishes_a_restore_killed_after_any_move_and_removes_its_leftovers(
    scene, tmp_path, store_path, command, capsys
):
    backup_path, pristine, in_backup, live = scene
    complete = run_child(backup_path, fresh_copy(pristine, tmp_path / "count", store_path), 0)
    total_moves = int(complete.stdout.strip())
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    stick = tmp_path / "stick-for-commands"
    stick.mkdir()
    for die_before in range(1, total_moves + 1):
        target = fresh_copy(pristine, tmp_path / f"killed-{die_before}", store_path)
        assert run_child(backup_path, target, die_before).returncode == KILLED
        argv = [part.format(stick=stick) for part in command]
        capsys.readouterr()
        code = cli.main(["--store", str(target), "--passphrase-file", str(secret), *argv])
        out, err = capsys.readouterr()
        assert code == 0, f"killed before move {die_before}: {err}"
        assert "missing" not in err and "moved" not in err
        if command == ["members", "list"]:
            assert KAZAKH_NAME in out  # in both the old store and the new one
        # Nothing of the interrupted restore is left beside the store but the store it replaced.
        assert not store_swap.journal_path(target).exists()
        left = sorted(p.name for p in target.parent.iterdir() if ".restoring" in p.name or p.name.endswith((".lock", ".tmp")))
        assert left == [], f"killed before move {die_before}: {left}"
        reopened = Store.open(target, PASSPHRASE)
        try:
            assert table_hashes(reopened) in (live, in_backup)
        finally:
            reopened.close()

"""What a killed process leaves beside the store goes at the next open; what another process
is still working on stays."""

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from committee_app import backup, leftovers
from committee_app.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def system_temp(tmp_path, monkeypatch):
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def leave_behind(store_path: Path, system_temp: Path) -> list[Path]:
    """What killed restores, new stores, demos, backups and verifications leave."""
    folder = store_path.parent
    names = [
        "committee.store.restoring", "committee.store.restoring-wal", "committee.store.restoring.key1",
        "committee.store.restoring.key2", ".committee.store.restoring.key1.x1y2z3.tmp", "committee.store.creating",
        "committee.store.demo-new", "committee.store.demo-new.creating", ".committee.store.restore-journal.k9j8.tmp",
        ".committee.store.0a1b2c3d4e5f.backup-snapshot", ".committee.store.0a1b2c3d4e5f.backup-snapshot-wal",
    ]  # fmt: skip
    made = [folder / name for name in names]
    for path in made:
        path.write_bytes(os.urandom(64))
    verifying = system_temp / "committee-verify-abc123"
    verifying.mkdir()
    (verifying / "snapshot").write_bytes(os.urandom(64))
    return [*made, verifying]


def kept_beside(store_path: Path) -> list[Path]:
    """Files a tidy-up must never touch: the store put aside by a restore, someone's notes."""
    kept = [store_path.with_name("committee.store.before-restore"), store_path.with_name("notes.txt"),
            store_path.with_name("other.store.restoring")]  # fmt: skip
    for path in kept:
        path.write_bytes(b"keep me")
    return kept


def test_what_killed_processes_left_is_removed_when_the_store_is_opened(store, store_path, system_temp):
    store.close()
    left = leave_behind(store_path, system_temp)
    kept = kept_beside(store_path)

    Store.open(store_path, PASSPHRASE).close()

    assert [path for path in left if path.exists()] == []
    assert all(path.read_bytes() == b"keep me" for path in kept)
    assert not (store_path.parent / leftovers.LOCK_NAME).exists()


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from committee_app.leftovers import working_in

    with working_in(Path(sys.argv[1])), working_in(Path(sys.argv[2])):
        print("holding", flush=True)
        sys.stdin.readline()
    """
)


def test_what_another_process_is_working_on_is_left_until_it_is_done(store, store_path, system_temp):
    store.close()
    left = leave_behind(store_path, system_temp)
    verifying = left[-1]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path.parent), str(verifying)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "holding"
        Store.open(store_path, PASSPHRASE).close()
        assert all(path.exists() for path in left)
    finally:
        holder.communicate("done\n", timeout=30)
    assert holder.returncode == 0

    Store.open(store_path, PASSPHRASE).close()

    assert [path for path in left if path.exists()] == []


def test_a_backup_in_progress_in_this_process_keeps_its_snapshot(store, store_path, tmp_path):
    # The desktop backs up in a thread while the window stays usable: an open meanwhile
    # must not take the snapshot from under it.
    seen = []
    stick = tmp_path / "stick"
    stick.mkdir()

    def progress(done, total):
        if not seen:
            snapshots = list(store_path.parent.glob(".committee.store.*.backup-snapshot"))
            leftovers.remove_leftovers(store_path)
            seen.append([path.exists() for path in snapshots])

    written = backup.write_backup(store, stick, PASSPHRASE, progress=progress)

    assert seen == [[True]]
    assert backup.verify_backup(written, PASSPHRASE).members == 0


def test_a_lock_left_by_a_killed_process_is_no_lock(store_path):
    store_path.parent.mkdir(parents=True)
    # The operating system lets go of a dead process's lock: only the empty file stays.
    (store_path.parent / leftovers.LOCK_NAME).write_bytes(b"")
    (store_path.parent / "committee.store.restoring").write_bytes(b"x")

    leftovers.remove_leftovers(store_path)

    assert not (store_path.parent / "committee.store.restoring").exists()
    assert not (store_path.parent / leftovers.LOCK_NAME).exists()



def test_work_in_another_thread_of_this_process_waits_for_the_lock(tmp_path):
    import threading

    order = []
    holding = threading.Event()

    def first():
        with leftovers.working_in(tmp_path):
            holding.set()
            order.append("first in")
            threading.Event().wait(0.3)
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait(5)
    with leftovers.working_in(tmp_path):
        order.append("second in")
        # Nested in the same thread, as the demo builds a new store while it holds the lock.
        with leftovers.working_in(tmp_path):
            order.append("second nested")
    thread.join(5)
    assert order == ["first in", "first out", "second in", "second nested"]
    assert not (tmp_path / leftovers.LOCK_NAME).exists()

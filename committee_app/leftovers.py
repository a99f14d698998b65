"""What a killed process leaves behind, and the lock that tells it from work in progress.

A restore, a new store and the demo are built beside the live store (``*.restoring``,
``*.creating``, ``*.demo-new``); a backup takes an encrypted snapshot beside it; a
verification decrypts into a folder of its own in the system's temporary folder. A process
killed at the wrong moment leaves these. Each is encrypted, and none holds records that are
not also in the store or in the backup it came from: the next open removes them.

While a process makes such files it holds an exclusive lock on a small empty file in their
folder (``.committee-desk.lock``); tidying up takes the same lock without waiting and leaves
alone what another Committee Desk is still working on. The lock is the
operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it is released
when its process dies, however it dies.
"""

import contextlib
import glob
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from .keyslot import slot_paths
from .store_swap import finish_interrupted_swap, journal_path
from .wipe import LOCK_NAME, VERIFYING_PREFIX, owned_temporary_folders

log = logging.getLogger(__name__)

BUILDING_SUFFIXES = (".restoring", ".creating", ".demo-new", ".demo-new.creating")

# lock file → (descriptor, how many times its thread took it, that thread)
_held: dict[Path, tuple[int, int, int]] = {}
_held_guard = threading.Lock()

if os.name == "nt":
    import msvcrt

    def _acquire(descriptor: int, *, wait: bool) -> bool:
        while True:
            try:
                msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                threading.Event().wait(0.05)

else:
    import fcntl

    def _acquire(descriptor: int, *, wait: bool) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            return True
        except BlockingIOError:
            return False


def _take(lock_path: Path, *, wait: bool) -> bool:
    thread = threading.get_ident()
    with _held_guard:
        if lock_path in _held:
            descriptor, count, holder = _held[lock_path]
            if not wait:
                return False  # busy: this process is working there (a backup in another thread)
            if holder == thread:
                # Taken again further in: a demo builds a new store while it holds the lock.
                _held[lock_path] = (descriptor, count + 1, holder)
                return True
    # Another thread's lock is waited for as another process's is: flock locks belong to the
    # open file, not to the process.
    while True:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if not _acquire(descriptor, wait=wait):
            os.close(descriptor)
            return False
        if _still_the_lock_file(descriptor, lock_path):
            break
        os.close(descriptor)  # locked a file its holder removed on release: lock the new one
    with _held_guard:
        _held[lock_path] = (descriptor, 1, thread)
    return True


def _still_the_lock_file(descriptor: int, lock_path: Path) -> bool:
    if os.name == "nt":
        return True  # Windows removes no open file, so the one locked is the one there
    try:
        return os.path.samestat(os.fstat(descriptor), os.stat(lock_path))
    except FileNotFoundError:
        return False


def _release(lock_path: Path) -> None:
    with _held_guard:
        descriptor, count, holder = _held.pop(lock_path)
        if count > 1:
            _held[lock_path] = (descriptor, count - 1, holder)
            return
    # Removed while still locked (POSIX), so that a folder is left as it was found; whoever
    # waited on it sees it gone and locks a new one. Windows removes it only once closed, and
    # leaves it while another process has it open.
    if os.name != "nt":
        with contextlib.suppress(OSError):
            lock_path.unlink()
    os.close(descriptor)
    if os.name == "nt":
        with contextlib.suppress(OSError):
            lock_path.unlink()


@contextlib.contextmanager
def working_in(folder: Path) -> Iterator[None]:
    """Hold the lock of ``folder`` (waiting for another process to let it go) while files that
    a tidy-up would remove are being made there."""
    lock_path = Path(folder) / LOCK_NAME
    _take(lock_path, wait=True)
    try:
        yield
    finally:
        _release(lock_path)


@contextlib.contextmanager
def _unless_busy(folder: Path) -> Iterator[bool]:
    lock_path = folder / LOCK_NAME
    try:
        taken = _take(lock_path, wait=False)
    except OSError:  # a read-only folder: nothing there can be removed either
        taken = False
    try:
        yield taken
    finally:
        if taken:
            _release(lock_path)


def _remove_files(paths: Iterator[Path]) -> None:
    for path in paths:
        if os.path.lexists(path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                log.info("removed what an interrupted process left beside the store")


def _pieces(path: Path) -> Iterator[Path]:
    for suffix in ("", "-wal", "-shm", "-journal"):
        yield Path(str(path) + suffix)
    yield from slot_paths(path)


def finish_interrupted_work(store_path: Path) -> None:
    """Before anything looks for the store: finish a restore's swap that a killed process left
    half-done, then remove what killed processes left."""
    finish_interrupted_swap(store_path)
    remove_leftovers(store_path)


def remove_leftovers(store_path: Path) -> None:
    """Remove what killed processes left beside the store at ``store_path`` (stores being
    built, backup snapshots) and in the temporary folder (verification folders). A restore's
    journal must be finished first: the swap it records needs its files."""
    store_path = Path(store_path)
    if journal_path(store_path).exists():
        return  # a journal that could not be finished is left, with its files, for a person
    if store_path.parent.is_dir():
        with _unless_busy(store_path.parent) as free:
            if free:
                for suffix in BUILDING_SUFFIXES:
                    building = Path(str(store_path) + suffix)
                    _remove_files(_pieces(building))
                    # Its key files, killed while being written (atomic.py's temporary names).
                    _remove_files(store_path.parent.glob(f".{glob.escape(building.name)}.key[12].*.tmp"))
                journal = journal_path(store_path).name
                _remove_files(store_path.parent.glob(f".{glob.escape(journal)}.*.tmp"))  # a journal being written
                for snapshot in store_path.parent.glob(f".{store_path.name}.*.backup-snapshot"):
                    _remove_files(_pieces(snapshot))
    remove_verification_folders()


def remove_verification_folders() -> None:
    """This user's verification folders whose process is gone."""
    for folder in owned_temporary_folders():
        if not folder.name.startswith(VERIFYING_PREFIX):
            continue
        with _unless_busy(folder) as free:
            if not free:
                continue
            for entry in folder.iterdir():
                if entry.name == LOCK_NAME:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        entry.unlink()
        # Unlocked first: Windows deletes no open file. No process takes a dead folder's lock again.
        shutil.rmtree(folder, ignore_errors=True)
        log.info("removed a verification folder an interrupted process left")

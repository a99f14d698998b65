"""Putting a complete new store in place of the live one, so that a power cut at any moment
leaves the old store or the new one, whole.

A restore moves several files (the store, its WAL, its key files). Before the first move a
small journal beside the store names the new store and the name the old one goes to; the
moves run in a fixed order that the journal makes resumable. If the process dies half-way,
the next start finishes the moves (the new store was complete and synced before the journal
was written), so a half-swapped store is never what the user is left with.
"""

import contextlib
import json
import logging
import os
from pathlib import Path

from . import keyslot
from .atomic import fsync_directory, write_file_atomically

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".restore-journal"
ASIDE_SUFFIX = ".before-restore"
DATABASE_SUFFIXES = ("", "-wal", "-shm")


def _with_suffix(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def journal_path(store_path: Path) -> Path:
    return _with_suffix(store_path, JOURNAL_SUFFIX)


def free_aside_name(store_path: Path) -> Path:
    """``store.before-restore``, or ``-2``, ``-3``…: an older copy put aside is never replaced."""
    aside, number = store_path.with_name(store_path.name + ASIDE_SUFFIX), 2
    while aside.exists() or keyslot.key_slots_exist(aside) or _with_suffix(aside, "-wal").exists():
        aside, number = store_path.with_name(f"{store_path.name}{ASIDE_SUFFIX}-{number}"), number + 1
    return aside


def aside_name_for(store_path: Path) -> Path | None:
    """Where a swap will put the live store now, or None if there is no live store."""
    pieces = (*DATABASE_SUFFIXES, *keyslot.SLOT_SUFFIXES)
    if not any(_with_suffix(store_path, suffix).exists() for suffix in pieces):
        return None
    return free_aside_name(store_path)


def swap_in_store(building: Path, store_path: Path) -> Path | None:
    """Put the complete store at ``building`` (with its key files beside it) in place of the
    live store. Returns where the live store was put aside, or None if there was none."""
    aside = aside_name_for(store_path)
    _fsync_file(building)
    journal = journal_path(store_path)
    plan = {"building": building.name, "aside": aside.name if aside else None}
    write_file_atomically(journal, json.dumps(plan).encode())
    try:
        _roll_forward(store_path, building, aside)
    except BaseException:
        if _roll_back(store_path, building, aside):
            with contextlib.suppress(OSError):
                journal.unlink()
        raise
    journal.unlink()
    fsync_directory(store_path.parent)
    return aside


def finish_interrupted_swap(store_path: Path) -> bool:
    """Complete a swap that a killed process left half-done; True if there was one."""
    journal = journal_path(store_path)
    try:
        plan = json.loads(journal.read_bytes())
        building = store_path.with_name(_plain_name(plan["building"]))
        aside = store_path.with_name(_plain_name(plan["aside"])) if plan["aside"] else None
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        # Written atomically, so this is not a torn write: leave it for a person to look at.
        # (RecursionError: JSON nested deeper than Python parses, which the app never writes.)
        log.warning("an unreadable restore journal was left as it is")
        return False
    if building.exists():
        _roll_forward(store_path, building, aside)
        log.warning("an interrupted restore was finished")
    journal.unlink()
    fsync_directory(store_path.parent)
    return True


def _plain_name(name) -> str:
    """A journal names files in the store's folder only, never a path elsewhere."""
    if not isinstance(name, str) or not name or Path(name).name != name or name in (".", ".."):
        raise ValueError("not a file name")
    return name


def _fsync_file(path: Path) -> None:
    # Opened for writing: Windows flushes a file only through a handle that may write it.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _roll_forward(store_path: Path, building: Path, aside: Path | None) -> None:
    """Resumable from any point: the new store file moves last, so while it is still at
    ``building`` every database file at the live name is the old one, and a key file at the
    live name is new exactly when its copy at ``building`` is gone."""
    if not building.exists():
        return
    for suffix in DATABASE_SUFFIXES:
        live = _with_suffix(store_path, suffix)
        if live.exists():
            os.replace(live, _with_suffix(aside, suffix))
    for suffix in keyslot.SLOT_SUFFIXES:
        new, live = _with_suffix(building, suffix), _with_suffix(store_path, suffix)
        if new.exists():
            if live.exists():
                os.replace(live, _with_suffix(aside, suffix))
            os.replace(new, live)
    os.replace(building, store_path)


def _roll_back(store_path: Path, building: Path, aside: Path | None) -> bool:
    """After a failed move (not a crash): new pieces back to ``building``, old ones back in
    place. True if everything is back where it was."""
    try:
        if not building.exists():
            return False  # the new store is in place: the swap is done, not undone
        for suffix in keyslot.SLOT_SUFFIXES:
            new, live = _with_suffix(building, suffix), _with_suffix(store_path, suffix)
            if not new.exists() and live.exists():
                os.replace(live, new)
        if aside is not None:
            for suffix in (*DATABASE_SUFFIXES, *keyslot.SLOT_SUFFIXES):
                old = _with_suffix(aside, suffix)
                if old.exists():
                    os.replace(old, _with_suffix(store_path, suffix))
        return True
    except OSError:
        log.warning("a failed restore could not be undone; it is finished on the next start")
        return False

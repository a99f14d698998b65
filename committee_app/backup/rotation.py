"""Keeping the newest backups in a folder and removing older ones: only files the app wrote.

A file is the app's backup only if all of these hold: its name is exactly
``backup-YYYY-MM-DD-HHMM.cdbk`` or ``backup-YYYY-MM-DD-HHMM-N.cdbk`` (as ``write_backup``
names them, N from 2 on, the date a real one), it is a regular file (not a link, a folder,
a device or a pipe), and its header parses as this version's format (``read_header``, which
reads at most the header, on a descriptor opened read-only). Anything else is left alone.

Backups are ordered by the date in their name, then by the ``-N`` suffix; never by mtime,
which copying a stick changes. Temporary files that a killed backup left (named as
``write_backup`` names them: ``tempfile.mkstemp(prefix=".backup-", suffix=".tmp")``) are
removed too, once they are more than an hour old.
"""

import contextlib
import os
import re
import stat
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..atomic import fsync_directory
from .format import SUFFIX, BackupError, read_header

DEFAULT_KEEP = 10
STALE_TEMP_SECONDS = 60 * 60

_BACKUP_NAME = re.compile(
    r"backup-(?P<date>\d{4}-\d{2}-\d{2}-\d{4})(?:-(?P<number>[2-9]|[1-9]\d+))?" + re.escape(SUFFIX)
)
# tempfile.mkstemp: the prefix, 8 characters from tempfile's alphabet, the suffix.
_TEMP_NAME = re.compile(r"\.backup-[a-z0-9_]{8}\.tmp")
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def backup_order(name: str) -> tuple[datetime, int] | None:
    """(date, number) of a name ``write_backup`` would give, or None for any other name."""
    match = _BACKUP_NAME.fullmatch(name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match["date"], "%Y-%m-%d-%H%M")
    except ValueError:
        return None
    return when, int(match["number"] or 1)


def _is_regular(path: Path) -> os.stat_result | None:
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return status if stat.S_ISREG(status.st_mode) else None


def _has_our_header(path: Path, status: os.stat_result) -> bool:
    """Read-only, never following a link, at most the header; the same file lstat saw."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY)
    except OSError:
        return False
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (status.st_dev, status.st_ino):
            return False
        with os.fdopen(fd, "rb", closefd=False) as backup_file:
            read_header(backup_file, path)
        return True
    except (BackupError, OSError):
        return False
    finally:
        os.close(fd)


def _overwrite(path: Path) -> None:
    """Zeros over the whole file, on the disk, before it is unlinked: an unlinked file's blocks
    are otherwise there for any undelete tool until reused. (A flash stick's controller may
    still keep old blocks aside; the backup stays encrypted.)"""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | _O_NOFOLLOW | _O_BINARY)
        try:
            remaining = os.fstat(fd).st_size
            zeros = bytes(1 << 20)
            while remaining > 0:
                remaining -= os.write(fd, zeros[: min(remaining, len(zeros))])
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path, *, overwrite: bool = False) -> bool:
    if overwrite:
        _overwrite(path)
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    except OSError:
        return False  # a file that cannot be removed stays; the backup just written is good
    return True


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # from the name: the wall-clock time the backup was made
    size: int


def _own_backups(folder: Path) -> list[tuple[tuple[datetime, int], Path, os.stat_result]]:
    found = []
    for entry in sorted(os.listdir(folder)):
        order = backup_order(entry)
        if order is None:
            continue
        path = folder / entry
        status = _is_regular(path)
        if status is not None and _has_our_header(path, status):
            found.append((order, path, status))
    return found


def list_backups(folder: Path) -> list[BackupFile]:
    """The app's backups in ``folder``, newest first (the same test rotation uses)."""
    found = sorted(_own_backups(Path(folder)), key=lambda item: item[0], reverse=True)
    return [BackupFile(path, order[0], status.st_size) for order, path, status in found]


def rotate_backups(
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP,
    protect: Path | None = None,
    only: set[tuple[str, int]] | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Remove the app's backups in ``folder`` older than the newest ``keep``, and stale temp files.

    With ``only`` (names and sizes of the backups one store wrote and verified), backups of
    any other store that share the folder are neither counted nor removed.

    ``protect`` (the backup just written and verified) is never removed, even if its name
    sorts older than the others (a clock that was wrong); it then counts as one of ``keep``.
    ``overwrite``: removed backups are overwritten first (after a person was erased).
    Returns the removed paths, oldest backup first, then the temporary files.
    """
    if type(keep) is not int or keep < 1:
        raise ValueError("keep must be an integer of at least 1")
    folder = Path(folder)
    backups = [
        (order, path)
        for order, path, status in _own_backups(folder)
        if only is None or (path.name, status.st_size) in only or (protect is not None and path.name == Path(protect).name)
    ]
    temps: list[Path] = []
    threshold = time.time() - STALE_TEMP_SECONDS
    for entry in sorted(os.listdir(folder)):
        if _TEMP_NAME.fullmatch(entry):
            path = folder / entry
            status = _is_regular(path)
            if status is not None and status.st_mtime < threshold:
                temps.append(path)

    newest_first = [path for _order, path in sorted(backups, key=lambda item: item[0], reverse=True)]
    kept = newest_first[:keep]
    protected = None
    if protect is not None and Path(protect).parent.resolve() == folder.resolve():
        protected = next((path for path in newest_first if path.name == Path(protect).name), None)
    if protected is not None and protected not in kept:
        kept = newest_first[: keep - 1] + [protected]
    doomed = [path for path in reversed(newest_first) if path not in kept]

    removed = [path for path in doomed + temps if _remove(path, overwrite=overwrite)]
    if removed:
        with contextlib.suppress(OSError):
            fsync_directory(folder)
    return removed

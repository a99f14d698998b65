"""The panic wipe: destroy the store's key files first, then delete the store and every
trace the app keeps on this computer (temporary files, settings, recent folders, logs).

The store is encrypted with a random key sealed in the two key files, so once both are
overwritten and unlinked the store is unreadable, even where the disk keeps old blocks of
the store itself; everything after that is tidying. A practice run makes the same plan and
deletes nothing. Backups on USB sticks, and PDFs or exports saved elsewhere, are not
touched: the app does not keep a list of them.
"""

import contextlib
import enum
import errno
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import keyslot, paths
from .atomic import fsync_directory
from .errors import NotAStore, translate

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
# Besides the store: stores put aside by a restore, and stores being built (created,
# restored, a demo) that a killed process may have left.
STORE_LIKE_SUFFIXES = r"(?:\.before-restore(?:-\d+)?|\.creating|\.restoring|\.demo-new)?"
DATABASE_SUFFIXES = r"(?:-wal|-shm|-journal)?"
# Folders in the system's temporary folder: copies of printed documents opened in a viewer
# (plaintext: overwritten like the key files), and backups being verified.
OPENED_COPY_PREFIX = "committee-desk-print-"
VERIFYING_PREFIX = "committee-verify-"
# The empty file whose lock tells work in progress from what a killed process left (leftovers.py).
LOCK_NAME = ".committee-desk.lock"
# The section Qt's own file dialog keeps its recent folders in (in a file every Qt program shares).
QT_FILE_DIALOG_SECTION = "[FileDialog]"


class WipeKind(enum.Enum):
    """What a file is, for the list a practice run shows; the order is the order of deletion."""

    KEY_FILE = "key file"
    RECORDS = "records"
    TEMPORARY = "temporary"
    SETTINGS = "settings"
    RECENT_FOLDERS = "recent folders"
    LOG = "log"

    def label(self) -> str:
        return {
            WipeKind.KEY_FILE: translate("wipe", "Key files (destroyed first: the records are unreadable from then on)"),
            WipeKind.RECORDS: translate("wipe", "The records"),
            WipeKind.TEMPORARY: translate("wipe", "Temporary files"),
            WipeKind.SETTINGS: translate("wipe", "Settings"),
            WipeKind.RECENT_FOLDERS: translate("wipe", "Recent folders"),
            WipeKind.LOG: translate("wipe", "Logs"),
        }[self]


@dataclass(frozen=True)
class WipeItem:
    path: Path
    kind: WipeKind
    # Shared with other programs: only the app's part is removed, the file is rewritten.
    edited: bool = False
    # Plaintext (a printed document's copy): overwritten before it is unlinked.
    overwritten: bool = False


@dataclass(frozen=True)
class WipePlan:
    items: tuple[WipeItem, ...]
    # The app's own folders, removed when the wipe leaves them empty.
    folders: tuple[Path, ...] = ()

    @property
    def key_files(self) -> list[Path]:
        return [item.path for item in self.items if item.kind is WipeKind.KEY_FILE]

    @property
    def paths(self) -> list[Path]:
        return [item.path for item in self.items]

    def by_kind(self) -> list[tuple[WipeKind, list[WipeItem]]]:
        """The items grouped as they are deleted, groups with nothing to delete left out."""
        return [(kind, [i for i in self.items if i.kind is kind]) for kind in WipeKind if any(i.kind is kind for i in self.items)]


@dataclass
class WipeOutcome:
    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (path, reason)
    key_files_remain: bool = False  # then the records may still open with the passphrase


# --- the plan ----------------------------------------------------------------------------


def _is_regular_or_link(path: Path) -> bool:
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) or stat.S_ISLNK(mode)


def looks_like_store(path: Path) -> bool:
    """A file the wipe may delete as a store: its key files are beside it, or it reads as an
    encrypted database (whole pages, no plain SQLite header), as a store whose key files an
    interrupted wipe already destroyed does. Never an unrelated file given by mistake."""
    if keyslot.key_slots_exist(path):
        return True
    try:
        size = os.lstat(path).st_size
        with open(path, "rb") as store_file:
            start = store_file.read(len(PLAIN_SQLITE_MAGIC))
    except OSError:
        return False
    return size > 0 and size % PAGE_SIZE == 0 and start != PLAIN_SQLITE_MAGIC


def refuse_what_is_not_a_store(path: Path) -> None:
    if path.is_dir():
        raise NotAStore(translate("wipe", "{path} is a folder, not a store file. Nothing was deleted.").format(path=path))
    if _is_regular_or_link(path) and not looks_like_store(path):
        raise NotAStore(
            translate("wipe", "{path} does not look like a Committee Desk store. Nothing was deleted.").format(path=path)
        )


def _store_files(store_path: Path) -> list[WipeItem]:
    """The store's files in its folder, found by name: key files, then the records, then
    the temporary files the app may have left there."""
    folder, base = store_path.parent, re.escape(store_path.name)
    store_like = base + STORE_LIKE_SUFFIXES
    patterns = (
        (WipeKind.KEY_FILE, re.compile(rf"{store_like}\.key[12]")),
        # A key file being written atomically: a whole copy of the sealed key, too.
        (WipeKind.KEY_FILE, re.compile(rf"\.{store_like}\.key[12]\..+\.tmp")),
        (WipeKind.RECORDS, re.compile(rf"{store_like}{DATABASE_SUFFIXES}")),
        (WipeKind.RECORDS, re.compile(rf"{base}\.(?:demo|failed-unlocks)")),
        (WipeKind.TEMPORARY, re.compile(rf"{base}\.restore-journal")),
        (WipeKind.TEMPORARY, re.compile(rf"\.{base}\.[0-9a-f]+\.backup-snapshot{DATABASE_SUFFIXES}")),
        (WipeKind.TEMPORARY, re.compile(rf"\.{base}.*\.tmp")),
        (WipeKind.TEMPORARY, re.compile(re.escape(LOCK_NAME))),
    )
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return []
    found: list[WipeItem] = []
    for kind, pattern in patterns:
        for name in names:
            path = folder / name
            if pattern.fullmatch(name) and path not in {item.path for item in found} and _is_regular_or_link(path):
                found.append(WipeItem(path, kind))
    return found


def _files_in(folder: Path, kind: WipeKind) -> list[WipeItem]:
    try:
        return [WipeItem(folder / e.name, kind) for e in sorted(os.scandir(folder), key=lambda e: e.name) if _is_regular_or_link(folder / e.name)]
    except OSError:
        return []


def owned_temporary_folders() -> list[Path]:
    """This user's folders of the app in the system's temporary folder, a crashed run's too."""
    import tempfile

    top = Path(tempfile.gettempdir())
    try:
        entries = sorted(os.scandir(top), key=lambda entry: entry.name)
    except OSError:
        return []
    found = []
    for entry in entries:
        if not entry.name.startswith((OPENED_COPY_PREFIX, VERIFYING_PREFIX)):
            continue
        try:
            status = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISDIR(status.st_mode) and (not hasattr(os, "getuid") or status.st_uid == os.getuid()):
            found.append(top / entry.name)
    return found


def _temporary_copies(folders: list[Path]) -> list[WipeItem]:
    return [
        WipeItem(item.path, WipeKind.TEMPORARY, overwritten=folder.name.startswith(OPENED_COPY_PREFIX))
        for folder in folders
        for item in _files_in(folder, WipeKind.TEMPORARY)
    ]


def qt_settings_file() -> Path | None:
    """Where Qt keeps its file dialog's recent folders for every Qt program of this user (on
    Linux and the BSDs; Windows keeps them in the registry, macOS in a preferences file)."""
    if os.name == "nt" or os.uname().sysname == "Darwin":
        return None
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "QtProject.conf"


def _qt_recent_folders() -> list[WipeItem]:
    path = qt_settings_file()
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    if QT_FILE_DIALOG_SECTION not in (line.strip() for line in lines):
        return []
    return [WipeItem(path, WipeKind.RECENT_FOLDERS, edited=True)]


def plan_wipe(store_path: Path) -> WipePlan:
    """Everything the wipe would delete for the store at ``store_path``, as it is now.

    Refuses (NotAStore) a folder or a file that is not a store given as the store, so a
    mistyped path deletes nothing."""
    store_path = Path(store_path)
    refuse_what_is_not_a_store(store_path)
    stores = [store_path]
    demo = paths.demo_store_path()
    if demo != store_path and (demo.exists() or keyslot.key_slots_exist(demo)):
        stores.append(demo)  # the demo's invented records, which anyone would take for real ones
    found = [item for store in stores for item in _store_files(store)]
    config, logs = paths.config_folder(), paths.log_folder()
    temporary = owned_temporary_folders()
    found += _temporary_copies(temporary)
    items = sorted(found, key=lambda item: list(WipeKind).index(item.kind))
    items += _files_in(config, WipeKind.SETTINGS) + _qt_recent_folders() + _files_in(logs, WipeKind.LOG)
    folders = [*temporary, demo.parent, config, logs]
    if logs.parent.name == paths.APP_NAME:
        folders.append(logs.parent)
    data = paths.data_folder()
    folders.append(data)
    return WipePlan(tuple(items), tuple(dict.fromkeys(folders)))


# --- carrying it out --------------------------------------------------------------------


def overwrite_and_unlink(path: Path) -> None:
    """Overwrite the file's bytes with random ones and make the disk hold them, then unlink.
    A link is unlinked, never followed."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        if error.errno not in (errno.ELOOP, errno.EISDIR, errno.ENOENT, errno.EACCES, errno.EPERM):
            raise
    else:
        try:
            size = os.fstat(fd).st_size
            os.write(fd, os.urandom(max(size, 1)))
            os.fsync(fd)
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _remove_qt_recent_folders(path: Path) -> None:
    """Qt's file dialog section out of a file other Qt programs share; the rest stays."""
    kept, skipping = [], False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            skipping = stripped == QT_FILE_DIALOG_SECTION
        if not skipping:
            kept.append(line)
    if any(line.strip() for line in kept):
        from .atomic import write_file_atomically

        write_file_atomically(path, ("\n".join(kept) + "\n").encode("utf-8"))
    else:
        path.unlink()


def carry_out(plan: WipePlan, *, keys_destroyed: Callable[[], None] | None = None) -> WipeOutcome:
    """Destroy the key files, call ``keys_destroyed`` (the app closes its store there), then
    delete the rest. A file that cannot be deleted does not stop the others; each is named
    in the outcome."""
    outcome = WipeOutcome()
    for path in plan.key_files:
        _attempt(outcome, path, overwrite_and_unlink)
    outcome.key_files_remain = any(path in plan.key_files for path, _ in outcome.failed)
    for folder in dict.fromkeys(path.parent for path in plan.key_files):
        with contextlib.suppress(OSError):
            fsync_directory(folder)
    if keys_destroyed is not None:
        keys_destroyed()
    if any(item.kind is WipeKind.LOG for item in plan.items):
        from . import logs

        logs.stop_logging()
    # Plaintext copies next, before the store: they can be read without any key.
    for item in plan.items:
        if item.overwritten:
            _attempt(outcome, item.path, overwrite_and_unlink)
    for item in plan.items:
        if item.kind is WipeKind.KEY_FILE or item.overwritten:
            continue
        _attempt(outcome, item.path, _remove_qt_recent_folders if item.edited else _unlink)
    for folder in plan.folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: nothing of anyone else's goes
    for folder in dict.fromkeys(item.path.parent for item in plan.items):
        with contextlib.suppress(OSError):
            fsync_directory(folder)
    return outcome


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _attempt(outcome: WipeOutcome, path: Path, remove: Callable[[Path], None]) -> None:
    try:
        remove(path)
    except OSError as error:
        outcome.failed.append((path, error.strerror or error.__class__.__name__))
    else:
        outcome.removed.append(path)


def wipe(store_path: Path, *, keys_destroyed: Callable[[], None] | None = None) -> WipeOutcome:
    """Plan and carry out the wipe of the store at ``store_path`` and the app's traces."""
    return carry_out(plan_wipe(store_path), keys_destroyed=keys_destroyed)

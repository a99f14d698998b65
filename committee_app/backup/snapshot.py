"""Taking a consistent snapshot of the open store, writing it as a backup, verifying one."""

import contextlib
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .. import __version__, schema
from ..atomic import disk_error, fsync_directory, restrict_to_owner
from ..errors import translate
from ..keyslot import KdfParams
from ..leftovers import working_in
from ..store import remove_database_files
from ..wipe import VERIFYING_PREFIX
from . import format as fmt
from .format import (
    DEFAULT_CHUNK_SIZE,
    KEY_BYTES,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    SUFFIX,
    BackupDamaged,
    BackupError,
    BackupSummary,
    BackupTooLarge,
    Header,
    _build_header,
    _damaged,
    _decrypt_to,
    key_check,
    _nonce,
)

FAT32_LIMIT = 4 * 1024**3 - 1

# progress(done, total): chunks handled so far, out of all of them.
Progress = Callable[[int, int], None]

# --- snapshot ---------------------------------------------------------------------------


def _snapshot_pattern(store_path: Path) -> str:
    return f".{store_path.name}.*.backup-snapshot"


def _remove_stale_snapshots(store_path: Path) -> None:
    """Snapshots left by a backup that was killed: encrypted, their key gone with it."""
    for stale in store_path.parent.glob(_snapshot_pattern(store_path)):
        remove_database_files(stale)


def _take_snapshot(store, snapshot: Path, key: bytes) -> None:
    """A consistent copy of the open store, encrypted with ``key`` (never plaintext on disk).

    SQLite's online backup API, in one step: it copies every page inside one read
    transaction, so what it copies is one moment of the store, WAL included; SQLCipher
    decrypts each page with the store's key and encrypts it with ``key``."""
    from ..store import raw_connection

    pooled = store.engine.raw_connection()
    try:
        target = raw_connection(snapshot, key)
        try:
            # A scratch file: if the power fails it is thrown away, so it needs no journal or fsync.
            target.execute("PRAGMA journal_mode=OFF")
            target.execute("PRAGMA synchronous=OFF")
            pooled.driver_connection.backup(target, pages=-1)
        finally:
            target.close()
    finally:
        pooled.close()


# The check's page cache: at least the store's own 64 MiB, and as large as the snapshot up to
# this bound. integrity_check then decrypts each page once, not again for every index that
# points into it, and its time grows with the store, not faster (16.2 s → 9.2 s at 353 MiB).
CHECK_CACHE_MAX_KIB = 1024 * 1024


def _open_snapshot(path: Path, key: bytes):
    from ..store import raw_connection

    connection = raw_connection(path, key)
    cache_kib = min(max(64 * 1024, path.stat().st_size // 1024 + 1024), CHECK_CACHE_MAX_KIB)
    connection.execute(f"PRAGMA cache_size=-{cache_kib}")
    connection.execute("PRAGMA temp_store=MEMORY")
    return connection


def _inspect_snapshot(
    path: Path, key: bytes, source: Path, damaged: Callable[[Path], Exception] = _damaged
) -> tuple[BackupSummary, list[tuple[str, str]]]:
    """SQLite's and SQLCipher's integrity checks, the objects and the counts of the snapshot at
    ``path``; ``damaged(source)`` is raised when a check fails."""
    from ..models import DUMP_TABLES

    connection = _open_snapshot(path, key)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        cipher = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
        if integrity != ["ok"] or cipher:
            raise damaged(source)
        objects = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
        names = {name for _type, name in objects}
        revision = None
        if "alembic_version" in names:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts = {}
        for table in DUMP_TABLES:
            if table.__tablename__ in names:
                counts[table.__tablename__] = connection.execute(
                    f'SELECT count(*) FROM "{table.__tablename__}"'
                ).fetchone()[0]
    except sqlcipher3.DatabaseError as error:
        raise damaged(source) from error
    finally:
        connection.close()
    return BackupSummary(revision, counts), objects


def _store_damaged(store_path: Path) -> Exception:
    from ..errors import StoreDamaged

    return StoreDamaged(
        translate(
            "backup",
            "The store {path} is damaged: a copy of it fails SQLite's integrity check, so no backup was written "
            "(the backups made before are kept). Restore the records from the last good backup.",
        ).format(path=store_path)
    )


# --- writing ----------------------------------------------------------------------------


def _free_name(folder: Path, now: datetime) -> Path:
    stem = now.strftime("backup-%Y-%m-%d-%H%M")
    candidate, number = folder / (stem + SUFFIX), 2
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}{SUFFIX}", number + 1
    return candidate


def write_backup(store, folder: Path, passphrase: str, **options) -> Path:
    """Write a new backup of the open ``store`` into ``folder``; never replaces a file. The
    options are ``write_checked_backup``'s."""
    return write_checked_backup(store, folder, passphrase, **options).path


@dataclass(frozen=True)
class WrittenBackup:
    """A backup just written: where, what its snapshot held when checked before encryption,
    and the keys it was sealed with (kept only to read it back, in memory)."""

    path: Path
    summary: BackupSummary
    keys: tuple[bytes, bytes] = field(repr=False)


def write_checked_backup(
    store,
    folder: Path,
    passphrase: str,
    *,
    now: datetime | None = None,
    chunk_size: int | None = None,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> WrittenBackup:
    """Write a new backup of the open ``store`` into ``folder`` (never replacing a file), its
    snapshot checked (SQLite's and SQLCipher's integrity checks) before it is encrypted: a
    damaged store is refused, not backed up. ``progress(done, total)`` is called as chunks
    are written."""
    # The snapshot beside the store is this backup's own: another process tidying up waits.
    with working_in(store.path.parent):
        return _write_backup(store, folder, passphrase, now=now, chunk_size=chunk_size, kdf=kdf, progress=progress)


def read_back(written: WrittenBackup, *, progress: Progress | None = None) -> None:
    """Read the backup just written from the disk and authenticate every chunk. The tags prove,
    byte for byte, that the disk holds what was checked and encrypted; the key derivation is
    not run again."""
    try:
        _decrypt_to(written.path, None, None, progress, allow_costly=True, keys=written.keys)
    except OSError as error:
        raise BackupError(
            translate("backup", "The backup {path} could not be read ({reason}). Was the stick removed?").format(
                path=written.path, reason=error.strerror or error.__class__.__name__
            )
        ) from error


def _write_backup(store, folder, passphrase, *, now, chunk_size, kdf, progress) -> WrittenBackup:
    from ..passphrases import refuse_empty_passphrase

    # The store's own passphrase may predate today's minimum; a new one is checked where it is chosen.
    refuse_empty_passphrase(passphrase)
    folder = Path(folder)
    now = now or datetime.now()
    chunk_size = chunk_size or DEFAULT_CHUNK_SIZE
    params = kdf or fmt.DEFAULT_KDF
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError("chunk size out of bounds")
    _remove_stale_snapshots(store.path)
    snapshot_key = os.urandom(KEY_BYTES)
    snapshot = store.path.with_name(f".{store.path.name}.{os.urandom(6).hex()}.backup-snapshot")
    temp_name = None
    try:
        try:
            _take_snapshot(store, snapshot, snapshot_key)
        except sqlcipher3.DatabaseError as error:
            from ..store import disk_failure_message

            raise (disk_failure_message(str(error), snapshot) or error) from error
        summary, _objects = _inspect_snapshot(snapshot, snapshot_key, store.path, damaged=_store_damaged)
        length = snapshot.stat().st_size
        if length > FAT32_LIMIT:
            raise BackupTooLarge(
                translate("backup", "The store is over 4 GiB: a backup this large cannot be kept on a FAT32 stick.")
            )
        with store.connection() as connection:
            revision = schema.current_revision(connection)
        salt = os.urandom(16)
        raw = _build_header(params, salt, chunk_size, length, revision)
        keys = check_key, payload_key = fmt.derive_keys(passphrase, salt, params)
        check = key_check(check_key, raw)
        header = Header(raw, params, salt, chunk_size, length, revision, __version__, check)
        needed = header.file_size()
        usage = shutil.disk_usage(folder)
        # A total of 0 is a file system that does not say its size (some FUSE ones, as fusefat):
        # unknown, not full; a full disk then fails the write itself, which is reported too.
        if usage.total > 0 and usage.free < needed + 1024 * 1024:
            raise disk_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), folder)
        target = _free_name(folder, now)
        aead = AESGCM(payload_key)
        fd, temp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out, open(snapshot, "rb") as source:
            out.write(raw + check + hashlib.sha256(raw + check).digest())
            lengths = header.chunk_lengths()
            out.write(aead.encrypt(_nonce(0, len(lengths) == 1), snapshot_key, raw))
            for index in range(1, len(lengths)):
                plain = source.read(lengths[index])
                if len(plain) != lengths[index]:
                    raise BackupDamaged(translate("backup", "The snapshot changed while it was being written."))
                out.write(aead.encrypt(_nonce(index, index == len(lengths) - 1), plain, raw))
                if progress is not None:
                    progress(index + 1, len(lengths))
            out.flush()
            os.fsync(out.fileno())
        restrict_to_owner(temp_name)
        # Checked again just before: a file that appeared meanwhile is never replaced.
        if target.exists():
            target = _free_name(folder, now)
        os.rename(temp_name, target)
        # From here the file at ``target`` is this call's own: on failure it goes, as the
        # temporary file would, so an unconfirmed backup is never taken for a good one.
        temp_name = target
        fsync_directory(folder)
        temp_name = None
        return WrittenBackup(target, summary, keys)
    except OSError as error:
        raise disk_error(error, folder) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        remove_database_files(snapshot)


# --- reading ----------------------------------------------------------------------------


def verify_backup(
    path: Path, passphrase: str, *, progress: Progress | None = None, allow_costly: bool = False
) -> BackupSummary:
    """Read the whole backup back, authenticate it and check the snapshot inside.
    ``progress(done, total)`` is called as chunks are read; ``allow_costly``: see ``_decrypt_to``."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix=VERIFYING_PREFIX) as folder, working_in(Path(folder)):
        snapshot = Path(folder) / "snapshot"
        try:
            _header, key = _decrypt_to(path, passphrase, snapshot, progress, allow_costly)
            summary, _objects = _inspect_snapshot(snapshot, key, path)
        except OSError as error:
            raise BackupError(
                translate("backup", "The backup {path} could not be read ({reason}). Was the stick removed?").format(
                    path=path, reason=error.strerror or error.__class__.__name__
                )
            ) from error
        finally:
            remove_database_files(snapshot)
    return summary



"""The encrypted store: create, open, check, change the passphrase, close.

One SQLCipher file, encrypted with a random raw key; the key is sealed in two key-slot
copies beside it (see ``keyslot``). Every way a store can fail to open has its own
message, and a store that fails to open is not written to.
"""

import contextlib
import hashlib
import hmac
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from . import keyslot, schema
from .atomic import disk_error, fsync_directory
from .leftovers import finish_interrupted_work, working_in
from .errors import (
    DiskError,
    KeyFilesOfAnotherStore,
    NotAStore,
    StoreAlreadyExists,
    StoreDamaged,
    StoreLocked,
    StoreNotFound,
    StoreTooNew,
    UserError,
    translate,
)
from .keyslot import KdfParams
from .passphrases import check_new_passphrase

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLCipher overwrites the memory it frees and locks it out of swap; once on, it stays on for
# the process. Measured by bench/bench_memory_security.py; what it does and does not cover is
# in docs/security.md.
MEMORY_SECURITY_PRAGMA = "cipher_memory_security=ON"
CONNECTION_PRAGMAS = (
    MEMORY_SECURITY_PRAGMA,
    # SQLCipher would print page-decryption failures on stderr; the app says it in words.
    "cipher_log_level=NONE",
    "foreign_keys=ON",
    "journal_mode=WAL",
    "synchronous=FULL",
    "secure_delete=ON",
    # Sorting and temporary indexes stay in memory, never in plaintext temp files.
    "temp_store=MEMORY",
    "busy_timeout=5000",
    # 64 MiB of decrypted pages: a search over 100,000 members then reads no page twice.
    "cache_size=-65536",
)

# Prepared statements the driver keeps per connection. They hold their memory in SQLite's
# small per-connection pool of quick allocations (the lookaside); with the driver's default of
# 128, the app's statements fill it, every later allocation goes to the system allocator, and
# with memory protection on each costs two system calls: an import of 100,000 members took
# 12.6 s instead of 7.5 s. Preparing again is cheap: the members view's queries measured the same.
STATEMENT_CACHE_SIZE = 4


def sqlcipher_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key syntax: the key is used as is, SQLCipher's own KDF is skipped."""
    return f"x'{key.hex()}'"


def check_passphrase_acceptable(passphrase: str) -> None:
    """A new passphrase: long enough and typeable (see ``passphrases.check_new_passphrase``)."""
    check_new_passphrase(passphrase)


def make_engine(path: Path, key: bytes) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=sqlcipher_key_literal(key), database=str(path))
    # A small pool keeps each connection's page cache warm between calls (a fresh connection
    # decrypts every page again); `Store.close` disposes of it, so locking leaves nothing open.
    # hide_parameters: a database error must never carry a member's name into a message or log.
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,
        connect_args={"cached_statements": STATEMENT_CACHE_SIZE},
    )

    @event.listens_for(engine, "connect")
    def set_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return engine


def raw_connection(path: Path, key: bytes):
    """A bare SQLCipher connection with a raw key, for checks outside the engine's pool."""
    connection = sqlcipher3.connect(str(path))
    # Before the key: this is the first connection of an unlock, and the first pages it decrypts count.
    connection.execute(f"PRAGMA {MEMORY_SECURITY_PRAGMA}")
    connection.execute("PRAGMA cipher_log_level=NONE")
    connection.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
    return connection


def refuse_what_is_not_a_store(path: Path) -> None:
    """Refuse, by looking only, a path that cannot be a store; nothing is opened for writing."""
    if not path.exists():
        if keyslot.key_slots_exist(path):
            message = translate("store", "The store file {path} is missing, but its key files are there. Was it moved?")
        else:
            message = translate("store", "There is no store at {path}. Create one first.")
        raise StoreNotFound(message.format(path=path))
    if path.is_dir():
        raise NotAStore(translate("store", "{path} is a folder, not a store file.").format(path=path))
    if not path.is_file():
        raise NotAStore(_not_an_ordinary_file(path))
    try:
        with open(path, "rb") as store_file:
            start = store_file.read(len(PLAIN_SQLITE_MAGIC))
    except OSError as error:
        raise DiskError(
            translate("store", "{path} cannot be read ({reason}).").format(path=path, reason=error.strerror)
        ) from error
    if not start:
        raise NotAStore(translate("store", "{path} is an empty file, not a store.").format(path=path))
    if start == PLAIN_SQLITE_MAGIC:
        raise NotAStore(
            translate("store", "{path} is an ordinary, unencrypted SQLite database, not a Committee Desk store.").format(
                path=path
            )
        )
    if not keyslot.key_slots_exist(path):
        raise NotAStore(
            translate(
                "store", "{path} is not a Committee Desk store: there are no key files (.key1, .key2) beside it."
            ).format(path=path)
        )


def _not_an_ordinary_file(path: Path) -> str:
    return translate(
        "store", "{path} is not an ordinary file (a named pipe, a device or a socket), so it cannot be a store file."
    ).format(path=path)


def read_store_salt(path: Path) -> bytes:
    """SQLCipher's salt: the store file's first 16 bytes, fixed when it was created."""
    with open(path, "rb") as store_file:
        return store_file.read(16)


def refuse_existing_store(path: Path) -> None:
    finish_interrupted_work(path)
    if path.is_dir():
        raise StoreAlreadyExists(translate("store", "{path} is a folder; choose a file name for the store.").format(path=path))
    if path.exists() and not path.is_file():
        raise StoreAlreadyExists(_not_an_ordinary_file(path))
    if path.exists() or keyslot.key_slots_exist(path):
        raise StoreAlreadyExists(
            translate("store", "A store already exists at {path}; it was left untouched.").format(path=path)
        )


def _damaged(path: Path) -> StoreDamaged:
    return StoreDamaged(
        translate(
            "store",
            "The store {path} is damaged: the passphrase is right, but the file cannot be read whole. "
            "Restore it from a backup. The file was left as it is.",
        ).format(path=path)
    )


def _wal_is_empty(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def inspect_unlocked_store(path: Path, key: bytes) -> str | None:
    """With the right key: refuse a damaged or newer store; return its schema revision.

    Only cheap checks run here (a full scan of a 100,000-member store takes most of a
    second); damage found later, while reading, is reported by ``database_error_message``
    and in full by ``Store.check``.
    """
    if path.stat().st_size % PAGE_SIZE != 0:
        raise _damaged(path)
    connection = raw_connection(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
        # Pages the header promises but the file lacks: cut off (without a WAL to supply them).
        if _wal_is_empty(path) and page_count * PAGE_SIZE > path.stat().st_size:
            raise _damaged(path)
        has_version_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_version_table:
            raise _damaged(path)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError as error:
        # With the key proven right, a failure to read is damage, unless the disk says otherwise.
        raise (disk_failure_message(str(error), path, opening=True) or _damaged(path)) from error
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and not schema.known_revision(revision):
        raise StoreTooNew(
            translate(
                "store",
                "The store {path} was made by a newer version of Committee Desk. Install that version to open it; "
                "the store was not changed.",
            ).format(path=path)
        )
    return revision


def database_error_message(error: DBAPIError, path: Path) -> UserError | None:
    """A user's message for a database failure they can act on, or None for a bug."""
    reason = str(error.orig).lower() if error.orig is not None else ""
    damage_signs = ("malformed", "not a database", "corrupt", "vtable constructor failed")
    if any(sign in reason for sign in damage_signs):
        return _damaged(path)
    return disk_failure_message(reason, path)


# Below this much free space SQLite may fail to make its -wal and -shm files (the shared
# memory index alone takes 32 KiB), and reports a plain I/O error.
NEARLY_FULL_BYTES = 1024 * 1024


def disk_condition(path: Path) -> str:
    """What is wrong with the disk holding ``path``, as far as looking can tell: "gone",
    "read-only", "full" or "" (nothing visible: a failing disk or an unknown cause)."""
    folder = Path(path).parent
    if not folder.is_dir():
        return "gone"
    try:
        status = os.statvfs(folder)
        read_only = bool(status.f_flag & os.ST_RDONLY)
        free = status.f_bavail * status.f_frsize
    except (AttributeError, OSError):  # Windows has no statvfs
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            return ""
        read_only = not os.access(folder, os.W_OK)
    if read_only:
        return "read-only"
    if free < NEARLY_FULL_BYTES:
        return "full"
    return ""


def disk_failure_message(reason: str, path: Path, *, opening: bool = False) -> DiskError | None:
    """A message for SQLite's words about the disk (full, gone, read-only), or None. SQLite
    calls several of these a plain I/O error; the disk itself then tells which it is."""
    reason = reason.lower()
    if "disk is full" in reason:
        return DiskError(translate("store", "The disk is full: the last change was not saved. Free some space and try again."))
    if "readonly" in reason or "read-only" in reason:
        return DiskError(translate("store", "The store is on a read-only disk or folder: the last change was not saved."))
    if "disk i/o error" not in reason and "unable to open" not in reason:
        return None
    condition = disk_condition(path)
    if condition == "read-only" and opening:
        return DiskError(
            translate(
                "store",
                "The store {path} is on a read-only disk or folder and cannot be opened there: it was not closed "
                "properly, and finishing that needs to write beside it. Make the disk writable (a memory card's lock "
                "switch), or copy the store with all its files to a writable folder.",
            ).format(path=path)
        )
    if condition == "read-only":
        return DiskError(translate("store", "The store is on a read-only disk or folder: the last change was not saved."))
    if condition == "full":
        return DiskError(
            translate(
                "store",
                "The disk holding the store is full or nearly full: the store needs some free space beside it, even "
                "to be read. Free some space and try again; the last change, if any, was not saved.",
            )
        )
    if condition == "gone":
        return DiskError(
            translate("store", "The disk holding the store could not be read or written (was it removed?). The last change was not saved.")
        )
    return DiskError(
        translate(
            "store",
            "The disk holding the store reported an error while reading or writing it: it may be failing. "
            "The last change was not saved; make a backup on another disk.",
        )
    )


# SQLCipher 4's page layout (its defaults, which the store keeps): each page ends with a 16-byte
# IV and a 64-byte HMAC-SHA512 of the rest of the page and the page number; the HMAC key is
# PBKDF2-HMAC-SHA512 of the key with the file's salt XOR 0x3a, 2 iterations. Page 1 begins with
# the salt itself, outside the HMAC.
PAGE_HMAC_BYTES = 64
PAGE_HMAC_SALT_MASK = 0x3A
PAGE_HMAC_KDF_ITERATIONS = 2
PAGES_TRIED = 8


def key_reads_store_pages(path: Path, key: bytes, store_salt: bytes) -> bool:
    """Whether ``key`` with the salt ``store_salt`` authenticates a page of the file after the
    first: the key files are the store's own even though its first bytes say otherwise."""
    hmac_salt = bytes(byte ^ PAGE_HMAC_SALT_MASK for byte in store_salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, PAGE_HMAC_KDF_ITERATIONS, 32)
    try:
        with open(path, "rb") as store_file:
            store_file.seek(PAGE_SIZE)
            for number in range(2, 2 + PAGES_TRIED):
                page = store_file.read(PAGE_SIZE)
                if len(page) < PAGE_SIZE:
                    return False
                body, tag = page[:-PAGE_HMAC_BYTES], page[-PAGE_HMAC_BYTES:]
                expected = hmac.new(hmac_key, body + number.to_bytes(4, "little"), "sha512").digest()
                if hmac.compare_digest(expected, tag):
                    return True
    except OSError:
        return False
    return False


def key_repair_note(repair: keyslot.KeyRepair | None) -> str | None:
    KeyRepair = keyslot.KeyRepair
    if repair is KeyRepair.DAMAGED:
        return translate(
            "store",
            "Warning: one key file was damaged or missing; it was rewritten from the intact copy. "
            "Damage like this can mean the disk is failing: make a backup.",
        )
    if repair is KeyRepair.FOREIGN:
        return translate(
            "store",
            "Warning: one key file beside the store belonged to another store; it was replaced with a copy of this "
            "store's own. Keep each store's .key1 and .key2 files beside it.",
        )
    if repair is KeyRepair.CHANGE_FINISHED:
        return translate(
            "store",
            "The last passphrase change had not finished (was the computer switched off?); it is finished now: "
            "the new passphrase is in use.",
        )
    if repair is KeyRepair.CHANGE_UNDONE:
        return translate(
            "store",
            "The last passphrase change had not finished (was the computer switched off?), and the store was opened "
            "with the old passphrase, which stays in use. Change the passphrase again if it is still needed.",
        )
    return None


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    cipher_problems: list[str]
    key_copies_intact: int
    key_copy_repaired: bool  # a damaged or missing copy was rewritten when the store was opened
    counts: dict[str, int]

    @property
    def healthy_now(self) -> bool:
        """Whole and readable now (a key copy rewritten on opening is whole again)."""
        return self.integrity == ["ok"] and not self.cipher_problems and self.key_copies_intact == 2


class Store:
    """An open, unlocked store. Use ``Store.open`` or ``Store.create``."""

    def __init__(self, path: Path, engine: Engine, *, key_repair: keyslot.KeyRepair | None = None):
        self.path = path
        self._engine: Engine | None = engine
        # Why a key copy was rewritten when the store was opened, if one was.
        self.key_repair = key_repair

    @property
    def repaired_key_copy(self) -> bool:
        """A damaged or missing key copy was rewritten on opening."""
        return self.key_repair is keyslot.KeyRepair.DAMAGED

    @property
    def key_copy_note(self) -> str | None:
        """What the user should know about the key copy rewritten on opening, or None."""
        return key_repair_note(self.key_repair)

    @property
    def engine(self) -> Engine:
        self.require_open()
        return self._engine

    def require_open(self) -> None:
        if self._engine is None:
            raise StoreLocked(translate("store", "The store is locked. Unlock it to continue."))

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None, fill: Callable[["Store"], None] | None = None
    ) -> "Store":
        """A new store at ``path``, at the newest schema. Refuses to replace anything.

        ``fill`` writes the first records (a profile, demo records) before the store gets its
        name, so an interruption never leaves a half-made store behind.
        """
        path = Path(path)
        check_passphrase_acceptable(passphrase)
        refuse_existing_store(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise disk_error(error, path) from error
        key = os.urandom(keyslot.KEY_BYTES)
        building = path.with_name(path.name + ".creating")
        try:
            with working_in(path.parent):
                remove_database_files(building)
                engine = make_engine(building, key)
                cls._build(building, engine, key, path, passphrase, kdf, fill)
        except DBAPIError as error:
            # A folder that cannot be written, a full disk: said in words, not as a crash.
            raise (disk_failure_message(str(error.orig), path) or error) from error
        except OSError as error:
            raise disk_error(error, path) from error
        log.info("created a store")
        return cls(path, make_engine(path, key))

    @classmethod
    def _build(cls, building: Path, engine: Engine, key: bytes, path: Path, passphrase: str, kdf, fill) -> None:
        try:
            with engine.begin() as connection:
                schema.upgrade_to_head(connection)
            if fill is not None:
                fill(cls(building, engine))
            engine.dispose()
            os.chmod(building, 0o600)
            # Key files first: a store file never exists without them.
            keyslot.write_key_slots(path, keyslot.seal_key(key, passphrase, kdf, store_salt=read_store_salt(building)))
            os.replace(building, path)
            fsync_directory(path.parent)
        except BaseException:
            engine.dispose()
            remove_database_files(building)
            # None existed before this call (refused above), so any found now are this attempt's.
            if not path.exists():
                remove_key_slots(path)
            raise

    @classmethod
    def open(cls, path: Path, passphrase: str) -> "Store":
        path = Path(path)
        finish_interrupted_work(path)
        refuse_what_is_not_a_store(path)
        store_salt = read_store_salt(path)
        unlocked = keyslot.unlock_key(path, passphrase, store_salt=store_salt)
        if unlocked.store_salt != store_salt:
            if key_reads_store_pages(path, unlocked.key, unlocked.store_salt):
                raise StoreDamaged(
                    translate(
                        "store",
                        "The beginning of the store {path} is damaged: the passphrase is right and the key files are "
                        "its own, but the file's first bytes have changed. Restore it from a backup. The file was left "
                        "as it is.",
                    ).format(path=path)
                )
            raise KeyFilesOfAnotherStore(
                translate(
                    "store",
                    "The key files beside {path} belong to a different store: the passphrase opened them, "
                    "but they do not fit this file. Put each store's .key1 and .key2 files back beside it.",
                ).format(path=path)
            )
        revision = inspect_unlocked_store(path, unlocked.key)
        engine = make_engine(path, unlocked.key)
        if revision != schema.head_revision():
            with engine.begin() as connection:
                schema.upgrade_to_head(connection)
            log.info("store migrated to schema %s", schema.head_revision())
        if unlocked.needs_repair:
            try:
                keyslot.write_key_slots(path, unlocked.slot_bytes)
                log.warning("a key-slot copy was rewritten (%s)", unlocked.repair.value)
            except DiskError:
                # The key is recovered; a read-only disk must not keep the records closed.
                log.warning("a damaged key-slot copy could not be rewritten")
        elif keyslot.weaker_than_default(unlocked.params):
            # Slots sealed with an older, cheaper setting get today's on the next unlock.
            with contextlib.suppress(DiskError):
                keyslot.write_key_slots(
                    path, keyslot.seal_key(unlocked.key, passphrase, store_salt=unlocked.store_salt)
                )
                log.info("key slots resealed with the current key-derivation setting")
        return cls(path, engine, key_repair=unlocked.repair)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error."""
        with self._database_errors_explained(), Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def connection(self):
        with self._database_errors_explained(), self.engine.begin() as connection:
            yield connection

    @contextlib.contextmanager
    def _database_errors_explained(self):
        try:
            yield
        except DBAPIError as error:
            explained = database_error_message(error, self.path)
            if explained is None:
                raise
            raise explained from error

    def overwrite_freed_pages(self) -> None:
        """Rebuild the store so that no page keeps what was deleted or changed: VACUUM writes
        every table and index afresh (an index's inner pages keep copies of deleted keys,
        which ``secure_delete`` alone does not reach), then the write-ahead log, which holds
        pages as they were, is copied back and cut to nothing. Pooled connections are closed
        first and after: their caches hold decrypted pages."""
        engine = self.engine
        engine.dispose()
        with self._database_errors_explained(), engine.connect().execution_options(
            isolation_level="AUTOCOMMIT"
        ) as connection:
            connection.exec_driver_sql("VACUUM")
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
        engine.dispose()
        if busy:
            log.warning("the write-ahead log could not be emptied after overwriting freed pages")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def change_passphrase(self, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the store key with ``new``; the store itself is not rewritten."""
        self.require_open()
        check_passphrase_acceptable(new)
        unlocked = keyslot.unlock_key(self.path, current, store_salt=read_store_salt(self.path))
        keyslot.write_key_slots(self.path, keyslot.seal_key(unlocked.key, new, kdf, store_salt=unlocked.store_salt))
        log.info("passphrase changed")

    def check(self) -> CheckReport:
        from .models import DUMP_TABLES

        with self.connection() as connection:
            integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            cipher_problems = [row[0] for row in connection.execute(text("PRAGMA cipher_integrity_check"))]
            counts = {
                table.__tablename__: connection.execute(text(f"SELECT count(*) FROM {table.__tablename__}")).scalar_one()
                for table in DUMP_TABLES
            }
        copies = [keyslot.read_slot_file(p) for p in keyslot.slot_paths(self.path)]
        intact = sum(1 for data in copies if data is not None and keyslot.parse_slot(data) is not None)
        return CheckReport(integrity, cipher_problems, intact, self.repaired_key_copy, counts)


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        file = Path(str(path) + suffix)
        # Looked at first: on a read-only disk, unlinking even a missing file fails.
        if os.path.lexists(file):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()


def remove_key_slots(path: Path) -> None:
    for slot in keyslot.slot_paths(path):
        with contextlib.suppress(FileNotFoundError):
            slot.unlink()


def remove_store(path: Path) -> None:
    """Delete a closed store and its key files (an unfinished or replaced demo store)."""
    remove_database_files(path)
    remove_key_slots(path)

"""Encrypted backups: write, verify and restore one ``.cdbk`` file (see docs/backup-format.md).

The payload is a consistent snapshot of the store (SQLite's backup API into a temporary
store encrypted with a fresh random key), encrypted again in chunks with AES-256-GCM under
a key derived from the passphrase with Argon2id. Records are never written in plaintext:
the snapshot is a SQLCipher file, and it is only ever written in that form.

- ``format``: the file's layout, keys, header bounds, chunked encryption and reading;
- ``snapshot``: taking the snapshot, ``write_backup``, ``verify_backup``;
- ``restore``: ``restore_backup``;
- ``rotation``: ``rotate_backups`` (keep the newest N, touch only the app's own files).

Tests weaken the KDF by patching ``committee_app.backup.format.DEFAULT_KDF`` (read at call
time); the shipped default is never changed.
"""

from .format import (
    CHECK_BYTES,
    CHECKSUM_BYTES,
    DEFAULT_CHUNK_SIZE,
    FORMAT_VERSION,
    KEY_BYTES,
    MAGIC,
    MAX_HEADER_BYTES,
    PREFIX,
    SUFFIX,
    TAG_BYTES,
    BackupCostly,
    BackupDamaged,
    BackupError,
    BackupHostile,
    BackupNotRestorable,
    BackupSummary,
    BackupTooLarge,
    BackupTooNew,
    BackupWrongPassphrase,
    NotABackup,
)
from .restore import PreparedRestore, prepare_restore, restore_backup
from .rotation import BackupFile, list_backups, rotate_backups
from .snapshot import verify_backup, write_backup

__all__ = [
    "BackupFile",
    "list_backups",
    "CHECKSUM_BYTES",
    "CHECK_BYTES",
    "DEFAULT_CHUNK_SIZE",
    "FORMAT_VERSION",
    "KEY_BYTES",
    "MAGIC",
    "MAX_HEADER_BYTES",
    "PREFIX",
    "SUFFIX",
    "TAG_BYTES",
    "BackupCostly",
    "BackupDamaged",
    "BackupError",
    "BackupHostile",
    "BackupNotRestorable",
    "BackupSummary",
    "BackupTooLarge",
    "BackupTooNew",
    "BackupWrongPassphrase",
    "NotABackup",
    "restore_backup",
    "prepare_restore",
    "PreparedRestore",
    "rotate_backups",
    "verify_backup",
    "write_backup",
]

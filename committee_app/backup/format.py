"""The ``.cdbk`` file format: header, keys, chunked AES-256-GCM (docs/backup-format.md)."""

import contextlib
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .. import __version__, keyslot
from ..errors import UserError, translate
from ..keyslot import KdfParams
from .device import open_from_the_device

MAGIC = b"CDBK"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">4sHH")  # magic, format version, length of the JSON parameters
CHECK_BYTES = 16
CHECKSUM_BYTES = 32
TAG_BYTES = 16
KEY_BYTES = 32
MAX_HEADER_BYTES = 4096
MIN_CHUNK_SIZE = 1024
MAX_CHUNK_SIZE = 64 * 1024 * 1024
DEFAULT_CHUNK_SIZE = 1024 * 1024
MAX_PLAINTEXT_LENGTH = 64 * 1024**3
SUFFIX = ".cdbk"
NONCE = struct.Struct(">QI")  # chunk index, last-chunk flag: 12 bytes
# About half a second on a 2-core laptop, as for the key slots. Read at call time, so the
# test suite can swap in a fast setting; the shipped value is never weakened.
SHIPPED_KDF = KdfParams(memory_kib=192 * 1024, iterations=3, lanes=4)
DEFAULT_KDF = SHIPPED_KDF
# A backup's header names what opening it costs. Up to this many times the shipped memory and
# passes it opens without asking (backups of a newer version, on a newer laptop); beyond, only
# when the user agrees: within the sane bounds a header can ask for 1 GiB and 64 passes, two
# minutes of a laptop's time before "wrong passphrase".
COSTLY_FACTOR = 4


class BackupError(UserError):
    """A backup cannot be written, read, verified or restored."""


class NotABackup(BackupError):
    pass


class BackupTooNew(BackupError):
    pass


class BackupHostile(BackupError):
    """A header outside sane bounds: refused before the KDF runs."""


class BackupWrongPassphrase(BackupError):
    pass


class BackupCostly(BackupError):
    """Its header asks for more memory or passes than the app's own backups take: not opened
    unless the user agrees (``allow_costly``)."""


def costly(params: KdfParams) -> bool:
    return (
        params.memory_kib > COSTLY_FACTOR * SHIPPED_KDF.memory_kib
        or params.iterations > COSTLY_FACTOR * SHIPPED_KDF.iterations
    )


def _costly(path: Path, params: KdfParams) -> BackupCostly:
    return BackupCostly(
        translate(
            "backup",
            "Opening the backup {path} would take {memory} MiB of memory and {passes} passes of key derivation, "
            "more than {factor} times what Committee Desk's own backups take ({usual_memory} MiB, {usual_passes} "
            "passes). It may have been made to keep this computer busy. It was not opened.",
        ).format(
            path=path,
            memory=params.memory_kib // 1024,
            passes=params.iterations,
            factor=COSTLY_FACTOR,
            usual_memory=SHIPPED_KDF.memory_kib // 1024,
            usual_passes=SHIPPED_KDF.iterations,
        )
    )


class BackupDamaged(BackupError):
    pass


class BackupTooLarge(BackupError):
    pass


class BackupNotRestorable(BackupError):
    """Authentic, but not a store this version may put in place (newer, foreign tables)."""


@dataclass(frozen=True)
class BackupSummary:
    schema_revision: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def members(self) -> int:
        return self.counts.get("members", 0)

    @property
    def assemblies(self) -> int:
        return self.counts.get("assemblies", 0)

    @property
    def demands(self) -> int:
        return self.counts.get("demands", 0)


@dataclass(frozen=True)
class Header:
    raw: bytes  # prefix + parameters: the associated data of every chunk
    params: KdfParams
    salt: bytes
    chunk_size: int
    length: int
    schema_revision: str | None
    app_version: str
    check: bytes

    @property
    def size(self) -> int:
        return len(self.raw) + CHECK_BYTES + CHECKSUM_BYTES

    def chunk_lengths(self) -> list[int]:
        """Plaintext lengths: the snapshot key, then the snapshot file in chunks."""
        full, rest = divmod(self.length, self.chunk_size)
        return [KEY_BYTES] + [self.chunk_size] * full + ([rest] if rest else [])

    def file_size(self) -> int:
        full, rest = divmod(self.length, self.chunk_size)
        chunks = 1 + full + (1 if rest else 0)
        return self.size + KEY_BYTES + self.length + chunks * TAG_BYTES


# --- keys -------------------------------------------------------------------------------


BACKUP_KEY_PURPOSES = (b"committee-desk backup v1 key check", b"committee-desk backup v1 payload")


def derive_keys(
    passphrase: str, salt: bytes, params: KdfParams, purposes: tuple[bytes, bytes] = BACKUP_KEY_PURPOSES
) -> tuple[bytes, bytes]:
    """A key check's key and a content key. The same Argon2id stretching as the key slots;
    HKDF then parts it into two keys, named by ``purposes`` so that a file of one kind (a
    backup, a council bundle) never opens with the keys of another."""
    master = keyslot.derive_wrapping_key(passphrase, salt, params)

    def subkey(purpose: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=purpose).derive(master)

    return subkey(purposes[0]), subkey(purposes[1])


def key_check(check_key: bytes, raw_header: bytes) -> bytes:
    # The GCM tag of an empty message: proves the passphrase without touching the payload.
    return AESGCM(check_key).encrypt(bytes(12), b"", raw_header)


def _nonce(index: int, last: bool) -> bytes:
    return NONCE.pack(index, 1 if last else 0)


# --- header -----------------------------------------------------------------------------


def _build_header(params, salt, chunk_size, length, revision) -> bytes:
    parameters = json.dumps(
        {
            "kdf": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": salt.hex(),
            "chunk_size": chunk_size,
            "length": length,
            "schema": revision,
            "app": __version__,
        },
        sort_keys=True,
    ).encode("ascii")
    return PREFIX.pack(MAGIC, FORMAT_VERSION, len(parameters)) + parameters


def _damaged(path: Path) -> BackupDamaged:
    return BackupDamaged(
        translate("backup", "The backup {path} is damaged or incomplete: it cannot be used.").format(path=path)
    )


def _hostile(path: Path) -> BackupHostile:
    return BackupHostile(
        translate("backup", "The backup {path} has impossible settings in its header; it was not opened.").format(
            path=path
        )
    )


def read_header(backup_file, path: Path) -> Header:
    """Parse and bound-check the header; refuses without deriving any key or allocating."""
    prefix = backup_file.read(PREFIX.size)
    if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
        raise NotABackup(translate("backup", "{path} is not a Committee Desk backup.").format(path=path))
    if len(prefix) < PREFIX.size:
        raise _damaged(path)
    _magic, version, length = PREFIX.unpack(prefix)
    if version > FORMAT_VERSION:
        raise BackupTooNew(
            translate("backup", "The backup {path} was made by a newer version of Committee Desk. Install it to open it.")
            .format(path=path)
        )
    if version != FORMAT_VERSION:
        raise _damaged(path)
    if PREFIX.size + length + CHECK_BYTES + CHECKSUM_BYTES > MAX_HEADER_BYTES:
        raise _hostile(path)
    rest = backup_file.read(length + CHECK_BYTES + CHECKSUM_BYTES)
    if len(rest) != length + CHECK_BYTES + CHECKSUM_BYTES:
        raise _damaged(path)
    raw = prefix + rest[:length]
    check = rest[length : length + CHECK_BYTES]
    if hashlib.sha256(raw + check).digest() != rest[length + CHECK_BYTES :]:
        raise _damaged(path)
    try:
        fields = json.loads(raw[PREFIX.size :])
        numbers = [fields["memory_kib"], fields["iterations"], fields["lanes"], fields["chunk_size"], fields["length"]]
        salt = bytes.fromhex(fields["salt"])
        revision, app = fields["schema"], fields["app"]
        kdf = fields["kdf"]
    # RecursionError: JSON nested deeper than Python parses (the header may hold 4 KiB of "[").
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise _damaged(path) from error
    if not all(type(number) is int for number in numbers):
        raise _hostile(path)
    params = KdfParams(*numbers[:3])
    chunk_size, plain_length = numbers[3], numbers[4]
    if (
        kdf != "argon2id"
        or not params.is_sane()
        or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE
        or not 0 < plain_length <= MAX_PLAINTEXT_LENGTH
        or len(salt) < 16
        or not (revision is None or isinstance(revision, str))
        or not isinstance(app, str)
    ):
        raise _hostile(path)
    return Header(raw, params, salt, chunk_size, plain_length, revision, app, check)


def _decrypt_to(
    path: Path,
    passphrase: str | None,
    snapshot: Path | None,
    progress=None,
    allow_costly: bool = False,
    keys: tuple[bytes, bytes] | None = None,
) -> tuple[Header, bytes]:
    """Authenticate every chunk of ``path``, read from the disk, writing the (SQLCipher-encrypted)
    snapshot (or, with ``snapshot`` None, only authenticating). ``allow_costly``: the user
    agreed to a key derivation costlier than usual. ``keys``: the check and payload keys the
    writer derived, so that reading back what was just written derives nothing again."""
    try:
        with open_from_the_device(path) as backup_file:
            header = read_header(backup_file, path)
            actual = os.fstat(backup_file.fileno()).st_size
            if actual != header.file_size():
                raise _damaged(path)  # truncated or with data appended: refused before the KDF
            if costly(header.params) and not allow_costly:
                raise _costly(path, header.params)
            check_key, payload_key = keys or derive_keys(passphrase, header.salt, header.params)
            if key_check(check_key, header.raw) != header.check:
                raise BackupWrongPassphrase(
                    translate("backup", "Wrong passphrase for this backup. Check the keyboard layout and Caps Lock.")
                )
            aead = AESGCM(payload_key)
            lengths = header.chunk_lengths()
            snapshot_key = None
            with contextlib.ExitStack() as stack:
                out = None
                if snapshot is not None:
                    # Created owner-only; what goes in is SQLCipher pages, never plaintext.
                    opened = os.open(snapshot, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    out = stack.enter_context(os.fdopen(opened, "wb"))
                for index, plain_length in enumerate(lengths):
                    sealed = backup_file.read(plain_length + TAG_BYTES)
                    try:
                        plain = aead.decrypt(_nonce(index, index == len(lengths) - 1), sealed, header.raw)
                    except InvalidTag as error:
                        raise _damaged(path) from error
                    if index == 0:
                        snapshot_key = plain
                    elif out is not None:
                        out.write(plain)
                    if progress is not None:
                        progress(index + 1, len(lengths))
                if backup_file.read(1):
                    raise _damaged(path)
                # Not fsynced here: verify throws it away; restore fsyncs it before the swap.
    except FileNotFoundError as error:
        raise NotABackup(translate("backup", "There is no backup at {path}.").format(path=path)) from error
    except IsADirectoryError as error:
        raise NotABackup(translate("backup", "{path} is not a Committee Desk backup.").format(path=path)) from error
    return header, snapshot_key



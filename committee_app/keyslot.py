"""The key slot: the store's random key, sealed with the user's passphrase.

The store is encrypted with a random 256-bit key handed to SQLCipher as a raw key, so
changing the passphrase rewraps 32 bytes instead of re-encrypting the store, and
destroying both key-slot copies makes the store unreadable at once.

Layout of a key-slot file (big-endian)::

    magic      4 bytes   b"CDKS"
    version    2 bytes   1
    length     2 bytes   length of the parameters that follow
    parameters JSON      {"kdf": "argon2id", "memory_kib", "iterations", "lanes", "salt", "nonce", "store"}
    sealed     48 bytes  AES-256-GCM(key) with its tag; associated data = all bytes above
    checksum   32 bytes  SHA-256 of all bytes above

The checksum tells a damaged copy from a wrong passphrase: a copy whose checksum holds
but whose tag fails was opened with the wrong passphrase. "store" is the first 16 bytes of
the store file (SQLCipher's salt, fixed at creation), authenticated with the key, so key
files put beside another store are recognised as such.
"""

import hashlib
import json
import os
import struct
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

# cryptography is imported where the key is derived, sealed or opened: on the KDF's worker
# thread, so that the unlock window shows without waiting for it.

from .atomic import write_file_atomically
from .errors import KeySlotDamaged, WrongPassphrase, translate

MAGIC = b"CDKS"
FORMAT_VERSION = 1
KEY_BYTES = 32
SEALED_BYTES = KEY_BYTES + 16
CHECKSUM_BYTES = 32
PREFIX = struct.Struct(">4sHH")
MAX_PARAMETERS_BYTES = 1024
SLOT_SUFFIXES = (".key1", ".key2")


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def is_sane(self) -> bool:
        # Bounds keep a hostile key file from making the app allocate or spin for ever.
        return (
            8 * self.lanes <= self.memory_kib <= 1024 * 1024
            and 1 <= self.iterations <= 64
            and 1 <= self.lanes <= 64
        )


# About half a second on a 2-core laptop (192 MiB, 3 passes, 4 lanes measured 0.47 s).
DEFAULT_KDF = KdfParams(memory_kib=192 * 1024, iterations=3, lanes=4)


def weaker_than_default(params: KdfParams) -> bool:
    return params.memory_kib < DEFAULT_KDF.memory_kib or params.iterations < DEFAULT_KDF.iterations


def normalized_passphrase(passphrase: str) -> bytes:
    # NFC so that "қ" typed as one letter or as letter + combining mark is the same passphrase.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_wrapping_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalized_passphrase(passphrase))


def seal_key(key: bytes, passphrase: str, params: KdfParams | None = None, *, store_salt: bytes) -> bytes:
    """The bytes of a key-slot file holding ``key`` sealed with ``passphrase``, bound to the
    store whose file begins with ``store_salt``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    # Looked up at call time, so the test suite can swap in a fast KDF for new slots.
    params = params or DEFAULT_KDF
    salt, nonce = os.urandom(16), os.urandom(12)
    parameters = json.dumps(
        {
            "kdf": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": salt.hex(),
            "nonce": nonce.hex(),
            "store": store_salt.hex(),
        },
        sort_keys=True,
    ).encode("ascii")
    header = PREFIX.pack(MAGIC, FORMAT_VERSION, len(parameters)) + parameters
    sealed = AESGCM(derive_wrapping_key(passphrase, salt, params)).encrypt(nonce, key, header)
    body = header + sealed
    return body + hashlib.sha256(body).digest()


@dataclass(frozen=True)
class ParsedSlot:
    header: bytes
    params: KdfParams
    salt: bytes
    nonce: bytes
    sealed: bytes
    store_salt: bytes


def _damaged() -> KeySlotDamaged:
    return KeySlotDamaged(
        translate("keyslot", "The store's key file is damaged, and so is its spare copy. The store cannot be opened.")
    )


def parse_slot(data: bytes) -> ParsedSlot | None:
    """The slot's parts, or None when the bytes are not an intact key slot of a known version."""
    if len(data) < PREFIX.size + SEALED_BYTES + CHECKSUM_BYTES:
        return None
    body, checksum = data[:-CHECKSUM_BYTES], data[-CHECKSUM_BYTES:]
    if hashlib.sha256(body).digest() != checksum:
        return None
    magic, version, length = PREFIX.unpack_from(body)
    if magic != MAGIC or version != FORMAT_VERSION or length > MAX_PARAMETERS_BYTES:
        return None
    if len(body) != PREFIX.size + length + SEALED_BYTES:
        return None
    header = body[: PREFIX.size + length]
    try:
        fields = json.loads(header[PREFIX.size :])
        numbers = [fields["memory_kib"], fields["iterations"], fields["lanes"]]
        salt, nonce = bytes.fromhex(fields["salt"]), bytes.fromhex(fields["nonce"])
        store_salt = bytes.fromhex(fields["store"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    # Whole numbers only: JSON also allows 1e999, Infinity and true.
    if not all(type(number) is int for number in numbers):
        return None
    params = KdfParams(*numbers)
    if fields.get("kdf") != "argon2id" or not params.is_sane() or len(salt) < 16 or len(nonce) != 12:
        return None
    return ParsedSlot(header, params, salt, nonce, body[len(header) :], store_salt)


def open_slot(slot: ParsedSlot, passphrase: str) -> bytes | None:
    """The store key, or None when the passphrase does not open this slot."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapping_key = derive_wrapping_key(passphrase, slot.salt, slot.params)
    try:
        key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.sealed, slot.header)
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def slot_paths(store_path: Path) -> tuple[Path, Path]:
    store_path = Path(store_path)
    return tuple(store_path.with_name(store_path.name + suffix) for suffix in SLOT_SUFFIXES)


def key_slots_exist(store_path: Path) -> bool:
    return any(path.exists() for path in slot_paths(store_path))


def read_slot_file(path: Path) -> bytes | None:
    """The copy's bytes, or None when it is missing or unreadable (a folder, no permission)."""
    try:
        with open(path, "rb") as slot_file:
            # A key slot is well under 1 KiB; never read a huge file someone put in its place.
            return slot_file.read(PREFIX.size + MAX_PARAMETERS_BYTES + SEALED_BYTES + CHECKSUM_BYTES + 1)
    except OSError:
        return None


def _unreadable(path: Path) -> bool:
    return path.exists() and not os.access(path, os.R_OK)


class KeyRepair(Enum):
    """Why the other key copy differs from the one that opened, and so is rewritten from it."""

    DAMAGED = "damaged"  # missing, unreadable or not an intact key slot
    FOREIGN = "foreign"  # an intact key slot of another store
    # A passphrase change writes .key1, then .key2: a change cut short leaves .key1 new, .key2 old.
    CHANGE_FINISHED = "change-finished"  # opened with the new passphrase: .key2 gets it too
    CHANGE_UNDONE = "change-undone"  # opened with the old one: .key1 gets it back
    RESEALED = "resealed"  # the same passphrase, sealed anew (a stronger KDF): nothing to tell


@dataclass(frozen=True)
class UnlockedKey:
    key: bytes
    slot_bytes: bytes
    params: KdfParams
    store_salt: bytes
    repair: KeyRepair | None = None

    @property
    def needs_repair(self) -> bool:
        return self.repair is not None


def _repair_of_other_copy(
    opened_index: int, copies: list[bytes | None], parsed: list[ParsedSlot | None], passphrase: str, key: bytes
) -> KeyRepair | None:
    other_index = 1 - opened_index
    other, other_parsed = copies[other_index], parsed[other_index]
    if other == copies[opened_index]:
        return None
    if other_parsed is None:
        return KeyRepair.DAMAGED
    if other_parsed.store_salt != parsed[opened_index].store_salt:
        return KeyRepair.FOREIGN
    # An intact copy of this store that differs: a reseal or a passphrase change was cut short.
    # One more derivation tells which; it runs only in this rare case.
    other_key = open_slot(other_parsed, passphrase)
    if other_key == key:
        return KeyRepair.RESEALED
    if other_key is not None:
        return KeyRepair.DAMAGED
    return KeyRepair.CHANGE_FINISHED if opened_index == 0 else KeyRepair.CHANGE_UNDONE


def unlock_key(store_path: Path, passphrase: str, *, store_salt: bytes | None = None) -> UnlockedKey:
    """Open whichever intact copy the passphrase opens, preferring the copies made for the
    store whose file begins with ``store_salt``; say why the other needs rewriting, if it does.

    A copy of another store is tried only when no copy is this store's: then the caller can
    tell key files of another store from a store whose beginning is damaged."""
    copies = [read_slot_file(path) for path in slot_paths(store_path)]
    parsed = [parse_slot(data) if data is not None else None for data in copies]
    if not any(parsed):
        if any(_unreadable(path) for path in slot_paths(store_path)):
            raise KeySlotDamaged(
                translate("keyslot", "The store's key files cannot be read: this user has no permission to read them.")
            )
        raise _damaged()
    candidates = [index for index, slot in enumerate(parsed) if slot is not None]
    own = [index for index in candidates if store_salt is None or parsed[index].store_salt == store_salt]
    tried: list[bytes] = []
    for index in own or candidates:
        if copies[index] in tried:
            continue
        tried.append(copies[index])
        key = open_slot(parsed[index], passphrase)
        if key is not None:
            slot = parsed[index]
            return UnlockedKey(
                key, copies[index], slot.params, slot.store_salt, _repair_of_other_copy(index, copies, parsed, passphrase, key)
            )
    raise WrongPassphrase(translate("keyslot", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."))


def write_key_slots(store_path: Path, slot_bytes: bytes) -> None:
    """Write both copies, one after the other, each atomically: one always stays whole."""
    for path in slot_paths(store_path):
        write_file_atomically(path, slot_bytes)

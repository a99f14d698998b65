"""The ``.cdcb`` council bundle: one file, a short plaintext header naming only how to derive
the key, then the whole content as one AES-256-GCM message (docs/council-bundle-format.md).

The header holds no name, date or count: a lost stick tells nobody whose bundle it carries."""

import hashlib
import json
import struct
import zlib
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .. import keyslot
from ..backup.format import SHIPPED_KDF, derive_keys, key_check
from ..errors import UserError, translate
from ..keyslot import KdfParams

MAGIC = b"CDCB"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">4sHH")  # magic, format version, length of the JSON parameters
CHECK_BYTES = 16
CHECKSUM_BYTES = 32
TAG_BYTES = 16
MAX_HEADER_BYTES = 4096
# A committee's bundle of 1,000 assemblies and 500 demands is 2.3 MiB of JSON, 0.25 MiB
# sealed: these bounds leave room for years of a large committee's records, and keep a
# hostile file from holding a laptop's memory.
MAX_SEALED_BYTES = 32 * 1024 * 1024
MAX_CONTENT_BYTES = 64 * 1024 * 1024
SUFFIX = ".cdcb"
# The key is new for every bundle (a fresh salt), so one fixed nonce never repeats under it.
NONCE = bytes(12)
# Headers asking for more than this many times the shipped key derivation are not ours.
COSTLY_FACTOR = 4


class BundleError(UserError):
    """A bundle cannot be written, read or imported."""


class NotABundle(BundleError):
    pass


class BundleDamaged(BundleError):
    pass


class BundleWrongPassphrase(BundleError):
    pass


class BundleTooNew(BundleError):
    pass


def not_a_bundle(path: Path) -> NotABundle:
    return NotABundle(translate("bundle", "{path} is not a Committee Desk bundle.").format(path=path))


def damaged(path: Path) -> BundleDamaged:
    return BundleDamaged(
        translate(
            "bundle",
            "The bundle {path} is damaged, incomplete or was changed after it was written: nothing was imported. "
            "Ask for it to be written again.",
        ).format(path=path)
    )


def too_new(path: Path) -> BundleTooNew:
    return BundleTooNew(
        translate(
            "bundle", "The bundle {path} was written by a newer version of Committee Desk. Install it to import the bundle."
        ).format(path=path)
    )


BUNDLE_KEY_PURPOSES = (b"committee-desk council bundle v1 key check", b"committee-desk council bundle v1 content")


def _keys(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    return derive_keys(passphrase, salt, params, BUNDLE_KEY_PURPOSES)


def seal(content: dict, passphrase: str, *, salt: bytes, params: KdfParams | None = None) -> bytes:
    """The bundle file's bytes for ``content`` (a JSON-able dict)."""
    return seal_json(json.dumps(content, ensure_ascii=False).encode("utf-8"), passphrase, salt=salt, params=params)


def seal_json(text: bytes, passphrase: str, *, salt: bytes, params: KdfParams | None = None) -> bytes:
    """The bundle file's bytes for ``text``, the content already as JSON in UTF-8."""
    params = params or keyslot.DEFAULT_KDF
    parameters = json.dumps(
        {
            "kdf": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": salt.hex(),
            "compression": "zlib",
        },
        sort_keys=True,
    ).encode("ascii")
    raw = PREFIX.pack(MAGIC, FORMAT_VERSION, len(parameters)) + parameters
    check_key, content_key = _keys(passphrase, salt, params)
    check = key_check(check_key, raw)
    # Level 1: a tenth of the JSON's size, at half the time of zlib's default level.
    sealed = AESGCM(content_key).encrypt(NONCE, zlib.compress(text, 1), raw)
    return raw + check + hashlib.sha256(raw + check).digest() + sealed


def _read_header(data: bytes, path: Path) -> tuple[bytes, KdfParams, bytes, bytes, int]:
    """(raw header, KDF parameters, salt, key check, where the sealed content starts);
    refuses before any key is derived."""
    if data[: len(MAGIC)] != MAGIC:
        raise not_a_bundle(path)
    if len(data) < PREFIX.size:
        raise damaged(path)
    _magic, version, length = PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise too_new(path)
    if version != FORMAT_VERSION or PREFIX.size + length + CHECK_BYTES + CHECKSUM_BYTES > MAX_HEADER_BYTES:
        raise damaged(path)
    end = PREFIX.size + length
    raw, check = data[:end], data[end : end + CHECK_BYTES]
    checksum = data[end + CHECK_BYTES : end + CHECK_BYTES + CHECKSUM_BYTES]
    if hashlib.sha256(raw + check).digest() != checksum:
        raise damaged(path)
    try:
        fields = json.loads(raw[PREFIX.size :])
        numbers = (fields["memory_kib"], fields["iterations"], fields["lanes"])
        salt = bytes.fromhex(fields["salt"])
        wanted = (fields["kdf"], fields["compression"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise damaged(path) from error
    if not all(type(number) is int for number in numbers):
        raise damaged(path)
    params, shipped = KdfParams(*numbers), SHIPPED_KDF
    if (
        wanted != ("argon2id", "zlib")
        or not params.is_sane()
        or params.memory_kib > COSTLY_FACTOR * shipped.memory_kib
        or params.iterations > COSTLY_FACTOR * shipped.iterations
        or len(salt) < 16
    ):
        raise damaged(path)
    return raw, params, salt, check, end + CHECK_BYTES + CHECKSUM_BYTES


def open_sealed(data: bytes, passphrase: str, path: Path) -> dict:
    """The content of the bundle ``data`` read from ``path``; every refusal is a BundleError."""
    raw, params, salt, check, start = _read_header(data, path)
    sealed = data[start:]
    if len(sealed) < TAG_BYTES:
        raise damaged(path)
    check_key, content_key = _keys(passphrase, salt, params)
    if key_check(check_key, raw) != check:
        raise BundleWrongPassphrase(
            translate(
                "bundle",
                "Wrong passphrase for this bundle. Use the passphrase the committee and the council agreed on; "
                "check the keyboard layout and Caps Lock.",
            )
        )
    try:
        plain = AESGCM(content_key).decrypt(NONCE, sealed, raw)
    except InvalidTag as error:
        raise damaged(path) from error
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(plain, MAX_CONTENT_BYTES)
        if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
            raise damaged(path)
        content = json.loads(text.decode("utf-8"))
    except (zlib.error, ValueError, RecursionError) as error:
        raise damaged(path) from error
    if not isinstance(content, dict):
        raise damaged(path)
    return content


def read_bundle_file(path: Path, passphrase: str) -> dict:
    """Read and open the bundle at ``path``; a file too large to be one is refused unread."""
    path = Path(path)
    try:
        with open(path, "rb") as bundle:
            size = bundle.seek(0, 2)
            bundle.seek(0)
            head = bundle.read(len(MAGIC))
            if head != MAGIC:
                raise not_a_bundle(path)
            if size > MAX_HEADER_BYTES + MAX_SEALED_BYTES:
                raise damaged(path)
            data = head + bundle.read()
    except (FileNotFoundError, NotADirectoryError) as error:
        raise BundleError(translate("bundle", "There is no bundle at {path}.").format(path=path)) from error
    except IsADirectoryError as error:
        raise not_a_bundle(path) from error
    except OSError as error:
        raise BundleError(
            translate("bundle", "The bundle {path} could not be read ({reason}). Was the stick removed?").format(
                path=path, reason=error.strerror or error.__class__.__name__
            )
        ) from error
    return open_sealed(data, passphrase, path)

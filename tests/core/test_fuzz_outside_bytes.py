"""Every parser of bytes from outside, fed anything: it works or says why in a UserError.

Key files, backups (header and chunks), passphrase files and the restore journal arrive from
disks and sticks that anyone may have written. Whatever their bytes, the app either uses
them or refuses them with a message; any other exception would reach the user as "an
unexpected error" (and a hostile file could use it to crash the app at every start).
"""

import contextlib
import hashlib
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from committee_app import backup, keyslot, store_swap
from committee_app.backup import format as backup_format
from committee_app.errors import UserError
from committee_app.passphrases import read_passphrase_file
from committee_app.store import Store, check_passphrase_acceptable
from tests.conftest import FAST_KDF, PASSPHRASE

FUZZ = settings(deadline=None, max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Each example here opens files and runs the (fast) KDF.
FUZZ_FILES = settings(FUZZ, max_examples=50)

# JSON values of every kind, as a forged header may hold them.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=8,
)
hex_text = st.binary(max_size=40).map(bytes.hex)
# JSON nested deeper than Python's recursion limit: json.loads raises RecursionError, which is
# neither a ValueError nor a UserError.
deeply_nested = st.integers(200, 2000).map(lambda depth: ("[" * depth + "]" * depth).encode())
# KDF numbers that a forged header may carry, small enough that a test never runs a slow
# Argon2id: a real hostile file with 1 GiB is refused by its size before the KDF, or costs
# what the bounds allow (tests/core/test_keyslot.py, test_backup_format.py).
kdf_numbers = st.integers(min_value=-2, max_value=256) | json_values


@contextlib.contextmanager
def python_default_recursion_limit():
    """The recursion limit the app runs with; Hypothesis raises it while it runs a test."""
    raised = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        yield
    finally:
        sys.setrecursionlimit(raised)


def mutations(original: bytes):
    """The original with bytes flipped, cut off, inserted or appended."""
    flip = st.tuples(st.integers(0, len(original) - 1), st.integers(1, 255)).map(
        lambda change: original[: change[0]] + bytes([original[change[0]] ^ change[1]]) + original[change[0] + 1 :]
    )
    cut = st.integers(0, len(original) - 1).map(lambda at: original[:at])
    insert = st.tuples(st.integers(0, len(original)), st.binary(min_size=1, max_size=64)).map(
        lambda change: original[: change[0]] + change[1] + original[change[0] :]
    )
    return flip | cut | insert | st.binary(max_size=600)


# --- key slots --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz-template") / "committee.store"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path


def copy_of(template_store: Path, folder: Path) -> Path:
    for piece in template_store.parent.glob(template_store.name + "*"):
        shutil.copy(piece, folder / piece.name)
    return folder / template_store.name


def forged_slot(real_slot: bytes, fields) -> bytes:
    """A key slot with a valid checksum around header ``fields`` (or raw parameter bytes):
    what a hostile file holds."""
    parameters = fields if isinstance(fields, bytes) else json.dumps(fields).encode("utf-8")
    sealed = real_slot[-keyslot.CHECKSUM_BYTES - keyslot.SEALED_BYTES : -keyslot.CHECKSUM_BYTES]
    body = keyslot.PREFIX.pack(keyslot.MAGIC, keyslot.FORMAT_VERSION, len(parameters) % 65536) + parameters + sealed
    return body + hashlib.sha256(body).digest()


def slot_fields(real_slot: bytes) -> dict:
    _magic, _version, length = keyslot.PREFIX.unpack_from(real_slot)
    return json.loads(real_slot[keyslot.PREFIX.size : keyslot.PREFIX.size + length])


@st.composite
def forged_slot_fields(draw, real_fields: dict):
    """The real header with some fields replaced by anything, or dropped."""
    fields = dict(real_fields)
    for name in draw(st.sets(st.sampled_from(sorted(real_fields)), min_size=1)):
        if name in ("memory_kib", "iterations", "lanes"):
            value = draw(kdf_numbers)
        elif name in ("salt", "nonce", "store"):
            value = draw(hex_text | json_values)
        else:
            value = draw(json_values)
        if draw(st.booleans()):
            fields[name] = value
        else:
            fields.pop(name)
    return fields


def slot_bytes_strategy(real_slot: bytes):
    forged = forged_slot_fields(slot_fields(real_slot)).map(lambda fields: forged_slot(real_slot, fields))
    nested = st.integers(1, 512).map(lambda depth: forged_slot(real_slot, b"[" * depth + b"]" * depth))
    return mutations(real_slot) | forged | nested


@pytest.fixture(scope="module")
def real_slot(template_store) -> bytes:
    return keyslot.slot_paths(template_store)[0].read_bytes()


@FUZZ
@given(data=st.data())
def test_parse_slot_takes_any_bytes(real_slot, data):
    slot = data.draw(slot_bytes_strategy(real_slot) | st.binary(max_size=2000))
    with python_default_recursion_limit():
        parsed = keyslot.parse_slot(slot)
    assert parsed is None or isinstance(parsed, keyslot.ParsedSlot)


@FUZZ_FILES
@given(data=st.data())
def test_a_store_with_any_key_files_opens_or_says_why(template_store, real_slot, data):
    first = data.draw(slot_bytes_strategy(real_slot), label="key1")
    second = data.draw(st.just(real_slot) | slot_bytes_strategy(real_slot), label="key2")
    with tempfile.TemporaryDirectory() as folder:
        path = copy_of(template_store, Path(folder))
        for slot_path, content in zip(keyslot.slot_paths(path), (first, second)):
            slot_path.write_bytes(content)
        try:
            with python_default_recursion_limit():
                Store.open(path, PASSPHRASE).close()
        except UserError:
            pass


# --- backups ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_backup(template_store, tmp_path_factory) -> Path:
    from committee_app.services.members import add_member

    folder = tmp_path_factory.mktemp("fuzz-backup")
    path = copy_of(template_store, folder)
    store = Store.open(path, PASSPHRASE)
    try:
        add_member(store, full_name="Қайрат Жұмабаев")
        return backup.write_backup(store, folder, PASSPHRASE, kdf=FAST_KDF, chunk_size=backup_format.MIN_CHUNK_SIZE * 7)
    finally:
        store.close()


def header_parts(data: bytes) -> tuple[dict, bytes]:
    _magic, _version, length = backup_format.PREFIX.unpack_from(data)
    end = backup_format.PREFIX.size + length
    return json.loads(data[backup_format.PREFIX.size : end]), data[end + backup_format.CHECK_BYTES + backup_format.CHECKSUM_BYTES :]


def forged_backup(real: bytes, fields) -> bytes:
    """The backup with header ``fields`` (or raw parameter bytes) and a valid header
    checksum, its chunks as they were."""
    _fields, chunks = header_parts(real)
    _magic, _version, length = backup_format.PREFIX.unpack_from(real)
    check = real[backup_format.PREFIX.size + length : backup_format.PREFIX.size + length + backup_format.CHECK_BYTES]
    parameters = fields if isinstance(fields, bytes) else json.dumps(fields).encode("utf-8")
    raw = backup_format.PREFIX.pack(backup_format.MAGIC, backup_format.FORMAT_VERSION, len(parameters) % 65536) + parameters
    return raw + check + hashlib.sha256(raw + check).digest() + chunks


@st.composite
def forged_backup_fields(draw, real_fields: dict):
    fields = dict(real_fields)
    for name in draw(st.sets(st.sampled_from(sorted(real_fields)), min_size=1)):
        if name in ("memory_kib", "iterations", "lanes"):
            value = draw(kdf_numbers)
        elif name in ("chunk_size", "length"):
            value = draw(st.integers(-2, 2 * real_fields[name]) | json_values)
        elif name == "salt":
            value = draw(hex_text | json_values)
        else:
            value = draw(json_values)
        if draw(st.booleans()):
            fields[name] = value
        else:
            fields.pop(name)
    return fields


def backup_bytes_strategy(real: bytes):
    fields, _chunks = header_parts(real)
    forged = forged_backup_fields(fields).map(lambda fields: forged_backup(real, fields))
    return mutations(real) | forged | deeply_nested.map(lambda parameters: forged_backup(real, parameters))


@FUZZ
@given(data=st.data())
def test_read_header_takes_any_bytes(real_backup, data):
    real = real_backup.read_bytes()
    data = data.draw(st.binary(max_size=5000) | backup_bytes_strategy(real))
    try:
        with python_default_recursion_limit():
            header = backup_format.read_header(io.BytesIO(data), Path("fuzzed.cdbk"))
    except backup.BackupError:
        return
    assert header.params.is_sane()


@FUZZ_FILES
@given(data=st.data())
def test_verifying_any_backup_file_works_or_says_why(real_backup, data):
    content = data.draw(backup_bytes_strategy(real_backup.read_bytes()))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.cdbk"
        path.write_bytes(content)
        try:
            with python_default_recursion_limit():
                summary = backup.verify_backup(path, PASSPHRASE)
        except UserError:
            return
    # Only the backup's own bytes can be verified: anything else is refused.
    assert content == real_backup.read_bytes() and summary.members == 1


@settings(FUZZ_FILES, max_examples=25)
@given(data=st.data())
def test_restoring_any_backup_file_works_or_says_why_and_keeps_the_store(template_store, real_backup, data):
    content = data.draw(backup_bytes_strategy(real_backup.read_bytes()))
    assume(content != real_backup.read_bytes())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.cdbk"
        path.write_bytes(content)
        live = copy_of(template_store, Path(folder))
        before = {piece.name: piece.read_bytes() for piece in Path(folder).glob(live.name + "*")}
        with pytest.raises(UserError), python_default_recursion_limit():
            backup.restore_backup(path, PASSPHRASE, live)
        assert {piece.name: piece.read_bytes() for piece in Path(folder).glob(live.name + "*")} == before


# --- passphrase files and the restore journal --------------------------------------------


@FUZZ_FILES
@given(content=st.binary(max_size=200) | st.text(max_size=60).map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_any_passphrase_file_gives_a_passphrase_that_works_or_says_why(content):
    key, store_salt = bytes(range(32)), bytes(16)
    with tempfile.TemporaryDirectory() as folder:
        passphrase_file = Path(folder) / "passphrase.txt"
        passphrase_file.write_bytes(content)
        try:
            passphrase = read_passphrase_file(passphrase_file)
            # What creating a store or changing its passphrase does with it.
            check_passphrase_acceptable(passphrase)
        except UserError:
            return
        store_path = Path(folder) / "committee.store"
        keyslot.write_key_slots(store_path, keyslot.seal_key(key, passphrase, FAST_KDF, store_salt=store_salt))
        # What the file gave opens the key files, read again as the next unlock reads it.
        assert keyslot.unlock_key(store_path, read_passphrase_file(passphrase_file)).key == key


@FUZZ
@given(content=st.binary(max_size=300) | json_values.map(lambda value: json.dumps(value).encode()) | deeply_nested)
def test_a_restore_journal_of_any_bytes_never_stops_the_store_opening(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "committee.store"
        store_swap.journal_path(path).write_bytes(content)
        with python_default_recursion_limit():
            assert store_swap.finish_interrupted_swap(path) in (True, False)


# --- found by the fuzzing above -----------------------------------------------------------


def test_a_backup_header_nested_deeper_than_python_parses_is_called_damaged(real_backup, tmp_path):
    path = tmp_path / "nested.cdbk"
    path.write_bytes(forged_backup(real_backup.read_bytes(), b"[" * 2000 + b"]" * 2000))
    with python_default_recursion_limit(), pytest.raises(backup.BackupDamaged, match="damaged"):
        backup.verify_backup(path, PASSPHRASE)


def test_a_restore_journal_nested_deeper_than_python_parses_does_not_stop_the_store_opening(template_store, tmp_path):
    path = copy_of(template_store, tmp_path)
    store_swap.journal_path(path).write_bytes(b"[" * 5000 + b"]" * 5000)
    with python_default_recursion_limit():
        Store.open(path, PASSPHRASE).close()
    assert store_swap.journal_path(path).exists()  # left for a person to look at

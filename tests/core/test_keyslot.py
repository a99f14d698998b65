"""The key slot: the store key sealed with the passphrase, kept in two copies beside the store."""

import hashlib
import json
import os
import shutil
import stat
import sys
import unicodedata

import pytest

from committee_app import keyslot
from committee_app.errors import KeySlotDamaged, WrongPassphrase
from committee_app.keyslot import KdfParams
from committee_app.services.profile import save_profile
from committee_app.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

KEY = bytes(range(32))
STORE_SALT = bytes(range(100, 116))


@pytest.fixture
def slot_store_path(tmp_path):
    """A store path whose two key files hold KEY sealed with PASSPHRASE (no store file needed)."""
    path = tmp_path / "slots" / "committee.store"
    path.parent.mkdir()
    keyslot.write_key_slots(path, keyslot.seal_key(KEY, PASSPHRASE, store_salt=STORE_SALT))
    return path


@pytest.fixture(scope="module")
def template_store(tmp_path_factory):
    """A store created once: creating one runs every migration, copying it is much cheaper."""
    path = tmp_path_factory.mktemp("template") / "committee.store"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path


@pytest.fixture
def closed_store(template_store, store_path):
    """A closed store at ``store_path``, as ``Store.create`` leaves it (a copy of the template)."""
    store_path.parent.mkdir(parents=True)
    for suffix in ("", *keyslot.SLOT_SUFFIXES):
        shutil.copy(f"{template_store}{suffix}", f"{store_path}{suffix}")
    return store_path


def copies(store_path):
    return [path.read_bytes() if path.exists() else None for path in keyslot.slot_paths(store_path)]


def forged_slot(real_slot: bytes, *, version=keyslot.FORMAT_VERSION, pad_to=None, **overrides) -> bytes:
    """A slot with a valid checksum whose header carries ``overrides`` (what a hostile file would do)."""
    body = real_slot[: -keyslot.CHECKSUM_BYTES]
    _magic, _version, length = keyslot.PREFIX.unpack_from(body)
    fields = json.loads(body[keyslot.PREFIX.size : keyslot.PREFIX.size + length])
    sealed = body[keyslot.PREFIX.size + length :]
    fields.update(overrides)
    parameters = json.dumps(fields).encode("ascii")
    if pad_to is not None:
        parameters = parameters.ljust(pad_to, b" ")
    header = keyslot.PREFIX.pack(keyslot.MAGIC, version, len(parameters)) + parameters
    return header + sealed + hashlib.sha256(header + sealed).digest()


# --- Round trip and passphrases -------------------------------------------------


def test_sealed_key_unlocks_with_its_passphrase(slot_store_path):
    unlocked = keyslot.unlock_key(slot_store_path, PASSPHRASE)
    assert unlocked.key == KEY
    assert not unlocked.needs_repair


def test_both_copies_are_written_and_identical(slot_store_path):
    first, second = copies(slot_store_path)
    assert first is not None and first == second
    assert keyslot.parse_slot(first) is not None


def test_each_seal_uses_fresh_salt_and_nonce():
    assert keyslot.seal_key(KEY, PASSPHRASE, store_salt=STORE_SALT) != keyslot.seal_key(KEY, PASSPHRASE, store_salt=STORE_SALT)


def test_new_slots_record_the_kdf_they_were_made_with(slot_store_path):
    parsed = keyslot.parse_slot(copies(slot_store_path)[0])
    assert parsed.params == FAST_KDF


@pytest.mark.parametrize("wrong", ["", "wrong", PASSPHRASE + " ", PASSPHRASE.upper(), PASSPHRASE[:-1]])
def test_wrong_passphrase_is_refused(slot_store_path, wrong):
    with pytest.raises(WrongPassphrase) as raised:
        keyslot.unlock_key(slot_store_path, wrong)
    assert str(raised.value)


def test_wrong_passphrase_is_not_mistaken_for_damage_when_one_copy_is_damaged(slot_store_path):
    keyslot.slot_paths(slot_store_path)[0].write_bytes(b"garbage")
    with pytest.raises(WrongPassphrase):
        keyslot.unlock_key(slot_store_path, "not the passphrase")


# "й" has a canonical decomposition (и + U+0306 breve), as does "ё" (е + U+0308).
# "қ" has none: it stays one code point in NFD, so it is included only to be realistic.
COMPOSED = "Қайрат ёлка қызыл"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_decomposed_passphrase_really_differs_from_composed():
    assert COMPOSED != DECOMPOSED
    assert "\u0306" in DECOMPOSED and "\u0308" in DECOMPOSED


@pytest.mark.parametrize(("sealed_with", "typed"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_composed_and_decomposed_passphrases_unlock_alike(tmp_path, sealed_with, typed):
    path = tmp_path / "committee.store"
    keyslot.write_key_slots(path, keyslot.seal_key(KEY, sealed_with, store_salt=STORE_SALT))
    assert keyslot.unlock_key(path, typed).key == KEY


def test_store_created_with_decomposed_passphrase_opens_with_composed(store_path):
    Store.create(store_path, DECOMPOSED).close()
    Store.open(store_path, COMPOSED).close()


# --- One copy damaged ------------------------------------------------------------


def flip_byte(position):
    def damage(path):
        data = bytearray(path.read_bytes())
        data[position] ^= 0x01
        path.write_bytes(bytes(data))

    return damage


def truncate(path):
    path.write_bytes(path.read_bytes()[:50])


def delete(path):
    path.unlink()


def garbage_same_length(path):
    path.write_bytes(os.urandom(len(path.read_bytes())))


def empty(path):
    path.write_bytes(b"")


def huge_garbage(path):
    path.write_bytes(b"\xff" * 100_000)


DAMAGES = {
    "flip magic": flip_byte(0),
    "flip header json": flip_byte(20),
    "flip sealed key": flip_byte(-40),
    "flip checksum": flip_byte(-1),
    "truncate": truncate,
    "delete": delete,
    "garbage": garbage_same_length,
    "empty": empty,
    "huge garbage": huge_garbage,
}


@pytest.mark.parametrize("which", [0, 1], ids=["key1", "key2"])
@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_one_damaged_copy_still_unlocks_and_asks_for_repair(slot_store_path, damage, which):
    intact = copies(slot_store_path)[1 - which]
    damage(keyslot.slot_paths(slot_store_path)[which])
    unlocked = keyslot.unlock_key(slot_store_path, PASSPHRASE)
    assert unlocked.key == KEY
    assert unlocked.needs_repair
    assert unlocked.slot_bytes == intact


@pytest.mark.parametrize("which", [0, 1], ids=["key1", "key2"])
@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_store_open_rewrites_the_damaged_copy(closed_store, damage, which):
    store_path = closed_store
    intact = copies(store_path)[1 - which]
    damage(keyslot.slot_paths(store_path)[which])

    Store.open(store_path, PASSPHRASE).close()

    assert copies(store_path) == [intact, intact]
    # And the repaired copy alone opens the store.
    keyslot.slot_paths(store_path)[1 - which].unlink()
    Store.open(store_path, PASSPHRASE).close()


@pytest.mark.parametrize("which", [0, 1], ids=["key1", "key2"])
def test_a_folder_in_place_of_one_copy_counts_as_damage(slot_store_path, which):
    slot = keyslot.slot_paths(slot_store_path)[which]
    slot.unlink()
    slot.mkdir()
    unlocked = keyslot.unlock_key(slot_store_path, PASSPHRASE)
    assert unlocked.key == KEY
    assert unlocked.needs_repair


BOTH_DAMAGED = {
    "both deleted": (delete, delete),
    "both flipped": (flip_byte(30), flip_byte(-5)),
    "truncated and garbage": (truncate, garbage_same_length),
    "empty and huge": (empty, huge_garbage),
}


@pytest.mark.parametrize(("first", "second"), BOTH_DAMAGED.values(), ids=BOTH_DAMAGED.keys())
def test_both_copies_damaged_is_reported_as_damage(slot_store_path, first, second):
    key1, key2 = keyslot.slot_paths(slot_store_path)
    first(key1)
    second(key2)
    with pytest.raises(KeySlotDamaged) as raised:
        keyslot.unlock_key(slot_store_path, PASSPHRASE)
    assert str(raised.value)


def test_store_with_both_key_copies_damaged_refuses_to_open_and_is_left_alone(closed_store):
    store_path = closed_store
    for path in keyslot.slot_paths(store_path):
        flip_byte(25)(path)
    before = [store_path.read_bytes(), *copies(store_path)]
    with pytest.raises(KeySlotDamaged):
        Store.open(store_path, PASSPHRASE)
    assert [store_path.read_bytes(), *copies(store_path)] == before


# --- Hostile headers ---------------------------------------------------------------


HOSTILE = {
    "memory 4 GiB": {"memory_kib": 4 * 1024 * 1024},
    "memory 1 GiB + 1 KiB": {"memory_kib": 1024 * 1024 + 1},
    "iterations 10**6": {"iterations": 10**6},
    "iterations 0": {"iterations": 0},
    "lanes 0": {"lanes": 0},
    "lanes 1000": {"lanes": 1000, "memory_kib": 8000},
    "memory below 8 per lane": {"lanes": 4, "memory_kib": 31},
    "negative memory": {"memory_kib": -1},
    "unknown kdf": {"kdf": "scrypt"},
    "no kdf": {"kdf": None},
    "short salt": {"salt": "00" * 8},
    "bad nonce": {"nonce": "00" * 16},
    "salt not hex": {"salt": "zz" * 16},
    "memory as text": {"memory_kib": "lots"},
}


def hostile_copies(store_path, request_id):
    real = copies(store_path)[0]
    if request_id == "unknown version":
        return forged_slot(real, version=2)
    if request_id == "header longer than 1024":
        return forged_slot(real, pad_to=keyslot.MAX_PARAMETERS_BYTES + 1)
    return forged_slot(real, **HOSTILE[request_id])


HOSTILE_IDS = [*HOSTILE, "unknown version", "header longer than 1024"]
# The store-level tests run the cases named in the threat list; the slot-level ones run all.
STORE_HOSTILE_IDS = [
    "memory 4 GiB",
    "iterations 10**6",
    "lanes 0",
    "unknown kdf",
    "unknown version",
    "header longer than 1024",
]


def forbid_kdf(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the KDF ran on a key file that should have been rejected first")

    monkeypatch.setattr(keyslot, "derive_wrapping_key", refuse)


def test_forged_slot_helper_makes_slots_that_parse(slot_store_path):
    # Guards the hostile-header tests: an unmodified forgery must be accepted, else they prove nothing.
    forged = forged_slot(copies(slot_store_path)[0])
    assert keyslot.parse_slot(forged) is not None
    path = keyslot.slot_paths(slot_store_path)[0]
    path.write_bytes(forged)
    keyslot.slot_paths(slot_store_path)[1].unlink()
    assert keyslot.unlock_key(slot_store_path, PASSPHRASE).key == KEY


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_hostile_header_is_damage_and_no_kdf_runs(slot_store_path, hostile, monkeypatch):
    forged = hostile_copies(slot_store_path, hostile)
    for path in keyslot.slot_paths(slot_store_path):
        path.write_bytes(forged)
    before = copies(slot_store_path)
    forbid_kdf(monkeypatch)
    with pytest.raises(KeySlotDamaged):
        keyslot.unlock_key(slot_store_path, PASSPHRASE)
    assert copies(slot_store_path) == before


@pytest.mark.parametrize("hostile", STORE_HOSTILE_IDS)
def test_store_with_hostile_key_files_refuses_without_running_the_kdf(closed_store, hostile, monkeypatch):
    store_path = closed_store
    forged = hostile_copies(store_path, hostile)
    for path in keyslot.slot_paths(store_path):
        path.write_bytes(forged)
    before = [store_path.read_bytes(), *copies(store_path)]
    forbid_kdf(monkeypatch)
    with pytest.raises(KeySlotDamaged):
        Store.open(store_path, PASSPHRASE)
    assert [store_path.read_bytes(), *copies(store_path)] == before


@pytest.mark.parametrize("hostile", STORE_HOSTILE_IDS)
def test_hostile_copy_beside_an_intact_one_is_repaired_and_kdf_runs_only_on_sane_params(
    closed_store, hostile, monkeypatch
):
    store_path = closed_store
    intact = copies(store_path)[1]
    keyslot.slot_paths(store_path)[0].write_bytes(hostile_copies(store_path, hostile))

    seen = []
    real_derive = keyslot.derive_wrapping_key

    def recording(passphrase, salt, params):
        seen.append(params)
        return real_derive(passphrase, salt, params)

    monkeypatch.setattr(keyslot, "derive_wrapping_key", recording)
    Store.open(store_path, PASSPHRASE).close()

    assert seen and all(params == FAST_KDF for params in seen)
    assert copies(store_path) == [intact, intact]


@pytest.mark.parametrize("field", ["memory_kib", "iterations", "lanes"])
def test_infinite_kdf_number_is_damage_not_a_crash(closed_store, field):
    store_path = closed_store
    intact = copies(store_path)[1]
    forged = forged_slot(intact, **{field: float("inf")})  # json.dumps writes it as Infinity
    assert b"Infinity" in forged
    keyslot.slot_paths(store_path)[0].write_bytes(forged)

    # The other copy is intact, so the store opens and the forged copy is rewritten.
    Store.open(store_path, PASSPHRASE).close()
    assert copies(store_path) == [intact, intact]


def test_sane_bounds_accept_the_shipped_default_and_the_test_kdf():
    assert keyslot.DEFAULT_KDF.is_sane()
    assert KdfParams(memory_kib=192 * 1024, iterations=3, lanes=4).is_sane()
    assert FAST_KDF.is_sane()


# --- What is on disk -----------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_key_files_are_private(store):
    for path in keyslot.slot_paths(store.path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_repaired_key_file_is_private(closed_store):
    store_path = closed_store
    damaged = keyslot.slot_paths(store_path)[1]
    damaged.unlink()
    damaged.write_bytes(b"x")
    os.chmod(damaged, 0o644)
    Store.open(store_path, PASSPHRASE).close()
    assert stat.S_IMODE(damaged.stat().st_mode) == 0o600


def test_key_files_hold_neither_committee_name_nor_passphrase(store):
    name = "Қарағанды кеншілерінің комитеті"
    save_profile(store, name=name)
    secrets = [
        name.encode("utf-8"),
        name.casefold().encode("utf-8"),
        PASSPHRASE.encode("utf-8"),
        unicodedata.normalize("NFC", PASSPHRASE).encode("utf-8"),
        "құпия".encode("utf-8"),
        b"correct horse",
    ]
    for data in copies(store.path):
        for secret in secrets:
            assert secret not in data

"""The encrypted store: create, open, refuse what is not a store, change the passphrase, check, lock."""

import errno
import os
import shutil
import sqlite3
import stat
import struct
import subprocess
import sys
import zlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from committee_app import keyslot
from committee_app.errors import (
    DiskError,
    KeyFilesOfAnotherStore,
    KeySlotDamaged,
    NotAStore,
    PassphraseRejected,
    StoreAlreadyExists,
    StoreDamaged,
    StoreLocked,
    StoreNotFound,
    StoreTooNew,
    ValidationError,
    WrongPassphrase,
)
from committee_app.models import Member
from committee_app.services.members import add_member, count_members, search_members
from committee_app.services.profile import get_profile, save_profile
from committee_app import store as store_module
from committee_app.store import PAGE_SIZE, Store
from tests.conftest import FAST_KDF, PASSPHRASE

MEMBER_NAME = "Айгүл Сәрсенқызы Жұмабаева"
COMMITTEE_NAME = "Теміртау металлургтерінің кәсіподақ комитеті"


def snapshot(folder):
    """Every entry of ``folder`` with its bytes (a sub-folder as a marker): what "unchanged" means."""
    if not folder.exists():
        return None
    return {
        entry.name: "<folder>" if entry.is_dir() else entry.read_bytes() for entry in sorted(folder.iterdir())
    }


class Templates:
    """Stores created once per module and copied: creating one runs every migration (~0.25 s)."""

    def __init__(self, folder):
        self.folder = folder
        self.made = {}

    def copy(self, target, name="a"):
        if name not in self.made:
            source = self.folder / name / "committee.store"
            Store.create(source, PASSPHRASE, kdf=FAST_KDF).close()
            self.made[name] = source
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", *keyslot.SLOT_SUFFIXES):
            shutil.copy(f"{self.made[name]}{suffix}", f"{target}{suffix}")
        return target


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    return Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def closed_store(templates):
    """Put a closed store (same as a new one) at the given path; returns the path."""
    return templates.copy


@pytest.fixture
def store(closed_store, store_path):
    """Like conftest's ``store`` (a new, open store at ``store_path``), but copied from a template."""
    opened = Store.open(closed_store(store_path), PASSPHRASE)
    yield opened
    opened.close()


def member_names(store):
    with store.connection() as connection:
        return [row[0] for row in connection.execute(text("SELECT full_name FROM members ORDER BY id"))]


def png_bytes():
    """A real 1x1 PNG image."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


# --- Create and open -------------------------------------------------------------


def test_created_store_opens_again_with_its_data(store_path):
    store = Store.create(store_path, PASSPHRASE)
    add_member(store, full_name=MEMBER_NAME)
    store.close()

    reopened = Store.open(store_path, PASSPHRASE)
    try:
        assert member_names(reopened) == [MEMBER_NAME]
    finally:
        reopened.close()


def test_create_makes_the_store_and_both_key_files_and_nothing_else(store_path):
    Store.create(store_path, PASSPHRASE).close()
    assert sorted(os.listdir(store_path.parent)) == sorted(
        [store_path.name, store_path.name + ".key1", store_path.name + ".key2"]
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_store_file_is_private(store_path):
    Store.create(store_path, PASSPHRASE).close()
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600


EXPECTED_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "secure_delete": 1, "temp_store": 2}


def read_pragmas(store):
    with store.connection() as connection:
        return {name: connection.execute(text(f"PRAGMA {name}")).scalar_one() for name in EXPECTED_PRAGMAS}


def test_pragmas_hold_on_every_connection_of_a_new_store(store_path):
    store = Store.create(store_path, PASSPHRASE)
    try:
        assert read_pragmas(store) == EXPECTED_PRAGMAS
        assert read_pragmas(store) == EXPECTED_PRAGMAS  # a second, separate connection
        with store.session() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        store.close()


def test_pragmas_hold_on_a_reopened_store(store_path, closed_store):
    reopened = Store.open(closed_store(store_path), PASSPHRASE)
    try:
        assert read_pragmas(reopened) == EXPECTED_PRAGMAS
    finally:
        reopened.close()


def test_sqlcipher_memory_protection_is_on_once_a_store_is_open(store_path, closed_store):
    """In a fresh process: once on, SQLCipher keeps the setting for the life of the process, so
    in this one another test could have turned it on."""
    closed_store(store_path)
    probe = (
        "import sys\n"
        "from committee_app.store import Store\n"
        "store = Store.open(sys.argv[1], sys.argv[2])\n"
        "with store.connection() as connection:\n"
        "    print(connection.exec_driver_sql('PRAGMA cipher_memory_security').scalar_one())\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(store_path), PASSPHRASE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1"]


def test_connections_keep_few_prepared_statements(store, monkeypatch):
    """Cached statements hold SQLite's per-connection pool of small allocations; with many
    kept, every allocation after goes to the system, which memory protection makes costly."""
    import sqlcipher3

    made = []
    real_connect = sqlcipher3.connect

    def recording_connect(*args, **kwargs):
        made.append(kwargs)
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", recording_connect)
    store.close()
    reopened = Store.open(store.path, PASSPHRASE)
    try:
        assert count_members(reopened) == 0
    finally:
        reopened.close()
    pooled = [kwargs for kwargs in made if "cached_statements" in kwargs]
    assert pooled, "the store's connections were made without a statement cache size"
    assert all(kwargs["cached_statements"] == store_module.STATEMENT_CACHE_SIZE for kwargs in pooled)
    assert store_module.STATEMENT_CACHE_SIZE <= 8


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with store.connection() as connection:
            connection.execute(
                text(
                    "INSERT INTO attendance (uuid, created_at, updated_at, assembly_id, member_id, presence) "
                    "VALUES ('u', '2026-01-01', '2026-01-01', 999, 999, 'present')"
                )
            )


def test_store_file_holds_no_plaintext(store):
    add_member(store, full_name=MEMBER_NAME, phone="+7 701 234 5678", workplace="Цех №3")
    save_profile(store, name=COMMITTEE_NAME)
    secrets = [
        MEMBER_NAME.encode("utf-8"),
        MEMBER_NAME.casefold().encode("utf-8"),  # the search key is case-folded
        COMMITTEE_NAME.encode("utf-8"),
        "Цех №3".encode("utf-8"),
        b"7012345678",
        b"SQLite format 3",
        b"CREATE TABLE",
        b"members",
    ]

    def files():
        candidates = [store.path, store.path.with_name(store.path.name + "-wal")]
        return [path for path in candidates if path.exists()]

    for path in files():
        data = path.read_bytes()
        assert not [secret for secret in secrets if secret in data], path
    store.close()
    for path in files():
        data = path.read_bytes()
        assert not [secret for secret in secrets if secret in data], path


@pytest.mark.parametrize("empty", ["", " ", "   \t\n", "\u00a0"])
def test_empty_passphrase_is_refused_and_nothing_is_created(store_path, empty):
    with pytest.raises(PassphraseRejected) as raised:
        Store.create(store_path, empty)
    assert str(raised.value)
    assert not store_path.parent.exists()


def test_creating_over_an_existing_store_is_refused_and_leaves_it_unchanged(store_path, closed_store):
    closed_store(store_path)
    before = snapshot(store_path.parent)
    with pytest.raises(StoreAlreadyExists) as raised:
        Store.create(store_path, "another passphrase")
    assert str(store_path) in str(raised.value)
    assert snapshot(store_path.parent) == before
    Store.open(store_path, PASSPHRASE).close()


def test_creating_over_any_file_is_refused(store_path):
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(png_bytes())
    with pytest.raises(StoreAlreadyExists):
        Store.create(store_path, PASSPHRASE)
    assert snapshot(store_path.parent) == {store_path.name: png_bytes()}


def test_creating_where_only_key_files_remain_is_refused(store_path, closed_store):
    closed_store(store_path)
    store_path.unlink()
    before = snapshot(store_path.parent)
    with pytest.raises(StoreAlreadyExists):
        Store.create(store_path, PASSPHRASE)
    assert snapshot(store_path.parent) == before


def test_a_create_that_failed_for_a_full_disk_can_be_retried(store_path, monkeypatch):
    real_replace = os.replace

    def full_disk_on_second_key_copy(source, target, *args, **kwargs):
        if str(target).endswith(".key2"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", full_disk_on_second_key_copy)
    with pytest.raises(DiskError):
        Store.create(store_path, PASSPHRASE)
    monkeypatch.setattr(os, "replace", real_replace)

    # The disk has room again: the user tries once more.
    Store.create(store_path, PASSPHRASE).close()
    Store.open(store_path, PASSPHRASE).close()


def test_a_store_in_a_folder_that_cannot_be_made_is_refused_in_words(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    with pytest.raises(DiskError, match="could not be written"):
        Store.create(blocker / "stores" / "committee.store", PASSPHRASE)
    assert blocker.read_text() == "a file where the store's folder should be"


def test_a_folder_sqlite_cannot_write_is_refused_in_words(store_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from committee_app import schema

    def read_only(_connection):
        raise OperationalError("CREATE TABLE", {}, sqlite3.OperationalError("attempt to write a readonly database"))

    monkeypatch.setattr(schema, "upgrade_to_head", read_only)
    with pytest.raises(DiskError, match="read-only"):
        Store.create(store_path, PASSPHRASE)
    assert [p.name for p in store_path.parent.iterdir()] == []


# --- Everything that is not an openable store: its own error, and nothing written -----


def wrong_passphrase(path, closed_store):
    closed_store(path)
    return "not the passphrase"


def png_without_key_files(path, closed_store):
    path.parent.mkdir(parents=True)
    path.write_bytes(png_bytes())
    return PASSPHRASE


def empty_file(path, closed_store):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    return PASSPHRASE


def empty_file_with_key_files(path, closed_store):
    closed_store(path)
    path.write_bytes(b"")
    return PASSPHRASE


def plain_sqlite(path, closed_store):
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE members (full_name TEXT)")
    connection.execute("INSERT INTO members VALUES (?)", (MEMBER_NAME,))
    connection.commit()
    connection.close()
    return PASSPHRASE


def plain_sqlite_with_key_files(path, closed_store):
    closed_store(path)
    path.unlink()
    plain_sqlite(path, closed_store)
    return PASSPHRASE


def folder(path, closed_store):
    path.mkdir(parents=True)
    (path / "inside.txt").write_text("hello")
    return PASSPHRASE


def key_files_without_store(path, closed_store):
    closed_store(path)
    path.unlink()
    return PASSPHRASE


def nothing(path, closed_store):
    return PASSPHRASE


def nothing_but_the_folder(path, closed_store):
    path.parent.mkdir(parents=True)
    return PASSPHRASE


def truncated_to_whole_pages(path, closed_store):
    closed_store(path)
    data = path.read_bytes()
    pages = len(data) // PAGE_SIZE
    assert pages >= 4
    path.write_bytes(data[: (pages // 2) * PAGE_SIZE])
    return PASSPHRASE


def truncated_to_half(path, closed_store):
    closed_store(path)
    data = path.read_bytes()
    half = len(data) // 2
    if half % PAGE_SIZE == 0:
        half += 100
    path.write_bytes(data[:half])
    return PASSPHRASE


def truncated_off_page(path, closed_store):
    closed_store(path)
    data = path.read_bytes()
    path.write_bytes(data[:-100])
    return PASSPHRASE


def bytes_appended(path, closed_store):
    closed_store(path)
    with open(path, "ab") as store_file:
        store_file.write(b"\x00" * 10)
    return PASSPHRASE


def newer_version(path, closed_store):
    store = Store.open(closed_store(path), PASSPHRASE)
    with store.connection() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num='9999'"))
    store.close()
    return PASSPHRASE


def other_stores_key_files(path, closed_store):
    other = path.parent.parent / "other" / "committee.store"
    closed_store(other, name="b")
    closed_store(path)
    for mine, theirs in zip(keyslot.slot_paths(path), keyslot.slot_paths(other), strict=True):
        shutil.copyfile(theirs, mine)
    return PASSPHRASE


def both_key_files_damaged(path, closed_store):
    closed_store(path)
    for slot in keyslot.slot_paths(path):
        slot.write_bytes(b"not a key slot at all")
    return PASSPHRASE


# (make the bad input, the error, whether the message names the path, a word the message must hold)
BAD_INPUTS = {
    "wrong passphrase": (wrong_passphrase, WrongPassphrase, False, "passphrase"),
    "png image, no key files": (png_without_key_files, NotAStore, True, "key files"),
    "empty file": (empty_file, NotAStore, True, "empty"),
    "empty file with key files": (empty_file_with_key_files, NotAStore, True, "empty"),
    "plain sqlite": (plain_sqlite, NotAStore, True, "unencrypted"),
    "plain sqlite with key files": (plain_sqlite_with_key_files, NotAStore, True, "unencrypted"),
    "folder": (folder, NotAStore, True, "folder"),
    "key files but no store": (key_files_without_store, StoreNotFound, True, "key files"),
    "nothing at all": (nothing, StoreNotFound, True, ""),
    "empty folder": (nothing_but_the_folder, StoreNotFound, True, ""),
    "truncated to half the pages": (truncated_to_whole_pages, StoreDamaged, True, "damaged"),
    "truncated to half the bytes": (truncated_to_half, StoreDamaged, True, "damaged"),
    "truncated off a page boundary": (truncated_off_page, StoreDamaged, True, "damaged"),
    "bytes appended": (bytes_appended, StoreDamaged, True, "damaged"),
    "newer version": (newer_version, StoreTooNew, True, "newer"),
    "another store's key files": (other_stores_key_files, KeyFilesOfAnotherStore, True, "different store"),
    "both key files damaged": (both_key_files_damaged, KeySlotDamaged, False, "key file"),
}


@pytest.mark.parametrize(("make", "error", "names_path", "word"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_each_bad_input_has_its_own_error_and_is_left_byte_for_byte(
    store_path, closed_store, make, error, names_path, word
):
    passphrase = make(store_path, closed_store)
    before = snapshot(store_path.parent)

    with pytest.raises(error) as raised:
        Store.open(store_path, passphrase)

    assert type(raised.value) is error
    message = str(raised.value)
    assert message.strip()
    assert word.lower() in message.lower()
    if names_path:
        assert str(store_path) in message
    # The store, both key files, and the folder's listing (no -wal, -shm, .creating left over).
    assert snapshot(store_path.parent) == before


def store_with_a_member(path, closed_store):
    store = Store.open(closed_store(path), PASSPHRASE)
    add_member(store, full_name=MEMBER_NAME)
    save_profile(store, name=COMMITTEE_NAME)
    store.close()
    return path.read_bytes()


def overwrite_page(path, intact, page):
    """Write ``intact`` back with 16 bytes overwritten in the middle of ``page`` (0 = the first)."""
    data = bytearray(intact)
    middle = page * PAGE_SIZE + PAGE_SIZE // 2
    data[middle : middle + 16] = b"\xa5" * 16
    path.write_bytes(bytes(data))


def damage_is_reported(path):
    """Open the store and check it: None if StoreDamaged came, by ``Store.open`` or ``check``, else what came."""
    try:
        opened = Store.open(path, PASSPHRASE)
    except StoreDamaged as error:
        assert str(path) in str(error)
        return None
    try:
        report = opened.check()
    except StoreDamaged:
        return None
    except Exception as error:  # noqa: BLE001  (what the user would see instead: named in the failure)
        return f"check() raised {type(error).__name__}: {str(error).splitlines()[0]}"
    finally:
        opened.close()
    return None if not report.healthy_now else "check() called the damaged store healthy"


# Damage inside a page is found when the store is opened or, at the latest, by `check`: opening
# may stop at cheap checks for speed, so both places are accepted; the store itself is never written.
@pytest.mark.parametrize("where", ["second", "third", "middle", "last"])
def test_a_damaged_page_is_reported_and_the_file_left_alone(store_path, closed_store, where):
    intact = store_with_a_member(store_path, closed_store)
    pages = len(intact) // PAGE_SIZE
    overwrite_page(store_path, intact, {"second": 1, "third": 2, "middle": pages // 2, "last": pages - 1}[where])
    before = snapshot(store_path.parent)
    assert damage_is_reported(store_path) is None
    assert snapshot(store_path.parent) == before


def test_damage_in_any_page_is_reported_as_damage(store_path, closed_store):
    """Every page after the first, one at a time: the user must see "damaged", never a bug report."""
    intact = store_with_a_member(store_path, closed_store)
    unreported = {}
    for page in range(1, len(intact) // PAGE_SIZE):
        overwrite_page(store_path, intact, page)
        problem = damage_is_reported(store_path)
        if problem is not None:
            unreported[page] = problem
    assert unreported == {}


def test_damage_in_the_search_index_is_reported_when_searching_or_adding(store_path, closed_store):
    intact = store_with_a_member(store_path, closed_store)
    store = Store.open(store_path, PASSPHRASE)
    with store.connection() as connection:
        root = connection.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'member_search_config'"))
        page = root.scalar_one() - 1
    store.close()
    overwrite_page(store_path, intact, page)

    try:
        opened = Store.open(store_path, PASSPHRASE)
    except StoreDamaged:
        return  # refused at once: as good as it gets
    try:
        with pytest.raises(StoreDamaged):
            search_members(opened, "айгүл")
        with pytest.raises(StoreDamaged):
            add_member(opened, full_name="Ерлан Қасымов")
    finally:
        opened.close()


def test_a_store_that_failed_to_open_opens_once_the_problem_is_gone(store_path, closed_store):
    closed_store(store_path)
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, "wrong")
    Store.open(store_path, PASSPHRASE).close()


def test_newer_store_is_refused_even_after_retrying(store_path, closed_store):
    newer_version(store_path, closed_store)
    before = snapshot(store_path.parent)
    for _ in range(2):
        with pytest.raises(StoreTooNew):
            Store.open(store_path, PASSPHRASE)
    assert snapshot(store_path.parent) == before


# --- Changing the passphrase ------------------------------------------------------------


NEW_PASSPHRASE = "жаңа құпия сөз"


def test_change_passphrase_old_fails_new_works_data_kept(store_path, closed_store):
    store = Store.open(closed_store(store_path), PASSPHRASE)
    add_member(store, full_name=MEMBER_NAME)
    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    store.close()

    with pytest.raises(WrongPassphrase):
        Store.open(store_path, PASSPHRASE)
    reopened = Store.open(store_path, NEW_PASSPHRASE)
    try:
        assert member_names(reopened) == [MEMBER_NAME]
    finally:
        reopened.close()


def test_change_passphrase_rewrites_only_the_key_files(store_path, closed_store):
    store = Store.open(closed_store(store_path), PASSPHRASE)
    add_member(store, full_name=MEMBER_NAME)
    store.close()
    before = snapshot(store_path.parent)

    store = Store.open(store_path, PASSPHRASE)
    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    store.close()

    after = snapshot(store_path.parent)
    assert after.keys() == before.keys()
    assert after[store_path.name] == before[store_path.name]
    for suffix in keyslot.SLOT_SUFFIXES:
        assert after[store_path.name + suffix] != before[store_path.name + suffix]
    assert after[store_path.name + ".key1"] == after[store_path.name + ".key2"]


@pytest.mark.parametrize("empty", ["", "  "])
def test_change_to_an_empty_passphrase_is_refused(store, empty):
    before = snapshot(store.path.parent)
    with pytest.raises(PassphraseRejected):
        store.change_passphrase(PASSPHRASE, empty)
    assert snapshot(store.path.parent) == before
    store.close()
    Store.open(store.path, PASSPHRASE).close()


def test_change_passphrase_with_the_wrong_current_one_is_refused(store):
    before = snapshot(store.path.parent)
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the passphrase", NEW_PASSPHRASE)
    assert snapshot(store.path.parent) == before


def test_change_passphrase_repairs_a_damaged_copy(store):
    keyslot.slot_paths(store.path)[0].write_bytes(b"damaged")
    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert store.check().key_copies_intact == 2
    store.close()
    Store.open(store.path, NEW_PASSPHRASE).close()


# --- Panic wipe ----------------------------------------------------------------------------


def test_deleting_both_key_files_makes_the_store_unopenable(store_path, closed_store):
    store = Store.open(closed_store(store_path), PASSPHRASE)
    add_member(store, full_name=MEMBER_NAME)
    store.close()
    for slot in keyslot.slot_paths(store_path):
        slot.unlink()
    with pytest.raises(NotAStore):
        Store.open(store_path, PASSPHRASE)


# --- Check -------------------------------------------------------------------------------------


def test_check_on_a_new_store_is_healthy_and_empty(store):
    report = store.check()
    assert report.healthy_now
    assert report.integrity == ["ok"]
    assert report.cipher_problems == []
    assert report.key_copies_intact == 2
    assert set(report.counts.values()) == {0}
    assert {"members", "committee_profile", "assemblies", "demands", "votes"} <= report.counts.keys()


def test_check_counts_records(store):
    add_member(store, full_name=MEMBER_NAME)
    add_member(store, full_name="Ерлан Қасымов")
    save_profile(store, name=COMMITTEE_NAME)
    counts = store.check().counts
    assert counts["members"] == 2
    assert counts["committee_profile"] == 1
    assert counts["assemblies"] == 0


@pytest.mark.parametrize("which", [0, 1])
def test_check_reports_a_damaged_key_copy(store, which):
    keyslot.slot_paths(store.path)[which].write_bytes(b"\x00" * 200)
    report = store.check()
    assert report.key_copies_intact == 1
    assert not report.healthy_now


def test_check_after_open_repaired_a_copy_finds_both_intact(store_path, closed_store):
    closed_store(store_path)
    keyslot.slot_paths(store_path)[0].write_bytes(b"damaged")
    opened = Store.open(store_path, PASSPHRASE)
    try:
        report = opened.check()
        assert report.key_copies_intact == 2
        assert report.key_copy_repaired
        assert report.healthy_now
    finally:
        opened.close()


def test_key_slots_sealed_with_a_cheaper_setting_are_resealed_on_unlock(store_path, closed_store, monkeypatch):
    closed_store(store_path)
    stronger = keyslot.KdfParams(memory_kib=128, iterations=2, lanes=1)
    monkeypatch.setattr(keyslot, "DEFAULT_KDF", stronger)
    Store.open(store_path, PASSPHRASE).close()
    for copy in keyslot.slot_paths(store_path):
        assert keyslot.parse_slot(copy.read_bytes()).params == stronger
    Store.open(store_path, PASSPHRASE).close()


def test_check_reports_a_missing_key_copy(store):
    keyslot.slot_paths(store.path)[1].unlink()
    assert store.check().key_copies_intact == 1
    assert not store.check().healthy_now


# --- Locking and transactions ----------------------------------------------------------------


def test_a_closed_store_is_locked(store):
    store.close()
    assert not store.is_open
    with pytest.raises(StoreLocked) as raised:
        store.engine  # noqa: B018
    assert str(raised.value)
    with pytest.raises(StoreLocked):
        with store.session():
            pass
    with pytest.raises(StoreLocked):
        with store.connection():
            pass
    with pytest.raises(StoreLocked):
        add_member(store, full_name=MEMBER_NAME)
    store.close()  # closing twice is harmless


class Boom(Exception):
    pass


def test_a_failed_transaction_leaves_nothing_written(store):
    add_member(store, full_name="Бұрынғы мүше")
    with pytest.raises(Boom):
        with store.session() as session:
            session.add(Member(full_name=MEMBER_NAME, search_key=MEMBER_NAME.casefold(), sort_name="x"))
            session.flush()
            session.add(Member(full_name="Second", search_key="second", sort_name="y"))
            session.flush()
            raise Boom
    assert member_names(store) == ["Бұрынғы мүше"]
    assert count_members(store, "Сәрсен") == 0
    assert count_members(store) == 1


def test_a_failed_profile_update_keeps_the_old_profile(store):
    save_profile(store, name=COMMITTEE_NAME)
    with pytest.raises(ValidationError):
        save_profile(store, name="")  # a profile's name is required
    assert get_profile(store).name == COMMITTEE_NAME


def test_committed_data_is_searchable_after_reopening(store_path, closed_store):
    store = Store.open(closed_store(store_path), PASSPHRASE)
    add_member(store, full_name=MEMBER_NAME)
    store.close()
    reopened = Store.open(store_path, PASSPHRASE)
    try:
        assert [member.full_name for member in search_members(reopened, "сәрсен")] == [MEMBER_NAME]
    finally:
        reopened.close()

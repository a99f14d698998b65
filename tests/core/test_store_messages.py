"""What opening a store says when something beside it is wrong: each cause its own true
message, and a good key copy is used whatever sits in the other copy's place."""

import os
import shutil
import stat
import sys

import pytest

from committee_app import keyslot
from committee_app.cli import main
from committee_app.errors import KeyFilesOfAnotherStore, NotAStore, StoreDamaged, WrongPassphrase
from committee_app.keyslot import KeyRepair
from committee_app.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "жаңа құпия сөз 2026"


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """Two stores with the same passphrase, made once: "a" and "b"."""
    folder = tmp_path_factory.mktemp("templates")
    for name in ("a", "b"):
        Store.create(folder / name / "committee.store", PASSPHRASE, kdf=FAST_KDF).close()
    return folder


def copy_store(templates, target, name="a"):
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", *keyslot.SLOT_SUFFIXES):
        shutil.copy(f"{templates / name / 'committee.store'}{suffix}", f"{target}{suffix}")
    return target


@pytest.fixture
def closed(templates, store_path):
    return copy_store(templates, store_path)


@pytest.fixture
def other(templates, tmp_path):
    return copy_store(templates, tmp_path / "other" / "committee.store", name="b")


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def copies(path):
    return [slot.read_bytes() for slot in keyslot.slot_paths(path)]


def run(capsys, *argv):
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- a key copy from another store -------------------------------------------------------


@pytest.mark.parametrize("foreign", [0, 1], ids=["key1", "key2"])
def test_a_key_copy_of_another_store_with_the_same_passphrase_does_not_block_opening(closed, other, foreign):
    own = copies(closed)[1 - foreign]
    shutil.copyfile(keyslot.slot_paths(other)[foreign], keyslot.slot_paths(closed)[foreign])

    store = Store.open(closed, PASSPHRASE)
    try:
        assert store.key_repair is KeyRepair.FOREIGN
        assert "another store" in store.key_copy_note
        assert "disk" not in store.key_copy_note
    finally:
        store.close()

    assert copies(closed) == [own, own]
    assert copies(other) != [own, own]


def test_both_key_copies_of_another_store_are_still_called_so(closed, other):
    for mine, theirs in zip(keyslot.slot_paths(closed), keyslot.slot_paths(other), strict=True):
        shutil.copyfile(theirs, mine)
    before = folder_bytes(closed.parent)

    with pytest.raises(KeyFilesOfAnotherStore):
        Store.open(closed, PASSPHRASE)

    assert folder_bytes(closed.parent) == before


def test_a_wrong_passphrase_is_wrong_even_beside_a_key_copy_of_another_store(closed, other):
    shutil.copyfile(keyslot.slot_paths(other)[0], keyslot.slot_paths(closed)[0])
    before = folder_bytes(closed.parent)

    with pytest.raises(WrongPassphrase):
        Store.open(closed, "not the passphrase at all")

    assert folder_bytes(closed.parent) == before


def test_the_command_line_names_the_key_copy_of_another_store(closed, other, tmp_path, capsys):
    shutil.copyfile(keyslot.slot_paths(other)[0], keyslot.slot_paths(closed)[0])
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")

    code, _, err = run(capsys, "--store", closed, "--passphrase-file", secret, "members", "list")

    assert code == 0, err
    assert "another store" in err
    assert "disk is failing" not in err


# --- a damaged header -------------------------------------------------------------------


def test_a_damaged_store_header_is_called_damage_not_key_files_of_another_store(closed):
    data = bytearray(closed.read_bytes())
    data[:16] = b"\x5a" * 16
    closed.write_bytes(bytes(data))
    before = folder_bytes(closed.parent)

    with pytest.raises(StoreDamaged) as raised:
        Store.open(closed, PASSPHRASE)

    message = str(raised.value)
    assert str(closed) in message
    assert "beginning" in message and "backup" in message
    assert "different store" not in message
    assert folder_bytes(closed.parent) == before


# --- a FIFO -----------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_the_store_is_not_called_a_folder(closed):
    closed.unlink()
    os.mkfifo(closed)
    assert stat.S_ISFIFO(os.stat(closed).st_mode)

    with pytest.raises(NotAStore) as raised:
        Store.open(closed, PASSPHRASE)

    message = str(raised.value)
    assert str(closed) in message and "not an ordinary file" in message
    assert "folder" not in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_init_over_a_named_pipe_does_not_say_a_store_exists(tmp_path, capsys, monkeypatch):
    fifo = tmp_path / "committee.store"
    os.mkfifo(fifo)
    monkeypatch.setenv("COMMITTEE_APP_PASSPHRASE", PASSPHRASE)

    code, _, err = run(capsys, "--store", fifo, "init", "--name", "Стачком")

    assert code == 1
    assert "not an ordinary file" in err
    assert "already exists" not in err


# --- an interrupted passphrase change ---------------------------------------------------


@pytest.fixture
def change_cut_short(closed):
    """Where a passphrase change stops when the power goes between the two copies: the first
    copy holds the new passphrase, the second still the old."""
    unlocked = keyslot.unlock_key(closed, PASSPHRASE)
    first, _ = keyslot.slot_paths(closed)
    first.write_bytes(keyslot.seal_key(unlocked.key, NEW_PASSPHRASE, FAST_KDF, store_salt=unlocked.store_salt))
    return closed


def test_an_unfinished_change_opened_with_the_old_passphrase_says_so_and_keeps_the_old_one(change_cut_short):
    store = Store.open(change_cut_short, PASSPHRASE)
    try:
        assert store.key_repair is KeyRepair.CHANGE_UNDONE
        note = store.key_copy_note
        assert "old passphrase" in note and "had not finished" in note
        assert "damaged" not in note and "disk" not in note
        assert not store.repaired_key_copy
    finally:
        store.close()
    first, second = copies(change_cut_short)
    assert first == second
    Store.open(change_cut_short, PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Store.open(change_cut_short, NEW_PASSPHRASE)


def test_an_unfinished_change_opened_with_the_new_passphrase_is_finished(change_cut_short):
    store = Store.open(change_cut_short, NEW_PASSPHRASE)
    try:
        assert store.key_repair is KeyRepair.CHANGE_FINISHED
        assert "new passphrase is in use" in store.key_copy_note
        assert "damaged" not in store.key_copy_note
    finally:
        store.close()
    first, second = copies(change_cut_short)
    assert first == second
    with pytest.raises(WrongPassphrase):
        Store.open(change_cut_short, PASSPHRASE)


def test_the_command_line_says_the_change_had_not_finished(change_cut_short, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")

    code, _, err = run(capsys, "--store", change_cut_short, "--passphrase-file", secret, "members", "list")

    assert code == 0, err
    assert "had not finished" in err
    assert "damaged" not in err and "disk is failing" not in err


def test_an_unfinished_reseal_with_the_same_passphrase_is_finished_without_a_warning(closed, capsys, tmp_path):
    unlocked = keyslot.unlock_key(closed, PASSPHRASE)
    keyslot.slot_paths(closed)[0].write_bytes(
        keyslot.seal_key(unlocked.key, PASSPHRASE, FAST_KDF, store_salt=unlocked.store_salt)
    )
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")

    code, _, err = run(capsys, "--store", closed, "--passphrase-file", secret, "members", "list")

    assert code == 0, err
    assert "Warning" not in err and "had not finished" not in err
    first, second = copies(closed)
    assert first == second


def test_a_damaged_copy_still_gets_the_disk_warning(closed):
    keyslot.slot_paths(closed)[1].write_bytes(b"damaged")

    store = Store.open(closed, PASSPHRASE)
    try:
        assert store.key_repair is KeyRepair.DAMAGED
        assert store.repaired_key_copy
        assert "disk" in store.key_copy_note
    finally:
        store.close()

"""The wipe after failed unlocks: off by default; counted in a file beside the store that a
restart keeps; reset by a good unlock; the desktop and the command line count together."""

import os
import subprocess
import sys
from pathlib import Path

import tempfile

import pytest

from committee_app import keyslot, paths
from committee_app.errors import KeySlotDamaged, WrongPassphrase
from committee_app.failed_unlocks import (
    RecordsWiped,
    UnlockGuard,
    guard_path,
    open_store_counting_failures,
    read_guard,
    set_wipe_after,
)
from committee_app.services import members
from committee_app.store import Store

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
WRONG = "not the passphrase"


@pytest.fixture(autouse=True)
def private_temporary_folder(tmp_path, monkeypatch):
    """The wipe looks in the system's temporary folder: here, this test's own."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def closed_store(store, store_path):
    members.add_member(store, full_name="Айгүл Сейітова")
    store.close()
    return store_path


def test_off_by_default_any_number_of_wrong_passphrases_wipes_nothing(closed_store):
    for _ in range(25):
        with pytest.raises(WrongPassphrase) as refused:
            open_store_counting_failures(closed_store, WRONG)
        assert "Attempts left" not in str(refused.value)
    assert read_guard(closed_store) is None and not guard_path(closed_store).exists()
    open_store_counting_failures(closed_store, PASSPHRASE).close()


def test_each_wrong_passphrase_says_how_many_attempts_are_left(closed_store):
    set_wipe_after(closed_store, 5)
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassphrase, match=f"Attempts left before the records are wiped: {left}\\."):
            open_store_counting_failures(closed_store, WRONG)
    assert read_guard(closed_store) == UnlockGuard(5, 4)


def test_the_last_attempt_allowed_wipes_the_store_its_key_files_settings_and_logs(closed_store):
    settings = paths.config_folder() / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nlanguage=kk\n")
    set_wipe_after(closed_store, 5)
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            open_store_counting_failures(closed_store, WRONG)
    with pytest.raises(RecordsWiped, match="wrong 5 times in a row"):
        open_store_counting_failures(closed_store, WRONG)
    assert not closed_store.exists() and not keyslot.key_slots_exist(closed_store)
    assert not guard_path(closed_store).exists() and not settings.exists()


def test_a_good_unlock_sets_the_count_back_to_zero(closed_store):
    set_wipe_after(closed_store, 5)
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            open_store_counting_failures(closed_store, WRONG)
    open_store_counting_failures(closed_store, PASSPHRASE).close()
    assert read_guard(closed_store) == UnlockGuard(5, 0)
    with pytest.raises(WrongPassphrase, match="wiped: 4\\."):
        open_store_counting_failures(closed_store, WRONG)


def test_the_attempt_is_counted_before_the_passphrase_is_tried(closed_store, monkeypatch):
    """Killing the program while the key is derived must not save a guess."""
    set_wipe_after(closed_store, 10)
    seen = []
    real_open = Store.open

    def opening(path, passphrase):
        seen.append(read_guard(path))
        return real_open(path, passphrase)

    monkeypatch.setattr(Store, "open", staticmethod(opening))
    with pytest.raises(WrongPassphrase):
        open_store_counting_failures(closed_store, WRONG)
    assert seen == [UnlockGuard(10, 1)]


def test_a_failure_that_is_not_a_wrong_passphrase_is_not_counted(closed_store):
    set_wipe_after(closed_store, 5)
    for slot in keyslot.slot_paths(closed_store):
        slot.write_bytes(b"damaged")
    with pytest.raises(KeySlotDamaged):
        open_store_counting_failures(closed_store, WRONG)
    assert read_guard(closed_store) == UnlockGuard(5, 0)


def test_a_wipe_cut_off_is_finished_at_the_next_attempt(closed_store):
    guard_path(closed_store).write_text('{"wipe_after": 5, "failed": 5}')
    with pytest.raises(RecordsWiped):
        open_store_counting_failures(closed_store, PASSPHRASE)
    assert not closed_store.exists()


@pytest.mark.parametrize("content", ["", "{", '{"wipe_after": 7, "failed": 0}', '{"wipe_after": 5, "failed": -1}', "[]"])
def test_an_unreadable_counter_file_leaves_the_option_off(closed_store, content):
    guard_path(closed_store).write_text(content)
    assert read_guard(closed_store) is None
    open_store_counting_failures(closed_store, PASSPHRASE).close()


def run_cli(store_path: Path, passphrase_file: Path, *args: str) -> subprocess.CompletedProcess:
    """A fresh process each time: what one run counted, the next one reads."""
    return subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(store_path), "--passphrase-file", str(passphrase_file), *args],
        cwd=ROOT,
        env=os.environ,
        capture_output=True,
        text=True,
    )


def test_the_count_survives_a_restart_and_the_command_line_counts_too(closed_store, tmp_path):
    set_wipe_after(closed_store, 5)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(WRONG + "\n")
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n")
    for left in (4, 3):
        result = run_cli(closed_store, wrong, "members", "list")
        assert result.returncode == 1
        assert f"Attempts left before the records are wiped: {left}." in result.stderr
    assert read_guard(closed_store) == UnlockGuard(5, 2)
    # The desktop's next attempt carries on from the command line's count.
    for _ in range(2):
        with pytest.raises(WrongPassphrase, match="wiped: [21]\\."):
            open_store_counting_failures(closed_store, WRONG)
    result = run_cli(closed_store, wrong, "members", "list")
    assert result.returncode == 1 and "were wiped" in result.stderr
    assert not closed_store.exists() and not keyslot.key_slots_exist(closed_store)
    assert "Traceback" not in result.stderr


def test_turning_the_option_off_removes_the_file_and_on_counts_from_zero(closed_store):
    set_wipe_after(closed_store, 20)
    guard_path(closed_store).write_text('{"wipe_after": 20, "failed": 3}')
    set_wipe_after(closed_store, 10)
    assert read_guard(closed_store) == UnlockGuard(10, 0)
    assert guard_path(closed_store).stat().st_mode & 0o777 == 0o600
    set_wipe_after(closed_store, None)
    assert not guard_path(closed_store).exists()

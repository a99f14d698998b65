"""`committee-app members erase ID`, and retiring the backups that still hold an erased person."""

import os
import sys

import pytest

from committee_app.backup import list_backups
from committee_app.services import backups, members
from committee_app.services.erasure import erase_member
from tests.conftest import PASSPHRASE
from tests.core.test_cli import (  # noqa: F401  (the fixtures are used by name)
    KAIRAT,
    KAIRAT_PHONE,
    add_member,
    initialised,
    member_lines,
    no_stdin,
    path,
    run,
    secret_file,
)


@pytest.fixture
def with_kairat(initialised, secret_file, capsys):
    add_member(capsys, initialised, secret_file, "--name", KAIRAT, "--phone", KAIRAT_PHONE)
    add_member(capsys, initialised, secret_file, "--name", "Петрова Анна")
    return initialised


def listed(capsys, path, secret_file) -> list[list[str]]:
    _, out, _ = run(capsys, "--store", path, "--passphrase-file", secret_file, "members", "list")
    return member_lines(out)


def test_erase_with_yes_replaces_the_member_and_says_backups_still_hold_them(with_kairat, secret_file, capsys):
    code, out, err = run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", "1", "--yes")
    assert code == 0, err
    # In the committee's language, as the records hold it.
    assert "удалённый участник №1" in out and "Backups made before still hold this person" in err
    names = [line[1] for line in listed(capsys, with_kairat, secret_file)]
    assert "Жұмабаев" not in " ".join(names) and "Петрова Анна" in names
    assert not any(KAIRAT_PHONE in " ".join(line) for line in listed(capsys, with_kairat, secret_file))


def test_erase_without_yes_and_without_a_terminal_erases_nothing(with_kairat, secret_file, capsys, no_stdin):
    code, _, err = run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", "1")
    assert code == 1 and "Nothing was erased" in err
    assert KAIRAT in [line[1] for line in listed(capsys, with_kairat, secret_file)]


def test_erase_asks_on_a_terminal_and_a_no_keeps_the_member(with_kairat, secret_file, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    code, _, err = run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", "1")
    assert code == 1 and "Nothing was erased" in err
    monkeypatch.setattr("builtins.input", lambda _prompt: "да")
    code, _, err = run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", "1")
    assert code == 0, err


@pytest.mark.parametrize("number", ["999", "0", "-3", str(2**63)])
def test_erasing_a_member_that_is_not_there_is_said_and_changes_nothing(with_kairat, secret_file, capsys, number):
    code, _, err = run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", number, "--yes")
    assert code == 1 and "Traceback" not in err
    assert "no member" in err.casefold() or "no longer exists" in err
    assert len(listed(capsys, with_kairat, secret_file)) == 2


def test_a_second_erasure_of_the_same_member_is_refused(with_kairat, secret_file, capsys):
    run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", "1", "--yes")
    code, _, err = run(capsys, "--store", with_kairat, "--passphrase-file", secret_file, "members", "erase", "1", "--yes")
    assert code == 1 and "already erased" in err


def test_a_new_backup_retires_the_older_ones_of_this_store_and_overwrites_them(store, tmp_path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    person = members.add_member(store, full_name="Жұмабаев Қайрат")
    older = [backups.back_up_and_verify(store, folder, PASSPHRASE).path]
    # A second backup in the same minute gets the "-2" name.
    older.append(backups.back_up_and_verify(store, folder, PASSPHRASE).path)
    foreign = folder / "notes.txt"
    foreign.write_text("not a backup")
    overwritten = []
    real_open = os.open

    def watching_open(path, flags, *args, **kwargs):
        if flags & os.O_WRONLY and str(path).endswith(".cdbk"):
            overwritten.append(os.path.basename(path))
        return real_open(path, flags, *args, **kwargs)

    erase_member(store, person.id)
    monkeypatch.setattr(os, "open", watching_open)
    outcome = backups.back_up_and_verify(store, folder, PASSPHRASE, retire_older=True)
    monkeypatch.undo()

    assert outcome.removed_backups == 2
    assert [found.path for found in list_backups(folder)] == [outcome.path]
    assert sorted(overwritten) == sorted(path.name for path in older)
    assert foreign.read_text() == "not a backup"
    assert outcome.summary.members == 1

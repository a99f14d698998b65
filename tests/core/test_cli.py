"""The `committee-app` command line, driven in-process so that the fast test KDF applies.

Exit status: 0 done, 1 a message on stderr (never a traceback), 2 a mistyped command.
"""

import io
import logging
import os
import subprocess
import errno
import sys
from pathlib import Path

import pytest

from committee_app import __version__, cli, logs
from committee_app.cli import main
from committee_app.keyslot import slot_paths
from committee_app.services import members as member_service
from committee_app.services import profile
from committee_app.store import Store

SECRET = "құпия сөз — тест 2026"
OTHER_SECRET = "басқа құпия сөз"
COMMITTEE_NAME = "Стачком Жаңаөзен"
KAIRAT = "ҚАЙРАТ Жұмабаев Серікұлы"
KAIRAT_PHONE = "+7 701 512 34 87"
# Built at run time so that no source line quoted in a traceback contains it.
SENSITIVE_MESSAGE = "Жұма" + "баев" + " " + "+7 " + "701"


@pytest.fixture
def no_stdin(monkeypatch):
    """Standard input that is not a terminal and holds nothing."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def secret_file(tmp_path):
    return passphrase_file(tmp_path, SECRET + "\n")


@pytest.fixture
def path(tmp_path):
    return tmp_path / "stores" / "committee.store"


@pytest.fixture
def initialised(path, secret_file, capsys):
    """A store made with `init`, its passphrase in ``secret_file``."""
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)
    assert code == 0, err
    return path


def passphrase_file(tmp_path: Path, text: str, name: str = "passphrase.txt") -> Path:
    target = tmp_path / name
    target.write_bytes(text.encode("utf-8"))
    return target


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_usage_error(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def store_files(path: Path) -> list[Path]:
    return [path, *slot_paths(path)]


def snapshot(path: Path) -> dict[str, bytes]:
    return {file.name: file.read_bytes() for file in store_files(path)}


def nothing_created(path: Path) -> bool:
    folder = path.parent
    return not folder.exists() or not any(file.name.startswith(path.name) for file in folder.iterdir())


def member_lines(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line]


def add_member(capsys, path, secret_file, *fields) -> None:
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "members", "add", *fields)
    assert code == 0, err


# --- init -----------------------------------------------------------------------------


def test_init_creates_the_store_with_two_key_files_and_the_committee_name(path, secret_file, capsys):
    code, out, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)

    assert code == 0, err
    assert all(file.is_file() for file in store_files(path))
    assert str(path) in out
    store = Store.open(path, SECRET)
    try:
        assert profile.get_profile(store).name == COMMITTEE_NAME
    finally:
        store.close()


def test_init_refuses_to_replace_an_existing_store_and_leaves_it_as_it_was(initialised, tmp_path, capsys):
    before = snapshot(initialised)
    other = passphrase_file(tmp_path, OTHER_SECRET + "\n", "other.txt")

    code, out, err = run(capsys, "--store", initialised, "--passphrase-file", other, "init", "--name", "Другой комитет")

    assert code == 1
    assert "already exists" in err
    assert "Traceback" not in err
    assert snapshot(initialised) == before
    Store.open(initialised, SECRET).close()


@pytest.mark.parametrize("content", ["\n", "   \n", ""], ids=["newline-only", "spaces-only", "empty-file"])
def test_init_with_an_empty_passphrase_creates_nothing(path, tmp_path, capsys, content):
    empty = passphrase_file(tmp_path, content)

    code, _, err = run(capsys, "--store", path, "--passphrase-file", empty, "init", "--name", COMMITTEE_NAME)

    assert code == 1
    assert "empty" in err
    assert nothing_created(path)


def test_init_with_two_different_typed_passphrases_creates_nothing(path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("first one\nsecond one\n"))

    code, _, err = run(capsys, "--store", path, "init", "--name", COMMITTEE_NAME)

    assert code == 1
    assert "differ" in err
    assert nothing_created(path)


def test_init_with_the_same_passphrase_typed_twice_creates_a_store_it_opens(path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("pass word\npass word\n"))

    code, _, err = run(capsys, "--store", path, "init", "--name", COMMITTEE_NAME)

    assert code == 0, err
    Store.open(path, "pass word").close()


def test_init_without_any_passphrase_source_says_how_to_give_one(path, capsys, no_stdin):
    code, _, err = run(capsys, "--store", path, "init", "--name", COMMITTEE_NAME)

    assert code == 1
    assert "--passphrase-file" in err
    assert "Traceback" not in err
    assert nothing_created(path)


def test_init_with_a_missing_passphrase_file_names_it_and_creates_nothing(path, tmp_path, capsys, no_stdin):
    missing = tmp_path / "no-such-passphrase.txt"

    code, _, err = run(capsys, "--store", path, "--passphrase-file", missing, "init", "--name", COMMITTEE_NAME)

    assert code == 1
    assert str(missing) in err
    assert nothing_created(path)


def test_a_passphrase_file_keeps_its_spaces_and_drops_only_the_final_newline(path, tmp_path, capsys, monkeypatch):
    spaced = passphrase_file(tmp_path, " a b c d \n")
    code, _, err = run(capsys, "--store", path, "--passphrase-file", spaced, "init", "--name", COMMITTEE_NAME)
    assert code == 0, err

    monkeypatch.setenv("COMMITTEE_APP_PASSPHRASE", " a b c d ")
    code, _, err = run(capsys, "--store", path, "members", "list")
    assert code == 0, err

    monkeypatch.setenv("COMMITTEE_APP_PASSPHRASE", " a b c d")
    code, _, err = run(capsys, "--store", path, "members", "list")
    assert code == 1


def test_a_passphrase_file_with_windows_line_ending_is_the_same_passphrase(path, tmp_path, capsys, monkeypatch):
    code, _, err = run(
        capsys, "--store", path, "--passphrase-file", passphrase_file(tmp_path, SECRET + "\r\n"), "init", "--name", "X"
    )
    assert code == 0, err
    Store.open(path, SECRET).close()


# --- which store ----------------------------------------------------------------------


def test_the_store_variable_chooses_the_store_when_no_store_option_is_given(tmp_path, secret_file, capsys, monkeypatch):
    chosen = tmp_path / "elsewhere" / "from-env.store"
    monkeypatch.setenv("COMMITTEE_APP_STORE", str(chosen))

    code, out, err = run(capsys, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)
    assert code == 0, err
    assert all(file.is_file() for file in store_files(chosen))

    code, _, err = run(capsys, "--passphrase-file", secret_file, "members", "add", "--name", KAIRAT)
    assert code == 0, err
    store = Store.open(chosen, SECRET)
    try:
        assert [member.full_name for member in member_service.search_members(store)] == [KAIRAT]
    finally:
        store.close()


def test_the_store_option_wins_over_the_store_variable(tmp_path, secret_file, capsys, monkeypatch):
    from_env = tmp_path / "env" / "committee.store"
    from_option = tmp_path / "option" / "committee.store"
    monkeypatch.setenv("COMMITTEE_APP_STORE", str(from_env))

    code, _, err = run(capsys, "--store", from_option, "--passphrase-file", secret_file, "init", "--name", "X")

    assert code == 0, err
    assert from_option.is_file()
    assert not from_env.exists()


def test_without_store_option_or_variable_the_store_goes_to_the_user_data_folder(
    isolated_folders, secret_file, capsys
):
    code, out, err = run(capsys, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)

    assert code == 0, err
    expected = isolated_folders / "data" / "committee-app" / "committee.store"
    assert all(file.is_file() for file in store_files(expected))
    assert str(expected) in out


# --- members --------------------------------------------------------------------------


@pytest.fixture
def with_member(initialised, secret_file, capsys):
    add_member(capsys, initialised, secret_file, "--name", KAIRAT, "--phone", KAIRAT_PHONE, "--unit", "Цех №3")
    return initialised


def test_an_added_member_is_listed_as_one_tab_separated_line(initialised, secret_file, capsys):
    add_member(
        capsys, initialised, secret_file,
        "--name", KAIRAT, "--phone", KAIRAT_PHONE, "--workplace", "АО «Озенмунайгаз»",
        "--unit", "Цех №3", "--occupation", "оператор", "--role", "delegate",
    )  # fmt: skip

    code, out, err = run(capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "list")

    assert code == 0, err
    assert member_lines(out) == [["1", KAIRAT, KAIRAT_PHONE, "АО «Озенмунайгаз»", "Цех №3", "Delegate", "Active"]]  # readable words, in the language of the messages
    assert "Members found: 1." in err


def test_members_search_ignores_case_in_kazakh_and_finds_only_the_matching_member(initialised, secret_file, capsys):
    for name in (KAIRAT, "Сейітқали Ерлан Бақытұлы", "Петренко Сергей Иванович"):
        add_member(capsys, initialised, secret_file, "--name", name)

    code, out, err = run(
        capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "list", "--search", "қайрат"
    )

    assert code == 0, err
    assert [fields[1] for fields in member_lines(out)] == [KAIRAT]
    assert "Members found: 1." in err


def test_members_search_finds_a_phone_typed_without_spaces(initialised, secret_file, capsys):
    add_member(capsys, initialised, secret_file, "--name", KAIRAT, "--phone", KAIRAT_PHONE)
    add_member(capsys, initialised, secret_file, "--name", "Ким Виктор", "--phone", "+7 778 560 29 14")

    code, out, _ = run(
        capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "list", "--search", "7015123"
    )

    assert code == 0
    assert [fields[1] for fields in member_lines(out)] == [KAIRAT]


def test_members_list_status_filter(initialised, secret_file, capsys):
    for name in (KAIRAT, "Лысенко Дмитрий Олегович", "Ким Виктор Алексеевич"):
        add_member(capsys, initialised, secret_file, "--name", name)
    store = Store.open(initialised, SECRET)
    try:
        (leaver,) = member_service.search_members(store, "Лысенко")
        member_service.mark_member_left(store, leaver.id)
    finally:
        store.close()

    code, out, err = run(
        capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "list", "--status", "left"
    )
    assert code == 0, err
    assert [(fields[1], fields[6]) for fields in member_lines(out)] == [("Лысенко Дмитрий Олегович", "Left")]

    code, out, _ = run(
        capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "list", "--status", "active"
    )
    assert code == 0
    assert sorted(fields[1] for fields in member_lines(out)) == sorted([KAIRAT, "Ким Виктор Алексеевич"])


def test_members_add_with_an_unknown_role_is_a_usage_error_and_adds_no_one(initialised, secret_file, capsys):
    code, _, err = run_usage_error(
        capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "add", "--name", KAIRAT,
        "--role", "boss",
    )  # fmt: skip

    assert code == 2
    assert "boss" in err
    code, out, _ = run(capsys, "--store", initialised, "--passphrase-file", secret_file, "members", "list")
    assert code == 0
    assert member_lines(out) == []


def test_a_wrong_passphrase_is_refused_with_a_message_and_the_store_is_not_touched(initialised, tmp_path, capsys):
    before = snapshot(initialised)
    wrong = passphrase_file(tmp_path, OTHER_SECRET + "\n", "wrong.txt")

    code, out, err = run(capsys, "--store", initialised, "--passphrase-file", wrong, "members", "list")

    assert code == 1
    assert "passphrase" in err.lower()
    assert "Traceback" not in err
    assert out == ""
    assert snapshot(initialised) == before


def test_members_list_on_a_missing_store_says_there_is_none(tmp_path, secret_file, capsys):
    missing = tmp_path / "nowhere" / "committee.store"

    code, _, err = run(capsys, "--store", missing, "--passphrase-file", secret_file, "members", "list")

    assert code == 1
    assert str(missing) in err
    assert not missing.parent.exists()


# --- usage ----------------------------------------------------------------------------


def test_an_unknown_command_is_a_usage_error(capsys):
    code, _, err = run_usage_error(capsys, "frobnicate")
    assert code == 2
    assert "frobnicate" in err


def test_init_without_a_name_is_a_usage_error(path, secret_file, capsys):
    code, _, err = run_usage_error(capsys, "--store", path, "--passphrase-file", secret_file, "init")
    assert code == 2
    assert "--name" in err
    assert nothing_created(path)


def test_version_prints_the_version(capsys):
    code, out, _ = run_usage_error(capsys, "--version")
    assert code == 0
    assert out.strip() == f"committee-app {__version__}"


class FakeFrontEnd:
    """Stands in for the desktop entry point: records how the core started it."""

    def __init__(self):
        self.calls = []

    def load(self):
        return lambda path, unlocked_store: self.calls.append((path, unlocked_store)) or 0


def test_no_command_starts_the_desktop_front_end_found_by_entry_point(capsys, monkeypatch, path):
    front_end = FakeFrontEnd()
    monkeypatch.setattr(cli, "entry_points", lambda group: [front_end] if group == cli.DESKTOP_ENTRY_POINT_GROUP else [])
    code, _, _ = run(capsys, "--store", path)
    assert code == 0
    assert front_end.calls == [(path, None)]


def test_a_desktop_front_end_handed_to_main_starts_without_a_look_at_package_metadata(capsys, monkeypatch, path):
    """The bundle's launcher hands the front end over: importlib.metadata stays unloaded."""
    started = []

    def no_metadata(group):
        raise AssertionError("entry points looked up")

    monkeypatch.setattr(cli, "entry_points", no_metadata)
    code = cli.main(["--store", str(path)], desktop=lambda store_path, unlocked: started.append((store_path, unlocked)) or 0)
    assert code == 0
    assert started == [(path, None)]


def test_without_a_desktop_front_end_the_user_is_told_to_use_the_commands(capsys, monkeypatch):
    monkeypatch.setattr(cli, "entry_points", lambda group: [])
    code, _, err = run(capsys)
    assert code == 1
    assert "--help" in err
    assert "Traceback" not in err


def test_the_installed_package_registers_the_desktop_front_end():
    from importlib.metadata import entry_points

    (front_end,) = entry_points(group=cli.DESKTOP_ENTRY_POINT_GROUP)
    assert front_end.value == "ui.app:run_desktop"


def test_python_dash_m_prints_the_version():
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"committee-app {__version__}"


# --- check ----------------------------------------------------------------------------


def test_check_on_a_healthy_store_says_ok_and_counts_the_records(with_member, secret_file, capsys):
    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "check")

    assert code == 0, err
    lines = out.splitlines()
    assert "Database integrity: ok" in lines
    assert "Encryption (page authentication): ok" in lines
    assert "Key files intact: 2 of 2" in lines
    assert "Records: members 1, assemblies 0, demands 0, action items 0." in lines


def damage(file: Path) -> None:
    data = bytearray(file.read_bytes())
    data[20] ^= 0xFF
    file.write_bytes(bytes(data))


def test_a_store_with_one_damaged_key_file_still_opens_and_the_copy_is_rewritten(with_member, secret_file, capsys):
    first, second = slot_paths(with_member)
    damage(first)

    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")

    assert code == 0, err
    assert [fields[1] for fields in member_lines(out)] == [KAIRAT]
    assert first.read_bytes() == second.read_bytes()


def test_check_reports_a_damaged_key_file(with_member, secret_file, capsys):
    damage(slot_paths(with_member)[0])

    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "check")

    # Opening rewrote the damaged copy from the intact one: whole again, with a warning.
    assert code == 0
    assert "Key files intact: 2 of 2" in out
    assert "rewritten from the intact copy" in err


def test_every_command_warns_when_it_rewrote_a_damaged_key_file(with_member, secret_file, capsys):
    damage(slot_paths(with_member)[1])
    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")
    assert code == 0
    assert "rewritten from the intact copy" in err
    code, _, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")
    assert "rewritten" not in err


# --- change-passphrase ----------------------------------------------------------------


def test_change_passphrase_from_files_the_old_one_no_longer_opens(with_member, secret_file, tmp_path, capsys):
    new = passphrase_file(tmp_path, OTHER_SECRET + "\n", "new.txt")

    code, out, err = run(
        capsys, "--store", with_member, "--passphrase-file", secret_file, "change-passphrase", "--new-passphrase-file", new
    )

    assert code == 0, err
    assert "changed" in out
    code, _, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")
    assert code == 1
    assert "passphrase" in err.lower()
    code, out, _ = run(capsys, "--store", with_member, "--passphrase-file", new, "members", "list")
    assert code == 0
    assert [fields[1] for fields in member_lines(out)] == [KAIRAT]


def test_change_passphrase_to_an_empty_one_is_refused_and_the_old_one_still_opens(
    with_member, secret_file, tmp_path, capsys
):
    empty = passphrase_file(tmp_path, "\n", "empty.txt")
    before = snapshot(with_member)

    code, _, err = run(
        capsys, "--store", with_member, "--passphrase-file", secret_file, "change-passphrase", "--new-passphrase-file", empty
    )

    assert code == 1
    assert "empty" in err
    assert snapshot(with_member) == before


def test_change_passphrase_with_two_different_new_passphrases_changes_nothing(
    with_member, secret_file, capsys, monkeypatch
):
    monkeypatch.setenv("COMMITTEE_APP_PASSPHRASE", SECRET)
    monkeypatch.setattr(sys, "stdin", io.StringIO("new one\nnew two\n"))

    code, _, err = run(capsys, "--store", with_member, "change-passphrase")

    assert code == 1
    assert "differ" in err
    Store.open(with_member, SECRET).close()


def test_change_passphrase_typed_at_prompts_asks_for_the_current_one_once(with_member, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{SECRET}\n{OTHER_SECRET}\n{OTHER_SECRET}\n"))

    code, _, err = run(capsys, "--store", with_member, "change-passphrase")

    assert code == 0, err
    Store.open(with_member, OTHER_SECRET).close()


# --- demo -----------------------------------------------------------------------------


def count_members(capsys, path, passphrase: Path) -> int:
    code, out, err = run(capsys, "--store", path, "--passphrase-file", passphrase, "members", "list")
    assert code == 0, err
    return len(member_lines(out))


def test_demo_creates_forty_members_and_without_yes_and_a_terminal_keeps_them(path, secret_file, capsys, monkeypatch):
    code, out, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "demo", "--no-gui", "--yes")

    assert code == 0, err
    assert str(path) in out
    assert all(file.is_file() for file in store_files(path))
    assert not [file for file in path.parent.iterdir() if ".demo-new" in file.name]
    assert count_members(capsys, path, secret_file) == 40

    before = snapshot(path)
    # Even a "y" is not taken as an answer when nobody is at a terminal.
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "demo", "--no-gui")

    assert code == 1
    assert "--yes" in err
    assert "Traceback" not in err
    assert snapshot(path) == before


def test_demo_with_yes_replaces_the_earlier_demo(path, secret_file, tmp_path, capsys):
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "demo", "--no-gui", "--yes")
    assert code == 0, err
    new = passphrase_file(tmp_path, OTHER_SECRET + "\n", "new.txt")

    code, _, err = run(capsys, "--store", path, "--passphrase-file", new, "demo", "--no-gui", "--yes")

    assert code == 0, err
    assert count_members(capsys, path, new) == 40
    code, _, _ = run(capsys, "--store", path, "--passphrase-file", secret_file, "members", "list")
    assert code == 1


def test_demo_without_store_option_leaves_the_real_store_alone(isolated_folders, secret_file, capsys, monkeypatch):
    real = isolated_folders / "data" / "committee-app" / "committee.store"
    code, _, err = run(capsys, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)
    assert code == 0, err
    before = snapshot(real)

    code, out, err = run(capsys, "--passphrase-file", secret_file, "demo", "--no-gui", "--yes")

    assert code == 0, err
    demo = isolated_folders / "data" / "committee-app" / "demo" / "committee.store"
    assert str(demo) in out
    assert all(file.is_file() for file in store_files(demo))
    assert snapshot(real) == before
    assert count_members(capsys, real, secret_file) == 0


# --- unexpected errors ------------------------------------------------------------------


def test_an_unexpected_error_ends_in_an_apology_and_a_log_without_personal_data(
    with_member, secret_file, isolated_folders, capsys, monkeypatch
):
    def broken_search(*args, **kwargs):
        raise RuntimeError(SENSITIVE_MESSAGE)

    monkeypatch.setattr(member_service, "search_members", broken_search)

    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")

    assert code == 1
    log_path = logs.log_file_path()
    assert log_path.is_relative_to(isolated_folders / "state")
    assert "Sorry" in err
    assert str(log_path) in err
    assert "Traceback" not in err
    assert "Жұмабаев" not in err and "+7 701" not in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert "Жұмабаев" not in logged
    assert "+7 701" not in logged


def test_running_twice_in_one_process_writes_each_log_line_once(with_member, secret_file, capsys, monkeypatch):
    def broken_search(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(member_service, "search_members", broken_search)
    for _ in range(2):
        code, _, _ = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")
        assert code == 1
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = logs.log_file_path().read_text(encoding="utf-8")
    assert logged.count("unexpected RuntimeError") == 2


def test_demo_never_replaces_a_real_store_even_with_yes(initialised, secret_file, capsys):
    before = snapshot(initialised)
    code, _, err = run(capsys, "--store", initialised, "--passphrase-file", secret_file, "demo", "--no-gui", "--yes")
    assert code == 1
    assert "not a demo" in err
    assert snapshot(initialised) == before


def test_a_full_disk_behind_standard_output_is_said_in_words(with_member, secret_file, capsys, monkeypatch):
    def full(_text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys.stdout, "write", full)
    code, _, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump")
    assert code == 1
    assert "disk is full" in err.lower()
    assert "Sorry" not in err


def test_a_reader_that_stops_early_is_not_an_error(with_member, secret_file, capsys, monkeypatch):
    def closed(_text):
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(sys.stdout, "write", closed)
    code, _, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "members", "list")
    assert code == 0
    assert "Sorry" not in err


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("ru_RU.UTF-8", "Хранилища"), ("kk_KZ.UTF-8", "қоймасы жоқ"), ("C.UTF-8", "There is no store")],
)
def test_messages_follow_the_language_of_the_environment(tmp_path, locale, expected):
    # A separate process: the command line makes its own Qt application for the translators.
    env = {**os.environ, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": "", "COMMITTEE_APP_LANGUAGE": ""}
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(tmp_path / "none.store"), "members", "list"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert expected in result.stderr

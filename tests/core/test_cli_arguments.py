"""Arguments no text or number can hold are refused by name, before the passphrase is asked.

A terminal set to another encoding hands Python bytes that are not UTF-8 (they arrive as
lone surrogates); a script can pass a NUL or a lone surrogate; a protocol number can be
larger than SQLite's integers. Each is the user's to fix, so each gets its own message.
"""

import io
import os
import subprocess
import sys

import pytest

from committee_app.cli import main
from committee_app.passphrases import PASSPHRASE_ENV
from committee_app.store import Store

SECRET = "құпия сөз — тест 2026"
BIGGEST_SQLITE_INTEGER = 2**63 - 1


@pytest.fixture(autouse=True)
def no_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def path(tmp_path):
    return tmp_path / "stores" / "committee.store"


@pytest.fixture
def initialised(path, capsys, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    code, _, err = run(capsys, "--store", path, "init", "--name", "Стачком")
    assert code == 0, err
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_usage_error(capsys, *argv) -> tuple[int, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main([str(arg) for arg in argv])
    return exit_info.value.code, capsys.readouterr().err


def no_apology(err: str) -> None:
    assert "Sorry, something went wrong" not in err and "Traceback" not in err


def member_count(path) -> int:
    from committee_app.services.members import search_members

    store = Store.open(path, SECRET)
    try:
        return len(search_members(store, ""))
    finally:
        store.close()


# "\udcff" is how Python hands on the byte 0xff of an argument that is not UTF-8.
BAD_TEXT = {
    "not-utf8": ("Айгүл \udcff\udcfe", "not UTF-8"),
    "nul": ("Айгүл\x00", "NUL"),
    "lone-surrogate": ("Айгүл \ud800", "broken character"),
}


@pytest.mark.parametrize("kind", BAD_TEXT)
@pytest.mark.parametrize(
    "argv, option",
    [
        (["members", "add", "--name"], "--name"),
        (["members", "add", "--name", "Айгүл", "--workplace"], "--workplace"),
        (["members", "list", "--search"], "--search"),
    ],
    ids=["add-name", "add-workplace", "search"],
)
def test_a_member_argument_no_text_can_hold_is_refused_by_its_option(initialised, capsys, argv, option, kind):
    text, words = BAD_TEXT[kind]

    code, _, err = run(capsys, "--store", initialised, *argv, text)

    assert code == 1
    no_apology(err)
    assert option in err and words in err
    assert member_count(initialised) == 0


@pytest.mark.parametrize("kind", BAD_TEXT)
def test_init_with_a_committee_name_no_text_can_hold_creates_nothing(path, capsys, monkeypatch, kind):
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    text, words = BAD_TEXT[kind]

    code, _, err = run(capsys, "--store", path, "init", "--name", text)

    assert code == 1
    no_apology(err)
    assert "--name" in err and words in err
    assert not path.exists()


def test_the_bad_argument_is_refused_before_the_passphrase_is_asked(initialised, capsys, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)

    code, _, err = run(capsys, "--store", initialised, "members", "list", "--search", "\udcff")

    assert code == 1
    assert "--search" in err
    assert "No passphrase was given" not in err


def test_a_store_path_holding_a_nul_is_refused_by_its_option(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)

    code, _, err = run(capsys, "--store", str(tmp_path / "a\x00b.store"), "members", "list")

    assert code == 1
    no_apology(err)
    assert "--store" in err and "NUL" in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_still_works_as_a_path_and_is_printed_as_given(tmp_path):
    """On Linux a file name is bytes: such a name is the user's file, not a typing mistake."""
    path = os.fsencode(tmp_path) + "/комитет-".encode() + b"\xff.store"
    env = {**os.environ, PASSPHRASE_ENV: SECRET, "COMMITTEE_APP_LANGUAGE": "en"}

    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", path, "init", "--name", "Стачком"],
        capture_output=True,
        env=env,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"Created the store " + path in result.stdout
    Store.open(os.fsdecode(path), SECRET).close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX arguments are bytes")
def test_a_latin1_terminal_gets_a_message_not_an_apology(initialised, tmp_path):
    """Through a real process: the bytes of "Жұмабаев" in a Cyrillic 8-bit encoding."""
    env = {**os.environ, PASSPHRASE_ENV: SECRET, "COMMITTEE_APP_LANGUAGE": "en"}
    name = "Жұмабаев".replace("ұ", "у").encode("cp1251")

    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", os.fsencode(initialised), "members", "add", "--name", name],
        capture_output=True,
        env=env,
        timeout=120,
    )

    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, err
    assert "--name" in err and "not UTF-8" in err
    no_apology(err)


@pytest.mark.parametrize("number", [str(BIGGEST_SQLITE_INTEGER + 1), str(10**30), "0", "-3", "seven"])
def test_a_protocol_number_no_assembly_can_have_is_refused_by_its_option(initialised, tmp_path, capsys, number):
    code, err = run_usage_error(
        capsys, "--store", initialised, "print", "agenda", "--assembly", number, "--output", tmp_path / "agenda.pdf"
    )

    assert code == 2
    no_apology(err)
    assert "--assembly" in err and number in err
    assert not (tmp_path / "agenda.pdf").exists()


def test_the_largest_protocol_number_is_looked_up_and_not_found(initialised, tmp_path, capsys):
    code, _, err = run(
        capsys, "--store", initialised, "print", "agenda",
        "--assembly", BIGGEST_SQLITE_INTEGER, "--output", tmp_path / "agenda.pdf",
    )  # fmt: skip

    assert code == 1
    no_apology(err)
    assert f"no assembly with protocol number {BIGGEST_SQLITE_INTEGER}" in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX environments and pipes are bytes")
@pytest.mark.parametrize("through", ["variable", "standard-input"])
def test_a_passphrase_that_is_not_utf8_is_said_to_be_so(initialised, through):
    env = {**os.environ, "COMMITTEE_APP_LANGUAGE": "en"}
    env.pop(PASSPHRASE_ENV)
    typed = SECRET.encode("utf-8") + b"\xff"
    if through == "variable":
        env = {os.fsencode(k): os.fsencode(v) for k, v in env.items()}
        env[PASSPHRASE_ENV.encode()] = typed

    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", os.fsencode(initialised), "members", "list"],
        input=typed + b"\n",
        capture_output=True,
        env=env,
        timeout=120,
    )

    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1
    assert "not UTF-8" in err
    assert (PASSPHRASE_ENV in err) == (through == "variable")
    no_apology(err)

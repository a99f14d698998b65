"""One rule for every new passphrase, wherever it is chosen (the app, `init`, `demo`,
`change-passphrase`, a backup's passphrase file), and passphrase files read as typed."""

import io
import sys
from pathlib import Path

import pytest

from committee_app.backup import format as backup_format
from committee_app.cli import main
from committee_app.errors import PassphraseRejected, UserError
from committee_app.keyslot import KdfParams, slot_paths
from committee_app.passphrases import MIN_PASSPHRASE_LENGTH, read_passphrase_file
from committee_app.services.backups import separate_backup_passphrase, set_separate_backup_passphrase
from committee_app.store import Store
from tests.conftest import PASSPHRASE

SECRET = "құпия сөз — тест 2026"
SEVEN = "қысқа7!"
EIGHT = "қысқа 8!"
COMMITTEE_NAME = "Стачком Жаңаөзен"


@pytest.fixture(autouse=True)
def no_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", KdfParams(memory_kib=64, iterations=1, lanes=1))


def write(tmp_path: Path, data: bytes, name: str = "passphrase.txt") -> Path:
    target = tmp_path / name
    target.write_bytes(data)
    return target


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def path(tmp_path):
    return tmp_path / "stores" / "committee.store"


@pytest.fixture
def initialised(path, tmp_path, capsys):
    secret = write(tmp_path, (SECRET + "\n").encode(), "secret.txt")
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret, "init", "--name", COMMITTEE_NAME)
    assert code == 0, err
    return path, secret


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def says_why_short(err: str) -> None:
    assert str(MIN_PASSPHRASE_LENGTH) in err
    assert "laptop" in err  # the reason: a taken laptop lets anyone try short ones by the million
    assert "Traceback" not in err and "Sorry" not in err


# --- the minimum ----------------------------------------------------------------------


def test_the_minimum_is_the_one_the_app_asks_for():
    from ui.dialogs.passphrase_fields import MIN_ACCEPTABLE

    assert MIN_PASSPHRASE_LENGTH == MIN_ACCEPTABLE == 8


def test_init_refuses_a_seven_character_passphrase_says_why_and_creates_nothing(path, tmp_path, capsys):
    code, _, err = run(capsys, "--store", path, "--passphrase-file", write(tmp_path, SEVEN.encode()), "init", "--name", "X")

    assert code == 1
    says_why_short(err)
    assert not path.exists() and not any(p.exists() for p in slot_paths(path))


def test_init_accepts_eight_characters(path, tmp_path, capsys):
    code, _, err = run(capsys, "--store", path, "--passphrase-file", write(tmp_path, EIGHT.encode()), "init", "--name", "X")

    assert code == 0, err
    Store.open(path, EIGHT).close()


def test_demo_refuses_a_short_passphrase(path, tmp_path, capsys):
    code, _, err = run(
        capsys, "--store", path, "--passphrase-file", write(tmp_path, b"demo"), "demo", "--no-gui", "--yes"
    )

    assert code == 1
    says_why_short(err)
    assert not path.exists()


def test_change_passphrase_to_a_short_one_is_refused_and_the_old_one_still_opens(initialised, tmp_path, capsys):
    path, secret = initialised
    before = folder_bytes(path.parent)

    code, _, err = run(
        capsys, "--store", path, "--passphrase-file", secret,
        "change-passphrase", "--new-passphrase-file", write(tmp_path, b"x\n", "new.txt"),
    )  # fmt: skip

    assert code == 1
    says_why_short(err)
    assert folder_bytes(path.parent) == before
    Store.open(path, SECRET).close()


def test_a_backup_with_a_short_passphrase_from_a_file_is_refused_and_nothing_is_written(initialised, tmp_path, capsys):
    path, secret = initialised
    stick = tmp_path / "stick"
    stick.mkdir()

    code, _, err = run(
        capsys, "--store", path, "--passphrase-file", secret,
        "backup", "--to", stick, "--backup-passphrase-file", write(tmp_path, b"1\n", "backup.txt"),
    )  # fmt: skip

    assert code == 1
    says_why_short(err)
    assert list(stick.iterdir()) == []


def test_the_core_refuses_short_new_passphrases_everywhere(store_path):
    with pytest.raises(PassphraseRejected):
        Store.create(store_path, SEVEN)
    assert not store_path.parent.exists()
    store = Store.create(store_path, PASSPHRASE)
    try:
        with pytest.raises(PassphraseRejected):
            store.change_passphrase(PASSPHRASE, SEVEN)
        with pytest.raises(PassphraseRejected):
            set_separate_backup_passphrase(store, SEVEN)
        assert separate_backup_passphrase(store) is None
    finally:
        store.close()
    Store.open(store_path, PASSPHRASE).close()


@pytest.mark.parametrize("control", ["\n", "\t", "\x00", "\r"], ids=["newline", "tab", "nul", "carriage-return"])
def test_a_new_passphrase_with_a_character_that_cannot_be_typed_is_refused(store_path, control):
    with pytest.raises(PassphraseRejected) as refused:
        Store.create(store_path, "long enough" + control + "passphrase")
    assert "typed" in str(refused.value)
    assert not store_path.parent.exists()


# --- passphrase files -----------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        SECRET.encode(),
        (SECRET + "\n").encode(),
        (SECRET + "\r\n").encode(),
        b"\xef\xbb\xbf" + SECRET.encode(),
        b"\xef\xbb\xbf" + (SECRET + "\r\n").encode(),
    ],
    ids=["bare", "newline", "windows-newline", "bom", "bom-and-windows-newline"],
)
def test_a_passphrase_file_gives_the_passphrase_as_typed(tmp_path, data):
    assert read_passphrase_file(write(tmp_path, data)) == SECRET


def test_a_store_made_from_a_notepad_file_with_a_bom_opens_with_the_typed_passphrase(path, tmp_path, capsys):
    notepad = write(tmp_path, b"\xef\xbb\xbf" + (SECRET + "\r\n").encode("utf-8"))

    code, _, err = run(capsys, "--store", path, "--passphrase-file", notepad, "init", "--name", COMMITTEE_NAME)

    assert code == 0, err
    Store.open(path, SECRET).close()


@pytest.mark.parametrize("data", [b"", b"\n", b"\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"])
def test_an_empty_passphrase_file_has_its_own_message(tmp_path, data):
    file = write(tmp_path, data)

    with pytest.raises(UserError) as refused:
        read_passphrase_file(file)

    assert str(file) in str(refused.value)
    assert "is empty" in str(refused.value)


def test_opening_with_an_empty_passphrase_file_says_the_file_is_empty_not_the_passphrase_wrong(initialised, tmp_path, capsys):
    path, _ = initialised
    empty = write(tmp_path, b"\n", "empty.txt")

    code, _, err = run(capsys, "--store", path, "--passphrase-file", empty, "members", "list")

    assert code == 1
    assert "is empty" in err
    assert "Wrong passphrase" not in err


@pytest.mark.parametrize(
    "data",
    [(SECRET + "\n\n").encode(), (SECRET + "\r\n\r\n").encode(), b"first line\nsecond line\n"],
    ids=["empty-second-line", "empty-second-windows-line", "two-lines"],
)
def test_init_refuses_a_passphrase_file_of_more_than_one_line(path, tmp_path, capsys, data):
    file = write(tmp_path, data)

    code, _, err = run(capsys, "--store", path, "--passphrase-file", file, "init", "--name", COMMITTEE_NAME)

    assert code == 1
    assert "typed" in err
    assert not path.exists()

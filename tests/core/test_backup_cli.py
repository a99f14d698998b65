"""`committee-app backup`, `verify` and `restore`, driven in-process with a weakened backup KDF.

Exit status: 0 done, 1 a message on stderr (never a traceback).
"""

import io
import sys
from pathlib import Path

import pytest

from committee_app.backup import format as backup_format
from committee_app.cli import main
from committee_app.keyslot import KdfParams
from committee_app.services import members as member_service
from committee_app.store import Store

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
SECRET = "құпия сөз — тест 2026"
BACKUP_SECRET = "таяқшаның құпия сөзі 2026"
WRONG_SECRET = "мүлде басқа құпия сөз"
COMMITTEE_NAME = "Стачком Жаңаөзен"
KAIRAT = "ҚАЙРАТ Жұмабаев Серікұлы"
AIGUL = "Айгүл Сәрсенбаева"


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", FAST)


@pytest.fixture(autouse=True)
def no_stdin(monkeypatch):
    """Standard input that is not a terminal and holds nothing: nothing is ever typed."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def passphrase_file(tmp_path: Path, text: str, name: str) -> Path:
    target = tmp_path / name
    target.write_bytes((text + "\n").encode("utf-8"))
    return target


@pytest.fixture
def secret_file(tmp_path):
    return passphrase_file(tmp_path, SECRET, "passphrase.txt")


@pytest.fixture
def backup_secret_file(tmp_path):
    return passphrase_file(tmp_path, BACKUP_SECRET, "backup-passphrase.txt")


@pytest.fixture
def wrong_file(tmp_path):
    return passphrase_file(tmp_path, WRONG_SECRET, "wrong.txt")


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(tmp_path, secret_file, capsys):
    """A store made with `init`, holding two members; its passphrase in ``secret_file``."""
    path = tmp_path / "stores" / "committee.store"
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)
    assert code == 0, err
    for name in (KAIRAT, AIGUL):
        code, _, err = run(capsys, "--store", path, "--passphrase-file", secret_file, "members", "add", "--name", name)
        assert code == 0, err
    return path


def member_names(path: Path, passphrase: str) -> set[str]:
    store = Store.open(path, passphrase)
    try:
        return {member.full_name for member in member_service.search_members(store, "")}
    finally:
        store.close()


def store_bytes(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert "Sorry, something went wrong" not in err


def make_backup(capsys, store, secret_file, stick, *extra) -> Path:
    code, out, err = run(capsys, "--store", store, "--passphrase-file", secret_file, "backup", "--to", stick, *extra)
    assert code == 0, err
    backups = list(stick.glob("backup-*.cdbk"))
    assert len(backups) == 1
    assert str(backups[0]) in out
    return backups[0]


def test_backup_then_verify_then_restore_round_trip(filled, secret_file, stick, tmp_path, capsys):
    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "backup", "--to", stick)
    assert code == 0, err
    assert "Verified: 2 members, 0 assemblies, 0 demands." in out
    assert "Eject" in out
    [written] = stick.glob("backup-*.cdbk")
    assert str(written) in out
    assert [p.name for p in stick.iterdir()] == [written.name]  # no temporary file left

    code, out, err = run(capsys, "--passphrase-file", secret_file, "verify", written)
    assert code == 0, err
    assert "Verified: 2 members, 0 assemblies, 0 demands." in out

    # The live store gains a member after the backup; restoring brings back the backup's two.
    code, _, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "members", "add", "--name", "Кейін")
    assert code == 0, err
    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "restore", written, "--yes")
    assert code == 0, err
    assert "Verified: 2 members, 0 assemblies, 0 demands." in out
    aside = filled.with_name(filled.name + ".before-restore")
    assert str(aside) in out
    assert aside.exists()
    assert "backup's passphrase" in out
    assert member_names(filled, SECRET) == {KAIRAT, AIGUL}
    assert "Кейін" in member_names(aside, SECRET)


def test_a_separate_backup_passphrase_opens_the_backup_and_the_store_passphrase_does_not(
    filled, secret_file, backup_secret_file, stick, tmp_path, capsys
):
    written = make_backup(capsys, filled, secret_file, stick, "--backup-passphrase-file", backup_secret_file)

    code, out, err = run(capsys, "verify", written, "--backup-passphrase-file", backup_secret_file)
    assert code == 0, err
    assert "Verified: 2 members" in out

    code, out, err = run(capsys, "--passphrase-file", secret_file, "verify", written)
    assert code == 1
    assert err.strip()
    no_traceback(err)

    # The comrade with the stick restores on a new laptop: the store opens with the backup passphrase.
    new_store = tmp_path / "new-laptop" / "committee.store"
    code, out, err = run(
        capsys, "--store", new_store, "restore", written, "--yes", "--backup-passphrase-file", backup_secret_file
    )
    assert code == 0, err
    assert member_names(new_store, BACKUP_SECRET) == {KAIRAT, AIGUL}


def test_verify_with_the_wrong_passphrase_exits_1_with_a_message(filled, secret_file, wrong_file, stick, capsys):
    written = make_backup(capsys, filled, secret_file, stick)
    code, out, err = run(capsys, "--passphrase-file", wrong_file, "verify", written)
    assert code == 1
    assert "passphrase" in err.lower()
    assert "Verified" not in out
    no_traceback(err)


def test_restore_with_the_wrong_passphrase_leaves_the_store_unchanged(filled, secret_file, wrong_file, stick, capsys):
    written = make_backup(capsys, filled, secret_file, stick)
    before = store_bytes(filled)
    code, _, err = run(capsys, "--store", filled, "restore", written, "--yes", "--backup-passphrase-file", wrong_file)
    assert code == 1
    assert "passphrase" in err.lower()
    no_traceback(err)
    assert store_bytes(filled) == before


def test_verify_of_a_damaged_backup_exits_1_with_a_message(filled, secret_file, stick, capsys):
    written = make_backup(capsys, filled, secret_file, stick)
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0x01
    written.write_bytes(bytes(data))
    code, out, err = run(capsys, "--passphrase-file", secret_file, "verify", written)
    assert code == 1
    assert err.strip()
    assert "Verified" not in out
    no_traceback(err)


def test_verify_of_a_missing_file_exits_1_with_a_message(tmp_path, secret_file, capsys):
    missing = tmp_path / "stick" / "backup-2026-03-08-0905.cdbk"
    code, _, err = run(capsys, "--passphrase-file", secret_file, "verify", missing)
    assert code == 1
    assert str(missing) in err
    no_traceback(err)


def test_restore_without_yes_and_without_a_terminal_refuses_and_changes_nothing(filled, secret_file, stick, capsys):
    written = make_backup(capsys, filled, secret_file, stick)
    before = store_bytes(filled)
    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "restore", written)
    assert code == 1
    assert "--yes" in err
    assert "Verified: 2 members" in out  # the summary is shown before the question
    no_traceback(err)
    assert store_bytes(filled) == before
    assert not filled.with_name(filled.name + ".before-restore").exists()


def test_restore_on_a_fresh_machine_with_no_store(filled, secret_file, stick, tmp_path, capsys):
    written = make_backup(capsys, filled, secret_file, stick)
    new_store = tmp_path / "new-laptop" / "data" / "committee.store"
    assert not new_store.parent.exists()
    code, out, err = run(capsys, "--store", new_store, "--passphrase-file", secret_file, "restore", written, "--yes")
    assert code == 0, err
    assert "before-restore" not in out
    assert member_names(new_store, SECRET) == {KAIRAT, AIGUL}


def test_restore_into_the_default_store_path(filled, secret_file, stick, capsys):
    """Without --store, the store goes where the app looks for it by default."""
    written = make_backup(capsys, filled, secret_file, stick)
    code, _, err = run(capsys, "--passphrase-file", secret_file, "restore", written, "--yes")
    assert code == 0, err
    code, out, err = run(capsys, "--passphrase-file", secret_file, "members", "list")
    assert code == 0, err
    assert KAIRAT in out and AIGUL in out


def test_backup_into_a_missing_folder_exits_1_with_a_message(filled, secret_file, tmp_path, capsys):
    missing = tmp_path / "no-stick-here"
    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "backup", "--to", missing)
    assert code == 1
    assert str(missing) in err
    no_traceback(err)
    assert not missing.exists()


def test_backup_with_the_wrong_store_passphrase_writes_nothing(filled, wrong_file, stick, capsys):
    code, _, err = run(capsys, "--store", filled, "--passphrase-file", wrong_file, "backup", "--to", stick)
    assert code == 1
    assert err.strip()
    no_traceback(err)
    assert list(stick.iterdir()) == []


def test_two_backups_in_the_same_minute_never_replace_each_other(filled, secret_file, stick, capsys):
    first = make_backup(capsys, filled, secret_file, stick)
    first_bytes = first.read_bytes()
    code, _, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "backup", "--to", stick)
    assert code == 0, err
    assert len(list(stick.glob("backup-*.cdbk"))) == 2
    assert first.read_bytes() == first_bytes


def test_a_backup_costlier_than_usual_to_open_is_refused_unasked_and_opened_with_open_costly(
    filled, secret_file, stick, tmp_path, capsys, monkeypatch
):
    written = make_backup(capsys, filled, secret_file, stick)
    # Against a shipped cost far below the suite's fast one, this backup asks for "too much".
    monkeypatch.setattr(backup_format, "SHIPPED_KDF", backup_format.KdfParams(memory_kib=8, iterations=1, lanes=1))
    before = store_bytes(filled)

    for command in (["verify", written], ["restore", "--yes", written]):
        code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, *command)
        no_traceback(err)
        assert code == 1 and "It may have been made to keep this computer busy" in err
        assert "add --open-costly" in err
    assert store_bytes(filled) == before

    code, out, err = run(capsys, "--passphrase-file", secret_file, "verify", "--open-costly", written)
    assert code == 0, err
    assert f"The backup {written} is whole." in out
    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "restore", "--yes", "--open-costly", written)
    assert code == 0, err
    assert member_names(filled, SECRET) == {KAIRAT, AIGUL}


def test_a_restore_reads_and_checks_the_backup_once_deriving_its_key_once(filled, secret_file, stick, capsys, monkeypatch):
    written = make_backup(capsys, filled, secret_file, stick)
    derived, decrypted = [], []
    real_derive, real_decrypt = backup_format.derive_keys, backup_format.AESGCM.decrypt
    monkeypatch.setattr(backup_format, "derive_keys", lambda *a: derived.append(1) or real_derive(*a))
    monkeypatch.setattr(backup_format.AESGCM, "decrypt", lambda self, *a: decrypted.append(1) or real_decrypt(self, *a))
    with open(written, "rb") as backup_file:
        chunks = backup_format.read_header(backup_file, written).chunk_lengths()

    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "restore", "--yes", written)

    assert code == 0, err
    assert len(derived) == 1 and len(decrypted) == len(chunks)
    assert member_names(filled, SECRET) == {KAIRAT, AIGUL}


def test_a_restore_declined_at_the_question_leaves_nothing_beside_the_store(filled, secret_file, stick, capsys, monkeypatch):
    from committee_app import cli

    written = make_backup(capsys, filled, secret_file, stick)
    before = store_bytes(filled)
    monkeypatch.setattr(cli, "confirm", lambda question: False)

    code, out, err = run(capsys, "--store", filled, "--passphrase-file", secret_file, "restore", written)

    assert code == 1 and "Nothing was restored" in err
    assert store_bytes(filled) == before

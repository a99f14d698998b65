"""The panic wipe: key files destroyed first, then exactly the app's files; a practice run
deletes nothing; a wipe killed half-way leaves the store unreadable."""

import io
import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import tempfile

import pytest

from committee_app import keyslot, logs, paths, wipe
from committee_app.cli import main
from committee_app.errors import NotAStore, StoreError
from committee_app.services import members
from committee_app.store import Store
from committee_app.wipe import WipeKind, carry_out, plan_wipe

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
QT_SETTINGS_BEFORE = "[General]\nkeep=1\n\n[FileDialog]\nhistory=/media/stick/minutes\nlastVisited=file:///media/stick\n"


@pytest.fixture
def traces(store, store_path, tmp_path):
    """A store in use with everything the app leaves around it, and files that are not the app's."""
    members.add_member(store, full_name="Айгүл Сейітова", phone="+7 701 000 00 01")
    folder = store_path.parent
    made = {
        "aside": folder / "committee.store.before-restore",
        "aside keys": folder / "committee.store.before-restore.key1",
        "key being written": folder / ".committee.store.key2.k3j9x_aa.tmp",
        "restore journal": folder / "committee.store.restore-journal",
        "snapshot": folder / ".committee.store.0a1b2c3d4e5f.backup-snapshot",
        "snapshot wal": folder / ".committee.store.0a1b2c3d4e5f.backup-snapshot-wal",
        "journal": folder / "committee.store-journal",
        "settings": paths.config_folder() / "settings.ini",
        "log": logs.log_file_path(),
        "old log": logs.log_file_path().with_name("committee-app.log.1"),
    }
    for path in made.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(PAGE) if path.name.endswith("before-restore") else b"x")
    qt_settings = wipe.qt_settings_file()
    qt_settings.parent.mkdir(parents=True, exist_ok=True)
    qt_settings.write_text(QT_SETTINGS_BEFORE)
    others = [
        folder / "notes.txt",
        folder / "committee.store.txt",
        folder / "other.store",
        folder / "other.store.key1",
        folder / ".other.store.key1.abc.tmp",
        tmp_path / "stick" / "backup-2026-01-01-1200.cdbk",
    ]
    for path in others:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not the app's")
    return made, others


PAGE = 4096


@pytest.fixture(autouse=True)
def private_temporary_folder(tmp_path, monkeypatch):
    """The wipe looks in the system's temporary folder: here, this test's own."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def store_files(store_path: Path) -> set[Path]:
    return {p for p in store_path.parent.iterdir() if p.name.startswith("committee.store")}


def test_the_plan_names_the_key_files_first_then_the_records_temporary_files_settings_and_logs(store, store_path, traces):
    made, others = traces
    plan = plan_wipe(store_path)
    kinds = [item.kind for item in plan.items]
    assert kinds == sorted(kinds, key=list(WipeKind).index)
    assert set(plan.key_files) == {
        *keyslot.slot_paths(store_path), made["aside keys"], made["key being written"]
    }
    assert set(plan.paths) == {
        *keyslot.slot_paths(store_path), store_path, Path(f"{store_path}-wal"), Path(f"{store_path}-shm"),
        *made.values(), wipe.qt_settings_file(),
    }
    assert not set(others) & set(plan.paths)


def test_the_wipe_deletes_exactly_the_plan(store, store_path, traces):
    made, others = traces
    plan = plan_wipe(store_path)
    store.close()
    outcome = carry_out(plan)
    assert outcome.failed == [] and not outcome.key_files_remain
    assert not any(path.exists() for path in plan.paths if path != wipe.qt_settings_file())
    assert all(path.read_bytes() == b"not the app's" for path in others)
    # The folders only the app used are gone; the store's folder keeps what is not the app's.
    assert not paths.config_folder().exists() and not paths.log_folder().exists()
    assert store_path.parent.is_dir()


def test_only_the_file_dialogs_recent_folders_leave_the_file_other_qt_programs_share(store, store_path, traces):
    store.close()
    carry_out(plan_wipe(store_path))
    left = wipe.qt_settings_file().read_text()
    assert "[General]" in left and "keep=1" in left
    assert "stick" not in left and "FileDialog" not in left


def test_key_files_are_overwritten_and_gone_before_any_other_file_is_touched(store, store_path, traces, monkeypatch):
    """Every unlink and every open for writing, in order: the key files' first."""
    made, _ = traces
    keys = {path: path.read_bytes() for path in plan_wipe(store_path).key_files}
    events = []
    real_unlink, real_open = os.unlink, os.open

    def recording_unlink(path, *args, **kwargs):
        path = Path(path)
        if path in keys:
            # At its unlink a key file holds random bytes of its length, nothing of the sealed key.
            now = path.read_bytes()
            assert len(now) == len(keys[path]) and now != keys[path]
        events.append(("unlink", path))
        return real_unlink(path, *args, **kwargs)

    def recording_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR):
            events.append(("write", Path(path)))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", recording_unlink)
    monkeypatch.setattr(os, "open", recording_open)
    closed_at = []
    wipe.wipe(store_path, keys_destroyed=lambda: (closed_at.append(len(events)), store.close()))
    touched = [path for _, path in events]
    last_key_event = max(i for i, path in enumerate(touched) if path in keys)
    first_other = min(i for i, path in enumerate(touched) if path not in keys)
    assert last_key_event < first_other
    assert {path for kind, path in events[: last_key_event + 1] if kind == "unlink"} == set(keys)
    # The store is closed (the app's engine disposed) only once the key files are gone.
    assert closed_at == [last_key_event + 1]
    assert ("unlink", store_path) in events[first_other:]


def test_a_practice_run_deletes_nothing(store, store_path, traces):
    made, _ = traces
    before = {path: (path.stat().st_mtime_ns, path.read_bytes()) for path in [*store_files(store_path), *made.values()]}
    plan = plan_wipe(store_path)
    assert plan.items
    assert {path: (path.stat().st_mtime_ns, path.read_bytes()) for path in before} == before
    assert wipe.qt_settings_file().read_text() == QT_SETTINGS_BEFORE


KILLED_MID_WIPE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from committee_app import wipe
    # Killed the moment the key files are gone, before anything else is deleted.
    wipe.wipe(Path(sys.argv[1]), keys_destroyed=lambda: os.kill(os.getpid(), signal.SIGKILL))
    """
)


def test_a_wipe_killed_after_the_key_files_leaves_the_store_unreadable_and_a_second_wipe_finishes(store, store_path):
    members.add_member(store, full_name="Айгүл Сейітова")
    store.close()
    sealed = keyslot.slot_paths(store_path)[0].read_bytes()
    result = subprocess.run([sys.executable, "-c", KILLED_MID_WIPE, str(store_path)], cwd=ROOT, env=os.environ)
    assert result.returncode == -signal.SIGKILL
    assert store_path.exists()  # killed before the store file was deleted...
    assert not keyslot.key_slots_exist(store_path)
    with pytest.raises(StoreError):  # ...but no passphrase opens it any more
        Store.open(store_path, PASSPHRASE)
    assert not any(sealed in path.read_bytes() for path in store_path.parent.iterdir() if path.is_file())
    # The store file without its key files is still recognised as one, and goes.
    carry_out(plan_wipe(store_path))
    assert not store_files(store_path)


@pytest.mark.parametrize("kind", ["text file", "plain SQLite", "folder"])
def test_a_path_that_is_not_a_store_is_refused_and_nothing_is_deleted(tmp_path, kind):
    target = tmp_path / "thing"
    if kind == "folder":
        target.mkdir()
    elif kind == "plain SQLite":
        target.write_bytes(b"SQLite format 3\x00" + bytes(PAGE - 16))
    else:
        target.write_text("shopping list")
    settings = paths.config_folder() / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\n")
    with pytest.raises(NotAStore, match="Nothing was deleted"):
        plan_wipe(target)
    assert target.exists() and settings.exists()


def test_the_log_is_closed_and_not_written_again_after_the_wipe(store, store_path):
    log_path = logs.configure_logging()
    logging.getLogger("committee_app").warning("before the wipe")
    store.close()
    wipe.wipe(store_path)
    logging.getLogger("committee_app").warning("after the wipe")
    assert not log_path.exists() and not log_path.parent.exists()


def test_copies_of_printed_documents_opened_in_a_viewer_are_overwritten_and_go(
    store, store_path, private_temporary_folder, monkeypatch
):
    opened = private_temporary_folder / f"{wipe.OPENED_COPY_PREFIX}k2j3h4"
    opened.mkdir()
    roster = opened / "roster.pdf"
    roster.write_bytes(b"%PDF-1.4 Aigul Seitova +7 701 000 00 01")
    verifying = private_temporary_folder / f"{wipe.VERIFYING_PREFIX}a8d9"
    verifying.mkdir()
    (verifying / "snapshot").write_bytes(b"encrypted")
    someone_elses = private_temporary_folder / "other-program"
    someone_elses.mkdir()
    plan = plan_wipe(store_path)
    assert {roster, verifying / "snapshot"} <= set(plan.paths)
    assert [item.overwritten for item in plan.items if item.path == roster] == [True]
    at_unlink = {}
    real_unlink = os.unlink

    def unlinking(path, *args, **kwargs):
        if Path(path) == roster:
            at_unlink["roster"] = Path(path).read_bytes()
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlinking)
    store.close()
    carry_out(plan)
    assert b"Aigul" not in at_unlink["roster"]
    assert not opened.exists() and not verifying.exists() and someone_elses.exists()


def test_the_demo_store_goes_too(store, store_path):
    from committee_app.demo import create_demo_store

    create_demo_store(paths.demo_store_path(), PASSPHRASE).close()
    plan = plan_wipe(store_path)
    assert set(keyslot.slot_paths(paths.demo_store_path())) <= set(plan.key_files)
    store.close()
    carry_out(plan)
    assert not paths.demo_store_path().parent.exists()


# --- the command line ------------------------------------------------------------------------


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_practice_lists_every_file_and_deletes_nothing(store, store_path, traces, capsys):
    made, _ = traces
    store.close()
    before = store_files(store_path)
    code, out, _ = run(capsys, "--store", store_path, "wipe", "--practice")
    assert code == 0
    assert "Practice: nothing is deleted" in out and "Backups on USB sticks" in out
    for path in [*keyslot.slot_paths(store_path), store_path, made["settings"], made["log"]]:
        assert str(path) in out
    assert out.index(str(keyslot.slot_paths(store_path)[0])) < out.index(f"  {store_path}\n")
    assert store_files(store_path) == before and made["settings"].exists()


def test_cli_wipe_asks_and_without_an_answer_deletes_nothing(store, store_path, capsys, monkeypatch):
    store.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "--store", store_path, "wipe")
    assert code == 1 and "Nothing was deleted" in err
    assert store_path.exists() and keyslot.key_slots_exist(store_path)


def test_cli_wipe_yes_deletes_the_store_and_its_key_files(store, store_path, traces, capsys):
    _, others = traces
    store.close()
    code, out, err = run(capsys, "--store", store_path, "wipe", "--yes")
    assert code == 0, err
    assert "Wiped." in out
    assert store_files(store_path) == {store_path.parent / "committee.store.txt"}  # not the app's
    assert not paths.config_folder().exists()
    assert all(path.exists() for path in others)


def test_cli_wipe_of_a_file_that_is_not_a_store_refuses(tmp_path, capsys):
    target = tmp_path / "letter.txt"
    target.write_text("Dear comrades")
    code, _, err = run(capsys, "--store", target, "wipe", "--yes")
    assert code == 1 and "does not look like a Committee Desk store" in err
    assert target.read_text() == "Dear comrades"

"""What the store remembers about backups: the separate passphrase, the verified backups,
the reminder rule, and the routine that writes, verifies, remembers and rotates."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from committee_app import backup
from committee_app.backup import format as backup_format
from committee_app.cli import main
from committee_app.dump import dump_records
from committee_app.errors import PassphraseRejected
from committee_app.keyslot import KdfParams
from committee_app.services import backups, members
from committee_app.store import Store
from tests.conftest import PASSPHRASE

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
COMRADE = "Жолдастың құпия сөзі — 2026"


@pytest.fixture(autouse=True)
def fast_backup_kdf(monkeypatch):
    monkeypatch.setattr(backup_format, "DEFAULT_KDF", FAST)


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_backups_use_the_store_passphrase_until_a_separate_one_is_set(store):
    assert backups.passphrase_for_backups(store, PASSPHRASE) == PASSPHRASE
    backups.set_separate_backup_passphrase(store, COMRADE)
    assert backups.passphrase_for_backups(store, PASSPHRASE) == COMRADE
    backups.set_separate_backup_passphrase(store, None)
    assert backups.passphrase_for_backups(store, PASSPHRASE) == PASSPHRASE


def test_an_empty_separate_passphrase_is_refused_and_the_old_one_kept(store):
    backups.set_separate_backup_passphrase(store, COMRADE)
    with pytest.raises(PassphraseRejected):
        backups.set_separate_backup_passphrase(store, "   ")
    assert backups.separate_backup_passphrase(store) == COMRADE


def test_the_separate_passphrase_never_goes_into_an_export(store):
    backups.set_separate_backup_passphrase(store, COMRADE)
    assert COMRADE not in json.dumps(dump_records(store), ensure_ascii=False)


def test_a_backup_with_the_separate_passphrase_opens_with_it_and_not_with_the_stores(store, stick):
    members.add_member(store, full_name="Әсел Нұрланқызы")
    backups.set_separate_backup_passphrase(store, COMRADE)
    outcome = backups.back_up_and_verify(store, stick, backups.passphrase_for_backups(store, PASSPHRASE))
    assert backup.verify_backup(outcome.path, COMRADE).members == 1
    with pytest.raises(backup.BackupWrongPassphrase):
        backup.verify_backup(outcome.path, PASSPHRASE)


def test_the_command_line_backup_uses_the_separate_passphrase_set_in_the_app(store, store_path, stick, tmp_path, capsys):
    backups.set_separate_backup_passphrase(store, COMRADE)
    store.close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["--store", str(store_path), "--passphrase-file", str(secret), "backup", "--to", str(stick)]) == 0
    (written,) = stick.glob("backup-*.cdbk")
    assert backup.verify_backup(written, COMRADE).schema_revision is not None
    with pytest.raises(backup.BackupWrongPassphrase):
        backup.verify_backup(written, PASSPHRASE)


def test_a_verified_backup_is_remembered_with_what_it_held(store, stick):
    assert backups.last_verified_backup(store) is None
    for name in ("Қанат Серікұлы", "Гүлжан Әміржанова"):
        members.add_member(store, full_name=name)
    stages = []
    outcome = backups.back_up_and_verify(store, stick, PASSPHRASE, progress=lambda *step: stages.append(step))
    last = backups.last_verified_backup(store)
    assert (last.file_name, last.size_bytes, last.members) == (outcome.path.name, outcome.path.stat().st_size, 2)
    assert outcome.summary.members == 2
    by_file = backups.verified_backups_by_file(store, [outcome.path.name])
    assert by_file[(outcome.path.name, outcome.path.stat().st_size)].members == 2
    # Progress goes through writing, then verifying, each up to its total.
    assert {stage for stage, _done, _total in stages} == {backups.WRITING, backups.VERIFYING}
    writing = [done for stage, done, _total in stages if stage == backups.WRITING]
    assert writing == sorted(writing) and writing[-1] == stages[0][2]
    assert stages[-1][0] == backups.VERIFYING and stages[-1][1] == stages[-1][2]


def test_a_file_of_the_same_name_but_another_size_is_not_taken_for_a_verified_one(store, stick):
    outcome = backups.back_up_and_verify(store, stick, PASSPHRASE)
    size = outcome.path.stat().st_size
    assert backups.verified_backups_by_file(store, [outcome.path.name]).get((outcome.path.name, size + 1)) is None


def test_the_routine_keeps_only_the_newest_backups(store, stick):
    for minute in range(3):
        older = backup.write_backup(store, stick, PASSPHRASE, now=datetime(2026, 1, 5, 10, minute))
        backups.record_verified_backup(store, older, backup.verify_backup(older, PASSPHRASE), made_here=True)
    outcome = backups.back_up_and_verify(store, stick, PASSPHRASE, keep=2)
    assert outcome.removed_backups == 2
    assert [item.path for item in backup.list_backups(stick)][0] == outcome.path
    assert len(backup.list_backups(stick)) == 2


def test_the_list_shows_only_the_apps_backups_newest_first(store, stick):
    older = backup.write_backup(store, stick, PASSPHRASE, now=datetime(2026, 1, 5, 10, 0))
    newer = backup.write_backup(store, stick, PASSPHRASE, now=datetime(2026, 1, 6, 9, 30))
    (stick / "backup-2026-01-07-0000.cdbk").write_bytes(b"not a backup at all")
    (stick / "notes.txt").write_text("a comrade's notes")
    listed = backup.list_backups(stick)
    assert [item.path for item in listed] == [newer, older]
    assert listed[0].taken_at == datetime(2026, 1, 6, 9, 30)
    assert listed[0].size == newer.stat().st_size


def test_the_reminder_is_due_after_the_chosen_number_of_days():
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert backups.backup_is_overdue(None, 7, now)
    assert not backups.backup_is_overdue(now - timedelta(days=7), 7, now)
    assert backups.backup_is_overdue(now - timedelta(days=7, minutes=1), 7, now)
    assert not backups.backup_is_overdue(now - timedelta(days=20), 30, now)


def test_the_bookkeeping_travels_with_a_restore(store, store_path, stick, tmp_path):
    backups.set_separate_backup_passphrase(store, COMRADE)
    first = backups.back_up_and_verify(store, stick, COMRADE)
    second = backups.back_up_and_verify(store, stick, COMRADE)
    target = tmp_path / "new-laptop" / "committee.store"
    backup.restore_backup(second.path, COMRADE, target)
    restored = Store.open(target, COMRADE)
    try:
        assert backups.separate_backup_passphrase(restored) == COMRADE
        # The backup remembers the verifications made before it was written.
        size = first.path.stat().st_size
        assert (first.path.name, size) in backups.verified_backups_by_file(restored, [first.path.name])
    finally:
        restored.close()


def test_a_restored_store_remembers_the_backup_it_came_from_as_verified(store, stick, tmp_path):
    members.add_member(store, full_name="Әсел Нұрланқызы")
    written = backup.write_backup(store, stick, PASSPHRASE)
    target = tmp_path / "new-laptop" / "committee.store"
    backup.restore_backup(written, PASSPHRASE, target)
    restored = Store.open(target, PASSPHRASE)
    try:
        last = backups.last_verified_backup(restored)
        assert (last.file_name, last.size_bytes, last.members) == (written.name, written.stat().st_size, 1)
    finally:
        restored.close()


def test_two_laptops_sharing_a_stick_never_remove_each_others_backups(store, stick, tmp_path):
    other = Store.create(tmp_path / "other-laptop" / "committee.store", PASSPHRASE)
    try:
        theirs = [backup.write_backup(other, stick, PASSPHRASE, now=datetime(2026, 1, day, 9, 0)) for day in (3, 4, 5)]
        for path in theirs:
            backups.record_verified_backup(other, path, backup.verify_backup(path, PASSPHRASE))
        # This laptop verifying the other's backup does not make it one of its own.
        backups.verify_and_remember(store, theirs[0], PASSPHRASE)
        for _ in range(3):
            backups.back_up_and_verify(store, stick, PASSPHRASE, keep=1)
        assert all(path.exists() for path in theirs)
        ours = [item.path for item in backup.list_backups(stick) if item.path not in theirs]
        assert len(ours) == 1
    finally:
        other.close()


def test_an_in_place_restore_can_keep_the_laptops_own_backup_passphrase(store, store_path, stick):
    backups.set_separate_backup_passphrase(store, "a passphrase that leaked")
    written = backup.write_backup(store, stick, PASSPHRASE)
    store.close()
    backup.restore_backup(written, PASSPHRASE, store_path, separate_backup_passphrase=COMRADE)
    restored = Store.open(store_path, PASSPHRASE)
    try:
        assert backups.separate_backup_passphrase(restored) == COMRADE
    finally:
        restored.close()

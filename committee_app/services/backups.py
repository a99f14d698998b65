"""What the store remembers about its backups: the separate backup passphrase (if any) and
the backups it has read back whole, with what they held."""

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import col, select

from ..atomic import disk_error
from ..backup import SUFFIX, BackupSummary, rotate_backups, verify_backup
from ..backup.snapshot import read_back, write_checked_backup
from ..backup.rotation import DEFAULT_KEEP
from ..errors import translate
from ..models import BackupSettings, VerifiedBackup, utcnow
from ..store import Store, check_passphrase_acceptable


def separate_backup_passphrase(store: Store) -> str | None:
    """The passphrase backups are made with, if not the store's own."""
    with store.session() as session:
        settings = session.exec(select(BackupSettings).order_by(BackupSettings.id)).first()
        return settings.separate_passphrase if settings else None


def set_separate_backup_passphrase(store: Store, passphrase: str | None) -> None:
    """A separate passphrase for backups from now on, or None for the store's own again."""
    if passphrase is not None:
        check_passphrase_acceptable(passphrase)
    with store.session() as session:
        settings = session.exec(select(BackupSettings).order_by(BackupSettings.id)).first() or BackupSettings()
        settings.separate_passphrase = passphrase
        session.add(settings)


def record_verified_backup(
    store: Store, path: Path, summary, *, at: datetime | None = None, made_here: bool = False
) -> VerifiedBackup:
    path = Path(path)
    entry = VerifiedBackup(
        file_name=path.name,
        size_bytes=path.stat().st_size,
        verified_at=at or utcnow(),
        members=summary.members,
        assemblies=summary.assemblies,
        demands=summary.demands,
        made_here=made_here,
    )
    with store.session() as session:
        session.add(entry)
    return entry


def last_verified_backup(store: Store) -> VerifiedBackup | None:
    with store.session() as session:
        return session.exec(
            select(VerifiedBackup).order_by(col(VerifiedBackup.verified_at).desc(), col(VerifiedBackup.id).desc())
        ).first()


def backups_made_here(store: Store) -> set[tuple[str, int]]:
    """(file name, size) of every backup this store wrote: the only ones its rotation may
    remove, so that two laptops sharing a stick never remove each other's (even one the
    other laptop verified)."""
    with store.session() as session:
        rows = session.exec(
            select(VerifiedBackup.file_name, VerifiedBackup.size_bytes).where(col(VerifiedBackup.made_here))
        ).all()
    return {(name, size) for name, size in rows}


def verified_backups_by_file(store: Store, names: list[str]) -> dict[tuple[str, int], VerifiedBackup]:
    """The latest verification of each (file name, size): a file of that name but another
    size is another file, not one this store verified."""
    if not names:
        return {}
    with store.session() as session:
        rows = session.exec(
            select(VerifiedBackup)
            .where(col(VerifiedBackup.file_name).in_(names))
            .order_by(col(VerifiedBackup.verified_at), col(VerifiedBackup.id))
        ).all()
    return {(row.file_name, row.size_bytes): row for row in rows}


def backup_status(store: Store, reminder_days: int) -> tuple[VerifiedBackup | None, bool]:
    """The last verified backup (or None), and whether the reminder is due."""
    last = last_verified_backup(store)
    return last, backup_is_overdue(last.verified_at if last else None, reminder_days)


def backup_is_overdue(last_verified: datetime | None, reminder_days: int, now: datetime | None = None) -> bool:
    """True when no backup was verified in the last ``reminder_days`` days (or ever)."""
    if last_verified is None:
        return True
    now = now or datetime.now(UTC)
    if last_verified.tzinfo is None:
        last_verified = last_verified.replace(tzinfo=UTC)
    return now - last_verified > timedelta(days=reminder_days)


# --- the whole routine, as the app and the command line run it ---------------------------

# progress(stage, done, total): stage is WRITING or VERIFYING; done and total count chunks.
WRITING, VERIFYING = "writing", "verifying"


@dataclass(frozen=True)
class BackupOutcome:
    path: Path
    summary: BackupSummary
    removed_backups: int
    # Said when the disk's free space did not go down by the backup's size (see space_warning).
    space_warning: str | None = None


def passphrase_for_backups(store: Store, store_passphrase: str) -> str:
    return separate_backup_passphrase(store) or store_passphrase


def back_up_and_verify(
    store: Store, folder: Path, passphrase: str, *, keep: int = DEFAULT_KEEP, progress=None, retire_older: bool = False
) -> BackupOutcome:
    """Write a backup into ``folder``, read it back from there and check it whole, remember
    it as verified, then keep only the newest ``keep`` of this store's backups there.

    ``retire_older``: keep only the new backup, and overwrite the older ones before removing
    them: after a person was erased, they still held the person."""

    def stage(name):
        return None if progress is None else (lambda done, total: progress(name, done, total))

    folder = Path(folder)
    free_before = _free_space(folder)
    # Checked once, before encryption; the read-back then proves, through every chunk's tag,
    # that the disk holds exactly what was checked.
    written = write_checked_backup(store, folder, passphrase, progress=stage(WRITING))
    target, summary = written.path, written.summary
    warning = space_warning(folder, free_before, _free_space(folder), target.stat().st_size)
    read_back(written, progress=stage(VERIFYING))
    record_verified_backup(store, target, summary, made_here=True)
    try:
        removed = rotate_backups(
            folder,
            keep=1 if retire_older else keep,
            protect=target,
            only=backups_made_here(store),
            overwrite=retire_older,
        )
    except OSError as error:
        raise disk_error(error, folder) from error
    return BackupOutcome(target, summary, sum(1 for path in removed if path.name.endswith(SUFFIX)), warning)


def _free_space(folder: Path) -> int | None:
    """None where the file system does not say (a total of 0, as fusefat reports)."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return None
    return usage.free if usage.total > 0 else None


def space_warning(folder: Path, free_before: int | None, free_after: int | None, size: int) -> str | None:
    """A disk that says it holds a new file of ``size`` bytes while its free space went down
    by less than half of that is not keeping what it is given as it claims: a fake-capacity
    stick, or a driver that loses writes. (Other writers on the same disk can only make the
    free space go down more, so they cause no false alarm.)"""
    if free_before is None or free_after is None or size < 64 * 1024:
        return None  # small files may fit in space a file system had set aside already
    taken = free_before - free_after
    if taken * 2 >= size:
        return None
    return translate(
        "backup",
        "The free space on {folder} went down by {taken} KiB while a backup of {size} KiB was written to it. "
        "The stick may not be able to keep what is written to it (a fake-capacity or failing stick): keep "
        "another backup on a different stick.",
    ).format(folder=folder, taken=max(taken, 0) // 1024, size=size // 1024)


def verify_and_remember(
    store: Store, path: Path, passphrase: str, *, progress=None, allow_costly: bool = False
) -> BackupSummary:
    """Verify a backup (see ``verify_backup``) and remember that this store saw it whole."""
    summary = verify_backup(path, passphrase, progress=progress, allow_costly=allow_costly)
    record_verified_backup(store, path, summary)
    return summary

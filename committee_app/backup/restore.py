"""Restoring a backup in place of the store, after every check has passed."""

import contextlib
import os
from pathlib import Path

from .. import keyslot, schema
from ..atomic import disk_error
from ..errors import translate
from ..passphrases import refuse_empty_passphrase
from ..store import (
    Store,
    make_engine,
    read_store_salt,
    remove_database_files,
    remove_key_slots,
)
from ..leftovers import working_in
from ..store_swap import finish_interrupted_swap, journal_path, swap_in_store
from .format import BackupNotRestorable, BackupSummary, _decrypt_to
from .snapshot import _inspect_snapshot

SEARCH_TABLES = frozenset(
    {"member_search", "member_search_data", "member_search_idx", "member_search_docsize", "member_search_config"}
)
SEARCH_TRIGGERS = frozenset({"members_search_insert", "members_search_delete", "members_search_update"})


def _allowed_objects() -> set[str]:
    from ..models import BOOKKEEPING_TABLES, DUMP_TABLES

    names = {table.__tablename__ for table in (*DUMP_TABLES, *BOOKKEEPING_TABLES)} | {"alembic_version"}
    return names


def _refuse_foreign_objects(objects, path: Path) -> None:
    allowed = _allowed_objects()
    for kind, name in objects:
        if name.startswith("sqlite_autoindex_") or name == "sqlite_sequence":
            continue
        if kind == "table" and (name in allowed or name in SEARCH_TABLES):
            continue
        if kind == "index" and name.startswith(("ix_", "uq_")):
            continue
        if kind == "trigger" and name in SEARCH_TRIGGERS:
            continue
        raise BackupNotRestorable(
            translate("backup", "The backup {path} holds things Committee Desk never writes ({kind} {name}); it was not restored.")
            .format(path=path, kind=kind, name=name)
        )


def _remove_building(building: Path) -> None:
    remove_database_files(building)
    remove_key_slots(building)


# ``separate_backup_passphrase`` default: the restored store keeps the backup's own setting.
FROM_BACKUP = object()


def restore_backup(
    path: Path,
    passphrase: str,
    store_path: Path,
    *,
    store_passphrase: str | None = None,
    separate_backup_passphrase=FROM_BACKUP,
    progress=None,
    allow_costly: bool = False,
) -> BackupSummary:
    """Put the backup in place of the (closed) store at ``store_path``; the old one is kept
    as ``*.before-restore``. Every check runs before the live store is touched.

    ``separate_backup_passphrase`` (a passphrase, or None for the store's own) replaces the
    backup's setting: restoring older records must not bring back a backup passphrase the
    secretary has since replaced."""
    path, store_path = Path(path), Path(store_path)
    new_passphrase = store_passphrase or passphrase
    # Both exist already (the laptop's, the backup's): restoring must not strand a backup made
    # before today's minimum.
    refuse_empty_passphrase(new_passphrase)
    building = store_path.with_name(store_path.name + ".restoring")
    try:
        store_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        finish_interrupted_swap(store_path)
        with working_in(store_path.parent):
            return _restore_into(
                path, passphrase, store_path, building, new_passphrase, separate_backup_passphrase, progress, allow_costly
            )
    except OSError as error:
        raise disk_error(error, store_path) from error


def _restore_into(
    path, passphrase, store_path, building, new_passphrase, separate_backup_passphrase, progress, allow_costly
):
    from ..services.backups import record_verified_backup, set_separate_backup_passphrase

    try:
        _remove_building(building)
        try:
            _header, key = _decrypt_to(path, passphrase, building, progress, allow_costly)
        except OSError as error:
            raise disk_error(error, building) from error
        summary, objects = _inspect_snapshot(building, key, path)
        _refuse_foreign_objects(objects, path)
        if summary.schema_revision is None or not schema.known_revision(summary.schema_revision):
            raise BackupNotRestorable(
                translate("backup", "The backup {path} was made by a newer version of Committee Desk; it was not restored.")
                .format(path=path)
            )
        engine = make_engine(building, key)
        try:
            if summary.schema_revision != schema.head_revision():
                with engine.begin() as connection:
                    schema.upgrade_to_head(connection)
                summary = BackupSummary(schema.head_revision(), summary.counts)
            # Every chunk and page of this backup was just checked: the restored store
            # remembers it as verified (and as one of its own, which rotation may retire).
            restored = Store(building, engine)
            record_verified_backup(restored, path, summary, made_here=True)
            if separate_backup_passphrase is not FROM_BACKUP:
                set_separate_backup_passphrase(restored, separate_backup_passphrase)
        finally:
            engine.dispose()
        os.chmod(building, 0o600)
        keyslot.write_key_slots(building, keyslot.seal_key(key, new_passphrase, store_salt=read_store_salt(building)))
        swap_in_store(building, store_path)
    except OSError as error:
        raise disk_error(error, store_path) from error
    finally:
        # A swap the journal still records is finished on the next start, from these files.
        # Tidying up never hides why the restore stopped (a read-only folder fails here too);
        # what it could not remove goes at the next open.
        if not journal_path(store_path).exists():
            with contextlib.suppress(OSError):
                _remove_building(building)
    return summary


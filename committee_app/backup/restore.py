"""Restoring a backup in place of the store, after every check has passed."""

import contextlib
import os
from pathlib import Path

from .. import keyslot, schema
from ..atomic import disk_error, restrict_to_owner
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
    with prepare_restore(path, passphrase, store_path, progress=progress, allow_costly=allow_costly) as prepared:
        return prepared.commit(store_passphrase=store_passphrase, separate_backup_passphrase=separate_backup_passphrase)


class PreparedRestore:
    """A backup read once, authenticated, decrypted and checked, waiting beside the store as
    ``<store>.restoring`` for the user's yes (``commit``) or no (``discard``); as a context
    manager, whatever is not committed is discarded. While it waits, the store's folder is
    locked against another process tidying it up (``leftovers.py``)."""

    def __init__(self, path: Path, passphrase: str, store_path: Path, progress, allow_costly: bool):
        self.path, self.store_path = path, store_path
        self.building = store_path.with_name(store_path.name + ".restoring")
        self._passphrase = passphrase
        self._held = contextlib.ExitStack()
        self.done = False
        try:
            store_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            finish_interrupted_swap(store_path)
            self._held.enter_context(working_in(store_path.parent))
            _remove_building(self.building)
            try:
                _header, self._key = _decrypt_to(path, passphrase, self.building, progress, allow_costly)
            except OSError as error:
                raise disk_error(error, self.building) from error
            summary, objects = _inspect_snapshot(self.building, self._key, path)
            _refuse_foreign_objects(objects, path)
            if summary.schema_revision is None or not schema.known_revision(summary.schema_revision):
                raise BackupNotRestorable(
                    translate("backup", "The backup {path} was made by a newer version of Committee Desk; it was not restored.")
                    .format(path=path)
                )
            self.summary: BackupSummary = summary
        except OSError as error:
            self.discard()
            raise disk_error(error, store_path) from error
        except BaseException:
            self.discard()
            raise

    def __enter__(self) -> "PreparedRestore":
        return self

    def __exit__(self, *_exc) -> None:
        self.discard()

    def commit(self, *, store_passphrase: str | None = None, separate_backup_passphrase=FROM_BACKUP) -> BackupSummary:
        """Put the checked store in place of the live one (which must be closed now)."""
        from ..services.backups import record_verified_backup, set_separate_backup_passphrase

        if self.done:
            raise RuntimeError("a prepared restore is committed or discarded once")
        new_passphrase = store_passphrase or self._passphrase
        # Both exist already (the laptop's, the backup's): restoring must not strand a backup
        # made before today's minimum.
        refuse_empty_passphrase(new_passphrase)
        summary, building = self.summary, self.building
        try:
            engine = make_engine(building, self._key)
            try:
                if summary.schema_revision != schema.head_revision():
                    with engine.begin() as connection:
                        schema.upgrade_to_head(connection)
                    summary = BackupSummary(schema.head_revision(), summary.counts)
                # Every chunk and page of this backup was just checked: the restored store
                # remembers it as verified (and as one of its own, which rotation may retire).
                restored = Store(building, engine)
                record_verified_backup(restored, self.path, summary, made_here=True)
                if separate_backup_passphrase is not FROM_BACKUP:
                    set_separate_backup_passphrase(restored, separate_backup_passphrase)
            finally:
                engine.dispose()
            restrict_to_owner(building)
            sealed = keyslot.seal_key(self._key, new_passphrase, store_salt=read_store_salt(building))
            keyslot.write_key_slots(building, sealed)
            swap_in_store(building, self.store_path)
        except OSError as error:
            raise disk_error(error, self.store_path) from error
        finally:
            self.discard()
        return summary

    def discard(self) -> None:
        """Remove what was prepared (unless a swap the journal records still needs it: that is
        finished at the next open) and let the folder go."""
        self.done = True
        # Tidying up never hides why the restore stopped (a read-only folder fails here too);
        # what it could not remove goes at the next open.
        if not journal_path(self.store_path).exists():
            with contextlib.suppress(OSError):
                _remove_building(self.building)
        self._key = None
        self._held.close()


def prepare_restore(
    path: Path, passphrase: str, store_path: Path, *, progress=None, allow_costly: bool = False
) -> PreparedRestore:
    """Read the backup once (key derivation, decryption, every check) into a store waiting
    beside ``store_path``; nothing of the live store is touched until ``commit``."""
    return PreparedRestore(Path(path), passphrase, Path(store_path), progress, allow_costly)

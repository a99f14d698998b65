"""Restoring a backup in place of the store, after every check has passed."""

import contextlib
import os
from pathlib import Path

from .. import keyslot, schema
from ..atomic import disk_error, fsync_directory
from ..errors import translate
from .format import BackupNotRestorable, BackupSummary, _decrypt_to
from .snapshot import _inspect_snapshot, _remove_database_files

SEARCH_TABLES = frozenset(
    {"member_search", "member_search_data", "member_search_idx", "member_search_docsize", "member_search_config"}
)
SEARCH_TRIGGERS = frozenset({"members_search_insert", "members_search_delete", "members_search_update"})


def _allowed_objects() -> set[str]:
    from ..models import DUMP_TABLES

    names = {table.__tablename__ for table in DUMP_TABLES} | {"alembic_version"}
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


def restore_backup(path: Path, passphrase: str, store_path: Path, *, store_passphrase: str | None = None) -> BackupSummary:
    """Put the backup in place of the (closed) store at ``store_path``; the old one is kept
    as ``*.before-restore``. Every check runs before the live store is touched."""
    from ..store import check_passphrase_acceptable, make_engine, read_store_salt

    path, store_path = Path(path), Path(store_path)
    new_passphrase = store_passphrase or passphrase
    check_passphrase_acceptable(new_passphrase)
    store_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    building = store_path.with_name(store_path.name + ".restoring")
    _remove_database_files(building)
    try:
        try:
            _header, key = _decrypt_to(path, passphrase, building)
        except OSError as error:
            raise disk_error(error, building) from error
        summary, objects = _inspect_snapshot(building, key, path)
        _refuse_foreign_objects(objects, path)
        if summary.schema_revision is None or not schema.known_revision(summary.schema_revision):
            raise BackupNotRestorable(
                translate("backup", "The backup {path} was made by a newer version of Committee Desk; it was not restored.")
                .format(path=path)
            )
        if summary.schema_revision != schema.head_revision():
            engine = make_engine(building, key)
            try:
                with engine.begin() as connection:
                    schema.upgrade_to_head(connection)
            finally:
                engine.dispose()
            summary = BackupSummary(schema.head_revision(), summary.counts)
        os.chmod(building, 0o600)
        slots = keyslot.seal_key(key, new_passphrase, store_salt=read_store_salt(building))
        moved = []  # (live piece, its name aside): put back if the swap fails half-way
        new_slots_started = False
        try:
            if store_path.exists() or keyslot.key_slots_exist(store_path):
                aside = store_path.with_name(store_path.name + ".before-restore")
                number = 2
                while aside.exists() or keyslot.key_slots_exist(aside):
                    aside, number = store_path.with_name(f"{store_path.name}.before-restore-{number}"), number + 1
                for suffix in ("", "-wal", "-shm", *keyslot.SLOT_SUFFIXES):
                    source = Path(str(store_path) + suffix)
                    if source.exists():
                        os.replace(source, Path(str(aside) + suffix))
                        moved.append((source, Path(str(aside) + suffix)))
            new_slots_started = True
            keyslot.write_key_slots(store_path, slots)
            os.replace(building, store_path)
        except BaseException:
            _put_back(store_path, moved, new_slots_started)
            raise
        fsync_directory(store_path.parent)
    except OSError as error:
        raise disk_error(error, store_path) from error
    finally:
        _remove_database_files(building)
    return summary


def _put_back(store_path: Path, moved: list[tuple[Path, Path]], new_slots_started: bool) -> None:
    """Undo a half-done swap: the new key files go, the live store's pieces come back.

    New key files are written only after every live piece was moved aside, so any key file
    at the store's name by then is a new one."""
    if new_slots_started:
        for slot in keyslot.slot_paths(store_path):
            with contextlib.suppress(OSError):
                slot.unlink()
    for source, aside in reversed(moved):
        with contextlib.suppress(OSError):
            os.replace(aside, source)

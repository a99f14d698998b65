"""Removable volumes, as Qt sees the mounted file systems, narrowed to those a backup may go to."""

from pathlib import Path, PurePath

from PySide6.QtCore import QStorageInfo

from committee_app.backup.targets import Volume, backup_volumes


def _volume(info: QStorageInfo) -> Volume:
    return Volume(
        root=PurePath(info.rootPath()),
        name=info.displayName(),
        file_system=bytes(info.fileSystemType().data()).decode(errors="replace"),
        ready=info.isValid() and info.isReady(),
        read_only=info.isReadOnly(),
        bytes_free=info.bytesAvailable(),
        bytes_total=info.bytesTotal(),
    )


def removable_volumes(store_path: Path) -> list[Volume]:
    """Mounted, writable volumes that are not the disk of the store or the home folder."""
    protected = [PurePath(store_path.parent), PurePath(Path.home())]
    return backup_volumes([_volume(info) for info in QStorageInfo.mountedVolumes()], protected)

"""Write a file so that a power cut leaves either the old copy or the new one, whole.

The data goes to a temporary file in the target folder, is flushed and fsynced, then
renamed over the target; the folder is fsynced so that the rename itself survives.
"""

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import DiskError, translate


def fsync_directory(folder: Path) -> None:
    # Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def disk_error(error: OSError, path: Path) -> DiskError:
    """A translated message for an OSError while writing ``path``."""
    if error.errno == errno.ENOSPC:
        text = translate("atomic", "The disk is full: {path} could not be written. Nothing was changed.")
    elif error.errno == errno.EROFS:
        text = translate(
            "atomic", "{path} is on a read-only disk (is the stick or memory card write-protected?). Nothing was changed."
        )
    elif error.errno in (errno.EACCES, errno.EPERM):
        text = translate("atomic", "No permission to write {path}. Nothing was changed.")
    elif error.errno == errno.ENOENT:
        text = translate("atomic", "The folder of {path} does not exist (was the disk removed?). Nothing was changed.")
    else:
        text = translate("atomic", "{path} could not be written ({reason}). Nothing was changed.")
    return DiskError(text.format(path=path, reason=error.strerror or error.__class__.__name__))


def refuse_what_is_not_a_regular_file(path: Path) -> None:
    """A link or a device at the target would be replaced by a plain file: say so instead."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise disk_error(error, path) from error
    if not stat.S_ISREG(status.st_mode):
        raise DiskError(
            translate("atomic", "{path} is not an ordinary file (a folder, a link or a device); nothing was written.").format(
                path=path
            )
        )


def write_file_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; on failure the old file is untouched."""
    with file_written_atomically(path, mode=mode) as file:
        file.write(data)


# How file systems without Unix permissions (FAT and exFAT, as on most sticks) refuse chmod:
# the kernel's vfat with EPERM, FUSE drivers with ENOSYS. A file just created by this process
# gets EPERM for no other reason.
NO_PERMISSIONS = {errno.EPERM, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP}


def restrict_to_owner(path, mode: int = 0o600) -> None:
    """chmod a file this process just made; on a file system that has no permissions it stays
    as private as that file system allows (every file there is its mounter's)."""
    try:
        os.chmod(path, mode)
    except OSError as error:
        if error.errno not in NO_PERMISSIONS:
            raise


@contextlib.contextmanager
def file_written_atomically(path: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, bit by bit: it replaces ``path`` only when the
    block ends without an error; on any failure the old file is untouched and the temporary
    one removed. An OSError becomes the translated DiskError."""
    path = Path(path)
    refuse_what_is_not_a_regular_file(path)
    folder = path.parent
    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as temp_file:
            yield temp_file
            temp_file.flush()
            os.fsync(temp_file.fileno())
        restrict_to_owner(temp_name, mode)
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        raise disk_error(error, path) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    try:
        fsync_directory(folder)
    except OSError as error:
        raise DiskError(
            translate("atomic", "{path} was written, but the disk did not confirm it is stored safely ({reason}).").format(
                path=path, reason=error.strerror or error.__class__.__name__
            )
        ) from error

"""Where the app keeps its store, settings and logs.

Order for the store: ``--store PATH``, then ``COMMITTEE_APP_STORE``, then portable mode
(a file named ``portable`` beside the app keeps everything in ``data/`` beside it), then
the platform's user data folder.
"""

import os
import sys
from pathlib import Path

APP_NAME = "committee-app"
STORE_FILE_NAME = "committee.store"
STORE_ENV = "COMMITTEE_APP_STORE"


def app_folder() -> Path:
    """The folder of the installed app: the executable's when frozen (the one holding the
    .app on macOS, where the executable is inside it), else the source tree's."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        if folder.name == "MacOS" and folder.parent.name == "Contents" and folder.parent.parent.suffix == ".app":
            return folder.parent.parent.parent
        return folder
    return Path(__file__).resolve().parent.parent


def portable_folder() -> Path | None:
    folder = app_folder()
    return folder / "data" if (folder / "portable").is_file() else None


def data_folder() -> Path:
    portable = portable_folder()
    if portable is not None:
        return portable
    import platformdirs  # here, not above: `committee-app --help` needs no folder

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_folder() -> Path:
    portable = portable_folder()
    if portable is not None:
        return portable / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_folder() -> Path:
    portable = portable_folder()
    if portable is not None:
        return portable / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def make_private_folder(folder: Path) -> Path:
    """The folder, made if missing, open to its owner alone (0700); one an older version left
    readable to others is closed. Where the platform or the disk (a FAT stick) has no such
    permissions, it is left as it is."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _close_to_others(folder, 0o700)
    return folder


def make_private_file(path: Path) -> Path:
    """The file, made empty if missing, readable and writable by its owner alone (0600)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600))
    _close_to_others(path, 0o600)
    return path


def _close_to_others(path: Path, mode: int) -> None:
    """``mode`` where the group or others may read or write ``path``; the umask does not
    apply to what existed before, and a FAT stick has no such permissions to set."""
    if os.name == "nt":
        return
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(mode)
    except OSError:
        pass


def default_store_path() -> Path:
    from_env = os.environ.get(STORE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return data_folder() / STORE_FILE_NAME


def demo_store_path() -> Path:
    """The demo store lives apart from the real one so that a demo never replaces real records."""
    return data_folder() / "demo" / STORE_FILE_NAME

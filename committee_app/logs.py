"""The app's log: a rotating file in the platform's log folder, with no personal data.

Exception messages can carry names or phone numbers (a database error quotes the row it
failed on), so unexpected errors are logged by type and traceback only.
"""

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import paths

LOG_FILE_NAME = "committee-app.log"
_file_handler: logging.Handler | None = None


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file, the one started after a rotation too, readable by its owner alone."""

    def _open(self):
        return open(  # noqa: SIM115 - the handler keeps the file open
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=lambda name, flags: os.open(name, flags, 0o600),
        )


def log_file_path() -> Path:
    return paths.log_folder() / LOG_FILE_NAME


def configure_logging() -> Path | None:
    """Log to the rotating file; returns its path, or None when the folder is not writable.

    Calling it again replaces the handler, so a process never writes each line twice.
    """
    global _file_handler
    path = log_file_path()
    try:
        # Private: the log holds no personal data, but it does tell when the app was used.
        paths.make_private_folder(path.parent)
        paths.make_private_file(path)
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        # No log then, rather than Python's fallback printing the app's reports on the screen.
        root = logging.getLogger()
        if not any(isinstance(each, logging.NullHandler) for each in root.handlers):
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
    _file_handler = handler
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # Alembic narrates every migration check at INFO; only its warnings are worth keeping.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def log_unexpected(error: BaseException) -> None:
    """Record a bug: the exception's type and where it happened (file, line, function),
    never its message nor the source lines, which could quote a value."""
    frames = "\n".join(
        f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(error.__traceback__)
    )
    logging.getLogger("committee_app").error("unexpected %s\n%s", type(error).__qualname__, frames)


def stop_logging() -> None:
    """Close the log file, which is about to be deleted: later lines go nowhere, and no
    rotation or flush writes it again."""
    global _file_handler
    root = logging.getLogger()
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    if not any(isinstance(each, logging.NullHandler) for each in root.handlers):
        root.addHandler(logging.NullHandler())

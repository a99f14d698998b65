"""The app's settings (language, idle lock, window layout, printing and backup choices): an
INI file in the config folder.

Nothing personal is kept here: no names, no passphrase.
"""

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from committee_app import paths
from committee_app.i18n import LANGUAGES, system_language
from committee_app.backup_reminder import DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS

DEFAULT_IDLE_LOCK_MINUTES = 10
PRINT_PAPERS = ("a4", "letter")


class DeskSettings:
    def __init__(self):
        # Owner-only: the file names the folders papers and backups were saved in. Qt keeps
        # the permissions of the file it rewrites, so it is made private before Qt writes it.
        folder = paths.make_private_folder(paths.config_folder())
        path = folder / "settings.ini"
        with contextlib.suppress(OSError):
            paths.make_private_file(path)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind):
        value = self._settings.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _flag(self, key: str) -> bool:
        """A yes/no setting, off unless set: an INI file holds it as the text "true"."""
        value = self._settings.value(key, False)
        return value if isinstance(value, bool) else str(value).strip().casefold() == "true"

    @property
    def language(self) -> str:
        language = self._get("language", "", str)
        return language if language in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    @property
    def idle_lock_minutes(self) -> int:
        minutes = self._get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES, int)
        return minutes if 1 <= minutes <= 24 * 60 else DEFAULT_IDLE_LOCK_MINUTES

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._settings.setValue("idle_lock_minutes", int(value))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def last_view(self) -> str:
        return self._get("window/last_view", "members", str)

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._settings.setValue("window/last_view", value)

    @property
    def print_language(self) -> str | None:
        """The language the last document was printed in; None before the first one."""
        language = self._get("print/language", "", str)
        return language if language in LANGUAGES else None

    @print_language.setter
    def print_language(self, value: str) -> None:
        self._settings.setValue("print/language", value)

    @property
    def print_paper(self) -> str:
        paper = self._get("print/paper", PRINT_PAPERS[0], str)
        return paper if paper in PRINT_PAPERS else PRINT_PAPERS[0]

    @print_paper.setter
    def print_paper(self, value: str) -> None:
        self._settings.setValue("print/paper", value)

    @property
    def print_redacted(self) -> bool:
        """Whether the last document with a redacted form was printed redacted."""
        return self._flag("print/redacted")

    @print_redacted.setter
    def print_redacted(self, value: bool) -> None:
        self._settings.setValue("print/redacted", bool(value))

    @property
    def print_time(self) -> bool:
        """Whether printed footers give the time as well as the date (by default the date only:
        the hour tells more than a paper needs to about when it was made)."""
        return self._flag("print/time")

    @print_time.setter
    def print_time(self, value: bool) -> None:
        self._settings.setValue("print/time", bool(value))

    @property
    def member_files_folder(self) -> Path | None:
        """The folder a member list was last imported from or exported to, while it exists."""
        folder = self._get("members/files_folder", "", str)
        return Path(folder) if folder and Path(folder).is_dir() else None

    @member_files_folder.setter
    def member_files_folder(self, value: Path) -> None:
        self._settings.setValue("members/files_folder", str(value))

    @property
    def bundle_folder(self) -> Path | None:
        """The folder a council bundle was last imported from or exported to, while it exists."""
        folder = self._get("council/bundle_folder", "", str)
        return Path(folder) if folder and Path(folder).is_dir() else None

    @bundle_folder.setter
    def bundle_folder(self, value: Path) -> None:
        self._settings.setValue("council/bundle_folder", str(value))

    @property
    def print_folder(self) -> Path | None:
        """The folder a PDF was last saved in, while it exists (a USB stick may be gone)."""
        folder = self._get("print/folder", "", str)
        return Path(folder) if folder and Path(folder).is_dir() else None

    @print_folder.setter
    def print_folder(self, value: Path) -> None:
        self._settings.setValue("print/folder", str(value))

    @property
    def backup_reminder_days(self) -> int:
        """Days without a verified backup before the app reminds the secretary."""
        days = self._get("backup/reminder_days", DEFAULT_REMINDER_DAYS, int)
        return days if 1 <= days <= MAX_REMINDER_DAYS else DEFAULT_REMINDER_DAYS

    @backup_reminder_days.setter
    def backup_reminder_days(self, value: int) -> None:
        self._settings.setValue("backup/reminder_days", int(value))

    @property
    def backup_folder(self) -> Path | None:
        """The folder chosen by hand for the last backup, while it exists."""
        folder = self._get("backup/folder", "", str)
        return Path(folder) if folder and Path(folder).is_dir() else None

    @backup_folder.setter
    def backup_folder(self, value: Path | None) -> None:
        self._settings.setValue("backup/folder", str(value) if value else "")

    def set_value(self, key: str, value) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()

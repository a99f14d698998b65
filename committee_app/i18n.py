"""Languages: which one to use, and Qt translators for it (one system for screen and paper).

Only QtCore is used, so the printing code can load a translator for a document's own
language and call its ``translate()`` directly, whatever the UI's language. QtCore is
imported where it is used: `committee-app --help` reads the language here and loads no Qt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import shipped_files
from .errors import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

LANGUAGES = ("kk", "ru", "en")
SOURCE_LANGUAGE = "en"
TRANSLATION_BASENAME = "committee_app"


def translations_folder() -> Path:
    return shipped_files.translations_folder()


def language_name(language: str) -> str:
    """Each language named in itself, as a language menu shows it."""
    return {"kk": "Қазақша", "ru": "Русский", "en": "English"}[language]


def system_language() -> str:
    """The system's language when it is one of ours, else Russian (the region's common one)."""
    from PySide6.QtCore import QLocale

    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "ru"


def language_from_environment() -> str:
    """For the command line: COMMITTEE_APP_LANGUAGE, else the POSIX locale (LC_ALL, LC_MESSAGES,
    LANG); English when none of them names Kazakh or Russian."""
    for variable in ("COMMITTEE_APP_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        code = os.environ.get(variable, "")[:2].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    from PySide6.QtCore import QLocale

    return QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian, "en": QLocale.Language.English}[language],
                   {"kk": QLocale.Country.Kazakhstan, "ru": QLocale.Country.Russia, "en": QLocale.Country.UnitedKingdom}[language])


def compiled_translation_file(language: str) -> Path:
    """The app's compiled translations for ``language`` (IncompleteInstallation when missing)."""
    return shipped_files.shipped_file(translations_folder() / f"{TRANSLATION_BASENAME}_{language}.qm")


def compiled_translations(language: str):
    """The app's translations for ``language`` read without Qt (a CompiledTranslations), for
    what is said before Qt loads; None for English or when they cannot be read."""
    from .compiled_translations import CompiledTranslations

    if language == SOURCE_LANGUAGE:
        return None
    try:
        return CompiledTranslations.load(compiled_translation_file(language))
    except (shipped_files.IncompleteInstallation, OSError, ValueError):
        return None


def app_translator(language: str) -> QTranslator | None:
    """The app's own translations for ``language`` (None for English, the source language)."""
    if language == SOURCE_LANGUAGE:
        return None
    from PySide6.QtCore import QTranslator

    compiled = compiled_translation_file(language)
    translator = QTranslator()
    if not translator.load(str(compiled)):
        raise shipped_files.IncompleteInstallation(
            translate("shipped_files", "This installation of Committee Desk is incomplete: {file} cannot be read. "
                      "Install the app again from its package or bundle; your records are not affected.").format(file=compiled.name)
        )
    return translator


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, dialogs) in ``language``, shipped with PySide6."""
    if language == SOURCE_LANGUAGE:
        return None
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


class LanguageSwitch:
    """Installs the translators of one language into the application, replacing the last."""

    def __init__(self):
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def use(self, language: str) -> None:
        from PySide6.QtCore import QCoreApplication, QLocale

        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = [t for t in (qt_translator(language), app_translator(language)) if t is not None]
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(locale_for(language))
        self.language = language

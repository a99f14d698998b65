"""Errors a user can cause, each with a message in the user's language.

The UI shows ``str(error)`` in a dialog; the CLI prints it on stderr and exits 1.
Anything that is not a ``UserError`` is a bug: logged and reported as an apology.
"""

import contextlib

# While set, messages come from this compiled translation instead of Qt (see translated_without_qt).
_translations_without_qt = None


def translate(context: str, text: str) -> str:
    """Qt's translation for core messages; `pyside6-lupdate` extracts these calls."""
    if _translations_without_qt is not None:
        return _translations_without_qt.translate(context, text) or text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


@contextlib.contextmanager
def translated_without_qt(translations):
    """Messages from ``translations`` (a CompiledTranslations, or None for the source language)
    without loading Qt: the command line's help and usage errors come out before Qt would load."""
    global _translations_without_qt
    previous = _translations_without_qt
    _translations_without_qt = translations if translations is not None else _SourceLanguage()
    try:
        yield
    finally:
        _translations_without_qt = previous


class _SourceLanguage:
    def translate(self, _context: str, _text: str) -> None:
        return None


class UserError(Exception):
    """Something the user can understand and fix; the message is already translated."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class StoreError(UserError):
    """The store cannot be opened or created as asked."""


class StoreNotFound(StoreError):
    pass


class StoreAlreadyExists(StoreError):
    pass


class NotAStore(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class KeySlotDamaged(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class KeyFilesOfAnotherStore(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class StoreLocked(StoreError):
    """An operation needs an open store, but it is closed or locked."""


class PassphraseRejected(UserError):
    """An empty or mistyped passphrase when creating or changing one."""


class ValidationError(UserError):
    """A field's value is not acceptable (required, too long, malformed)."""


class NotFound(UserError):
    pass


class RuleViolation(UserError):
    """Refused by a committee rule: quorum, vote counts, demand status changes."""


class DiskError(UserError):
    """Writing a file failed: the disk is full, missing or read-only."""

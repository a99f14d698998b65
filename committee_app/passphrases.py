"""Where the CLI gets a passphrase: a file, the environment, or a prompt without echo."""

import getpass
import os
import sys
import unicodedata
from pathlib import Path

from .errors import PassphraseRejected, UserError, translate

PASSPHRASE_ENV = "COMMITTEE_APP_PASSPHRASE"
# A passphrase file is a line of text; anything bigger is the wrong file.
MAX_PASSPHRASE_FILE_BYTES = 4096
# The app's passphrase fields ask for the same minimum (ui/dialogs/passphrase_fields.py).
MIN_PASSPHRASE_LENGTH = 8
UTF8_BOM = "\ufeff"


def refuse_empty_passphrase(passphrase: str) -> None:
    """For a passphrase that already exists (a backup's, an older store's): only emptiness is refused."""
    if not passphrase or not passphrase.strip():
        raise PassphraseRejected(translate("store", "The passphrase cannot be empty."))


def check_new_passphrase(passphrase: str) -> None:
    """The one rule for a newly chosen passphrase, wherever it is chosen."""
    refuse_empty_passphrase(passphrase)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseRejected(
            translate(
                "passphrases",
                "The passphrase is too short: it needs at least {count} characters. Whoever takes the laptop can try "
                "short passphrases by the million; a few unrelated words are long and easy to remember.",
            ).format(count=MIN_PASSPHRASE_LENGTH)
        )
    # Category C: line breaks, tabs, NUL and the like, which the unlock window cannot take.
    if any(unicodedata.category(character) in ("Cc", "Cs") for character in passphrase):
        raise PassphraseRejected(
            translate(
                "passphrases",
                "The passphrase holds a line break, a tab or another character that cannot be typed at the unlock "
                "window. Use letters, digits, spaces and punctuation.",
            )
        )


def read_passphrase_file(path: Path) -> str:
    try:
        with open(path, "rb") as passphrase_file:
            data = passphrase_file.read(MAX_PASSPHRASE_FILE_BYTES + 1)
    except OSError as error:
        raise UserError(
            translate("passphrases", "The passphrase file {path} cannot be read ({reason}).").format(
                path=path, reason=error.strerror
            )
        ) from error
    if len(data) > MAX_PASSPHRASE_FILE_BYTES:
        raise UserError(translate("passphrases", "{path} is too large to be a passphrase file.").format(path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(translate("passphrases", "The passphrase file {path} is not UTF-8 text.").format(path=path)) from None
    # Only what an editor adds is dropped: Notepad's byte-order mark and the final line
    # ending. Spaces may be part of the passphrase.
    passphrase = text.removeprefix(UTF8_BOM).removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise UserError(
            translate("passphrases", "The passphrase file {path} is empty: write the passphrase on its first line.").format(
                path=path
            )
        )
    return passphrase


def _not_utf8(text: str) -> bool:
    # Bytes that are not UTF-8 reach Python as lone surrogates (from U+DC80 to U+DCFF).
    return any("\ud800" <= character <= "\udfff" for character in text)


def _typed_not_utf8() -> UserError:
    return UserError(
        translate("passphrases", "The typed passphrase holds bytes that are not UTF-8: set the terminal to UTF-8 and type it again.")
    )


def prompt(label: str) -> str:
    if sys.stdin is None:
        raise UserError(_no_passphrase_message())
    try:
        if sys.stdin.isatty():
            line = getpass.getpass(label)
        else:
            line = sys.stdin.readline()
            if not line:
                raise UserError(_no_passphrase_message())
    except UnicodeDecodeError:
        raise _typed_not_utf8() from None
    if _not_utf8(line):
        raise _typed_not_utf8()
    return line.removesuffix("\n").removesuffix("\r")


def _no_passphrase_message() -> str:
    return translate(
        "passphrases", "No passphrase was given: use --passphrase-file FILE, COMMITTEE_APP_PASSPHRASE, or type it when asked."
    )


def passphrase_from(file: Path | None, *, env: str | None = PASSPHRASE_ENV, label: str, confirm: bool = False) -> str:
    """From ``file``, else the environment variable ``env``, else a prompt (twice if ``confirm``)."""
    if file is not None:
        return read_passphrase_file(file)
    if env and os.environ.get(env):
        if _not_utf8(os.environ[env]):
            raise UserError(
                translate(
                    "passphrases",
                    "The passphrase in {variable} holds bytes that are not UTF-8: set the terminal to UTF-8 and set "
                    "the variable again.",
                ).format(variable=env)
            )
        return os.environ[env]
    first = prompt(label)
    if confirm:
        second = prompt(translate("passphrases", "Type the passphrase again: "))
        if first != second:
            raise PassphraseRejected(translate("passphrases", "The two passphrases differ. Nothing was changed."))
    return first

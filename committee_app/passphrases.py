"""Where the CLI gets a passphrase: a file, the environment, or a prompt without echo."""

import getpass
import os
import sys
from pathlib import Path

from .errors import PassphraseRejected, UserError, translate

PASSPHRASE_ENV = "COMMITTEE_APP_PASSPHRASE"
# A passphrase file is a line of text; anything bigger is the wrong file.
MAX_PASSPHRASE_FILE_BYTES = 4096


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
    # Only the line ending an editor adds is dropped; spaces may be part of the passphrase.
    return text.removesuffix("\n").removesuffix("\r")


def prompt(label: str) -> str:
    if sys.stdin is None:
        raise UserError(_no_passphrase_message())
    if sys.stdin.isatty():
        return getpass.getpass(label)
    line = sys.stdin.readline()
    if not line:
        raise UserError(_no_passphrase_message())
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
        return os.environ[env]
    first = prompt(label)
    if confirm:
        second = prompt(translate("passphrases", "Type the passphrase again: "))
        if first != second:
            raise PassphraseRejected(translate("passphrases", "The two passphrases differ. Nothing was changed."))
    return first

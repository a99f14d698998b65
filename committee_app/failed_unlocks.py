"""The optional wipe after failed unlocks (off unless chosen in the settings).

The choice and the count live in one small file beside the store
(``committee.store.failed-unlocks``), so a restart does not reset the count and the desktop
app and the command line count together: the command line is the same program, and guessing
there must cost the same. An attempt is counted before the passphrase is tried, so killing
the program while it derives the key does not save a guess; a good unlock sets the count
back to zero, and an attempt that fails for another reason (a damaged store, a full disk)
is not counted.
"""

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_file_atomically
from .errors import UserError, WrongPassphrase, translate

log = logging.getLogger(__name__)

GUARD_SUFFIX = ".failed-unlocks"
WIPE_AFTER_CHOICES = (5, 10, 20)


class RecordsWiped(UserError):
    """The last attempt allowed failed: the store and the app's traces were wiped."""


@dataclass(frozen=True)
class UnlockGuard:
    wipe_after: int
    failed: int = 0

    @property
    def attempts_left(self) -> int:
        return max(self.wipe_after - self.failed, 0)


def guard_path(store_path: Path) -> Path:
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + GUARD_SUFFIX)


def read_guard(store_path: Path) -> UnlockGuard | None:
    """The choice and the count, or None when the option is off."""
    try:
        fields = json.loads(guard_path(store_path).read_bytes())
        wipe_after, failed = fields["wipe_after"], fields["failed"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("an unreadable failed-unlocks file was ignored")
        return None
    if type(wipe_after) is not int or type(failed) is not int or wipe_after not in WIPE_AFTER_CHOICES or failed < 0:
        log.warning("a failed-unlocks file with values out of range was ignored")
        return None
    return UnlockGuard(wipe_after, failed)


def _write(store_path: Path, guard: UnlockGuard) -> None:
    data = json.dumps({"wipe_after": guard.wipe_after, "failed": guard.failed}).encode()
    write_file_atomically(guard_path(store_path), data)


def set_wipe_after(store_path: Path, wipe_after: int | None) -> None:
    """Turn the option on (5, 10 or 20 attempts, counted from zero) or off (None)."""
    if wipe_after is None:
        guard_path(store_path).unlink(missing_ok=True)
        return
    if wipe_after not in WIPE_AFTER_CHOICES:
        raise ValueError(wipe_after)
    _write(store_path, UnlockGuard(wipe_after))


def attempts_left_message(guard: UnlockGuard) -> str:
    return translate("failed_unlocks", "Attempts left before the records are wiped: {count}.").format(
        count=guard.attempts_left
    )


def _wipe_now(store_path: Path, guard: UnlockGuard) -> RecordsWiped:
    from .wipe import wipe

    log.warning("the last allowed unlock attempt failed: wiping")
    outcome = wipe(store_path)
    message = translate(
        "failed_unlocks",
        "The passphrase was wrong {count} times in a row. As chosen in the settings, the records on this computer "
        "were wiped, with their key files, settings and logs. A backup opens with its own passphrase.",
    ).format(count=guard.wipe_after)
    if outcome.key_files_remain:
        message += " " + translate("failed_unlocks", "The key files could not be deleted: delete them by hand.")
    return RecordsWiped(message)


def open_store_counting_failures(store_path: Path, passphrase: str):
    """``Store.open``, with the attempt counted when the option is on, and the wipe done when
    it was the last one allowed."""
    from .store import Store

    store_path = Path(store_path)
    guard = read_guard(store_path)
    if guard is None:
        return Store.open(store_path, passphrase)
    if guard.attempts_left == 0:
        # A wipe cut off before it ended is finished now, before anything else is tried.
        raise _wipe_now(store_path, guard)
    counted = UnlockGuard(guard.wipe_after, guard.failed + 1)
    _write(store_path, counted)
    try:
        store = Store.open(store_path, passphrase)
    except WrongPassphrase as error:
        if counted.attempts_left == 0:
            raise _wipe_now(store_path, counted) from None
        raise WrongPassphrase(f"{error} {attempts_left_message(counted)}") from None
    except Exception:
        _write(store_path, guard)
        raise
    try:
        _write(store_path, UnlockGuard(guard.wipe_after))
    except Exception:
        store.close()
        raise
    return store

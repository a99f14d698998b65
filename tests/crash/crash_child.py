"""The process the crash harness kills: it works on a store in a loop and prints a line for
each piece of work that returned, then waits to be killed with SIGKILL.

    python tests/crash/crash_child.py members STORE PASSPHRASE FIRST_NUMBER
    python tests/crash/crash_child.py passphrase STORE PASSPHRASE FIRST_NUMBER
    python tests/crash/crash_child.py restore STORE PASSPHRASE BACKUP...

It prints "ready" once the store is open (or, for restores, once everything is imported),
then one line per acknowledged commit, passphrase change or restore.
"""

import sys
from pathlib import Path

from committee_app import keyslot
from committee_app.backup import format as backup_format
from committee_app.keyslot import KdfParams

CRASH_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


def member_name(number: int) -> str:
    return f"Қатысушы №{number}"


def passphrase_number(number: int) -> str:
    return f"құпия сөз №{number:05d} — kill"


def acknowledge(line: str) -> None:
    print(line, flush=True)


def write_members(store_path: Path, passphrase: str, first: int) -> None:
    """Members one by one, and every fifth commit twenty at once (a transaction over many pages)."""
    from committee_app.services.members import add_member, add_members_in_bulk
    from committee_app.store import Store

    store = Store.open(store_path, passphrase)
    acknowledge("ready")
    number = first
    while True:
        if number % 5 == 0:
            names = [member_name(n) for n in range(number, number + 20)]
            add_members_in_bulk(store, [{"full_name": name, "notes": "Жазба " * 10} for name in names])
            number += 20
        else:
            names = [member_name(number)]
            add_member(store, full_name=names[0], phone=f"+7 701 {number:07d}")
            number += 1
        for name in names:
            acknowledge(name)


def change_passphrases(store_path: Path, passphrase: str, first: int) -> None:
    from committee_app.store import Store

    store = Store.open(store_path, passphrase)
    acknowledge("ready")
    number = first
    while True:
        new = passphrase_number(number)
        store.change_passphrase(passphrase, new, kdf=CRASH_KDF)
        acknowledge(new)
        passphrase, number = new, number + 1


def restore_backups(store_path: Path, passphrase: str, backups: list[str]) -> None:
    """Restore the backups given in turn, over and over."""
    from committee_app.backup import restore_backup

    acknowledge("ready")
    turn = 0
    while True:
        backup = backups[turn % len(backups)]
        restore_backup(Path(backup), passphrase, store_path)
        acknowledge(backup)
        turn += 1


def main(argv: list[str]) -> None:
    # The harness's own choice, in this process only: new key slots and backups get a fast
    # KDF, so a kill lands inside the writing rather than inside Argon2id. The shipped
    # defaults are checked by tests/core/test_shipped_kdf.py.
    keyslot.DEFAULT_KDF = backup_format.DEFAULT_KDF = CRASH_KDF
    role, store_path, passphrase, *rest = argv
    if role == "members":
        write_members(Path(store_path), passphrase, int(rest[0]))
    elif role == "passphrase":
        change_passphrases(Path(store_path), passphrase, int(rest[0]))
    elif role == "restore":
        restore_backups(Path(store_path), passphrase, rest)
    else:
        raise SystemExit(f"unknown role {role}")


if __name__ == "__main__":
    main(sys.argv[1:])

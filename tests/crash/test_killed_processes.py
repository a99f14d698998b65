"""Processes killed with SIGKILL at random moments leave a store that opens whole.

A child process (crash_child.py) works on a store in a loop and prints each piece of work
that returned; it is killed at a random moment, and the store is then opened and checked:

- a member writer, killed 50 times: the store passes SQLite's and SQLCipher's integrity
  checks and holds every member whose commit returned;
- a passphrase change, killed 20 times: the last passphrase acknowledged or the one being
  set opens the store, never neither, and the one before the last acknowledged no longer does;
- a restore, killed 20 times: the store is the one before or the backup being restored,
  whole (exactly its members), never a mix.

Slow (a few minutes): run by .ci/run as its own stage, ``python3 tools/dev.py test -m slow``.
The random moments come from a seed printed with the figures, so a failure can be replayed
with CRASH_SEED=N.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from committee_app.backup import write_backup
from committee_app.errors import WrongPassphrase
from committee_app.services.members import add_member
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from tests.crash.crash_child import CRASH_KDF, member_name, passphrase_number

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="SIGKILL")]

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).resolve().parent / "crash_child.py"


@pytest.fixture(scope="module")
def seed() -> int:
    return int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))


@dataclass
class Figures:
    kills: int = 0
    checked: int = 0
    seconds: float = 0.0
    outcomes: dict = field(default_factory=dict)

    def report(self, what: str, seed: int) -> None:
        outcomes = ", ".join(f"{name}: {count}" for name, count in sorted(self.outcomes.items()))
        print(f"\n{what}: {self.kills} kills, {self.checked} checked, {self.seconds:.1f} s; {outcomes} (CRASH_SEED={seed})")


def run_and_kill(arguments: list[str], delay: float, log: Path) -> list[str]:
    """Start the child, wait until it says "ready", let it work ``delay`` seconds, SIGKILL it.
    Returns the lines it printed whole: the work acknowledged."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    with open(log, "w+") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), *arguments], stdout=subprocess.PIPE, stderr=stderr, env=environment, encoding="utf-8"
        )
        lines: list[str] = []
        ready = threading.Event()

        def drain():
            # Read all the time, so the child never waits on a full pipe when it is killed.
            for line in child.stdout:
                if not line.endswith("\n"):
                    break  # cut off by the kill: not acknowledged
                if line == "ready\n":
                    ready.set()
                else:
                    lines.append(line.removesuffix("\n"))
            ready.set()

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        started = ready.wait(timeout=120)
        time.sleep(delay)
        exited_by_itself = child.poll() is not None
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        reader.join(timeout=60)
        stderr.seek(0)
        said = stderr.read()
    assert started and not exited_by_itself, f"the child stopped before it was killed:\n{said}"
    assert child.returncode == -signal.SIGKILL, said
    return lines


def member_names(store: Store) -> set[str]:
    with store.connection() as connection:
        return {name for (name,) in connection.execute(text("SELECT full_name FROM members"))}


def open_and_check(store_path: Path, passphrase: str) -> Store:
    store = Store.open(store_path, passphrase)
    report = store.check()
    assert report.integrity == ["ok"], report.integrity
    assert report.cipher_problems == [], report.cipher_problems
    assert report.key_copies_intact == 2
    return store


def test_a_member_writer_killed_50_times_loses_no_acknowledged_member(store, tmp_path, seed):
    chance = random.Random(seed)
    store.close()
    figures = Figures()
    acknowledged: set[str] = set()
    number, started = 1, time.monotonic()
    for kill in range(50):
        written = run_and_kill(
            ["members", str(store.path), PASSPHRASE, str(number)], chance.uniform(0.0, 0.5), tmp_path / "child.log"
        )
        acknowledged.update(written)
        reopened = open_and_check(store.path, PASSPHRASE)
        try:
            held = member_names(reopened)
        finally:
            reopened.close()
        lost = acknowledged - held
        assert not lost, f"kill {kill + 1} (CRASH_SEED={seed}): {len(lost)} acknowledged members lost"
        # The next writer goes on from the highest number written, acknowledged or not.
        number = 1 + max((int(name.split("№")[1]) for name in held), default=0)
        figures.kills += 1
        figures.outcomes["members in the store"] = len(held)
    figures.checked = len(acknowledged)
    figures.seconds = time.monotonic() - started
    figures.report("member writer", seed)
    assert figures.checked > 50  # the kills landed while members were being written


def test_a_passphrase_change_killed_20_times_leaves_the_old_or_the_new_passphrase(store, tmp_path, seed):
    chance = random.Random(seed + 1)
    add_member(store, full_name="Қайрат Жұмабаев")
    store.close()
    figures = Figures()
    # passphrases[i] is the i-th passphrase the store was given; `current` indexes the one that opens it.
    passphrases, current, started = [PASSPHRASE], 0, time.monotonic()
    for kill in range(20):
        changed = run_and_kill(
            ["passphrase", str(store.path), passphrases[current], str(current + 1)],
            chance.uniform(0.0, 0.3),
            tmp_path / "child.log",
        )
        last_acknowledged = current + len(changed)
        passphrases += [passphrase_number(n) for n in range(len(passphrases), last_acknowledged + 2)]
        assert changed == passphrases[current + 1 : last_acknowledged + 1]
        try:
            reopened = open_and_check(store.path, passphrases[last_acknowledged])
            current, outcome = last_acknowledged, "last acknowledged opens"
        except WrongPassphrase:
            # Killed while writing the key files: the passphrase being set must then open it.
            reopened = open_and_check(store.path, passphrases[last_acknowledged + 1])
            current, outcome = last_acknowledged + 1, "the one being set opens"
        try:
            assert member_names(reopened) == {"Қайрат Жұмабаев"}
        finally:
            reopened.close()
        if current > 0:
            # A change done is done: the passphrase it replaced opens the store no more.
            with pytest.raises(WrongPassphrase):
                Store.open(store.path, passphrases[current - 1]).close()
        figures.kills += 1
        figures.checked += len(changed)
        figures.outcomes[outcome] = figures.outcomes.get(outcome, 0) + 1
    figures.seconds = time.monotonic() - started
    figures.report("passphrase change", seed)
    assert figures.checked > 0  # kills landed after changes, not only before the first


def test_a_restore_killed_20_times_leaves_the_old_or_the_new_store_whole(store, tmp_path, seed):
    chance = random.Random(seed + 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    add_member(store, full_name=member_name(1))
    backup_a = write_backup(store, stick, PASSPHRASE, kdf=CRASH_KDF)
    for number in range(2, 40):
        add_member(store, full_name=member_name(number))
    backup_b = write_backup(store, stick, PASSPHRASE, kdf=CRASH_KDF)
    add_member(store, full_name="Before any restore")
    state = {
        "live": member_names(store),
        str(backup_a): {member_name(1)},
        str(backup_b): {member_name(n) for n in range(1, 40)},
    }
    store.close()
    figures = Figures()
    current, started = "live", time.monotonic()
    for kill in range(20):
        # Each run restores, in turn, the backup the store does not hold now and then the other.
        order = [str(backup_b), str(backup_a)] if current == str(backup_a) else [str(backup_a), str(backup_b)]
        restored = run_and_kill(
            ["restore", str(store.path), PASSPHRASE, *order], chance.uniform(0.0, 0.8), tmp_path / "child.log"
        )
        last = restored[-1] if restored else current
        being_restored = order[len(restored) % 2]
        reopened = open_and_check(store.path, PASSPHRASE)
        try:
            held = member_names(reopened)
        finally:
            reopened.close()
        assert held in (state[last], state[being_restored]), f"kill {kill + 1} (CRASH_SEED={seed}): a mixed store"
        current = last if held == state[last] else being_restored
        outcome = "old store" if current == last else "restored store"
        figures.kills += 1
        figures.checked += len(restored)
        figures.outcomes[outcome] = figures.outcomes.get(outcome, 0) + 1
    figures.seconds = time.monotonic() - started
    figures.report("restore", seed)
    assert figures.checked > 0  # kills landed after restores, not only before the first

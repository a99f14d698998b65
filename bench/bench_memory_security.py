"""What SQLCipher's cipher_memory_security costs: unlocking (the shipped KDF included) and a
typical query and typical writes, with the setting off and on, each in a fresh process (once on, SQLCipher keeps
it on for the life of the process). Prints medians and the ratio; asserts nothing.

Run: python3 tools/dev.py bench   (or .venv/bin/python bench/bench_memory_security.py)
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_members import generated_members  # noqa: E402

from committee_app import store as store_module  # noqa: E402
from committee_app.services import members  # noqa: E402
from committee_app.store import Store  # noqa: E402

MEMBER_COUNT = int(os.environ.get("BENCH_MEMBERS", "5000"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "7"))
WRITES = 20
PASSPHRASE = "benchmark passphrase — құпия сөз"


def with_setting(on: bool) -> None:
    """The store's own pragmas (its engine's and its first, inspecting connection's), with the
    setting on or off."""
    setting = f"cipher_memory_security={'ON' if on else 'OFF'}"
    store_module.MEMORY_SECURITY_PRAGMA = setting
    store_module.CONNECTION_PRAGMAS = tuple(
        setting if pragma.startswith("cipher_memory_security") else pragma for pragma in store_module.CONNECTION_PRAGMAS
    )


def measure(path: Path, on: bool) -> dict:
    with_setting(on)
    unlock, query, write = [], [], []
    for _ in range(REPEATS):
        start = time.perf_counter()
        store = Store.open(path, PASSPHRASE)
        with store.connection() as connection:  # the first page read is part of unlocking
            connection.exec_driver_sql("SELECT count(*) FROM members").scalar_one()
        unlock.append(time.perf_counter() - start)
        start = time.perf_counter()
        # What the members view does on a keystroke, and on showing the whole list.
        found = members.search_members(store, "айг")
        everyone = members.search_members(store, "")
        query.append(time.perf_counter() - start)
        start = time.perf_counter()
        # A secretary's typing: members added one at a time, each its own transaction.
        added = [members.add_member(store, full_name=f"Қосылған Мүше {n}") for n in range(WRITES)]
        write.append(time.perf_counter() - start)
        with store.session() as session:
            for member in added:
                session.delete(session.get(type(member), member.id))
        store.close()
        assert found and len(everyone) == MEMBER_COUNT
    probe = Store.open(path, PASSPHRASE)
    with probe.connection() as connection:
        state = connection.exec_driver_sql("PRAGMA cipher_memory_security").scalar_one()
    probe.close()
    return {"unlock": unlock, "query": query, "write": write, "reported": state}


def main() -> int:
    if len(sys.argv) == 3:  # a child: measure one setting
        print(json.dumps(measure(Path(sys.argv[1]), sys.argv[2] == "on")))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.store"
        store = Store.create(path, PASSPHRASE)
        members.add_members_in_bulk(store, generated_members(MEMBER_COUNT))
        store.close()
        results = {}
        for setting in ("off", "on", "off", "on"):  # interleaved, so a busy moment hits both
            child = subprocess.run(
                [sys.executable, __file__, str(path), setting], capture_output=True, text=True, check=True
            )
            measured = json.loads(child.stdout.strip().splitlines()[-1])
            results.setdefault(setting, {"unlock": [], "query": [], "write": [], "reported": measured["reported"]})
            for what in ("unlock", "query", "write"):
                results[setting][what] += measured[what]
    print(f"cipher_memory_security, {MEMBER_COUNT} members, {2 * REPEATS} runs per setting, shipped KDF")
    for what in ("unlock", "query", "write"):
        off = statistics.median(results["off"][what])
        on = statistics.median(results["on"][what])
        print(f"  {what:7s} median off {off * 1000:8.1f} ms   on {on * 1000:8.1f} ms   ratio {on / off:5.2f}")
    print(f"  PRAGMA cipher_memory_security reports: off run {results['off']['reported']}, on run {results['on']['reported']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

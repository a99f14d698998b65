"""Backups at scale: backup and verify of a store with 100,000 members and 1,000 assemblies,
beside a plain copy + fsync of the same store file in the same run; the KDF timed apart;
Python memory at two store sizes, to show that it stays flat.

Prints figures; asserts nothing. Run: python3 tools/dev.py bench
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_members import generated_members, timed  # noqa: E402

from committee_app import backup  # noqa: E402
from committee_app.atomic import fsync_directory  # noqa: E402
from committee_app.backup import format as backup_format  # noqa: E402
from committee_app.backup import snapshot as backup_snapshot  # noqa: E402
from committee_app.models import AgendaItem, Assembly  # noqa: E402
from committee_app.services import members  # noqa: E402
from committee_app.store import Store, remove_database_files  # noqa: E402

MEMBER_COUNT = int(os.environ.get("BENCH_MEMBERS", "100000"))
ASSEMBLY_COUNT = int(os.environ.get("BENCH_ASSEMBLIES", "1000"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
PASSPHRASE = "benchmark passphrase — құпия сөз"


def fill(store: Store, member_count: int, assembly_count: int) -> None:
    members.add_members_in_bulk(store, generated_members(member_count))
    start = datetime(2022, 1, 4, 10, 0)
    with store.session() as session:
        for number in range(1, assembly_count + 1):
            assembly = Assembly(number=number, starts_at=start + timedelta(days=number), place="Жаңаөзен, алаң")
            session.add(assembly)
            session.flush()
            for position, title in enumerate(("Талаптар туралы", "Ереуіл комитетін сайлау", "Әртүрлі"), start=1):
                session.add(
                    AgendaItem(
                        assembly_id=assembly.id,
                        position=position,
                        title=title,
                        heard="Баяндамашы жағдайды түсіндірді. " * 8,
                        decided="Қаулы етілді: талаптарды әкімдікке жіберу.",
                    )
                )
    with store.connection() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def plain_copy(source: Path, folder: Path) -> None:
    """What a careful copy to a stick costs: copy, fsync the file, fsync the folder."""
    target = folder / f"copy-{os.urandom(4).hex()}"
    with open(source, "rb") as reading, open(target, "wb") as writing:
        shutil.copyfileobj(reading, writing, 1024 * 1024)
        writing.flush()
        os.fsync(writing.fileno())
    fsync_directory(folder)
    target.unlink()


def python_peak(function) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def one_store(folder: Path, member_count: int, assembly_count: int) -> Store:
    store = Store.create(folder / f"store-{member_count}.store", PASSPHRASE)
    fill(store, member_count, assembly_count)
    return store


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        stick = folder / "stick"
        stick.mkdir()
        store = one_store(folder, MEMBER_COUNT, ASSEMBLY_COUNT)
        size = store.path.stat().st_size
        params = backup_format.DEFAULT_KDF
        kdf = [timed(lambda: backup_format._derive_keys(PASSPHRASE, os.urandom(16), params)) for _ in range(3)]
        kdf_median = statistics.median(kdf)

        copies, backups, verifies = [], [], []
        for _ in range(REPEATS):
            copies.append(timed(lambda: plain_copy(store.path, stick)))
            written = []
            backups.append(timed(lambda: written.append(backup.write_backup(store, stick, PASSPHRASE))))
            verifies.append(timed(lambda: backup.verify_backup(written[0], PASSPHRASE)))
            written[0].unlink()
        copy_median = statistics.median(copies)
        backup_median = statistics.median(backups)
        verify_median = statistics.median(verifies)
        written = backup.write_backup(store, stick, PASSPHRASE)
        backup_size = written.stat().st_size
        summary = backup.verify_backup(written, PASSPHRASE)
        written.unlink()

        print(
            f"Store: {summary.members:,} members, {summary.assemblies:,} assemblies, "
            f"{size / 1024**2:.1f} MiB; backup file {backup_size / 1024**2:.1f} MiB; {REPEATS} runs, medians"
        )
        print(
            f"Argon2id ({params.memory_kib // 1024} MiB, {params.iterations} passes, {params.lanes} lanes), "
            f"run once by backup and once by verify: {kdf_median * 1000:.0f} ms"
        )
        print(f"Plain copy + fsync of the store file: {copy_median * 1000:.0f} ms")
        for name, median in (("Backup (snapshot, encryption, fsync)", backup_median), ("Verify (read, authenticate, integrity checks)", verify_median)):
            without_kdf = median - kdf_median
            print(
                f"{name}: {median * 1000:.0f} ms with the KDF, {without_kdf * 1000:.0f} ms without; "
                f"ratio to the plain copy {without_kdf / copy_median:.2f}x without the KDF, "
                f"{median / copy_median:.2f}x with it (target < 4x)"
            )

        # Where the time goes: the two steps the format requires that a plain copy does not do.
        snapshot_path, snapshot_key = folder / "snapshot", os.urandom(32)
        snapshot_seconds = timed(lambda: backup_snapshot._take_snapshot(store, snapshot_path, snapshot_key))
        connection = backup_snapshot._open_snapshot(snapshot_path, snapshot_key)
        integrity_seconds = timed(lambda: connection.execute("PRAGMA integrity_check").fetchall())
        connection.close()
        remove_database_files(snapshot_path)
        print(
            f"Of which: the snapshot, every page decrypted and encrypted again under a fresh key, "
            f"{snapshot_seconds * 1000:.0f} ms ({snapshot_seconds / copy_median:.2f}x the copy); "
            f"SQLite's integrity_check of it alone {integrity_seconds * 1000:.0f} ms ({integrity_seconds / copy_median:.2f}x)"
        )

        small = one_store(folder, MEMBER_COUNT // 10, ASSEMBLY_COUNT // 10)
        peaks = {}
        for label, each in (("small", small), ("large", store)):
            written = []
            write_peak = python_peak(lambda each=each: written.append(backup.write_backup(each, stick, PASSPHRASE)))
            verify_peak = python_peak(lambda: backup.verify_backup(written[0], PASSPHRASE))
            peaks[label] = (each.path.stat().st_size, write_peak, verify_peak)
            written[0].unlink()
        for label, (store_size, write_peak, verify_peak) in peaks.items():
            print(
                f"Python memory peak, {label} store ({store_size / 1024**2:.1f} MiB): "
                f"backup {write_peak / 1024**2:.1f} MiB, verify {verify_peak / 1024**2:.1f} MiB"
            )
        small.close()
        store.close()
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"(benchmark ran {time.perf_counter() - started:.0f} s)")
    sys.exit(code)

"""Member import of 100,000 rows from CSV and .xlsx, beside Python's csv module and openpyxl's
read-only iteration over the same files, in the same run.

Prints figures; asserts nothing. Run: python3 tools/dev.py bench
Targets: CSV preview < 2 s, commit < 3 s; the whole CSV import < 10x the bare parse; the
XLSX import < 2x openpyxl's bare read; memory flat in the file's size beyond the preview's rows.

The commit's floor is measured beside it: the same rows, prepared (keys made) beforehand, put
into a fresh database of the same schema by the commit's SQL alone, once in SQLCipher with
the store's settings and once in Python's plain sqlite3 (no encryption, no memory protection).
"""

import csv
import gc
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import openpyxl
import sqlcipher3

from committee_app import keyslot
from committee_app.exchange.member_import import commit_import, read_import_preview
from committee_app.keyslot import KdfParams
from committee_app.services import members as member_service
from committee_app.store import CONNECTION_PRAGMAS, STATEMENT_CACHE_SIZE, Store, sqlcipher_key_literal

ROW_COUNT = int(os.environ.get("BENCH_IMPORT_ROWS", "100000"))
REPEATS = int(os.environ.get("BENCH_IMPORT_REPEATS", "3"))
# The key's derivation is not what is measured here.
QUICK_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
HEADER = ["№", "Фамилия, имя, отчество", "Телефон", "Место работы", "Цех", "Должность", "Дата вступления"]
SURNAMES = ["Жұмабаев", "Сейітқали", "Өтебаева", "Петренко", "Оразбаев", "Иванова", "Құдайбергенов", "Smith"]
FIRST_NAMES = ["Қайрат", "Ерлан", "Әсел", "Гүлнұр", "Нұрлан", "Айгүл", "Сергей", "Ольга", "Ұлан", "Дәулет"]
WORKPLACES = ["ТОО «Озенмунайгаз», НГДУ-1", "ПУ «Жаңаөзенмұнайгаз»", "Буровое управление", "УТТ"]
UNITS = ["Цех добычи №3", "Бригада КРС-12", "Гараж", "Қазандық"]
OCCUPATIONS = ["Оператор добычи", "Слесарь", "Водитель", "Мұнайшы"]


def generated_rows(count: int, seed: int = 12) -> list[list]:
    rng = random.Random(seed)
    return [
        [
            number,
            f"{rng.choice(SURNAMES)} {rng.choice(FIRST_NAMES)} {number}",
            f"8 7{rng.randint(0, 99):02d} {rng.randint(0, 999):03d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}",
            rng.choice(WORKPLACES),
            rng.choice(UNITS),
            rng.choice(OCCUPATIONS),
            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1990, 2025)}",
        ]
        for number in range(1, count + 1)
    ]


def write_csv(path: Path, rows: list[list]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)


def write_xlsx(path: Path, rows: list[list]) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Члены")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def bare_csv(path: Path) -> None:
    with open(path, encoding="utf-8-sig", newline="") as file:
        for _ in csv.reader(file, delimiter=";"):
            pass


def bare_xlsx(path: Path) -> None:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for _ in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def fresh_store(folder: Path) -> Store:
    path = folder / f"bench-{time.perf_counter_ns()}.store"
    return Store.create(path, "benchmark passphrase", kdf=QUICK_KDF)


def prepared_records(folder: Path, path: Path) -> tuple[list[tuple], float]:
    """The rows of the file as the commit inserts them (keys made), and the seconds making them took."""
    store = fresh_store(folder)
    try:
        preview = read_import_preview(store, path)
        values = [values for _, _, values in preview.rows.records()]
        with store.session() as session:
            started = time.perf_counter()
            records = member_service.new_member_records(session, preview.rows.fields, values)
            return records, time.perf_counter() - started
    finally:
        store.close()


def bare_commit(connection, records: list[tuple]) -> float:
    """Seconds of the commit's SQL alone on ``connection``, as the import runs it: the search
    trigger and the sorting indexes dropped, one executemany, the indexes and the search index
    filled after, committed."""
    columns = member_service.NEW_MEMBER_COLUMNS
    insert = f"INSERT INTO members ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    started = time.perf_counter()
    connection.execute("BEGIN")
    (trigger,) = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'members_search_insert'"
    ).fetchone()
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL"
    ).fetchall()
    connection.execute("DROP TRIGGER members_search_insert")
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    connection.executemany(insert, records)
    for _name, sql in indexes:
        connection.execute(sql)
    connection.execute("INSERT INTO member_search (rowid, search_key) SELECT id, search_key FROM members ORDER BY id")
    connection.execute(trigger)
    connection.execute("COMMIT")
    return time.perf_counter() - started


def sqlcipher_floor(folder: Path, records: list[tuple]) -> float:
    """The commit's SQL on a bare sqlcipher3 connection to a fresh store, with the store's own
    settings (memory protection as this process has it: on, as shipped)."""
    store = fresh_store(folder)
    store.close()
    key = keyslot.unlock_key(store.path, "benchmark passphrase").key
    connection = sqlcipher3.connect(str(store.path), isolation_level=None, cached_statements=STATEMENT_CACHE_SIZE)
    try:
        connection.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}")
        return bare_commit(connection, records)
    finally:
        connection.close()


def plain_sqlite_floor(folder: Path, records: list[tuple]) -> float:
    """The commit's SQL in Python's own sqlite3, with no encryption and no memory protection,
    in a fresh database of the store's schema (the same tables, indexes, trigger and search)."""
    store = fresh_store(folder)
    with store.connection() as connection:
        schema = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'member_search_%' ORDER BY rowid"
        ).scalars().all()
    store.close()
    connection = sqlite3.connect(folder / f"plain-{time.perf_counter_ns()}.db", isolation_level=None)
    try:
        for pragma in CONNECTION_PRAGMAS:
            if not pragma.startswith("cipher_"):
                connection.execute(f"PRAGMA {pragma}")
        for sql in schema:
            connection.execute(sql)
        return bare_commit(connection, records)
    finally:
        connection.close()


def import_times(folder: Path, path: Path) -> tuple[float, float]:
    """Median seconds of the preview and of the commit, each run on a fresh store."""
    previews, commits = [], []
    for _ in range(REPEATS):
        store = fresh_store(folder)
        try:
            gc.collect()
            started = time.perf_counter()
            preview = read_import_preview(store, path)
            previews.append(time.perf_counter() - started)
            started = time.perf_counter()
            summary = commit_import(store, preview)
            commits.append(time.perf_counter() - started)
            assert summary.added == ROW_COUNT, summary
        finally:
            store.close()
    return statistics.median(previews), statistics.median(commits)


def preview_memory(folder: Path, path: Path) -> tuple[float, float]:
    """The preview's peak and what it keeps (its rows), in MB."""
    store = fresh_store(folder)
    try:
        gc.collect()
        tracemalloc.start()
        preview = read_import_preview(store, path)
        kept, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert len(preview.rows) > 0
    finally:
        store.close()
    return peak / 2**20, kept / 2**20


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rows = generated_rows(ROW_COUNT)
        csv_path, xlsx_path = folder / "members.csv", folder / "members.xlsx"
        write_csv(csv_path, rows)
        write_xlsx(xlsx_path, rows)
        small_csv, small_xlsx = folder / "small.csv", folder / "small.xlsx"
        write_csv(small_csv, rows[: ROW_COUNT // 10])
        write_xlsx(small_xlsx, rows[: ROW_COUNT // 10])
        csv_mb, xlsx_mb = csv_path.stat().st_size / 2**20, xlsx_path.stat().st_size / 2**20
        print(f"Rows: {ROW_COUNT:,}; CSV {csv_mb:.1f} MB, XLSX {xlsx_mb:.1f} MB; "
              f"median of {REPEATS} runs, a fresh store for each")

        csv_bare = statistics.median(timed(lambda: bare_csv(csv_path)) for _ in range(REPEATS))
        csv_preview, csv_commit = import_times(folder, csv_path)
        csv_whole = csv_preview + csv_commit
        print(f"CSV: csv module bare parse {csv_bare:.2f} s")
        print(f"  preview {csv_preview:.2f} s (target < 2 s: {verdict(csv_preview < 2)})")
        print(f"  commit {csv_commit:.2f} s (target < 3 s: {verdict(csv_commit < 3)})")
        print(f"  whole import {csv_whole:.2f} s = {csv_whole / csv_bare:.1f}x the bare parse "
              f"(target < 10x: {verdict(csv_whole < 10 * csv_bare)})")

        records, preparing = prepared_records(folder, csv_path)
        cipher_floor = statistics.median(sqlcipher_floor(folder, records) for _ in range(REPEATS))
        plain_floor = statistics.median(plain_sqlite_floor(folder, records) for _ in range(REPEATS))
        print(f"Commit's floor: making the rows' search and sort keys {preparing:.2f} s; the commit's SQL alone "
              f"on the prepared rows, into a fresh store: {cipher_floor:.2f} s in SQLCipher as the store runs it, "
              f"{plain_floor:.2f} s in plain SQLite (no encryption, no memory protection)")
        print(f"  commit {csv_commit:.2f} s = {csv_commit / (preparing + cipher_floor):.2f}x the keys and SQLCipher's "
              f"floor ({preparing + cipher_floor:.2f} s); the keys and plain SQLite alone take "
              f"{preparing + plain_floor:.2f} s = {(preparing + plain_floor) / csv_bare:.1f}x the bare parse")
        xlsx_bare = statistics.median(timed(lambda: bare_xlsx(xlsx_path)) for _ in range(REPEATS))
        xlsx_preview, xlsx_commit = import_times(folder, xlsx_path)
        xlsx_whole = xlsx_preview + xlsx_commit
        print(f"XLSX: openpyxl read-only bare iteration {xlsx_bare:.2f} s")
        print(f"  preview {xlsx_preview:.2f} s = {xlsx_preview / xlsx_bare:.2f}x the bare read, commit {xlsx_commit:.2f} s")
        print(f"  whole import {xlsx_whole:.2f} s = {xlsx_whole / xlsx_bare:.2f}x the bare read "
              f"(target < 2x: {verdict(xlsx_whole < 2 * xlsx_bare)})")

        for kind, small, large, size in (("CSV", small_csv, csv_path, csv_mb), ("XLSX", small_xlsx, xlsx_path, xlsx_mb)):
            preview_memory(folder, small)  # what is read once (modules, translations) is not counted below
            small_peak, small_kept = preview_memory(folder, small)
            large_peak, large_kept = preview_memory(folder, large)
            print(f"{kind} preview memory (tracemalloc): {ROW_COUNT // 10:,} rows peak {small_peak:.1f} MB, keeps "
                  f"{small_kept:.1f} MB; {ROW_COUNT:,} rows peak {large_peak:.1f} MB, keeps {large_kept:.1f} MB "
                  f"= {large_kept / size:.2f}x the file's {size:.1f} MB")
    return 0


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


if __name__ == "__main__":
    sys.exit(main())

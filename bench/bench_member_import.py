"""Member import of 100,000 rows from CSV and .xlsx, beside Python's csv module and openpyxl's
read-only iteration over the same files, in the same run.

Prints figures; asserts nothing. Run: python3 tools/dev.py bench
Targets: CSV preview < 2 s, commit < 3 s; the whole CSV import < 10x the bare parse; the
XLSX import < 2x openpyxl's bare read; memory flat in the file's size beyond the preview's rows.
"""

import csv
import gc
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import openpyxl

from committee_app.exchange.member_import import commit_import, read_import_preview
from committee_app.keyslot import KdfParams
from committee_app.store import Store

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
        print(f"Rows: {ROW_COUNT:,}; CSV {csv_path.stat().st_size / 2**20:.1f} MB, XLSX {xlsx_path.stat().st_size / 2**20:.1f} MB; "
              f"median of {REPEATS} runs, a fresh store for each")

        csv_bare = statistics.median(timed(lambda: bare_csv(csv_path)) for _ in range(REPEATS))
        csv_preview, csv_commit = import_times(folder, csv_path)
        csv_whole = csv_preview + csv_commit
        print(f"CSV: csv module bare parse {csv_bare:.2f} s; preview {csv_preview:.2f} s (target < 2 s), "
              f"commit {csv_commit:.2f} s (target < 3 s); whole import {csv_whole:.2f} s = "
              f"{csv_whole / csv_bare:.1f}x the bare parse (target < 10x)")

        xlsx_bare = statistics.median(timed(lambda: bare_xlsx(xlsx_path)) for _ in range(REPEATS))
        xlsx_preview, xlsx_commit = import_times(folder, xlsx_path)
        print(f"XLSX: openpyxl read-only bare iteration {xlsx_bare:.2f} s; preview {xlsx_preview:.2f} s = "
              f"{xlsx_preview / xlsx_bare:.2f}x, commit {xlsx_commit:.2f} s; whole import {xlsx_preview + xlsx_commit:.2f} s = "
              f"{(xlsx_preview + xlsx_commit) / xlsx_bare:.2f}x the bare read (target < 2x)")

        for kind, small, large in (("CSV", small_csv, csv_path), ("XLSX", small_xlsx, xlsx_path)):
            small_peak, small_kept = preview_memory(folder, small)
            large_peak, large_kept = preview_memory(folder, large)
            print(f"{kind} preview memory (tracemalloc): {ROW_COUNT // 10:,} rows peak {small_peak:.1f} MB of which "
                  f"the preview keeps {small_kept:.1f} MB (reading {small_peak - small_kept:.1f} MB); {ROW_COUNT:,} rows "
                  f"peak {large_peak:.1f} MB, keeps {large_kept:.1f} MB (reading {large_peak - large_kept:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

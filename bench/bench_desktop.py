"""The desktop app with 100,000 members: unlock to the list, a keystroke of search, a column
sort, and the memory the list view takes, each beside what the core alone needs.

Runs offscreen with the shipped key-derivation setting. Prints figures; asserts nothing.
Run: python3 tools/dev.py bench   (BENCH_MEMBERS sets the number of members)
"""

import ctypes
import gc
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_members import generated_members, percentile, timed  # noqa: E402

MEMBER_COUNT = int(os.environ.get("BENCH_MEMBERS", "100000"))
LANGUAGE = os.environ.get("BENCH_LANGUAGE", "ru")
PASSPHRASE = "benchmark passphrase, жаңа құпия"
UNLOCK_RUNS = 4
KDF_RUNS = 3
TYPING_ROUNDS = 3
SORT_ROUNDS = 2
SCROLL_JUMPS = 60
SCROLL_STEPS = 2000  # top to bottom; every 256-row page of the model is still read
# Each word typed a letter at a time into an empty search box.
TYPED_WORDS = ["қайрат", "ерлан", "7012", "цех", "smith", "жұмаб"]
BROAD_QUERY = "а"
MEMORY_FLAG = "--memory-of-the-list-view"
SQLITE_STATUS_PAGECACHE_OVERFLOW = 2  # page cache bytes taken from malloc: all of it, by default


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.0995 else f"{seconds * 1000:.1f} ms"


def spread(samples: list[float]) -> str:
    return f"median {milliseconds(statistics.median(samples))}, p95 {milliseconds(percentile(samples, 0.95))}"


def megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def resident_bytes() -> int:
    """Current RSS (VmRSS), not the peak that getrusage reports."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def settle_memory() -> int:
    """RSS after Python and malloc have handed back what they can, so steps compare fairly."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return resident_bytes()


def sqlite_memory() -> tuple[int, int]:
    """SQLite's own allocations, and the part of them that is the page cache (-1, -1 if unknown)."""
    try:
        import sqlcipher3._sqlite3 as extension

        library = ctypes.CDLL(extension.__file__)
        library.sqlite3_memory_used.restype = ctypes.c_int64
        current, highest = ctypes.c_int64(), ctypes.c_int64()
        library.sqlite3_status64(SQLITE_STATUS_PAGECACHE_OVERFLOW, ctypes.byref(current), ctypes.byref(highest), 0)
        return library.sqlite3_memory_used(), current.value
    except (ImportError, OSError, AttributeError):
        return -1, -1


def isolate_folders(folder: Path) -> dict:
    """The app's settings, logs and data go to the benchmark's folder, never the user's."""
    env = dict(os.environ)
    for variable, name in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                           ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        env[variable] = str(folder / name)
    env.pop("COMMITTEE_APP_STORE", None)
    os.environ.update(env)
    return env


# --- Qt helpers -------------------------------------------------------------------------------


def quiet_offscreen_warnings(kind, context, message) -> None:
    # The offscreen platform says "does not support raise()" and the like at every show.
    if "This plugin does not support" not in message:
        sys.stderr.write(message + "\n")


def make_application():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from committee_app.i18n import LanguageSwitch
    from ui import error_reporting

    qInstallMessageHandler(quiet_offscreen_warnings)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    # A modal message box would stop the benchmark; what it would have said is printed.
    error_reporting.show_message = lambda parent, icon, title, text: print(f"  [app message] {title}: {text}")
    languages = LanguageSwitch()
    languages.use(LANGUAGE)
    return app, languages


def wait_until(condition, timeout: float = 60.0) -> bool:
    """Run the event loop until ``condition()``; a short timer keeps waking it to look."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    if condition():
        return True
    waker = QTimer()
    waker.start(1)
    deadline = time.perf_counter() + timeout
    try:
        while not condition():
            if time.perf_counter() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()
    return True


class ModelChanges:
    """Counts the model's resets and layout changes: the sign that a query or sort was applied,
    whether at once or after a debounce timer."""

    def __init__(self, model):
        self.count = 0
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self._changed)

    def _changed(self, *_args) -> None:
        self.count += 1


def timed_until_changed(app, changes: ModelChanges, action) -> tuple[float, int]:
    """Seconds from ``action`` until the model has changed and the window has painted it,
    and how many times the model changed on the way."""
    before = changes.count
    start = time.perf_counter()
    action()
    if not wait_until(lambda: changes.count > before, timeout=10):
        print("  (the model did not change within 10 s)")
    app.processEvents()  # the repaint, which reads the rows now on screen
    return time.perf_counter() - start, changes.count - before


# --- 1. unlock ----------------------------------------------------------------------------------


def bench_unlock(app, languages, store_path: Path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from committee_app import keyslot
    from committee_app.store import Store
    from ui.app import DeskController
    from ui.settings import DeskSettings

    kdf = [timed(lambda: keyslot.derive_wrapping_key(PASSPHRASE, os.urandom(16), keyslot.DEFAULT_KDF))
           for _ in range(KDF_RUNS)]
    opens = [timed(lambda: Store.open(store_path, PASSPHRASE).close()) for _ in range(2)]

    controller = DeskController(store_path, DeskSettings(), languages)
    # Timestamps around the controller's own slot (connected when the unlock dialog is made),
    # to split the worker's part (KDF, checks) from the UI thread's (window, views, rows).
    marks = {}
    show_main_window = controller.show_main_window

    def marked_show_main_window(store) -> None:
        marks["opened"] = time.perf_counter()
        show_main_window(store)
        marks["filled"] = time.perf_counter()

    controller.show_main_window = marked_show_main_window
    controller.start()
    runs, painted, on_worker, on_ui = [], [], [], []
    for run in range(UNLOCK_RUNS):
        if run:
            controller.lock()
        wait_until(lambda: controller.unlock_dialog.isVisible())
        app.processEvents()
        dialog = controller.unlock_dialog
        dialog.passphrase.setText(PASSPHRASE)

        def list_shown() -> bool:
            window = controller.window
            return window is not None and window.isVisible() and window.view("members").model.rowCount() > 0

        start = time.perf_counter()
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        if not wait_until(list_shown):
            print("  (the member list did not show within 60 s)")
        runs.append(time.perf_counter() - start)
        app.processEvents()
        painted.append(time.perf_counter() - start)
        on_worker.append(marks["opened"] - start)
        on_ui.append(marks["filled"] - marks["opened"])

    window = controller.window
    members_view = window.view("members")
    window_loads = [timed(window.load) for _ in range(3)]
    members_loads = [timed(lambda: members_view.model.load(controller.store)) for _ in range(3)]

    kdf_median = statistics.median(kdf)
    later = runs[1:]
    print(f"1. Unlock to the member list shown (shipped Argon2id {keyslot.DEFAULT_KDF.memory_kib // 1024} MiB, "
          f"{keyslot.DEFAULT_KDF.iterations} passes, {keyslot.DEFAULT_KDF.lanes} lanes):")
    print(f"  click to rows in the model: median {milliseconds(statistics.median(runs))} over {len(runs)} unlocks "
          f"(target < 1.5 s with the KDF); first {milliseconds(runs[0])} (builds the main window), "
          f"later ones (locked in between) median {milliseconds(statistics.median(later))}")
    print(f"  click to the list painted: median {milliseconds(statistics.median(painted))}")
    print(f"  KDF alone (derive_wrapping_key): median {milliseconds(kdf_median)}; "
          f"Store.open alone: median {milliseconds(statistics.median(opens))}")
    print(f"  per unlock: worker thread (KDF, checks) to the UI callback {milliseconds(on_worker[0])} first, "
          f"median {milliseconds(statistics.median(on_worker))}; show_main_window on the UI thread "
          f"{milliseconds(on_ui[0])} first, median {milliseconds(statistics.median(on_ui[1:]))} later")
    print(f"  MainWindow.load (every view) again: median {milliseconds(statistics.median(window_loads))}, "
          f"of which the members model: median {milliseconds(statistics.median(members_loads))}")
    return controller


# --- 2. typing in the search box ---------------------------------------------------------------


def bench_typing(app, controller) -> None:
    from committee_app.services import members

    window = controller.window
    window.show_view(0)
    view = window.view("members")
    store = controller.store
    changes = ModelChanges(view.model)
    keystrokes, core, clears, hits, mismatches = [], [], [], [], []
    by_query: dict[str, tuple[list[float], list[float]]] = {}
    for _ in range(TYPING_ROUNDS):
        for word in TYPED_WORDS:
            if view.search.text():
                clears.append(timed_until_changed(app, changes, view.search.clear)[0])
            for length in range(1, len(word) + 1):
                typed = word[:length]
                seconds, _ = timed_until_changed(app, changes, lambda: view.search.setText(typed))
                matching = []
                core_seconds = timed(lambda: matching.append(members.member_ids_matching(store, typed)))
                keystrokes.append(seconds)
                core.append(core_seconds)
                by_query.setdefault(typed, ([], []))[0].append(seconds)
                by_query[typed][1].append(core_seconds)
                shown = view.model.rowCount()
                hits.append(shown)
                if shown != (MEMBER_COUNT if matching[0] is None else len(matching[0])):
                    mismatches.append(typed)
    view.search.clear()
    app.processEvents()
    words = ", ".join(f"“{word}”" for word in TYPED_WORDS)
    print(f"2. One keystroke in the members search ({len(keystrokes)} keystrokes: {words} typed a letter at a time, "
          f"{TYPING_ROUNDS} rounds; {min(hits):,}–{max(hits):,} rows shown):")
    print(f"  setText to model updated and painted: {spread(keystrokes)} (target p95 < 100 ms)")
    print(f"  core member_ids_matching, same queries: {spread(core)}; "
          f"ratio of medians {statistics.median(keystrokes) / statistics.median(core):.2f}x")
    print(f"  first keystroke after unlock (“{TYPED_WORDS[0][0]}”, page cache cold): {milliseconds(keystrokes[0])}")
    slowest = sorted(by_query, key=lambda query: -statistics.median(by_query[query][0]))[:4]
    print("  slowest queries (median of rounds, UI / core): " + "; ".join(
        f"“{query}” {milliseconds(statistics.median(by_query[query][0]))} / "
        f"{milliseconds(statistics.median(by_query[query][1]))}" for query in slowest))
    print(f"  clearing the search (Esc): {spread(clears)}")
    if mismatches:
        print(f"  rows shown differ from the core's matches for: {', '.join(sorted(set(mismatches)))}")


# --- 3. sorting ------------------------------------------------------------------------------------


def click_header(view, column: int) -> None:
    """A click on a column's header, where the user would click."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    header = view.table.horizontalHeader()
    view.table.scrollTo(view.model.index(view.table.rowAt(0), column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))


def bench_sorting(app, controller) -> None:
    from PySide6.QtCore import Qt

    from committee_app.services import members

    view = controller.window.view("members")
    model = view.model
    header = view.table.horizontalHeader()
    store = controller.store
    changes = ModelChanges(model)
    clicks, core, resets_per_click = [], [], []
    by_column: dict[str, list[float]] = {}
    for _ in range(SORT_ROUNDS):
        for column, key in enumerate(model.COLUMN_KEYS):
            for _order in range(2):  # a click on a new column sorts it one way, the next click the other
                seconds, resets = timed_until_changed(app, changes, lambda: click_header(view, column))
                clicks.append(seconds)
                resets_per_click.append(resets)
                by_column.setdefault(key, []).append(seconds)
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                core.append(timed(lambda: members.search_member_ids(store, order_by=key, descending=descending)))

    by_call, resets_per_call = [], []
    for column in range(len(model.COLUMN_KEYS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            seconds, resets = timed_until_changed(app, changes, lambda: view.table.sortByColumn(column, order))
            by_call.append(seconds)
            resets_per_call.append(resets)
    view.table.sortByColumn(model.NAME, Qt.SortOrder.AscendingOrder)
    app.processEvents()

    worst = max(by_column, key=lambda key: statistics.median(by_column[key]))
    print(f"3. One column sort ({len(model.COLUMN_KEYS)} columns, each order, {SORT_ROUNDS} rounds; "
          f"{MEMBER_COUNT:,} rows):")
    print(f"  header click to model updated and painted: {spread(clicks)} (target < 150 ms); "
          f"slowest column {worst}, median {milliseconds(statistics.median(by_column[worst]))}; "
          f"model sorts per click: {max(resets_per_click)}")
    print(f"  core search_member_ids in that order: {spread(core)}; "
          f"ratio of medians {statistics.median(clicks) / statistics.median(core):.2f}x")
    print("  per column (median): " + ", ".join(
        f"{key} {milliseconds(statistics.median(values))}" for key, values in by_column.items()))
    print(f"  QTableView.sortByColumn instead of a click: {spread(by_call)}; "
          f"model sorts per call: {max(resets_per_call)} (Qt sorts again when the indicator changes)")


def bench_scroll_jumps(app, controller) -> None:
    """Dragging the scroll thumb: each jump lands on rows not yet read."""
    view = controller.window.view("members")
    bar = view.table.verticalScrollBar()
    rng = random.Random(11)
    jumps = []
    for _ in range(SCROLL_JUMPS):
        value = rng.randint(0, bar.maximum())
        jumps.append(timed(lambda: (bar.setValue(value), app.processEvents())))
    bar.setValue(0)
    app.processEvents()
    print(f"   Scroll thumb jump to a random place (a page of rows read, then painted): {spread(jumps)}")


# --- 4. memory, in fresh processes so earlier phases leave nothing behind ----------------------------


def memory_of_the_list_view(store_path: Path, tracing: bool) -> dict:
    """RSS and SQLite's memory at each step; with ``tracing``, Python's heap instead (tracemalloc
    costs memory of its own, so RSS is read in a run without it)."""
    app, languages = make_application()
    from committee_app.store import Store
    from ui.main_window import MainWindow
    from ui.session import DeskSession
    from ui.settings import DeskSettings

    figures = {}

    def step(name: str) -> None:
        figures[name] = settle_memory()
        figures[name + "_sqlite"], figures[name + "_page_cache"] = sqlite_memory()
        if tracing:
            figures[name + "_python"] = tracemalloc.get_traced_memory()[0]

    store = Store.open(store_path, PASSPHRASE)
    if tracing:
        tracemalloc.start()
    step("baseline")
    # What DeskController.show_main_window does, in two steps, to tell the window from the records.
    window = MainWindow(DeskSession(store, DeskSettings(), languages.language))
    window.show_view(0)
    window.show()
    app.processEvents()
    step("window")
    window.load()
    view = window.view("members")
    wait_until(lambda: view.model.rowCount() > 0)
    app.processEvents()
    step("loaded")

    bar = view.table.verticalScrollBar()
    stride = max(bar.pageStep(), math.ceil(bar.maximum() / SCROLL_STEPS))
    positions = list(range(0, bar.maximum(), stride)) + [bar.maximum()]
    for position in positions:
        bar.setValue(position)
        app.processEvents()
    figures["scroll_steps"] = len(positions)
    step("scrolled")

    view.search.setText(BROAD_QUERY)
    app.processEvents()
    figures["broad_rows"] = view.model.rowCount()
    step("searched")
    if tracing:
        figures["python_peak"] = tracemalloc.get_traced_memory()[1]
        top = tracemalloc.take_snapshot().statistics("lineno")[:4]
        figures["python_top"] = [
            f"{Path(stat.traceback[0].filename).name}:{stat.traceback[0].lineno} {megabytes(stat.size)}"
            for stat in top
        ]

    with store.connection() as connection:
        for pragma in ("cache_size", "page_size", "page_count"):
            figures[pragma] = int(connection.exec_driver_sql(f"PRAGMA {pragma}").scalar())
    figures["connections"] = store.engine.pool.checkedin() + store.engine.pool.checkedout()
    window.clear()
    app.processEvents()
    step("cleared")
    # Closing the pooled connections frees their decrypted page caches; nothing else goes.
    store.engine.dispose()
    step("closed")
    tracemalloc.stop()
    window.hide()
    store.close()
    return figures


def measure_memory(store_path: Path, env: dict) -> dict | None:
    figures = {}
    for mode in ("rss", "python"):
        child = subprocess.run([sys.executable, __file__, MEMORY_FLAG, str(store_path), mode],
                               capture_output=True, text=True, env=env)
        if child.returncode != 0:
            print(f"4. Memory of the list view: the measuring process failed:\n{child.stderr}")
            return None
        measured = json.loads(child.stdout.strip().splitlines()[-1])
        figures.update(measured if mode == "rss" else {k: v for k, v in measured.items() if "python" in k})
    return figures


def report_memory(figures: dict) -> None:
    base = figures["baseline"]

    def growth(step: str) -> str:
        return f"+{megabytes(figures[step] - base)}"

    def sqlite_part(step: str) -> str:
        if figures[step + "_sqlite"] < 0:
            return ""
        return (f" (SQLite {megabytes(figures[step + '_sqlite'] - figures['baseline_sqlite'])}, "
                f"page cache {megabytes(figures[step + '_page_cache'] - figures['baseline_page_cache'])})")

    searched = figures["searched"] - base
    page_cache = figures["searched_page_cache"] - figures["baseline_page_cache"]
    cache_size = figures["cache_size"]  # negative: KiB; positive: pages
    cache_limit = -cache_size * 1024 if cache_size < 0 else cache_size * figures["page_size"]
    print(f"4. Memory of the list view (fresh process: Qt and the app's code loaded, store open, no window; "
          f"RSS {megabytes(base)}):")
    print(f"  main window built and shown, no records: {growth('window')}")
    print(f"  records loaded into every view: {growth('loaded')}{sqlite_part('loaded')}")
    print(f"  members list scrolled top to bottom in {figures['scroll_steps']:,} steps: "
          f"{growth('scrolled')}{sqlite_part('scrolled')}")
    print(f"  after a broad search (“{BROAD_QUERY}”, {figures['broad_rows']:,} rows): "
          f"{growth('searched')}{sqlite_part('searched')}")
    if figures["searched_page_cache"] >= 0:
        print(f"  the view without SQLite's page cache: +{megabytes(searched - page_cache)} "
              f"(target < 60 MB above the data); the page cache is "
              f"{megabytes(page_cache)} of the {megabytes(searched)}")
    print(f"  PRAGMA cache_size={figures['cache_size']}: up to {megabytes(cache_limit)} of decrypted pages per "
          f"connection, {figures['connections']} connection(s) open (pool of 2, +2 overflow); "
          f"database {megabytes(figures['page_count'] * figures['page_size'])}")
    print(f"  after lock's clear(): {growth('cleared')}; with the connections closed too: {growth('closed')} "
          f"(closing gave back {megabytes(figures['cleared'] - figures['closed'])})")
    print(f"  Python heap (tracemalloc, separate run): window {megabytes(figures['window_python'])}, "
          f"loaded {megabytes(figures['loaded_python'])}, scrolled {megabytes(figures['scrolled_python'])}, "
          f"searched {megabytes(figures['searched_python'])}, peak {megabytes(figures['python_peak'])}, "
          f"after clear() {megabytes(figures['cleared_python'])}")
    print(f"  largest Python allocations: {'; '.join(figures['python_top'])}")


# --- the run ------------------------------------------------------------------------------------


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == MEMORY_FLAG:
        print(json.dumps(memory_of_the_list_view(Path(sys.argv[2]), tracing=sys.argv[3] == "python")))
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        env = isolate_folders(folder)
        from committee_app.services import members
        from committee_app.store import Store

        store_path = folder / "committee.store"
        store = Store.create(store_path, PASSPHRASE)
        filling = timed(lambda: members.add_members_in_bulk(store, generated_members(MEMBER_COUNT)))
        store.close()
        print(f"Desktop with {MEMBER_COUNT:,} members (offscreen, {os.cpu_count()} CPUs); "
              f"store filled in {filling:.1f} s, file {megabytes(store_path.stat().st_size)}")

        memory = measure_memory(store_path, env)
        app, languages = make_application()
        controller = bench_unlock(app, languages, store_path)
        bench_typing(app, controller)
        bench_sorting(app, controller)
        bench_scroll_jumps(app, controller)
        if memory is not None:
            report_memory(memory)
        app.removeEventFilter(controller)
        controller.store.close()
        controller.store = None
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

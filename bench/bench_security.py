"""Unlock time with the shipped key derivation (Argon2id as the store's key files are sealed),
and the time from the end of the panic wipe's countdown to the key files being gone.

Targets: unlock 0.3–1.5 s on this machine (long enough to slow guessing, short enough for a
secretary); the store unreadable within 100 ms of the countdown's end. Everything runs in a
temporary folder (the app's settings, logs and temporary folder included), on the disk the
system keeps its temporary files on, with every fsync the app does. Prints figures; asserts
nothing.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
UNLOCK_TARGET_S = (0.3, 1.5)
UNREADABLE_TARGET_MS = 100.0


def private_folders(top: Path) -> None:
    """The wipe deletes the app's settings, logs and temporary copies: the bench's own, never the user's."""
    home = top / "home"
    for variable, name in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                           ("XDG_CACHE_HOME", "cache")):
        os.environ[variable] = str(home / name)
    os.environ["HOME"] = str(home)
    os.environ.pop("COMMITTEE_APP_STORE", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    system_tmp = top / "tmp"
    system_tmp.mkdir()
    tempfile.tempdir = str(system_tmp)


def unlock_times(folder: Path) -> tuple[list[float], list[float], object]:
    """Store.open (key derivation, unsealing, the store's checks) and the key derivation alone."""
    from committee_app import keyslot
    from committee_app.store import Store

    path = folder / "unlock" / "committee.store"
    Store.create(path, "a passphrase for the benchmark").close()  # sealed with the shipped setting
    slot = keyslot.parse_slot(keyslot.slot_paths(path)[0].read_bytes())
    opens, derivations = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        Store.open(path, "a passphrase for the benchmark").close()
        opens.append(time.perf_counter() - start)
        start = time.perf_counter()
        keyslot.derive_wrapping_key("a passphrase for the benchmark", slot.salt, slot.params)
        derivations.append(time.perf_counter() - start)
    return opens, derivations, slot.params


def store_in_use(path: Path):
    """An open store with records in its WAL, as the app has it when the countdown ends."""
    from committee_app import paths
    from committee_app.keyslot import KdfParams
    from committee_app.services import members
    from committee_app.store import Store

    store = Store.create(path, "a passphrase for the benchmark", kdf=KdfParams(64, 1, 1))
    for number in range(200):
        members.add_member(store, full_name=f"Member {number}", phone=f"+7 701 000 {number:04d}")
    settings = paths.config_folder() / "settings.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[General]\nlanguage=ru\n")
    return store


def wipe_times(folder: Path) -> tuple[list[float], list[float]]:
    """In the desktop app (offscreen): from the countdown's end to the key files gone, and to
    everything deleted."""
    from PySide6.QtWidgets import QApplication

    from committee_app import keyslot
    from committee_app.i18n import LanguageSwitch
    from ui.app import DeskController
    from ui.dialogs import wipe_countdown
    from ui.settings import DeskSettings

    app = QApplication.instance() or QApplication(sys.argv)
    app.quit = lambda: None  # each run wipes one store; the bench goes on to the next
    wipe_countdown.COUNTDOWN_MS = 50  # the time measured starts at the countdown's end
    to_keys_gone, to_all_gone = [], []
    for run in range(RUNS):
        path = folder / f"wipe-{run}" / "committee.store"
        store = store_in_use(path)
        languages = LanguageSwitch()
        languages.use("ru")
        controller = DeskController(path, DeskSettings(), languages)
        controller.show_main_window(store)
        marks = {}
        wipe_now, drop_everything = controller.wipe_now, controller._drop_everything

        def timed_wipe():
            marks["end"] = time.perf_counter()
            wipe_now()
            marks["all gone"] = time.perf_counter()

        def timed_drop():
            marks["keys gone"] = time.perf_counter()
            marks["keys existed"] = keyslot.key_slots_exist(path)
            drop_everything()

        controller.wipe_now, controller._drop_everything = timed_wipe, timed_drop
        controller.start_wipe(practice=False)
        deadline = time.monotonic() + 10
        while "all gone" not in marks and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
        if marks.get("keys existed", True) or path.exists():
            raise SystemExit("the wipe did not remove the store: the figures would mean nothing")
        to_keys_gone.append(marks["keys gone"] - marks["end"])
        to_all_gone.append(marks["all gone"] - marks["end"])
        app.removeEventFilter(controller)
        controller.window.deleteLater()
        app.processEvents()
    return to_keys_gone, to_all_gone


def spread(values: list[float], scale: float, unit: str) -> str:
    return (f"median {statistics.median(values) * scale:.{0 if scale == 1 else 1}f} {unit} "
            f"(min {min(values) * scale:.1f}, max {max(values) * scale:.1f})")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-security-") as top:
        top = Path(top)
        private_folders(top)
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        if hasattr(os, "getloadavg"):
            print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other work slows the key derivation)")
        opens, derivations, params = unlock_times(top)
        median = statistics.median(opens)
        low, high = UNLOCK_TARGET_S
        verdict = "within" if low <= median <= high else "OUTSIDE"
        print(f"Unlock with the shipped key derivation (Argon2id {params.memory_kib // 1024} MiB, {params.iterations} passes, "
              f"{params.lanes} lanes), {RUNS} runs:")
        print(f"  Store.open:          median {median:.3f} s (min {min(opens):.3f}, max {max(opens):.3f}); "
              f"target {low}–{high} s: {verdict}")
        print(f"  key derivation only: median {statistics.median(derivations):.3f} s")
        keys, everything = wipe_times(top)
        median_keys_ms = statistics.median(keys) * 1000
        verdict = "within" if median_keys_ms <= UNREADABLE_TARGET_MS else "OUTSIDE"
        print(f"Panic wipe in the desktop app (a store of 200 members open, its WAL and settings beside it), {RUNS} runs:")
        print(f"  countdown's end to the key files gone (store unreadable): {spread(keys, 1000, 'ms')}; "
              f"target ≤ {UNREADABLE_TARGET_MS:.0f} ms: {verdict}")
        print(f"  countdown's end to everything deleted:                  {spread(everything, 1000, 'ms')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

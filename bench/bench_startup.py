"""Cold start to the unlock window, beside a bare PySide6 window started the same way; and
`committee-app --help` and `--version` beside `python -c pass`.

Each start is a fresh Python process: the time runs from launching it to the window being
shown (the child reports, then exits), or to the command's end. Prints figures; asserts nothing.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
LANGUAGE = os.environ.get("BENCH_LANGUAGE", "ru")

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication(sys.argv)
window = QDialog()
window.show()
app.processEvents()
print("shown", flush=True)
"""

UNLOCK_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui.app import DeskController
from ui.settings import DeskSettings
from committee_app.i18n import LanguageSwitch
app = QApplication(sys.argv)
languages = LanguageSwitch()
languages.use(sys.argv[2])
controller = DeskController(Path(sys.argv[1]), DeskSettings(), languages)
controller.start()
app.processEvents()
assert controller.unlock_dialog.isVisible()
heavy = [name for name in ("sqlalchemy", "sqlmodel", "reportlab", "alembic") if name in sys.modules]
print("shown", ",".join(heavy), flush=True)
"""


def time_start(script: str, *args: str, env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True)
    return time.perf_counter() - start, result.stdout.strip()


def command_line_starts(env: dict) -> None:
    """--help (in LANGUAGE) and --version against the interpreter starting and doing nothing."""
    env = {**env, "COMMITTEE_APP_LANGUAGE": LANGUAGE}
    starts = {"python -c pass": ["-c", "pass"], "--help": ["-m", "committee_app", "--help"],
              "--version": ["-m", "committee_app", "--version"]}
    times = {name: [] for name in starts}
    for _ in range(RUNS):
        for name, arguments in starts.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, *arguments], capture_output=True, env=env, check=True)
            times[name].append(time.perf_counter() - start)
    bare = statistics.median(times["python -c pass"])
    print(f"Command line, {RUNS} runs each: python -c pass median {bare * 1000:.0f} ms; " + "; ".join(
        f"{name} median {statistics.median(times[name]) * 1000:.0f} ms ({statistics.median(times[name]) / bare:.2f}x)"
        for name in ("--help", "--version")))


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_STATE_HOME": str(folder / "state")}
        from committee_app.keyslot import KdfParams
        from committee_app.store import Store

        store_path = folder / "committee.store"
        Store.create(store_path, "benchmark", kdf=KdfParams(64, 1, 1)).close()
        bare, app, loaded = [], [], ""
        for _ in range(RUNS):
            bare.append(time_start(BARE_WINDOW, env=env)[0])
            seconds, output = time_start(UNLOCK_WINDOW, str(store_path), LANGUAGE, env=env)
            app.append(seconds)
            loaded = output.removeprefix("shown").strip()
        bare_median, app_median = statistics.median(bare), statistics.median(app)
        print(f"Cold start, {RUNS} runs each: bare PySide6 window median {bare_median * 1000:.0f} ms; "
              f"unlock window median {app_median * 1000:.0f} ms; ratio {app_median / bare_median:.2f}x (target < 3x)")
        print(f"Heavy libraries loaded before the unlock window showed: {loaded or 'none'}")
        command_line_starts(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cold start of the Linux bundle to the unlock window, beside a minimal PySide6 window (a
QDialog) bundled by PyInstaller the same way: one folder, the same build environment and the
same exclusions (packaging/bundle_rules.py). Target: under 2x the minimal bundle.

Builds the app's bundle with packaging/build-linux.sh (or finds it up to date) and the
minimal one into build/bench-minimal; each start is a fresh process, timed from launch until
it reports its window shown (the app through COMMITTEE_APP_REPORT_SHOWN), then exits.
Prints the medians and both bundles' sizes; asserts nothing.
"""

import hashlib
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from committee_app import __version__  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
TARBALL = ROOT / "dist" / f"committee-app-{__version__}-linux-x86_64.tar.gz"
BUILD_PYTHON = ROOT / "build" / "bundle-venv" / "bin" / "python"
MINIMAL = ROOT / "build" / "bench-minimal"

MINIMAL_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication(sys.argv)
window = QDialog()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
sys.exit(app.exec())
"""

MINIMAL_SPEC = """
import sys
sys.path.insert(0, {packaging!r})
from bundle_rules import EXCLUDES, trim
analysis = Analysis([{script!r}], excludes=EXCLUDES)
trim(analysis)
pyz = PYZ(analysis.pure)
executable = EXE(pyz, analysis.scripts, [], exclude_binaries=True, name="minimal-window", console=True,
                 strip=False, upx=False)
COLLECT(executable, analysis.binaries, analysis.datas, strip=False, upx=False, name="minimal-window")
"""


def build_app_bundle() -> None:
    subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh")], cwd=ROOT, check=True)


def build_minimal_bundle() -> Path:
    """The minimal window's bundle, built again only when its sources or the rules change."""
    MINIMAL.mkdir(parents=True, exist_ok=True)
    script, spec = MINIMAL / "minimal_window.py", MINIMAL / "minimal-window.spec"
    spec_text = MINIMAL_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script))
    inputs = (MINIMAL_WINDOW + spec_text).encode() + (ROOT / "packaging" / "bundle_rules.py").read_bytes()
    wanted = hashlib.sha256(inputs + BUILD_PYTHON.resolve().as_posix().encode()).hexdigest()
    stamp = MINIMAL / "built-from"
    executable = MINIMAL / "dist" / "minimal-window" / "minimal-window"
    if executable.is_file() and stamp.is_file() and stamp.read_text() == wanted:
        return executable.parent
    script.write_text(MINIMAL_WINDOW)
    spec.write_text(spec_text)
    subprocess.run(
        [str(BUILD_PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(MINIMAL / "dist"), "--workpath", str(MINIMAL / "work"), str(spec)],
        cwd=MINIMAL,
        check=True,
    )
    stamp.write_text(wanted)
    return executable.parent


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def time_start(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or "shown" not in result.stdout:
        raise SystemExit(f"{command[0]} did not report its window:\n{result.stdout}{result.stderr}")
    return elapsed


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("bench_bundle: the Linux bundle is benchmarked on Linux only")
        return 0
    build_app_bundle()
    minimal = build_minimal_bundle()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with tarfile.open(TARBALL) as archive:
            archive.extractall(folder, filter="tar")
        app = folder / f"committee-app-{__version__}"
        home = folder / "home"
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_DATA_HOME": str(home / "data"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        if "DISPLAY" in os.environ:
            env["DISPLAY"] = os.environ["DISPLAY"]
        store = folder / "committee.store"
        subprocess.run(
            [str(app / "committee-app"), "--store", str(store), "init", "--name", "Benchmark"],
            env={**env, "COMMITTEE_APP_PASSPHRASE": "benchmark passphrase of some length"},
            check=True,
            capture_output=True,
        )
        unlock = [str(app / "committee-app"), "--store", str(store)]
        minimal_window = [str(minimal / "minimal-window")]
        app_times, minimal_times = [], []
        for _ in range(RUNS):
            minimal_times.append(time_start(minimal_window, env))
            app_times.append(time_start(unlock, {**env, "COMMITTEE_APP_REPORT_SHOWN": "1"}))
        app_median, minimal_median = statistics.median(app_times), statistics.median(minimal_times)
        print(
            f"Bundle cold start, {RUNS} runs each ({env['QT_QPA_PLATFORM']}): minimal PySide6 bundle median "
            f"{minimal_median * 1000:.0f} ms; Committee Desk to the unlock window median {app_median * 1000:.0f} ms; "
            f"ratio {app_median / minimal_median:.2f}x (target < 2x)"
        )
        print(
            f"Bundle sizes: Committee Desk {folder_size(app) / 1e6:.1f} MB "
            f"(archive {TARBALL.stat().st_size / 1e6:.1f} MB); minimal PySide6 window {folder_size(minimal) / 1e6:.1f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

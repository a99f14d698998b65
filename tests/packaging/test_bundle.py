"""The Linux bundle, as a secretary gets it: packaging/build-linux.sh builds the tarball (or
finds it up to date), which is unpacked into a temporary folder and run with no Python
beside it: an empty PATH, no PYTHONPATH or PYTHONHOME, from another folder."""

import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from committee_app import __version__

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
TARBALL = ROOT / "dist" / f"committee-app-{__version__}-linux-x86_64.tar.gz"
FOLDER_NAME = f"committee-app-{__version__}"
DEMO_PASSPHRASE = "демо құпия сөз for the bundle"
WINDOW_SECONDS = 5


@pytest.fixture(scope="module")
def tarball() -> Path:
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-linux.sh")], cwd=ROOT, capture_output=True, text=True, timeout=1500
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert TARBALL.is_file()
    return TARBALL


def unpack(tarball: Path, into: Path) -> Path:
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
        archive.extractall(into, filter="tar")
    assert {name.split("/")[0] for name in names} == {FOLDER_NAME}
    return into / FOLDER_NAME


@pytest.fixture(scope="module")
def bundle(tarball, tmp_path_factory) -> Path:
    return unpack(tarball, tmp_path_factory.mktemp("unpacked"))


def bare_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program it starts, and no way to a Python: the PATH is
    an empty folder."""
    no_programs = home.parent / "no-programs"
    no_programs.mkdir(exist_ok=True)
    env = {
        "PATH": str(no_programs),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "COMMITTEE_APP_LANGUAGE": "en",
    }
    env.update(extra)
    assert not any(name.startswith("PYTHON") for name in env)
    return env


@pytest.fixture
def home(tmp_path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """The working folder: neither the bundle's nor the sources'."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def run(bundle: Path, *args: str, home: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / "committee-app"), *args],
        env=bare_environment(home, **env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def succeeded(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def log_errors(log_folder: Path) -> list[str]:
    return [
        line
        for log in log_folder.rglob("committee-app.log*")
        for line in log.read_text(encoding="utf-8").splitlines()
        if " ERROR " in line or " CRITICAL " in line
    ]


def test_the_bundle_says_its_version(bundle, home, elsewhere):
    assert succeeded(run(bundle, "--version", home=home, cwd=elsewhere)).strip() == f"committee-app {__version__}"


def test_the_bundle_makes_a_demo_store_prints_agendas_and_backs_up(bundle, home, elsewhere, tmp_path):
    store = tmp_path / "store" / "committee.store"
    store.parent.mkdir()
    passphrase = {"COMMITTEE_APP_PASSPHRASE": DEMO_PASSPHRASE}
    succeeded(run(bundle, "--store", str(store), "demo", "--no-gui", "--yes", home=home, cwd=elsewhere, **passphrase))
    assert store.is_file()

    expected = {"kk": ["ХАБАРЛАНДЫРУ ЖӘНЕ КҮН ТӘРТІБІ", "Күні", "Уақыты"], "ru": ["ИЗВЕЩЕНИЕ И ПОВЕСТКА ДНЯ", "Дата", "Время"]}
    for language, words in expected.items():
        paper = tmp_path / f"agenda-{language}.pdf"
        succeeded(
            run(bundle, "--store", str(store), "print", "agenda", "--assembly", "1", "--lang", language, "-o", str(paper),
                home=home, cwd=elsewhere, **passphrase)
        )
        text = "\n".join(page.extract_text() for page in PdfReader(paper).pages)
        for word in words:
            assert word in text, f"{word!r} missing from the {language} agenda"

    stick = tmp_path / "stick"
    stick.mkdir()
    backed_up = succeeded(run(bundle, "--store", str(store), "backup", "--to", str(stick), home=home, cwd=elsewhere, **passphrase))
    (backup,) = stick.glob("*.cdbk")
    verified = succeeded(run(bundle, "verify", str(backup), home=home, cwd=elsewhere, **passphrase))
    assert f"The backup {backup} is whole." in verified
    counts = re.search(r"Verified: \d+ members, \d+ assemblies, \d+ demands\.", backed_up).group(0)
    assert counts in verified and not counts.startswith("Verified: 0 members")
    assert log_errors(home) == []


def open_window_for_a_while(bundle: Path, home: Path, cwd: Path, store: Path, *args: str) -> tuple[int | None, str]:
    """Start the desktop app on a fresh demo store; WINDOW_SECONDS after the store is made,
    whether it was still running (None) or its exit code, and what it wrote to stderr."""
    process = subprocess.Popen(
        [str(bundle / "committee-app"), *args, "demo", "--yes"],
        env=bare_environment(home, COMMITTEE_APP_PASSPHRASE=DEMO_PASSPHRASE),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The demo store is made first: seconds of key derivation on a busy machine.
        deadline = time.monotonic() + 120
        while not store.is_file() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(WINDOW_SECONDS)
        still_running = process.poll()
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert store.is_file(), f"no demo store was made:\n{err}"
    if still_running is None:
        assert process.returncode == -signal.SIGTERM
    return still_running, err


def test_the_bundle_opens_its_main_window(bundle, home, elsewhere, tmp_path):
    store = tmp_path / "desk" / "committee.store"
    store.parent.mkdir()
    exit_code, stderr = open_window_for_a_while(bundle, home, elsewhere, store, "--store", str(store))
    assert exit_code is None, f"the app ended with {exit_code} before {WINDOW_SECONDS} s:\n{stderr}"
    assert "Traceback" not in stderr and "rror" not in stderr, stderr
    assert log_errors(home) == []
    assert any("main window shown" in log.read_text(encoding="utf-8") for log in home.rglob("committee-app.log*"))


def test_a_portable_bundle_keeps_everything_beside_itself(tarball, tmp_path, home, elsewhere):
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = unpack(tarball, stick)
    (bundle / "portable").write_text("")

    data = bundle / "data"
    exit_code, stderr = open_window_for_a_while(bundle, home, elsewhere, data / "demo" / "committee.store")
    assert exit_code is None, f"the app ended with {exit_code} before {WINDOW_SECONDS} s:\n{stderr}"
    assert (data / "demo" / "committee.store").is_file()
    assert (data / "logs" / "committee-app.log").is_file()
    assert (data / "config").is_dir()
    assert log_errors(data) == []
    assert [path for path in home.rglob("*") if path.is_file()] == []

    # The command line, run from elsewhere, finds the same records beside the executable.
    listed = succeeded(run(bundle, "--store", str(data / "demo" / "committee.store"), "members", "list",
                           home=home, cwd=elsewhere, COMMITTEE_APP_PASSPHRASE=DEMO_PASSPHRASE))
    assert len(listed.splitlines()) > 10
    assert [path for path in home.rglob("*") if path.is_file()] == []


def elf_files(folder: Path) -> list[Path]:
    return [
        path for path in folder.rglob("*.so*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]


def test_the_bundle_says_how_to_run_it_and_what_linux_it_needs(bundle):
    assert os.access(bundle / "committee-app", os.X_OK)
    readme = (bundle / "README-bundle.txt").read_text(encoding="utf-8")
    assert "./committee-app" in readme and '"portable"' in readme and "apt-get install" in readme
    assert re.search(r"glibc\) 2\.\d+ or newer", readme), readme


def test_the_bundle_holds_what_the_app_needs_and_not_the_qt_it_does_not_use(bundle):
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    plugins = {path.relative_to(qt / "plugins").as_posix() for path in (qt / "plugins").rglob("*.so")}
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert plugin in plugins
    assert {path.name for path in (qt / "translations").iterdir()} >= {"qtbase_kk.qm", "qtbase_ru.qm"}
    package = internal / "committee_app"
    for shipped in ("resources/fonts/DejaVuSans.ttf", "resources/translations/committee_app_kk.qm",
                    "resources/translations/committee_app_ru.qm", "resources/icons/committee-app.svg",
                    "guide/README.md", "guide/kk/index.md", "guide/ru/images/minutes.png", "LICENSE", "migrations/env.py", "migrations/versions/0001_initial_schema.py"):
        assert (package / shipped).is_file(), shipped
    libraries = {path.name.split(".")[0] for path in internal.rglob("libQt6*")}
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6Svg"} <= libraries
    for unused in ("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6WebEngineCore", "libQt6Multimedia", "libQt6Pdf",
                   "libQt6OpenGL", "libgtk-3"):
        assert unused not in libraries
    assert not list(internal.rglob("libgtk-3*"))
    assert [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()] == []


def test_the_bundle_runs_no_start_up_hook_of_a_library_the_app_does_not_use(tarball, bundle):
    """PyInstaller runs a start-up hook for setuptools and for multiprocessing whenever they are
    bundled, importing each before the app's first line: tens of milliseconds of every start."""
    build_python = ROOT / "build" / "bundle-venv" / "bin" / "python"
    listing = subprocess.run(
        [str(build_python), "-c",
         "import sys; from PyInstaller.archive.readers import CArchiveReader; print(*CArchiveReader(sys.argv[1]).toc)",
         str(bundle / "committee-app")],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    hooks = {name for name in listing if name.startswith("pyi_rth_")}
    assert "pyi_rth_pyside6" in hooks
    assert hooks.isdisjoint({"pyi_rth_setuptools", "pyi_rth_multiprocessing", "pyi_rth_pkgres"})
    for library in ("setuptools", "multiprocessing", "pkg_resources"):
        assert not (bundle / "_internal" / library).exists()


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils)")
def test_every_qt_library_a_bundled_binary_needs_is_in_the_bundle(bundle):
    """A plugin whose Qt library was left out fails only on the desktop that loads it
    (Wayland, say): caught here rather than there."""
    present = {path.name for path in (bundle / "_internal").rglob("*")}
    missing = set()
    for binary in elf_files(bundle / "_internal"):
        dynamic = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True).stdout
        for needed in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic):
            if needed.startswith("libQt6") and needed not in present:
                missing.add(f"{binary.name} needs {needed}")
    assert missing == set()


def test_the_x11_libraries_the_window_needs_travel_inside_the_bundle(bundle):
    """A fresh desktop lacks libxcb-cursor and its kin; the bundle brings them (the build
    installs them on the build machine first), so its window opens there."""
    internal = bundle / "_internal"
    for library in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"):
        assert (internal / library).is_file(), library
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    listed = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"}
    ).stdout
    assert "not found" not in listed, listed

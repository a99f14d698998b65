#!/usr/bin/env python3
"""Set up a virtual environment in .venv, then start the app or run the tests.

    python3 tools/dev.py app [ARGS…]    set up and start Committee Desk
    python3 tools/dev.py test [ARGS…]   set up and run every test (ARGS go to pytest)
    python3 tools/dev.py bench          set up and run the benchmarks

Only the standard library is used here, so it runs on a fresh machine. On Debian and
Ubuntu it also installs the system libraries the window needs and the tools the tests call,
when they are missing and this user may install packages (root, or sudo without a password).
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-for"

# What Qt's X11 plugin (xcb) loads from the system: the README's list for Debian and Ubuntu.
DESKTOP_PACKAGES = [
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-xkb1",
    "libxkbcommon-x11-0", "libx11-xcb1", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3",
]  # fmt: skip
# Programs the tests run: readelf and ldd on the bundle and the plugin, a private D-Bus for the
# session lock, and FAT32 and exFAT stick images made and mounted through FUSE.
TEST_TOOL_PACKAGES = ["binutils", "libc-bin", "dbus", "fuse3", "fusefat", "exfat-fuse", "dosfstools", "exfatprogs"]


def fail(message: str) -> None:
    print(message, file=sys.stderr)
    sys.exit(1)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def pip_install(command: list[str]) -> None:
    """Run pip quietly; show everything it said only when it fails."""
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        fail("Installing failed (see above). Is the package index reachable?")


def missing_debian_packages(names: list[str]) -> list[str]:
    """The packages of names that dpkg does not list as installed; none where there is no dpkg."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    listed = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\n", *names],
                            capture_output=True, text=True)  # fmt: skip
    installed = {line.split()[0] for line in listed.stdout.splitlines() if line.split()[1:] == ["installed"]}
    return [name for name in names if name not in installed]


def package_installer() -> list[str] | None:
    """apt-get as root, or through sudo where it asks no password; None where this user may not install."""
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return ["apt-get"]
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n", "apt-get"]
    return None


def ensure_debian_packages(names: list[str]) -> None:
    """Install what is missing of names, or say how to; the app and the tests go on either way,
    and each names what it lacks in its own words."""
    missing = missing_debian_packages(names)
    if not missing:
        return
    installer = package_installer()
    if installer is None:
        print("These Debian packages are missing: " + " ".join(missing), file=sys.stderr)
        print("Install them with: sudo apt-get install " + " ".join(missing), file=sys.stderr)
        return
    print("Installing the Debian packages " + " ".join(missing) + " …", flush=True)
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*installer, "install", "-y", "--no-install-recommends", *missing]
    result = subprocess.run(install, capture_output=True, text=True, env=environment)
    if result.returncode != 0:  # the package lists may be missing or stale on a fresh machine
        subprocess.run([*installer, "update"], capture_output=True, text=True, env=environment)
        result = subprocess.run(install, capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        print("Installing the Debian packages failed (see above); going on without them.", file=sys.stderr)


def ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):
        fail(f"Committee Desk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print("Creating the virtual environment in .venv …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as error:  # noqa: BLE001 - the message says what to install
            fail(f"Could not create .venv ({error}). On Debian or Ubuntu: apt-get install python3-venv")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing Committee Desk and its libraries into .venv …", flush=True)
        python = str(venv_python())
        pip_install([python, "-m", "pip", "install", "--upgrade", "pip"])
        pip_install([python, "-m", "pip", "install", "-e", f".{extras}"])
        STAMP.write_text(wanted)
    return venv_python()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test", "bench"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    # One environment for both, with the test tools: switching between them installs nothing.
    python = ensure_venv("[test]")
    ensure_debian_packages(DESKTOP_PACKAGES + (TEST_TOOL_PACKAGES if command == "test" else []))
    if command == "app":
        return subprocess.call([str(python), "-m", "committee_app", *rest], cwd=ROOT)
    if command == "test":
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    scripts = sorted((ROOT / "bench").glob("bench_*.py"))
    return max((subprocess.call([str(python), str(script)], cwd=ROOT) for script in scripts), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Set up a virtual environment in .venv, then start the app or run the tests.

    python3 tools/dev.py app [ARGS…]    set up and start Committee Desk
    python3 tools/dev.py test [ARGS…]   set up and run every test (ARGS go to pytest)
    python3 tools/dev.py bench          set up and run the benchmarks

Only the standard library is used here, so it runs on a fresh machine.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-for"


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
    if command == "app":
        return subprocess.call([str(python), "-m", "committee_app", *rest], cwd=ROOT)
    if command == "test":
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    scripts = sorted((ROOT / "bench").glob("bench_*.py"))
    return max((subprocess.call([str(python), str(script)], cwd=ROOT) for script in scripts), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

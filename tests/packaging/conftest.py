"""Fresh virtual environments for the packaging tests, with pip as the user has it.

Cheap to import: the default test run collects this folder too (its quick checks of the
project files run there); the tests that build and install are marked ``packaging``.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# pip's configuration, index and cache live under the user's home, which every test's own
# fixtures replace with a temporary folder: pip runs with the environment as it was before.
USER_ENVIRONMENT = dict(os.environ)
# What a clean clone holds; build output and caches beside the sources must not leak in.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "*.qm.new"
)


def run(command: list, *, cwd: Path, env: dict | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    """Run ``command``; on failure the assertion shows the end of what it said."""
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env or USER_ENVIRONMENT, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


def clean_sources(folder: Path) -> Path:
    """A copy of the sources as a fresh clone has them, so builds start from nothing."""
    target = folder / "committee-app"
    shutil.copytree(ROOT, target, ignore=NOT_SOURCES)
    return target


def fresh_venv(folder: Path) -> Path:
    """A new virtual environment; returns its python. pip is this one's, run with --python."""
    run([sys.executable, "-m", "venv", "--without-pip", folder], cwd=folder.parent)
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def pip_install(python: Path, *arguments, cwd: Path) -> None:
    run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", *arguments], cwd=cwd)


def installed_versions(python: Path) -> dict[str, str]:
    listing = run([sys.executable, "-m", "pip", "--python", python, "list", "--format=freeze"], cwd=python.parent)
    pins = (line.split("==") for line in listing.stdout.splitlines() if "==" in line)
    return {canonical(name): version for name, version in pins}


def canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")

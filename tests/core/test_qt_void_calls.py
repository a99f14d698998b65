"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 Qt calls that return nothing
(`Fatal Python error: none_dealloc`); the dependency specification keeps it out."""

import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

VOID_CALLS = 100_000
ROOT = Path(__file__).resolve().parents[2]


def test_one_hundred_thousand_void_qt_calls_do_not_abort_the_process():
    # In a child process: the defect kills the interpreter, which would take pytest with it.
    script = (
        "from PySide6.QtCore import QObject\n"
        "holder = QObject()\n"
        f"for index in range({VOID_CALLS}):\n"
        "    holder.setObjectName('n')\n"
        "print('done', holder.objectName())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done n"
    assert "none_dealloc" not in result.stderr


def pyside_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = [Requirement(text) for text in project["project"]["dependencies"]]
    return [requirement for requirement in requirements if requirement.name.lower().startswith("pyside6")]


def allowed_versions(python_version: str) -> list[str]:
    environment = {"python_version": python_version}
    candidates = ["6.11.3", "6.12.0", "6.12.1"]
    active = [r for r in pyside_requirements() if r.marker is None or Marker(str(r.marker)).evaluate(environment)]
    assert active, f"no PySide6 requirement applies on Python {python_version}"
    return [version for version in candidates if all(r.specifier.contains(version) for r in active)]


def test_pyside_6_12_0_is_excluded_on_python_3_11_only():
    assert allowed_versions("3.11") == ["6.11.3", "6.12.1"]
    assert allowed_versions("3.12") == ["6.11.3", "6.12.0", "6.12.1"]

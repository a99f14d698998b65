#!/usr/bin/env python3
"""Qt Linguist for Committee Desk.

    python tools/translations.py update   refresh the .ts sources from the code (pyside6-lupdate)
    python tools/translations.py build    compile .ts into .qm (pyside6-lrelease)

Run with the project's virtual environment (.venv/bin/python tools/translations.py …). The
.qm files are kept in git beside their sources, so that every install carries them; a test
fails when one no longer matches its .ts.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run this with the project's virtual environment (python3 tools/dev.py …)")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "committee_app").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    return [str(path.relative_to(ROOT)) for path in files if "migrations" not in path.parts and path.name != "demo_content.py"]


def update() -> None:
    for language in LANGUAGES:
        target = FOLDER / f"committee_app_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-target-language", language, "-no-obsolete", "-ts", str(target)],
            cwd=ROOT,
            check=True,
        )


def build() -> None:
    for language in LANGUAGES:
        source = FOLDER / f"committee_app_{language}.ts"
        target = source.with_suffix(".qm")
        # Compiled beside, then renamed: a running app has the old file mapped in memory.
        building = target.with_suffix(".qm.new")
        result = subprocess.run(
            [tool("pyside6-lrelease"), str(source), "-qm", str(building)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            sys.exit(f"lrelease failed for {source.name}:\n{result.stdout}{result.stderr}")
        os.replace(building, target)


if __name__ == "__main__":
    commands = {"update": update, "build": build}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()

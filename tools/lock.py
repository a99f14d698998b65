#!/usr/bin/env python3
"""Write packaging/requirements-lock.txt: every package the app, its tests and its build
need, transitive ones too, pinned with the hash of the file pip picks on Linux for Python 3.11.

    .venv/bin/python tools/lock.py

pip resolves pyproject.toml's dependencies, the `test` extra and the build backend as if
installing into an empty environment (`pip install --dry-run --ignore-installed --report`);
nothing is installed. Run it with a Python 3.11 on Linux whose pip is 23 or newer.
"""

import json
import platform
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements-lock.txt"

HEADER = """\
# Every package Committee Desk, its tests and its build need, transitive ones too, as
# resolved for Python 3.11 on Linux (x86_64) on {date}. Made by `tools/lock.py` from
# pyproject.toml (the dependencies, the `test` extra and the build backend); refresh it
# with `.venv/bin/python tools/lock.py` and commit the result.
#
# A reproducible environment and build, with every file checked against its hash:
#     python3.11 -m venv env
#     env/bin/pip install --require-hashes -r packaging/requirements-lock.txt
#     env/bin/pip install --no-deps --no-build-isolation .
# The hashes are those of the Linux wheels: on Windows or macOS use the same versions
# without --require-hashes.
"""


def main() -> int:
    if sys.version_info[:2] != (3, 11) or platform.system() != "Linux":
        sys.exit("tools/lock.py resolves for Python 3.11 on Linux; run it with such a Python.")
    build_requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet"]
        subprocess.run([*command, "--report", str(report), f"{ROOT}[test]", *build_requires], check=True)
        resolved = json.loads(report.read_text(encoding="utf-8"))["install"]
    lines = []
    for item in sorted(resolved, key=lambda item: item["metadata"]["name"].lower()):
        name, version = item["metadata"]["name"], item["metadata"]["version"]
        if name == "committee-app":
            continue
        hashes = item["download_info"].get("archive_info", {}).get("hashes", {})
        if "sha256" not in hashes:
            sys.exit(f"pip gave no sha256 for {name} {version}; is it from a package index?")
        lines.append(f"{name}=={version} \\\n    --hash=sha256:{hashes['sha256']}")
    date = subprocess.run(["date", "-u", "+%Y-%m-%d"], capture_output=True, text=True, check=True).stdout.strip()
    LOCK.write_text(HEADER.format(date=date) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"Wrote {LOCK.relative_to(ROOT)}: {len(lines)} packages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Build the Linux bundle: dist/committee-app-VERSION-linux-x86_64.tar.gz, one folder
# committee-app-VERSION/ with the executable committee-app. Needs Python 3.11+ with venv
# (on Debian/Ubuntu: apt-get install python3-venv) and the package index; the build
# environment, the icons and PyInstaller's work go into build/. --force builds again even
# when the sources have not changed since the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
exec "$PYTHON" packaging/build_bundle.py "$@"

#!/usr/bin/env bash
# Build the macOS bundle: dist/committee-app-VERSION-macos.dmg holding "Committee Desk.app".
# Needs Python 3.11 or newer from python.org (a universal2 build makes an app for Intel and
# Apple silicon alike; Homebrew's Python makes one for this Mac's kind only), Xcode's
# command line tools (hdiutil, codesign) and the package index. The app is signed ad hoc:
# on first start the user opens it with right-click, Open. The build environment, the
# icons and PyInstaller's work go into build/; --force builds again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
exec "$PYTHON" packaging/build_bundle.py "$@"

"""The core runs without a display: importing any of it must not pull in Qt widgets or Qt GUI."""

import json
import subprocess
import sys
from pathlib import Path

import committee_app

PACKAGE_FOLDER = Path(committee_app.__file__).resolve().parent
# env runs Alembic on import; __main__ runs the command line on import.
SKIPPED = ("committee_app.migrations.env", "committee_app.__main__")
FORBIDDEN_TEXT = ("QtWidgets", "QtGui", "import ui")

IMPORT_EVERYTHING = f"""
import importlib, json, pkgutil, sys
import committee_app
skipped = {SKIPPED!r}
imported = []
for module in pkgutil.walk_packages(committee_app.__path__, "committee_app."):
    if module.name in skipped:
        continue
    importlib.import_module(module.name)
    imported.append(module.name)
loaded = sorted(name for name in sys.modules if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui")))
print(json.dumps({{"imported": imported, "loaded": loaded}}))
"""


def test_importing_every_core_module_loads_neither_qt_widgets_nor_qt_gui():
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # The walk really reached the modules that could be tempted to use widgets.
    for name in ("committee_app.cli", "committee_app.demo", "committee_app.dump", "committee_app.services.members"):
        assert name in report["imported"]
    assert report["loaded"] == []


def test_no_core_source_file_mentions_qt_widgets_qt_gui_or_the_ui_package():
    sources = sorted(PACKAGE_FOLDER.rglob("*.py")) + sorted(PACKAGE_FOLDER.rglob("*.mako"))
    assert len(sources) > 10
    offending = [
        f"{path.relative_to(PACKAGE_FOLDER)}: {text}"
        for path in sources
        for text in FORBIDDEN_TEXT
        if text in path.read_text(encoding="utf-8")
    ]
    assert offending == []

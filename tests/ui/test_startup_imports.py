"""The unlock window comes up quickly because the database and PDF libraries are loaded only
after the passphrase: starting the desktop imports none of them. Nor, with a store there to
unlock, the cryptography library (the key is derived on a worker thread) or the first-run
wizard."""

import os
import subprocess
import sys
from pathlib import Path

from committee_app.keyslot import KdfParams
from committee_app.store import Store

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab")
NOT_NEEDED_TO_UNLOCK = (*HEAVY, "cryptography", "ui.dialogs.first_run")

# Loaded by Python at start-up (as sitecustomize) in the app's process: once the unlock window
# is shown, it prints the heavy libraries already imported and ends the process. The app's own
# code is left as shipped; only the unlock dialog's class is watched as it is imported.
REPORT_WHEN_UNLOCK_SHOWS = f"""
import importlib.machinery, os, sys

HEAVY = {NOT_NEEDED_TO_UNLOCK!r}


def report_and_stop():
    import PySide6.QtCore

    # PySide6 builds the Qt namespace, every enum in it, the first time it is touched.
    built = ["the Qt namespace"] if "Qt" in vars(PySide6.QtCore) else []
    print("unlock window shown; heavy:", " ".join([n for n in HEAVY if n in sys.modules] + built), flush=True)
    os._exit(0)


class WatchUnlockDialog:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != "ui.dialogs.unlock":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            shown = module.UnlockDialog.showEvent

            def show_event(dialog, event):
                shown(dialog, event)
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, report_and_stop)

            module.UnlockDialog.showEvent = show_event

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WatchUnlockDialog)
"""


def test_starting_the_desktop_loads_no_database_or_pdf_library():
    probe = f"import sys, ui.app; print(' '.join(name for name in {HEAVY!r} if name in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_entry_point_shows_the_unlock_window_before_any_library_the_unlock_does_not_need(tmp_path):
    store = tmp_path / "committee.store"
    Store.create(store, "a long enough passphrase", kdf=KdfParams(64, 1, 1)).close()
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(REPORT_WHEN_UNLOCK_SHOWS)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join([str(hook), str(ROOT)]),
           "COMMITTEE_APP_STORE": str(store)}
    result = subprocess.run(
        [sys.executable, "-m", "committee_app"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "unlock window shown; heavy:"

"""The hook bench/bench_bundle.py times the bundle's start with: the app says when its first
window is up, then quits, and says nothing of the kind without it."""

import os
import subprocess
import sys

from committee_app.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE


def start_app(store_path, **env):
    return subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(store_path)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_app_reports_its_unlock_window_shown_and_quits(tmp_path):
    store_path = tmp_path / "committee.store"
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    result = start_app(store_path, COMMITTEE_APP_REPORT_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown"

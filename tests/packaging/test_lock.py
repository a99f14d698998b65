"""packaging/requirements-lock.txt installs as its header says, every file checked against
its hash, and the app built from it without fetching anything else runs."""

import sys

import pytest

from committee_app import __version__
from tests.packaging.conftest import ROOT, clean_sources, fresh_venv, pip_install, run

pytestmark = pytest.mark.packaging


@pytest.mark.skipif(sys.version_info[:2] != (3, 11) or sys.platform != "linux", reason="the lock is for Python 3.11 on Linux")
def test_the_locked_environment_installs_with_hashes_and_builds_the_app(tmp_path):
    sources = clean_sources(tmp_path)
    python = fresh_venv(tmp_path / "venv")

    pip_install(python, "--require-hashes", "-r", ROOT / "packaging" / "requirements-lock.txt", cwd=tmp_path)
    pip_install(python, "--no-deps", "--no-build-isolation", sources, cwd=tmp_path)

    run([sys.executable, "-m", "pip", "--python", python, "check"], cwd=tmp_path)
    version = run([python.parent / "committee-app", "--version"], cwd=tmp_path).stdout.split()
    assert version == ["committee-app", __version__]

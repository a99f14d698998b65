"""The declared lower bounds are true: the app installed with every dependency at exactly
its minimum (packaging/constraints-minimum.txt) passes the core and printing tests."""

import sys

import pytest
from packaging.version import Version

from tests.packaging.conftest import ROOT, USER_ENVIRONMENT, clean_sources, fresh_venv, installed_versions, pip_install, run
from tests.packaging.test_project_files import minimum_pins

pytestmark = pytest.mark.packaging

# The desktop tests need nothing newer than the rest, but they take as long again as these.
SUITES = ["tests/core", "tests/printing"]


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the minimum constraints are for Python 3.11")
def test_the_declared_minimum_versions_pass_the_core_and_printing_tests(tmp_path):
    sources = clean_sources(tmp_path)
    python = fresh_venv(tmp_path / "venv")
    pip_install(python, "--constraint", ROOT / "packaging" / "constraints-minimum.txt", f"{sources}[test]", cwd=tmp_path)

    installed = installed_versions(python)
    assert {name: Version(installed[name]) for name in minimum_pins()} == minimum_pins()

    run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "-W", "ignore", *SUITES], cwd=sources, env=USER_ENVIRONMENT, timeout=1200)

"""The declared lower bounds are true: the app installed with every dependency at exactly
its minimum (packaging/constraints-minimum.txt) passes the tests that use each library."""

import sys

import pytest
from packaging.version import Version

from tests.packaging.conftest import ROOT, USER_ENVIRONMENT, clean_sources, fresh_venv, installed_versions, pip_install, run
from tests.packaging.test_project_files import minimum_pins

pytestmark = pytest.mark.packaging

# The tests that reach into each library, chosen to take about two minutes of the whole
# suite's eight: the store and its migrations (SQLCipher, SQLAlchemy, SQLModel, pydantic,
# Alembic), key slots and backups (cryptography), the rules (hypothesis), the folders
# (platformdirs), the translations and dates (Qt), the printed papers with the tables run
# over pages (ReportLab's internals, pypdf) and Qt's own file dialog in Kazakh. The whole
# suite at the minimums passes too (python -m pytest tests in such an environment); it only
# takes longer.
SUITES = [
    *(f"tests/core/test_{name}.py" for name in (
        "actions", "assemblies", "assembly_cycle", "assembly_hall", "atomic", "backup_bookkeeping", "backup_cli",
        "backup_rotation", "backup_targets", "core_has_no_widgets", "demand_overview", "demands", "demo",
        "demo_content", "dump", "folding", "general_assembly_cycle", "keyslot", "members", "members_rows",
        "migrations", "paths", "person_names", "qt_void_calls", "rules", "shipped_files", "store",
    )),
    *(f"tests/printing/test_{name}.py" for name in (
        "agenda", "document", "print_languages", "roster", "signin", "table_pages",
    )),
    # The desktop through pytest-qt, where Qt's own widgets and translations show.
    *(f"tests/ui/test_{name}.py" for name in ("file_dialogs", "members_view", "shortcuts")),
]


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the minimum constraints are for Python 3.11")
def test_the_declared_minimum_versions_pass_the_tests_that_use_each_library(tmp_path):
    sources = clean_sources(tmp_path)
    python = fresh_venv(tmp_path / "venv")
    pip_install(python, "--constraint", ROOT / "packaging" / "constraints-minimum.txt", f"{sources}[test]", cwd=tmp_path)

    installed = installed_versions(python)
    assert {name: Version(installed[name]) for name in minimum_pins()} == minimum_pins()

    run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "-W", "ignore", *SUITES], cwd=sources, env=USER_ENVIRONMENT, timeout=1200)

"""The unlock window comes up quickly because the database and PDF libraries are loaded only
after the passphrase: starting the desktop imports none of them."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab")


def test_starting_the_desktop_loads_no_database_or_pdf_library():
    probe = f"import sys, ui.app; print(' '.join(name for name in {HEAVY!r} if name in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

"""The key derivation the app ships with, checked as shipped.

Every other test runs with a fast KDF (tests/conftest.py patches the defaults in this
process), so these checks run in a fresh Python process that never loads the test suite:
they read the defaults of the key slots and of backups, and the headers of a key file and
a backup that the shipped code writes with them.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The floor under which a stolen key file or backup becomes cheap to guess at: Argon2id,
# at least 64 MiB of memory and 3 passes (RFC 9106's second recommended setting).
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3

AS_SHIPPED = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    from committee_app import keyslot
    from committee_app.backup import format as backup_format, write_backup
    from committee_app.store import Store

    def header_fields(data, prefix):
        _magic, _version, length = prefix.unpack_from(data)
        return json.loads(data[prefix.size : prefix.size + length])

    folder = Path(sys.argv[1])
    store = Store.create(folder / "committee.store", "shipped defaults only")
    try:
        backup = write_backup(store, folder, "shipped defaults only")
    finally:
        store.close()
    slot = (folder / "committee.store.key1").read_bytes()
    print(json.dumps({
        "defaults": {
            "key slot": vars(keyslot.DEFAULT_KDF),
            "backup": vars(backup_format.DEFAULT_KDF),
        },
        "written": {
            "key slot": header_fields(slot, keyslot.PREFIX),
            "backup": header_fields(backup.read_bytes(), backup_format.PREFIX),
        },
    }))
    """
)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("shipped-kdf")
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", AS_SHIPPED, str(folder)],
        cwd=folder,  # not the project root: no conftest, no fixture can reach this process
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("kind", ["key slot", "backup"])
def test_the_shipped_default_is_at_or_above_the_floor(shipped, kind):
    params = shipped["defaults"][kind]
    assert params["memory_kib"] >= FLOOR_MEMORY_KIB
    assert params["iterations"] >= FLOOR_ITERATIONS
    assert params["lanes"] >= 1


@pytest.mark.parametrize("kind", ["key slot", "backup"])
def test_files_written_as_shipped_record_argon2id_at_the_default(shipped, kind):
    written = shipped["written"][kind]
    assert written["kdf"] == "argon2id"
    assert {name: written[name] for name in ("memory_kib", "iterations", "lanes")} == shipped["defaults"][kind]
    assert written["memory_kib"] >= FLOOR_MEMORY_KIB
    assert written["iterations"] >= FLOOR_ITERATIONS


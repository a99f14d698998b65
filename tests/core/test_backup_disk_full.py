"""A real small disk (a tmpfs mounted in a private mount namespace, where the system allows
it): a backup that does not fit is refused with a message, and one that runs out of space
half-way leaves no partial file and every older backup whole."""

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def _private_tmpfs_available() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _private_tmpfs_available(), reason="no private tmpfs mounts on this system")

CHILD = textwrap.dedent(
    """
    import json, os, shutil, subprocess, sys
    from pathlib import Path
    from committee_app import keyslot
    from committee_app.backup import format as backup_format, snapshot, verify_backup, write_backup
    from committee_app.demo import fill_demo_records
    from committee_app.errors import DiskError
    from committee_app.keyslot import KdfParams
    from committee_app.store import Store

    fast = KdfParams(memory_kib=64, iterations=1, lanes=1)
    keyslot.DEFAULT_KDF = backup_format.DEFAULT_KDF = fast
    work, stick, passphrase, lie = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "lie"
    store = Store.create(work / "committee.store", passphrase, fill=fill_demo_records)
    sizing = work / "sizing"
    sizing.mkdir()
    size = write_backup(store, sizing, passphrase).stat().st_size
    if lie:
        # A disk that reports more room than it has (as some sticks and file systems do).
        snapshot.shutil.disk_usage = lambda _folder: shutil._ntuple_diskusage(1 << 40, 0, 1 << 40)
    # Room for one backup (and the free-space margin, when the disk tells the truth), not two.
    room = size + size // 2 + (0 if lie else 1024 * 1024)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={room}", "tmpfs", str(stick)], check=True)
    first = write_backup(store, stick, passphrase)
    try:
        write_backup(store, stick, passphrase)
        outcome = {"error": None}
    except DiskError as error:
        outcome = {"error": str(error)}
    outcome["files"] = sorted(p.name for p in stick.iterdir())
    outcome["first"] = first.name
    outcome["first_members"] = verify_backup(first, passphrase).counts["members"]
    store.close()
    print(json.dumps(outcome))
    """
)


def run_on_small_disk(tmp_path: Path, how: str) -> dict:
    work, stick = tmp_path / "work", tmp_path / "stick"
    work.mkdir()
    stick.mkdir()
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c", CHILD, str(work), str(stick), PASSPHRASE, how],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout.strip().splitlines()[-1])


def test_a_backup_that_does_not_fit_is_refused_before_writing(tmp_path):
    outcome = run_on_small_disk(tmp_path, "honest")
    assert outcome["error"] is not None and "The disk is full" in outcome["error"]
    assert outcome["files"] == [outcome["first"]]
    assert outcome["first_members"] > 0


def test_running_out_of_space_half_way_leaves_no_partial_file_and_the_older_backup_whole(tmp_path):
    outcome = run_on_small_disk(tmp_path, "lie")
    assert outcome["error"] is not None and "The disk is full" in outcome["error"]
    # No temporary file, no half-written backup: only the one that fitted.
    assert outcome["files"] == [outcome["first"]]
    assert outcome["first_members"] > 0

"""A read-only stick and a nearly full disk are called what they are, not "was it removed?".

Each case runs the command line in a process of its own, in a private mount namespace
(`unshare`) with a small tmpfs the test fills or remounts read-only, as a locked memory card
or a full stick would be.
"""

import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import PASSPHRASE


def mounts_are_possible() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not mounts_are_possible(), reason="needs unshare and mounts in a user namespace")

# Runs inside the namespace: a fast KDF (as in the rest of the suite), then the command line.
RUN_CLI = textwrap.dedent(
    """
    import sys
    from committee_app import keyslot
    keyslot.DEFAULT_KDF = keyslot.KdfParams(memory_kib=64, iterations=1, lanes=1)
    from committee_app.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)
# A store left with its write-ahead log, as a laptop switched off while writing leaves it.
LEAVE_A_LOG = textwrap.dedent(
    """
    import os, sys
    from committee_app.services.members import add_member
    from committee_app.store import Store
    store = Store.open(sys.argv[1], sys.argv[2])
    add_member(store, full_name="Бекзат")
    os._exit(0)
    """
)


def run_in_namespace(tmp_path, script: str) -> subprocess.CompletedProcess:
    mount = tmp_path / "stick"
    mount.mkdir()
    home = tmp_path / "home"
    shell = textwrap.dedent(
        f"""
        set -e
        M={mount}
        mount -t tmpfs -o size=2m tmpfs "$M"
        cli() {{ "{sys.executable}" -c '{RUN_CLI}' "$@"; }}
        leave_a_log() {{ "{sys.executable}" -c '{LEAVE_A_LOG}' "$@"; }}
        fill_leaving() {{
            avail=$(df -k "$M" | tail -1 | awk '{{print $4}}')
            dd if=/dev/zero of="$M/filler" bs=1k count=$((avail - $1)) 2>/dev/null
        }}
        """
    ) + textwrap.dedent(script)
    env = {
        "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "COMMITTEE_APP_PASSPHRASE": PASSPHRASE,
        "COMMITTEE_APP_LANGUAGE": "en",
        "PYTHONPATH": ":".join(sys.path),
    }
    return subprocess.run(["unshare", "-rm", "bash", "-c", shell], capture_output=True, text=True, env=env, timeout=240)


def last_message(result: subprocess.CompletedProcess) -> str:
    assert "Sorry, something went wrong" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr


def test_a_nearly_full_disk_is_called_full_not_removed(tmp_path):
    result = run_in_namespace(
        tmp_path,
        """
        cli --store "$M/c.store" init --name X >/dev/null
        fill_leaving 24
        echo "== add"; cli --store "$M/c.store" members add --name Айгүл || true
        """,
    )
    err = last_message(result)
    assert "full" in err, err
    assert "removed" not in err


def test_a_read_only_stick_with_a_log_left_behind_is_called_read_only_not_removed(tmp_path):
    result = run_in_namespace(
        tmp_path,
        f"""
        cli --store "$M/c.store" init --name X >/dev/null
        leave_a_log "$M/c.store" '{PASSPHRASE}'
        rm "$M/c.store-shm"
        mount -o remount,ro "$M"
        cli --store "$M/c.store" members list || true
        """,
    )
    err = last_message(result)
    assert "read-only" in err, err
    assert "removed" not in err
    assert "writable folder" in err


def test_a_backup_to_a_read_only_stick_is_called_read_only_not_a_permission(tmp_path):
    store = tmp_path / "laptop" / "c.store"
    result = run_in_namespace(
        tmp_path,
        f"""
        cli --store "{store}" init --name X >/dev/null
        mount -o remount,ro "$M"
        cli --store "{store}" backup --to "$M" || true
        """,
    )
    err = last_message(result)
    assert "read-only" in err, err
    assert "permission" not in err.lower()


def test_init_on_a_read_only_stick_says_so(tmp_path):
    result = run_in_namespace(
        tmp_path,
        """
        mount -o remount,ro "$M"
        cli --store "$M/c.store" init --name X || true
        """,
    )
    err = last_message(result)
    assert "read-only" in err, err


def test_a_restore_into_a_read_only_folder_says_so_and_leaves_the_store(tmp_path):
    stick = tmp_path / "backups"
    result = run_in_namespace(
        tmp_path,
        f"""
        mkdir -p "{stick}"
        cli --store "$M/c.store" init --name X >/dev/null
        cli --store "$M/c.store" backup --to "{stick}" >/dev/null
        before=$(sha256sum "$M/c.store" "$M/c.store.key1" "$M/c.store.key2")
        mount -o remount,ro "$M"
        cli --store "$M/c.store" restore --yes "{stick}"/*.cdbk || echo "exit $?"
        after=$(sha256sum "$M/c.store" "$M/c.store.key1" "$M/c.store.key2")
        [ "$before" = "$after" ] && echo "store unchanged"
        """,
    )
    err = last_message(result)
    assert "read-only" in err, err
    assert "exit 1" in result.stdout and "store unchanged" in result.stdout, result.stdout

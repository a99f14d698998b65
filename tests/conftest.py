"""Every test runs headless, with its own folders and a fast KDF for new key slots."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Offscreen, on a screen the size of the secretaries' laptops (1366×768).
LAPTOP_SCREEN = Path(__file__).resolve().parent / "offscreen-laptop.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={LAPTOP_SCREEN}")

import pytest  # noqa: E402

from committee_app import keyslot  # noqa: E402
from committee_app.demo import fill_demo_records  # noqa: E402
from committee_app import store as store_module  # noqa: E402
from committee_app.keyslot import KdfParams  # noqa: E402
from committee_app.store import Store  # noqa: E402

# Test-only: the shipped default takes about half a second per unlock.
FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "тест-құпия-сөз correct horse"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files are build output: make them from the .ts sources before any test."""
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "tools" / "translations.py"), "build"], check=True)


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path, monkeypatch):
    """Point every platform folder and the store variable at this test's own folder."""
    home = tmp_path / "home"
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("HOME", str(home))
    for variable in ("COMMITTEE_APP_STORE", "COMMITTEE_APP_PASSPHRASE"):
        monkeypatch.delenv(variable, raising=False)
    # Messages in the source language whatever the machine's locale; tests of other
    # languages choose theirs.
    monkeypatch.setenv("COMMITTEE_APP_LANGUAGE", "en")
    return home


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keyslot, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(scope="session", autouse=True)
def without_memory_security():
    """Test-only, like the fast KDF: SQLCipher's memory protection makes the suite about 1.6
    times slower, and once a connection turns it on it stays on for the process, so it is
    left off from the start. A test in a fresh process checks the shipped setting."""
    off = "cipher_memory_security=OFF"
    shipped = store_module.MEMORY_SECURITY_PRAGMA, store_module.CONNECTION_PRAGMAS
    store_module.MEMORY_SECURITY_PRAGMA = off
    store_module.CONNECTION_PRAGMAS = tuple(
        off if pragma == shipped[0] else pragma for pragma in store_module.CONNECTION_PRAGMAS
    )
    yield
    store_module.MEMORY_SECURITY_PRAGMA, store_module.CONNECTION_PRAGMAS = shipped


@pytest.fixture
def unsynced_writes(monkeypatch):
    """Test-only, like the fast KDF: SQLite skips fsync, for tests about records, not power cuts."""
    pragmas = tuple("synchronous=OFF" if p.startswith("synchronous=") else p for p in store_module.CONNECTION_PRAGMAS)
    monkeypatch.setattr(store_module, "CONNECTION_PRAGMAS", pragmas)


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "stores" / "committee.store"


@pytest.fixture
def store(store_path):
    opened = Store.create(store_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, without_memory_security):
    """The demo committee's records, made once for the whole run: filling them takes half a
    second, and a few hundred tests print or show them. Each test opens a copy of its own."""
    path = tmp_path_factory.mktemp("demo-template") / "committee.store"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF, fill=fill_demo_records).close()
    return path


@pytest.fixture
def demo_store(demo_template, store_path):
    """A store holding the demo committee's records, at ``store_path`` (a copy of the template)."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    for made in demo_template.parent.iterdir():
        shutil.copyfile(made, store_path.parent / made.name.replace(demo_template.name, store_path.name, 1))
    opened = Store.open(store_path, PASSPHRASE)
    yield opened
    opened.close()

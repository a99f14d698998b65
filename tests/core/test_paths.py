"""Where the store, settings and logs live (conftest points the XDG folders at each test's own)."""

import os
import sys
from pathlib import Path

import pytest

from committee_app import paths

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are a Linux convention")


def xdg(variable):
    return Path(os.environ[variable])


@pytest.fixture
def not_portable(monkeypatch, tmp_path):
    """An app folder without a ``portable`` file, whatever the source tree holds."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(paths, "app_folder", lambda: app)
    return app


@pytest.fixture
def portable(monkeypatch, tmp_path):
    app = tmp_path / "portable-app"
    app.mkdir()
    (app / "portable").write_text("")
    monkeypatch.setattr(paths, "app_folder", lambda: app)
    return app


def test_store_variable_overrides_the_default(monkeypatch, tmp_path, not_portable):
    chosen = tmp_path / "elsewhere" / "union.store"
    monkeypatch.setenv(paths.STORE_ENV, str(chosen))
    assert paths.default_store_path() == chosen


def test_store_variable_expands_the_home_folder(monkeypatch, not_portable):
    monkeypatch.setenv(paths.STORE_ENV, "~/stores/union.store")
    assert paths.default_store_path() == Path(os.environ["HOME"]) / "stores" / "union.store"


def test_empty_store_variable_falls_back_to_the_default(monkeypatch, not_portable):
    monkeypatch.setenv(paths.STORE_ENV, "")
    assert paths.default_store_path() == xdg("XDG_DATA_HOME") / paths.APP_NAME / paths.STORE_FILE_NAME


def test_default_store_is_under_the_xdg_data_home(not_portable):
    store = paths.default_store_path()
    assert store == xdg("XDG_DATA_HOME") / paths.APP_NAME / "committee.store"
    assert store.is_relative_to(xdg("XDG_DATA_HOME"))


def test_default_store_follows_a_changed_data_home(monkeypatch, tmp_path, not_portable):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other-data"))
    assert paths.default_store_path().is_relative_to(tmp_path / "other-data")


def test_demo_store_is_apart_from_the_real_one(not_portable):
    demo, real = paths.demo_store_path(), paths.default_store_path()
    assert demo != real
    assert demo.parent != real.parent  # its key files cannot collide with the real store's either
    assert demo.is_relative_to(xdg("XDG_DATA_HOME"))


def test_demo_store_ignores_the_store_variable(monkeypatch, tmp_path, not_portable):
    monkeypatch.setenv(paths.STORE_ENV, str(tmp_path / "real.store"))
    assert paths.demo_store_path() != paths.default_store_path()
    assert paths.demo_store_path().is_relative_to(xdg("XDG_DATA_HOME"))


def test_logs_are_under_the_xdg_state_home(not_portable):
    assert paths.log_folder().is_relative_to(xdg("XDG_STATE_HOME") / paths.APP_NAME)


def test_settings_are_under_the_xdg_config_home(not_portable):
    assert paths.config_folder() == xdg("XDG_CONFIG_HOME") / paths.APP_NAME


def test_nothing_is_under_the_real_home_folder(not_portable):
    # conftest moved HOME too; no path may escape to the developer's own folders.
    test_home = Path(os.environ["HOME"])
    for folder in (paths.default_store_path(), paths.demo_store_path(), paths.log_folder(), paths.config_folder()):
        assert folder.is_relative_to(test_home)


def test_the_source_tree_is_not_in_portable_mode():
    # A stray `portable` file in the checkout would silently move every test's store there.
    assert paths.portable_folder() is None


def test_portable_mode_keeps_everything_beside_the_app(portable):
    data = portable / "data"
    assert paths.default_store_path() == data / paths.STORE_FILE_NAME
    assert paths.demo_store_path().is_relative_to(data)
    assert paths.demo_store_path() != paths.default_store_path()
    assert paths.config_folder() == data / "config"
    assert paths.log_folder() == data / "logs"


def test_store_variable_wins_over_portable_mode(monkeypatch, tmp_path, portable):
    chosen = tmp_path / "chosen.store"
    monkeypatch.setenv(paths.STORE_ENV, str(chosen))
    assert paths.default_store_path() == chosen


def test_with_no_writable_log_folder_nothing_is_printed_on_the_screen(tmp_path):
    import subprocess

    not_a_folder = tmp_path / "state"
    not_a_folder.write_text("a file where the log folder should be")
    environment = {**os.environ, "XDG_STATE_HOME": str(not_a_folder), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import logging; from committee_app import logs; assert logs.configure_logging() is None; "
            "logging.getLogger('committee_app').warning('a report meant for the log')",
        ],
        capture_output=True,
        text=True,
        env=environment,
    )
    assert child.returncode == 0, child.stderr
    assert child.stderr == ""


def test_a_bundle_keeps_its_portable_data_beside_its_executable(monkeypatch, tmp_path):
    bundle = tmp_path / "stick" / "committee-app-0.1.0"
    bundle.mkdir(parents=True)
    (bundle / "portable").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "committee-app"))
    assert paths.data_folder() == bundle / "data"
    assert paths.log_folder() == bundle / "data" / "logs"


def test_a_macos_app_keeps_its_portable_data_beside_the_app_not_inside_it(monkeypatch, tmp_path):
    stick = tmp_path / "stick"
    executable_folder = stick / "Committee Desk.app" / "Contents" / "MacOS"
    executable_folder.mkdir(parents=True)
    (stick / "portable").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable_folder / "committee-app"))
    assert paths.data_folder() == stick / "data"
    assert paths.config_folder() == stick / "data" / "config"

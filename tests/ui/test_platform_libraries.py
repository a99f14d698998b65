"""A Linux desktop without the libraries Qt's xcb display plugin needs: the app names them and
the packages that give them, in the user's language, and exits 1 instead of Qt's abort."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from ui import platform_libraries
from ui.platform_libraries import missing_libraries, packages_for, platform_would_be_xcb

ROOT = Path(__file__).resolve().parents[2]
QT = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)).parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")


@pytest.fixture
def plugin_needing_absent_libraries(tmp_path):
    """A copy of the shipped xcb plugin whose needs name two libraries no system has
    (libxcb-cursor.so.7, libxcb-icccm.so.8): its Qt libraries are found beside it as in PySide6."""
    (tmp_path / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(QT / "lib")
    original = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    changed = original.replace(b"libxcb-cursor.so.0\0", b"libxcb-cursor.so.7\0").replace(
        b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.8\0"
    )
    assert changed != original
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.write_bytes(changed)
    return plugin


def test_the_shipped_plugin_lacks_nothing_here():
    assert missing_libraries(QT / "plugins" / "platforms" / "libqxcb.so") == []


def test_the_libraries_the_plugin_cannot_find_are_named(plugin_needing_absent_libraries):
    assert missing_libraries(plugin_needing_absent_libraries) == ["libxcb-cursor.so.7", "libxcb-icccm.so.8"]


def test_without_ldd_the_dynamic_loader_names_the_first_missing_library(plugin_needing_absent_libraries, monkeypatch):
    # In a separate process: loading the plugin must not touch this process's Qt.
    probe = (
        "import shutil, sys; from pathlib import Path; from ui import platform_libraries as p; "
        "shutil.which = lambda name: None; print(p.missing_libraries(Path(sys.argv[1])))"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(plugin_needing_absent_libraries)], cwd=ROOT,
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert result.stdout.strip() in ("['libxcb-cursor.so.7']", "['libxcb-icccm.so.8']")


def test_each_library_is_given_with_its_packages():
    apt, dnf, unknown = packages_for(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-xkb.so.1",
                                      "libxkbcommon-x11.so.0", "libfoo.so.3"])  # fmt: skip
    assert apt == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-xkb1", "libxkbcommon-x11-0"]
    assert dnf == ["xcb-util-cursor", "xcb-util-wm", "xcb-util-keysyms", "libxcb", "libxkbcommon-x11"]
    assert unknown == ["libfoo.so.3"]


def test_every_library_the_shipped_plugin_needs_has_its_packages():
    listed = subprocess.run(["ldd", str(QT / "plugins" / "platforms" / "libqxcb.so")], capture_output=True, text=True)
    system_libraries = [
        line.split()[0] for line in listed.stdout.splitlines()
        if "=>" in line and "/Qt/" not in line.split("=>")[1] and line.split()[0].startswith(("libxcb", "libxkb", "libX"))
    ]  # fmt: skip
    assert system_libraries
    assert packages_for(system_libraries)[2] == []


@pytest.mark.parametrize(
    ("environment", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_the_check_is_made_only_where_qt_would_use_xcb(environment, platform, expected):
    assert platform_would_be_xcb(environment, platform) is expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["cannot open its window", "libxcb-cursor.so.7, libxcb-icccm.so.8",
                "sudo apt install libxcb-cursor0 libxcb-icccm4", "sudo dnf install xcb-util-cursor xcb-util-wm"]),
        ("ru", ["не может открыть окно", "libxcb-cursor.so.7, libxcb-icccm.so.8", "sudo apt install libxcb-cursor0"]),
        ("kk", ["терезесін аша алмайды", "sudo dnf install xcb-util-cursor xcb-util-wm"]),
    ],
)  # fmt: skip
def test_the_desktop_says_what_is_missing_and_exits_1(plugin_needing_absent_libraries, tmp_path, language, expected):
    config = tmp_path / "config" / "committee-app"
    config.mkdir(parents=True)
    (config / "settings.ini").write_text(f"[General]\nlanguage={language}\n")
    start = (
        "import sys; from pathlib import Path; from ui import app, platform_libraries; "
        "platform_libraries.xcb_plugin = lambda: Path(sys.argv[1]); "
        "sys.exit(app.run_desktop(Path(sys.argv[2])))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", start, str(plugin_needing_absent_libraries), str(tmp_path / "committee.store")],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 1
    for text in expected:
        assert text in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr

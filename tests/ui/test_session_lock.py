"""The records lock when the desktop session locks or the computer is about to sleep, as
the desktop announces it over D-Bus: tried on buses of the test's own."""

import shutil
import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection

from ui.session_lock import SessionLockWatch

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def buses(tmp_path):
    """Two private buses standing in for the session and system buses."""
    started, connections = [], []
    for name in ("session", "system"):
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE, text=True
        )
        started.append(daemon)
        address = daemon.stdout.readline().strip()
        connection = QDBusConnection.connectToBus(address, f"committee-test-{name}-{tmp_path.name}")
        assert connection.isConnected()
        connections.append((address, connection))
    yield connections
    for address, connection in connections:
        QDBusConnection.disconnectFromBus(connection.name())
    for daemon in started:
        daemon.terminate()
        daemon.wait()


def announce(address: str, path: str, member: str, *arguments: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, member, *arguments], check=True)


@pytest.mark.parametrize(
    "bus, path, member, arguments",
    [
        ("session", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", ["boolean:true"]),
        ("session", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", ["boolean:true"]),
        ("session", "/org/xfce/ScreenSaver", "org.xfce.ScreenSaver.ActiveChanged", ["boolean:true"]),
        ("system", "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock", []),
        ("system", "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", ["boolean:true"]),
    ],
)
def test_a_session_lock_or_sleep_announced_by_the_desktop_locks(qapp, qtbot, buses, bus, path, member, arguments):
    (session_address, session), (system_address, system) = buses
    watch = SessionLockWatch(session_bus=session, system_bus=system)
    assert watch.listening

    with qtbot.waitSignal(watch.locked, timeout=5_000):
        announce(session_address if bus == "session" else system_address, path, member, *arguments)


def test_waking_up_or_the_screen_saver_ending_does_not_lock(qapp, qtbot, buses):
    (session_address, session), (system_address, system) = buses
    watch = SessionLockWatch(session_bus=session, system_bus=system)
    heard = []
    watch.locked.connect(lambda: heard.append(True))

    announce(session_address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false")
    announce(system_address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false")
    with qtbot.waitSignal(watch.locked, timeout=5_000):
        announce(session_address, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true")

    assert heard == [True]

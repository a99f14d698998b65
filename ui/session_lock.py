"""Lock when the desktop session locks or the computer goes to sleep, where the desktop says
so: on Linux over D-Bus (systemd-logind's Lock and PrepareForSleep signals, and the
ActiveChanged signal of the GNOME, KDE/freedesktop, Cinnamon, MATE and Xfce screen savers).

Qt itself reports neither. Windows and macOS, and a Linux desktop without logind or one of
these screen savers, send nothing the app hears: there the idle lock and Ctrl+L remain.
Signals are accepted from any sender: the worst a stray one can do is lock the records.
"""

from PySide6.QtCore import SLOT, QObject, Signal, Slot

LOGIN1 = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
)


class SessionLockWatch(QObject):
    """Emits ``locked`` when the session locks, the screen saver starts, or the computer is
    about to sleep. ``listening`` says whether any bus could be reached."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None, *, session_bus=None, system_bus=None):
        super().__init__(parent)
        self.listening = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus (Windows, macOS)
            return
        session_bus = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system_bus = system_bus if system_bus is not None else QDBusConnection.systemBus()
        heard = []
        if session_bus.isConnected():
            for path, interface in SCREEN_SAVERS:
                heard.append(session_bus.connect("", path, interface, "ActiveChanged", self, SLOT("screen_saver_changed(bool)")))
        if system_bus.isConnected():
            # Any session's Lock (loginctl lock-session, the desktop's lock): the object path
            # names the session, which a signal from another user's would also lock; harmless.
            heard.append(system_bus.connect("", "", "org.freedesktop.login1.Session", "Lock", self, SLOT("session_locked()")))
            heard.append(system_bus.connect("", *LOGIN1, "PrepareForSleep", self, SLOT("going_to_sleep(bool)")))
        self.listening = any(heard)

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def session_locked(self) -> None:
        self.locked.emit()

    @Slot(bool)
    def going_to_sleep(self, starting: bool) -> None:
        if starting:
            self.locked.emit()

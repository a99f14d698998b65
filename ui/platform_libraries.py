"""On Linux, before the window opens: the system libraries Qt's X11 (xcb) display plugin needs.

A desktop installed without them (libxcb-cursor0 is the usual one on Debian and Ubuntu) would
end in Qt's "Could not load the Qt platform plugin xcb"; instead the missing libraries are
named, with the packages that give them on Debian/Ubuntu (apt) and Fedora (dnf).
"""

import os
from collections.abc import Callable
import re
import shutil
import subprocess
import sys
from pathlib import Path

from committee_app.errors import translate, translated_without_qt
from committee_app.i18n import compiled_translations

# Each library by its name without the version, as the plugin and its Qt library need them:
# (Debian/Ubuntu package, Fedora package).
PACKAGES = {
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx": ("libxcb-glx0", "libxcb"),
    "libxcb": ("libxcb1", "libxcb"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libX11": ("libx11-6", "libX11"),
    "libXau": ("libxau6", "libXau"),
    "libXdmcp": ("libxdmcp6", "libXdmcp"),
    "libSM": ("libsm6", "libSM"),
    "libICE": ("libice6", "libICE"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libGLX": ("libglx0", "libglvnd-glx"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libOpenGL": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libfreetype": ("libfreetype6", "freetype"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
CANNOT_OPEN = re.compile(r"(\S+?): cannot open shared object file")


def platform_would_be_xcb(environment=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt would open its windows through xcb: on Linux, unless another platform is
    asked for or a Wayland session is running (Qt then uses its Wayland plugin)."""
    if not platform.startswith("linux"):
        return False
    asked = environment.get("QT_QPA_PLATFORM", "")
    if asked:
        # "xcb;wayland" lets Qt fall back to Wayland: only xcb alone is certain to need xcb.
        return [name.split(":")[0] for name in asked.split(";")] == ["xcb"]
    return not (environment.get("XDG_SESSION_TYPE") == "wayland" and environment.get("WAYLAND_DISPLAY"))


def xcb_plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries the plugin (and the Qt libraries it loads) need and the system lacks:
    all of them from `ldd`, else the first the dynamic loader stops at."""
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            listed = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            listed = ""
        return list(dict.fromkeys(NOT_FOUND.findall(listed)))
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = CANNOT_OPEN.search(str(error))
        return [found.group(1)] if found and found.group(1) != str(plugin) else []
    return []


def library_name(soname: str) -> str:
    """libxcb-cursor.so.0 → libxcb-cursor."""
    return soname.split(".so")[0]


def packages_for(sonames: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The Debian/Ubuntu packages, the Fedora packages, and the libraries neither list knows."""
    apt, dnf, unknown = [], [], []
    for soname in sonames:
        packages = PACKAGES.get(library_name(soname))
        if packages is None:
            unknown.append(soname)
            continue
        for listed, package in zip((apt, dnf), packages):
            if package not in listed:
                listed.append(package)
    return apt, dnf, unknown


def missing_libraries_message(sonames: list[str]) -> str:
    apt, dnf, unknown = packages_for(sonames)
    parts = [
        translate(
            "platform_libraries",
            "Committee Desk cannot open its window: this computer lacks system libraries that the Qt "
            "display plugin for X11 (xcb) needs: {libraries}.",
        ).format(libraries=", ".join(sonames))
    ]
    if apt:
        parts.append(
            translate(
                "platform_libraries",
                "On Debian or Ubuntu, install them with:\n    sudo apt install {debian}\n"
                "On Fedora:\n    sudo dnf install {fedora}",
            ).format(debian=" ".join(apt), fedora=" ".join(dnf))
        )
    if unknown:
        parts.append(
            translate(
                "platform_libraries", "Look in your distribution's package manager for the packages that provide {libraries}."
            ).format(libraries=", ".join(unknown))
        )
    parts.append(
        translate(
            "platform_libraries",
            "Then start Committee Desk again. Your records are not affected. Without administrator rights, "
            "ask whoever looks after this computer to install them.",
        )
    )
    return "\n\n".join(parts)


def platform_libraries_problem(plugin: Path | None = None, language: Callable[[], str] | None = None) -> str | None:
    """The message to show instead of Qt's abort, or None when the window can open (or the
    platform is not xcb, or the plugin is not where it is looked for: Qt then says its own).
    The message is in ``language()``, whose translations are read only when something is
    missing, so that a normal start does not wait for them."""
    if not platform_would_be_xcb():
        return None
    plugin = plugin if plugin is not None else xcb_plugin()
    if not plugin.is_file():
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    if language is None:
        return missing_libraries_message(missing)
    with translated_without_qt(compiled_translations(language())):
        return missing_libraries_message(missing)

"""What the bundles leave out, shared by packaging/committee-app.spec and the minimal
bundle that bench/bench_bundle.py builds to compare with: the Qt modules, plugins and
libraries the app does not use, Qt's translations other than Kazakh and Russian, and the
Python modules no code path needs."""

import os
from pathlib import Path

from PyInstaller.depend.bindepend import get_imports

LANGUAGES = ("kk", "ru")

# The Qt modules the app does not use. PyInstaller collects only what is imported, but a
# library's optional import would otherwise bring a whole module and its plugins.
UNUSED_QT_MODULES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtAxContainer QtBluetooth QtCharts "
        "QtConcurrent QtDataVisualization QtDesigner QtGraphs QtGraphsWidgets QtHelp QtHttpServer "
        "QtLocation QtMultimedia QtMultimediaWidgets QtNetwork QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets "
        "QtPdf QtPdfWidgets QtPositioning QtPrintSupport QtQml QtQuick QtQuick3D QtQuickControls2 "
        "QtQuickTest QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort "
        "QtSpatialAudio QtSql QtStateMachine QtSvgWidgets QtTest QtTextToSpeech QtUiTools QtWebChannel "
        "QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView QtXml"
    ).split()
]
# Python libraries that a dependency may import optionally and that the app never needs.
# Pillow stays, as ReportLab imports it whether or not a page holds a picture, but without
# the codecs of image formats no paper of the app holds (AVIF alone is 5 MB).
# setuptools and multiprocessing are more than dead weight: PyInstaller runs a start-up hook
# for each that imports it, tens of milliseconds of every start for code the app never runs.
UNUSED_PYTHON_MODULES = [
    "tkinter", "_tkinter", "numpy", "IPython", "pytest", "pydoc_data", "lib2to3", "unittest", "readline", "curses",
    "PIL._avif", "PIL._webp", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "multiprocessing", "concurrent.futures.process",
]

# Qt plugins kept, by folder; any other plugin PyInstaller collects is left out. On Linux the
# windows appear through X11 (xcb) or Wayland; offscreen serves tests and headless printing.
# Left out on purpose: the GTK theme (it would bring GTK, Cairo and Pango of the build
# machine; Qt's own dialogs are used instead), OpenGL integrations (the widgets draw in
# software), and image formats other than the icon's.
KEPT_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qicns"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
}
# Qt libraries that PyInstaller collects beside the plugins but that nothing kept loads.
UNUSED_QT_LIBRARIES = {"Qt6Network", "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6OpenGL"}


def library_kept(destination: str) -> bool:
    """Linux libQt6X.so.6, Windows Qt6X.dll and macOS QtX.framework/.../QtX alike."""
    stem = Path(destination).name.removeprefix("lib").split(".")[0]
    return stem.replace("Qt6", "Qt", 1) not in {name.replace("Qt6", "Qt", 1) for name in UNUSED_QT_LIBRARIES}


def plugin_kept(destination: str) -> bool:
    """For a file bundled under .../Qt/plugins/FOLDER/NAME: whether KEPT_PLUGINS names it."""
    parts = Path(destination).parts
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    folder, file_name = parts[index + 1], parts[-1]
    stem = file_name.split(".")[0].removeprefix("lib")
    return stem.removesuffix("d") in KEPT_PLUGINS.get(folder, ()) or stem in KEPT_PLUGINS.get(folder, ())


def without_unused_binaries(binaries: list) -> list:
    """The binaries without the plugins left out, the Qt libraries named unused, and the
    libraries only those need (GTK's for the GTK theme, Kerberos for QtNetwork). A library
    that anything kept needs, directly or through another, stays, even one named unused:
    leaving it out would break the plugin that loads it on some other platform."""
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    dropped_plugins = {entry[0] for entry in files if not plugin_kept(entry[0])}
    by_name = {Path(entry[0]).name: entry for entry in files}

    def needed_names(entry) -> set[str]:
        return {Path(name).name for name, _path in get_imports(entry[1])} & by_name.keys()

    # The unused libraries, and what they and the dropped plugins need, in turn.
    unwanted = {Path(entry[0]).name for entry in files if not library_kept(entry[0])}
    pending = [entry for entry in files if entry[0] in dropped_plugins or Path(entry[0]).name in unwanted]
    while pending:
        for name in needed_names(pending.pop()):
            if name not in unwanted and by_name[name][0] not in dropped_plugins:
                unwanted.add(name)
                pending.append(by_name[name])
    # Of these, whatever a kept file still needs stays.
    kept = [entry for entry in files if entry[0] not in dropped_plugins and Path(entry[0]).name not in unwanted]
    pending = list(kept)
    while pending:
        for name in needed_names(pending.pop()):
            if name in unwanted:
                unwanted.discard(name)
                kept.append(by_name[name])
                pending.append(by_name[name])
    return kept + links


def without_dangling_links(entries: list, binaries: list) -> list:
    """``entries`` less PyInstaller's symbolic links (destination, relative target, "SYMLINK")
    to files that were left out."""
    present = {os.path.normpath(entry[0]) for entry in binaries + entries if entry[2] != "SYMLINK"}
    return [
        entry
        for entry in entries
        if entry[2] != "SYMLINK" or os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])) in present
    ]


def translation_kept(destination: str) -> bool:
    """Qt's own translations: only Kazakh and Russian, and only those of the modules used."""
    parts = Path(destination).parts
    if "translations" not in parts or "Qt" not in parts and "PySide6" not in parts:
        return True
    name = parts[-1]
    return any(name == f"{catalog}_{language}.qm" for catalog in ("qt", "qtbase") for language in LANGUAGES)


EXCLUDES = UNUSED_QT_MODULES + UNUSED_PYTHON_MODULES


def trim(analysis) -> None:
    """Leave out of a finished Analysis what the rules above say the bundle does without."""
    analysis.binaries = without_unused_binaries(analysis.binaries)
    analysis.datas = [entry for entry in analysis.datas if plugin_kept(entry[0]) and translation_kept(entry[0])]
    analysis.binaries, analysis.datas = (
        without_dangling_links(analysis.binaries, analysis.datas),
        without_dangling_links(analysis.datas, analysis.binaries),
    )

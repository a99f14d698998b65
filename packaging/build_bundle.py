"""Build the one-folder bundle of Committee Desk for this platform (what build-linux.sh,
build-windows.ps1 and build-macos.sh run).

    python3 packaging/build_bundle.py [--force]

1. A build environment of its own in build/bundle-venv: the app's dependencies (pinned by
   packaging/requirements-lock.txt when it exists, else as pyproject.toml declares them),
   PyInstaller and Pillow at the versions pinned below. Made again when any of them changes.
2. The icons from resources/icons/committee-app.svg (packaging/make_icons.py).
3. PyInstaller with packaging/committee-app.spec.
4. The archive in dist/: committee-app-VERSION-linux-x86_64.tar.gz (one folder
   committee-app-VERSION/ with the executable committee-app and README-bundle.txt),
   committee-app-VERSION-windows-x86_64.zip, or committee-app-VERSION-macos.dmg.

A build is skipped when the archive in dist/ was made from the same sources, build
environment and build files (a stamp beside it records their digest); --force builds anyway.
Only the standard library is used here.
"""

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "bundle-venv"
LOCK = ROOT / "packaging" / "requirements-lock.txt"
SPEC = ROOT / "packaging" / "committee-app.spec"
ICONS = BUILD / "icons"
# The build tools, pinned so that a bundle built again is built the same way.
BUILD_TOOLS = ["pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9", "pillow==13.0.0"]
# What the bundle is made of: a change to any of these makes the next build a real one.
SOURCES = ["committee_app", "ui", "resources", "docs/guide", "packaging", "pyproject.toml", "LICENSE"]
SOURCE_SUFFIXES = {"", ".py", ".mako", ".qm", ".ttf", ".txt", ".svg", ".md", ".png", ".spec", ".sh", ".ps1", ".toml", ".desktop"}

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


def say(message: str) -> None:
    print(f"[bundle] {message}", flush=True)


def app_version() -> str:
    namespace: dict = {}
    exec((ROOT / "committee_app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def platform_name() -> str:
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(machine, machine)
    if WINDOWS:
        return f"windows-{machine}"
    if MACOS:
        return "macos"
    return f"linux-{machine}"


def archive_path(version: str) -> Path:
    base = DIST / f"committee-app-{version}-{platform_name()}"
    if WINDOWS:
        return base.with_name(base.name + ".zip")
    if MACOS:
        return base.with_name(base.name + ".dmg")
    return base.with_name(base.name + ".tar.gz")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def declared_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def lock_constraints() -> str:
    """The lock file as pip constraints: hashes dropped, since the build tools have none, and
    the build tools' own lines left out, since they are pinned here."""
    if not LOCK.is_file():
        return ""
    joined = LOCK.read_text(encoding="utf-8").replace("\\\n", " ")
    tools = {re.split(r"[=<>!]", tool)[0].lower() for tool in BUILD_TOOLS}
    lines = []
    for line in joined.splitlines():
        kept = " ".join(word for word in line.split() if not word.startswith("--hash"))
        if kept and re.split(r"[=<>!\s]", kept)[0].lower() not in tools:
            lines.append(kept)
    return "\n".join(lines) + "\n"


def digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(hashlib.sha256(part).digest())
    return hasher.hexdigest()


def environment_digest() -> str:
    wanted = "\n".join([sys.version, *declared_dependencies(), *BUILD_TOOLS]).encode() + lock_constraints().encode()
    return digest(wanted)


def ensure_build_environment() -> Path:
    stamp = VENV / ".built-for"
    wanted = environment_digest()
    if venv_python().exists() and stamp.is_file() and stamp.read_text() == wanted:
        return venv_python()
    say(f"Setting up the build environment in {VENV.relative_to(ROOT)} …")
    if VENV.exists():
        shutil.rmtree(VENV)
    venv.EnvBuilder(with_pip=True).create(VENV)
    python = str(venv_python())
    requirements = BUILD / "bundle-requirements.txt"
    requirements.write_text("\n".join(declared_dependencies()) + "\n", encoding="utf-8")
    command = [python, "-m", "pip", "install", "--quiet", "-r", str(requirements), *BUILD_TOOLS]
    constraints = lock_constraints()
    if constraints:
        constraints_file = BUILD / "bundle-constraints.txt"
        constraints_file.write_text(constraints, encoding="utf-8")
        command += ["-c", str(constraints_file)]
        say(f"Pinned by {LOCK.relative_to(ROOT)}")
    else:
        say("No packaging/requirements-lock.txt: the versions pyproject.toml allows")
    subprocess.run(command, check=True, cwd=ROOT)
    stamp.write_text(wanted)
    return venv_python()


def sources_digest() -> str:
    parts = [environment_digest().encode()]
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix not in SOURCE_SUFFIXES:
                continue
            parts.append(file.relative_to(ROOT).as_posix().encode())
            parts.append(file.read_bytes())
    return digest(*parts)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller(python: Path) -> Path:
    subprocess.run([str(python), str(ROOT / "packaging" / "make_icons.py"), str(ICONS)], check=True, cwd=ROOT)
    output = BUILD / "pyinstaller" / "dist"
    env = {**os.environ, "COMMITTEE_APP_ICONS": str(ICONS)}
    subprocess.run(
        [
            str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(output), "--workpath", str(BUILD / "pyinstaller" / "work"), str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return output / ("Committee Desk.app" if MACOS else "committee-app")


def bundle_readme() -> Path:
    system = "windows" if WINDOWS else "macos" if MACOS else "linux"
    return ROOT / "packaging" / f"README-bundle-{system}.txt"


def glibc_needed(folder: Path) -> str:
    """The newest glibc symbol version any binary of the bundle asks for: it depends on the
    system the bundle was built on, so the bundle's README names it."""
    newest = (2, 17)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and (path.suffix == ".so" or ".so." in path.name or path.parent == folder):
            for match in re.finditer(rb"GLIBC_2\.(\d+)", path.read_bytes()):
                newest = max(newest, (2, int(match.group(1))))
    return f"{newest[0]}.{newest[1]}"


def write_archive(bundle: Path, version: str, target: Path) -> Path:
    """The folder committee-app-VERSION/ (the .app on macOS) packed into ``target``."""
    stage = BUILD / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    folder_name = f"committee-app-{version}"
    if MACOS:
        shutil.copytree(bundle, stage / bundle.name, symlinks=True)
        shutil.copy(bundle_readme(), stage / "README-bundle.txt")
        partial = target.with_suffix(".partial.dmg")
        subprocess.run(
            ["hdiutil", "create", "-volname", f"Committee Desk {version}", "-srcfolder", str(stage),
             "-ov", "-format", "UDZO", str(partial)],
            check=True,
        )
        partial.replace(target)
        return target
    shutil.copytree(bundle, stage / folder_name, symlinks=True)
    readme = bundle_readme().read_text(encoding="utf-8")
    if not WINDOWS:
        readme = readme.replace("{glibc}", glibc_needed(bundle))
    (stage / folder_name / "README-bundle.txt").write_text(readme, encoding="utf-8")
    partial = target.with_name(target.name + ".partial")
    if WINDOWS:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted((stage / folder_name).rglob("*")):
                archive.write(path, path.relative_to(stage).as_posix())
    else:
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(stage / folder_name, arcname=folder_name)
    partial.replace(target)
    return target


XCB_CHECK = (
    "import json; from ui.platform_libraries import missing_libraries, packages_for, xcb_plugin; "
    "missing = missing_libraries(xcb_plugin()); print(json.dumps([missing, packages_for(missing)[0]]))"
)


def ensure_xcb_libraries(python: Path) -> None:
    """The X11 libraries Qt's xcb plugin needs go into the bundle only if this machine has
    them: a bundle built without them would not open on a fresh desktop. As root on Debian or
    Ubuntu they are installed; elsewhere the build stops and names them."""
    if WINDOWS or MACOS:
        return
    for attempt in ("check", "install", "update"):
        found = subprocess.run([str(python), "-c", XCB_CHECK], cwd=ROOT, capture_output=True, text=True, check=True)
        missing, debian_packages = json.loads(found.stdout)
        if not missing:
            return
        can_install = shutil.which("apt-get") is not None and os.geteuid() == 0 and debian_packages
        if attempt == "update" or not can_install:
            sys.exit(
                "The bundle needs these libraries on the build machine, to carry them inside: "
                f"{', '.join(missing)}.\nOn Debian or Ubuntu: sudo apt-get install {' '.join(debian_packages)}"
            )
        say(f"Installing {' '.join(debian_packages)} (apt-get) so that the bundle carries them")
        if attempt == "install":
            subprocess.run(["apt-get", "update", "-q"], check=True, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *debian_packages],
                       check=False, capture_output=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def main(argv: list[str]) -> int:
    force = "--force" in argv
    started = time.monotonic()
    version = app_version()
    target = archive_path(version)
    stamp = target.with_name(target.name + ".built-from")
    python = ensure_build_environment()
    ensure_xcb_libraries(python)
    wanted = sources_digest()
    if not force and target.is_file() and stamp.is_file() and stamp.read_text() == wanted:
        say(f"{target.relative_to(ROOT)} is up to date ({megabytes(target.stat().st_size)}); --force builds it again")
        return 0
    stamp.unlink(missing_ok=True)
    say(f"Building Committee Desk {version} for {platform_name()} …")
    bundle = run_pyinstaller(python)
    DIST.mkdir(exist_ok=True)
    write_archive(bundle, version, target)
    stamp.write_text(wanted)
    say(f"Bundle {bundle.relative_to(ROOT)}: {megabytes(folder_size(bundle))}")
    say(f"Archive {target.relative_to(ROOT)}: {megabytes(target.stat().st_size)}")
    say(f"Built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    if sys.version_info < (3, 11):
        sys.exit(f"Building the bundle needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    sys.exit(main(sys.argv[1:]))

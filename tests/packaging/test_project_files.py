"""Quick checks of what pyproject.toml declares against the sources (run by default)."""

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

from committee_app import __version__

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PROJECT["tool"]["setuptools"]
CODE_FOLDERS = ("committee_app", "ui", "tests", "tools", "bench")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_requirements() -> list[Requirement]:
    project = PROJECT["project"]
    return [Requirement(text) for text in project["dependencies"] + project["optional-dependencies"]["test"]]


def minimum_pins() -> dict[str, Version]:
    """Each declared dependency → its lower bound (the same for every Python version)."""
    pins: dict[str, Version] = {}
    for requirement in declared_requirements():
        lower = [Version(spec.version) for spec in requirement.specifier if spec.operator == ">="]
        assert len(lower) == 1, f"{requirement} declares no single lower bound"
        assert pins.setdefault(canonical(requirement.name), lower[0]) == lower[0], f"two lower bounds for {requirement.name}"
    return pins


def constraint_lines() -> dict[str, Version]:
    text = (ROOT / "packaging" / "constraints-minimum.txt").read_text(encoding="utf-8")
    lines = [line.split("#")[0].strip() for line in text.splitlines()]
    return {canonical(name): Version(version) for name, version in (line.split("==") for line in lines if line)}


def test_the_minimum_constraints_pin_each_dependency_at_its_declared_lower_bound():
    assert constraint_lines() == minimum_pins()


def test_every_imported_package_is_declared():
    declared = {canonical(requirement.name) for requirement in declared_requirements()}
    own = {"committee_app", "ui", "tests", "translations"} | {path.stem for path in (ROOT / "bench").glob("*.py")}
    imported: dict[str, set[str]] = {}
    for folder in CODE_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module]
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in own:
                        imported.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    distributions = packages_distributions()
    undeclared = {
        top: sorted(files)
        for top, files in imported.items()
        if not {canonical(name) for name in distributions.get(top, [top])} & declared
    }
    assert undeclared == {}


def data_folders(top: Path) -> set[Path]:
    return {path.parent for path in top.rglob("*") if path.is_file() and "__pycache__" not in path.parts}


def folder_of(package: str) -> Path:
    """The source folder setuptools takes ``package`` from."""
    for prefix, folder in sorted(SETUPTOOLS["package-dir"].items(), key=lambda item: -len(item[0])):
        if package == prefix or package.startswith(prefix + "."):
            return ROOT.joinpath(folder, *package[len(prefix) :].split(".")[1:])
    return ROOT.joinpath(*package.split("."))


def test_the_wheel_packages_name_every_folder_of_code_and_of_shipped_files():
    listed = {folder_of(package) for package in SETUPTOOLS["packages"]}
    code = {path.parent for top in ("committee_app", "ui") for path in (ROOT / top).rglob("*.py")}
    shipped = {folder for folder in data_folders(ROOT / "resources") if folder != ROOT / "resources"}
    shipped |= data_folders(ROOT / "docs" / "guide")

    assert sorted(str(folder.relative_to(ROOT)) for folder in (code | shipped) - listed) == []
    assert sorted(str(folder) for folder in listed if not folder.is_dir()) == []


def test_each_folder_of_shipped_files_names_the_files_it_ships():
    for package, patterns in SETUPTOOLS["package-data"].items():
        matched = [path for pattern in patterns for path in folder_of(package).glob(pattern)]
        assert matched, f"{package}: {patterns} match nothing in {folder_of(package)}"


def test_the_changelog_has_a_section_for_this_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    # Dated when released; "Unreleased" while the version is being made.
    assert re.search(rf"^## \[{re.escape(__version__)}\] - (\d{{4}}-\d{{2}}-\d{{2}}|Unreleased)$", changelog, re.MULTILINE)


def test_version_prints_the_package_version():
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["committee-app", __version__]


def locked_versions() -> dict[str, Version]:
    text = (ROOT / "packaging" / "requirements-lock.txt").read_text(encoding="utf-8")
    pins = (line.split(" ")[0].split("==") for line in text.splitlines() if "==" in line and not line.startswith("#"))
    return {canonical(name): Version(version) for name, version in pins}


def test_the_lock_file_satisfies_every_declared_requirement_on_python_3_11():
    locked = locked_versions()
    environment = {"python_version": "3.11", "sys_platform": "linux", "platform_system": "Linux"}
    requirements = declared_requirements() + [Requirement(text) for text in PROJECT["build-system"]["requires"]]
    applying = [requirement for requirement in requirements if requirement.marker is None or requirement.marker.evaluate(environment)]
    unmet = [str(r) for r in applying if canonical(r.name) not in locked or not r.specifier.contains(locked[canonical(r.name)])]
    assert unmet == []

"""The wheel and the sdist give the whole app: built as a user builds them, installed into a
fresh environment away from the sources, they print in Kazakh, Russian and English."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from committee_app import __version__
from tests.packaging.conftest import ROOT, clean_sources, fresh_venv, pip_install, run

pytestmark = pytest.mark.packaging

KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
AGENDA_HEADING = {"kk": "ХАБАРЛАНДЫРУ ЖӘНЕ КҮН ТӘРТІБІ", "ru": "ИЗВЕЩЕНИЕ И ПОВЕСТКА ДНЯ", "en": "NOTICE AND AGENDA"}
WROTE_THE_FILE = {"kk": "Файл жазылды", "ru": "Файл записан", "en": "Wrote"}
DEMO_PASSPHRASE = "демо-құпия-сөз 2026"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The wheel built from the sources, and the sdist with the wheel built from it."""
    sources = clean_sources(tmp_path_factory.mktemp("sources"))
    direct, via_sdist = tmp_path_factory.mktemp("wheel"), tmp_path_factory.mktemp("sdist")
    run([sys.executable, "-m", "build", "--wheel", "--outdir", direct, sources], cwd=sources)
    # With neither --wheel nor --sdist, build makes the sdist and then the wheel from it.
    run([sys.executable, "-m", "build", "--outdir", via_sdist, sources], cwd=sources)
    (wheel,) = direct.glob("*.whl")
    (sdist,) = via_sdist.glob("*.tar.gz")
    (sdist_wheel,) = via_sdist.glob("*.whl")
    return {"wheel": wheel, "sdist": sdist, "sdist_wheel": sdist_wheel}


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """The folder of scripts of a fresh environment holding the wheel, nothing editable."""
    python = fresh_venv(tmp_path_factory.mktemp("installed") / "venv")
    pip_install(python, built["wheel"], cwd=python.parent)
    return python.parent


@pytest.fixture
def away() -> dict[str, str]:
    """The environment of a run in a temporary folder (so the sources are not importable),
    with the home and data folders the test's own (tests/conftest.py)."""
    return app_environment()


def app_environment(home: Path | None = None) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment.update(COMMITTEE_APP_PASSPHRASE=DEMO_PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        environment["HOME"] = str(home)
        for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")):
            environment[variable] = str(home / folder)
    return environment


def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {name for name in archive.namelist() if ".dist-info/" not in name}


def shipped_in_sources() -> set[str]:
    """What the wheel must hold, by its path inside the wheel."""
    expected = {str(path.relative_to(ROOT)) for top in ("committee_app", "ui") for path in (ROOT / top).rglob("*.py")}
    expected |= {str(path.relative_to(ROOT)) for path in (ROOT / "committee_app" / "migrations").glob("*.mako")}
    for folder, patterns in (("fonts", ("*.ttf", "LICENSE-*.txt")), ("icons", ("*.svg",)), ("translations", ("*.qm",))):
        for pattern in patterns:
            expected |= {f"committee_app/resources/{folder}/{path.name}" for path in (ROOT / "resources" / folder).glob(pattern)}
    guide = ROOT / "docs" / "guide"
    expected |= {f"committee_app/guide/{path.relative_to(guide).as_posix()}" for path in guide.rglob("*")
                 if path.suffix in (".md", ".png")}
    return expected


def test_the_wheel_and_the_wheel_from_the_sdist_hold_the_whole_app(built):
    from_sources = wheel_files(built["wheel"])

    assert sorted(shipped_in_sources() - from_sources) == []
    assert {"committee_app/resources/translations/committee_app_kk.qm", "committee_app/resources/fonts/DejaVuSans.ttf"} <= from_sources
    assert wheel_files(built["sdist_wheel"]) == from_sources
    assert built["wheel"].name == f"committee_app-{__version__}-py3-none-any.whl"
    assert built["sdist"].name == f"committee_app-{__version__}.tar.gz"


def test_the_installed_version_is_the_package_version_everywhere(installed, away, tmp_path):
    printed = run([installed / "committee-app", "--version"], cwd=tmp_path, env=away).stdout.split()
    script = (
        "import committee_app, importlib.metadata\n"
        "print(committee_app.__version__, importlib.metadata.version('committee-app'), committee_app.__file__)\n"
    )
    package_version, metadata_version, package_file = run([installed / "python", "-c", script], cwd=tmp_path, env=away).stdout.split()

    assert printed == ["committee-app", __version__]
    assert package_version == metadata_version == __version__
    assert Path(package_file).is_relative_to(installed.parent), "the sources were imported, not the wheel"


@pytest.fixture(scope="module")
def demo_store(installed, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    environment = app_environment(home=folder / "home")
    store = folder / "store" / "committee.store"
    run([installed / "committee-app", "--store", store, "demo", "--no-gui", "--yes"], cwd=folder, env=environment)
    return store


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_installed_app_prints_the_demo_agenda_in_each_language(installed, demo_store, away, tmp_path, language):
    away["COMMITTEE_APP_LANGUAGE"] = language
    output = tmp_path / f"agenda-{language}.pdf"

    result = run(
        [installed / "committee-app", "--store", demo_store, "print", "agenda", "--assembly", "1", "-o", output, "--lang", language],
        cwd=tmp_path,
        env=away,
    )

    assert WROTE_THE_FILE[language] in result.stdout
    text = " ".join(page.extract_text() for page in PdfReader(output).pages)
    assert AGENDA_HEADING[language] in text
    assert "Жаңаөзена" in text
    assert KAZAKH_LETTERS & set(text)


def test_a_missing_font_says_the_installation_is_incomplete(installed, demo_store, away, tmp_path):
    (font,) = installed.parent.glob("lib/python*/site-packages/committee_app/resources/fonts/DejaVuSans.ttf")
    hidden = font.with_name("DejaVuSans.ttf.hidden")
    font.rename(hidden)
    try:
        result = subprocess.run(
            [installed / "committee-app", "--store", demo_store, "print", "agenda", "--assembly", "1", "-o", tmp_path / "a.pdf", "--lang", "kk"],
            cwd=tmp_path,
            env=away,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        hidden.rename(font)

    assert result.returncode == 1
    assert "installation of Committee Desk is incomplete" in result.stderr
    assert "DejaVuSans.ttf" in result.stderr
    assert "Sorry" not in result.stderr
    assert not (tmp_path / "a.pdf").exists()


"""The files the app ships: compiled translations in step with their sources, and a missing
font or translation said in words, never the generic apology."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from committee_app import shipped_files
from committee_app.i18n import LanguageSwitch, app_translator
from committee_app.printing import document
from committee_app.shipped_files import IncompleteInstallation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_committed_translation_is_compiled_from_its_source(language, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    import translations

    compiled = tmp_path / f"committee_app_{language}.qm"
    subprocess.run(
        [translations.tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"committee_app_{language}.ts"),
         "-qm", str(compiled)],
        check=True,
    )
    committed = TRANSLATIONS / f"committee_app_{language}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is out of date: run .venv/bin/python tools/translations.py build and commit it"
    )


def test_from_the_sources_the_shipped_files_are_the_top_level_folders():
    assert shipped_files.fonts_folder() == ROOT / "resources" / "fonts"
    assert shipped_files.translations_folder() == ROOT / "resources" / "translations"
    assert (shipped_files.icons_folder() / "committee-app.svg").is_file()
    assert shipped_files.guide_folder() == ROOT / "docs" / "guide"


@pytest.fixture
def empty_resources(monkeypatch, tmp_path):
    for name in ("fonts", "translations"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(shipped_files, "resources_folder", lambda: tmp_path)
    return tmp_path


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_missing_translation_says_the_installation_is_incomplete(empty_resources, language):
    with pytest.raises(IncompleteInstallation, match=f"committee_app_{language}.qm"):
        app_translator(language)


def test_an_unreadable_translation_says_the_installation_is_incomplete(empty_resources):
    (empty_resources / "translations" / "committee_app_kk.qm").write_bytes(b"not a translation")
    with pytest.raises(IncompleteInstallation, match="incomplete"):
        LanguageSwitch().use("kk")


def test_a_missing_font_says_the_installation_is_incomplete(empty_resources, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    # A registry of its own, so that the half-registered family goes with the test.
    others = {name: font for name, font in pdfmetrics._fonts.items() if name not in document.FONT_FILES}
    monkeypatch.setattr(pdfmetrics, "_fonts", others)
    shutil.copy(ROOT / "resources" / "fonts" / "DejaVuSans.ttf", empty_resources / "fonts")
    with pytest.raises(IncompleteInstallation, match="DejaVuSans-Bold.ttf"):
        document.register_fonts()


def test_the_incomplete_installation_message_is_in_the_users_language(qapp, monkeypatch, tmp_path):
    switch = LanguageSwitch()
    switch.use("kk")
    try:
        monkeypatch.setattr(shipped_files, "resources_folder", lambda: tmp_path)
        with pytest.raises(IncompleteInstallation) as missing:
            shipped_files.shipped_file(shipped_files.fonts_folder() / "DejaVuSans.ttf")
        assert str(missing.value).startswith("Committee Desk орнатылымы толық емес: DejaVuSans.ttf файлы жоқ.")
    finally:
        switch.use("en")

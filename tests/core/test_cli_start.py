"""`committee-app --help` and `--version` answer at once: they load no Qt and no database or
PDF library, and the help still speaks Kazakh and Russian (read from the compiled translations
without Qt)."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from committee_app.compiled_translations import CompiledTranslations
from committee_app.i18n import compiled_translation_file

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_HELP = ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "alembic", "reportlab")

# Runs the console entry point as installed (committee_app.cli:main) and lists, at exit, the
# modules it loaded that --help and --version must not load.
ENTRY_POINT = f"""
import atexit, sys
atexit.register(lambda: print("loaded:", " ".join(n for n in {NOT_FOR_HELP!r} if n in sys.modules), file=sys.stderr))
from committee_app.cli import main
sys.exit(main())
"""


def run_entry_point(*arguments: str, language: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "COMMITTEE_APP_LANGUAGE": language}
    return subprocess.run([sys.executable, "-c", ENTRY_POINT, *arguments], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=60)  # fmt: skip


@pytest.mark.parametrize("arguments", [("--help",), ("--version",), ("print", "agenda", "--help")])
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_help_and_version_load_no_qt_and_no_database_or_pdf_library(arguments, language):
    result = run_entry_point(*arguments, language=language)
    assert result.returncode == 0
    assert result.stderr.strip() == "loaded:"


def test_the_version_is_the_packages():
    from committee_app import __version__

    assert run_entry_point("--version").stdout.strip() == f"committee-app {__version__}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["использование: committee-app", "зашифрованные записи", "создать новое пустое хранилище",
                "показать эту справку и выйти", "параметры:"]),
        ("kk", ["қолданылуы: committee-app", "осы анықтаманы көрсету және шығу", "параметрлер:"]),
        ("en", ["usage: committee-app", "create a new, empty store", "show this help and exit", "options:"]),
    ],
)  # fmt: skip
def test_the_help_speaks_the_language_of_the_environment(language, expected):
    result = run_entry_point("--help", language=language)
    for text in expected:
        assert text in result.stdout


def test_the_help_of_a_command_is_translated_too():
    result = run_entry_point("backup", "--help", language="kk")
    assert "қолданылуы: committee-app backup" in result.stdout
    assert "the folder to write the backup in" not in result.stdout


def test_a_usage_error_is_said_in_the_language_of_the_environment():
    result = run_entry_point("backup", "--to", ".", "--keep", "0", language="ru")
    assert result.returncode == 2
    assert "должно быть целым числом не меньше 1: 0" in result.stderr


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_compiled_translations_read_without_qt_agree_with_qt(language):
    """Every plain message of the .ts: the reader gives what Qt's own translator gives."""
    path = compiled_translation_file(language)
    ours, qt = CompiledTranslations.load(path), QTranslator()
    assert qt.load(str(path))
    source = ElementTree.parse(path.with_suffix(".ts")).getroot()
    compared = 0
    for context in source.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") == "yes" or message.findtext("comment"):
                continue
            text = message.findtext("source")
            assert ours.translate(name, text) == (qt.translate(name, text) or None), (name, text)
            compared += 1
    assert compared > 500
    assert ours.translate("cli", "a message the app never had") is None
    assert ours.translate("no such context", "options") is None


def test_a_file_that_is_not_a_compiled_translation_is_refused():
    with pytest.raises(ValueError):
        CompiledTranslations(b"not a translation")

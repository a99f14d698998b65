"""The files the app ships beside its code: fonts, compiled translations, icons and the guide.

In the sources (and an editable install) they are the project's top-level ``resources/`` and
``docs/guide/``; a wheel and a bundle carry the same files inside the package, as
``committee_app/resources/`` and ``committee_app/guide/``.
"""

from pathlib import Path

from .errors import UserError, translate

PACKAGE = Path(__file__).resolve().parent
SOURCE_TREE = PACKAGE.parent


class IncompleteInstallation(UserError):
    """A file the app ships is missing: the installation, not the user's data, is at fault."""


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resources_folder() -> Path:
    return _first_existing(PACKAGE / "resources", SOURCE_TREE / "resources")


def guide_folder() -> Path:
    return _first_existing(PACKAGE / "guide", SOURCE_TREE / "docs" / "guide")


def fonts_folder() -> Path:
    return resources_folder() / "fonts"


def translations_folder() -> Path:
    return resources_folder() / "translations"


def icons_folder() -> Path:
    return resources_folder() / "icons"


def shipped_file(path: Path) -> Path:
    """``path`` if it exists, else the error that says the installation is incomplete."""
    if not path.is_file():
        raise IncompleteInstallation(
            translate(
                "shipped_files",
                "This installation of Committee Desk is incomplete: {file} is missing. "
                "Install the app again from its package or bundle; your records are not affected.",
            ).format(file=path.name)
        )
    return path

"""Alembic, run programmatically: bring a store to the schema this version knows."""

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Enum, String
from sqlalchemy.engine import Connection

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"


def compare_column_types(context, inspected_column, metadata_column, inspected_type, metadata_type) -> bool | None:
    """Alembic's type comparison, except that an enum column stored as VARCHAR matches
    whatever its choices: SQLite does not enforce the length, so a new choice needs no
    table rebuild (and rebuilding a table other rows refer to would cascade to them)."""
    if isinstance(metadata_type, Enum) and isinstance(inspected_type, String):
        return False
    return None


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _revisions() -> tuple[str, frozenset[str]]:
    """(head, every revision) of the migrations shipped: read once, they never change in a run."""
    script = ScriptDirectory.from_config(alembic_config())
    return script.get_current_head(), frozenset(each.revision for each in script.walk_revisions())


def head_revision() -> str:
    return _revisions()[0]


def known_revision(revision: str) -> bool:
    """Exactly one of this version's revisions (Alembic itself would accept a prefix)."""
    return revision in _revisions()[1]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")

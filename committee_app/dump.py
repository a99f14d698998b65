"""The user's portable copy of all their records, as one JSON document."""

import json
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from sqlmodel import select

from . import __version__, schema
from .atomic import write_file_atomically
from .models import DERIVED_MEMBER_FIELDS, DUMP_TABLES
from .store import Store

DUMP_FORMAT = "committee-desk-dump"
DUMP_FORMAT_VERSION = 1


def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def dump_records(store: Store) -> dict:
    """Every record of every table, field names as in the model, parents first."""
    document = {
        "format": DUMP_FORMAT,
        "format_version": DUMP_FORMAT_VERSION,
        "schema_version": schema.head_revision(),
        "app_version": __version__,
    }
    with store.session() as session:
        for table in DUMP_TABLES:
            rows = session.exec(select(table).order_by(table.id))
            document[table.__tablename__] = [
                {name: _plain(value) for name, value in row.model_dump().items() if name not in DERIVED_MEMBER_FIELDS}
                for row in rows
            ]
    return document


def dump_json(store: Store) -> str:
    return json.dumps(dump_records(store), ensure_ascii=False, indent=2)


def write_dump(store: Store, path: Path) -> None:
    write_file_atomically(Path(path), (dump_json(store) + "\n").encode("utf-8"))

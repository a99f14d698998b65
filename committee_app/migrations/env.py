"""Alembic environment: migrations run in-process on a connection the store hands over."""

from alembic import context

from committee_app.models import SQLModel
from committee_app.schema import compare_column_types

# The full-text index and its shadow tables are created by hand in a migration;
# autogenerate must neither create nor drop them.
SEARCH_INDEX_PREFIX = "member_search"


def include_name(name, type_, parent_names):
    if type_ == "table":
        return not (name or "").startswith(SEARCH_INDEX_PREFIX)
    return True


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        include_name=include_name,
        render_as_batch=True,
        compare_type=compare_column_types,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

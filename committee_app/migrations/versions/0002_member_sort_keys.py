"""member sort keys: workplace and unit sort like names; indexes for every sortable column
and for the search key (short searches scan that index instead of the table)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 00:20:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

from committee_app.folding import sort_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_INDEXES = ("phone", "role", "joined_on", "sort_workplace", "sort_unit", "search_key")


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch rebuild: rebuilding `members` would drop the triggers
    # that keep the search index in step.
    for name in ("sort_workplace", "sort_unit"):
        op.add_column("members", sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, workplace, unit FROM members")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE members SET sort_workplace = :workplace, sort_unit = :unit WHERE id = :id"),
            [{"id": row.id, "workplace": sort_key(row.workplace), "unit": sort_key(row.unit)} for row in rows],
        )
    for name in NEW_INDEXES:
        op.create_index(op.f(f"ix_members_{name}"), "members", [name], unique=False)


def downgrade() -> None:
    for name in NEW_INDEXES:
        op.drop_index(op.f(f"ix_members_{name}"), table_name="members")
    with op.batch_alter_table("members") as batch_op:
        batch_op.drop_column("sort_unit")
        batch_op.drop_column("sort_workplace")

"""who is in the hall: how many may take part, how many signed in besides the members,
and the invited guests by name; the majority of those registered; demands presented and
under negotiation

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 06:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: existing assemblies keep their meaning (entitled NULL: the active
    # members; nobody signed in besides them).
    op.add_column("assemblies", sa.Column("entitled", sa.Integer(), nullable=True))
    op.add_column("assemblies", sa.Column("registered_others", sa.Integer(), nullable=False, server_default="0"))
    op.add_column(
        "assemblies", sa.Column("guests_names", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
    )
    # "Absolute" now means more than half of those entitled. Until now it meant more than
    # half of those present, which is the new "majority of those registered".
    op.execute(sa.text("UPDATE votes SET majority_rule = 'registered_majority' WHERE majority_rule = 'absolute'"))
    # The new choices of `majority_rule` and the demand statuses need no change of the
    # columns: SQLite stores the enum as VARCHAR and does not enforce its length.


def downgrade() -> None:
    op.execute(sa.text("UPDATE votes SET majority_rule = 'absolute' WHERE majority_rule = 'registered_majority'"))
    for table, column in (("demands", "status"), ("demand_events", "from_status"), ("demand_events", "to_status")):
        op.execute(
            sa.text(f"UPDATE {table} SET {column} = 'adopted' WHERE {column} IN ('presented', 'under_negotiation')")
        )
    # Plain DROP COLUMN, not a batch rebuild: dropping `assemblies` to rebuild it would
    # cascade to its agenda items and attendance.
    for column in ("guests_names", "registered_others", "entitled"):
        op.execute(sa.text(f"ALTER TABLE assemblies DROP COLUMN {column}"))

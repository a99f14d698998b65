"""erasing a person: the number a member erased completely is shown by, and the history of
erasures (when, and how many records held the person; never who)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch rebuild: rebuilding `members` would drop the triggers
    # that keep the search index in step.
    op.add_column("members", sa.Column("erased_number", sa.Integer(), nullable=True))
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("records_changed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )


def downgrade() -> None:
    op.drop_table("erasures")
    # Plain DROP COLUMN, for the same reason as above.
    op.execute(sa.text("ALTER TABLE members DROP COLUMN erased_number"))

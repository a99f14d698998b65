"""running an assembly live: each speaker's time, the item the live view is on and each
item's time on the floor, the speakers lists of the agenda items, and the counters' tally
sheets of a hand count

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("assemblies", sa.Column("speaking_limit_seconds", sa.Integer(), nullable=False, server_default="180"))
    op.add_column("assemblies", sa.Column("live_item_id", sa.Integer(), nullable=True))
    op.add_column("assemblies", sa.Column("live_since", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column("agenda_items", sa.Column("live_seconds", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "vote_tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("sheet_number", sa.Integer(), nullable=False),
        sa.Column("sector", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("votes_abstain", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["vote_id"], ["votes.id"], name=op.f("fk_vote_tallies_vote_id_votes"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_tallies")),
        sa.UniqueConstraint("uuid", name=op.f("uq_vote_tallies_uuid")),
        sa.UniqueConstraint("vote_id", "sheet_number", name="uq_vote_tallies_vote_sheet"),
    )
    with op.batch_alter_table("vote_tallies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_tallies_vote_id"), ["vote_id"], unique=False)
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("state", sa.Enum("waiting", "speaking", "spoke", name="speakerstate"), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("spoke_seconds", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_speakers_agenda_item_id_agenda_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_speakers_member_id_members")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speakers")),
        sa.UniqueConstraint("uuid", name=op.f("uq_speakers_uuid")),
    )
    with op.batch_alter_table("speakers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speakers_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_speakers_member_id"), ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_table("speakers")
    op.drop_table("vote_tallies")
    # Plain DROP COLUMN, not a batch rebuild of a table other tables refer to.
    op.execute(sa.text("ALTER TABLE agenda_items DROP COLUMN live_seconds"))
    op.execute(sa.text("ALTER TABLE assemblies DROP COLUMN live_since"))
    op.execute(sa.text("ALTER TABLE assemblies DROP COLUMN live_item_id"))
    op.execute(sa.text("ALTER TABLE assemblies DROP COLUMN speaking_limit_seconds"))

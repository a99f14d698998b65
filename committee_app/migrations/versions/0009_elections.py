"""elections on agenda items (the office, its seats, the quota, how the ballot is cast and the
counting commission's figures), their candidates in ballot order with the votes counted, and
the mandates the elected hold, with their recall; and what the speaker on the floor said, kept
as it is typed until they finish

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("speakers", sa.Column("said", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""))
    op.create_table(
        "elections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("office", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("quota", sa.Enum("most_votes", "registered_majority", name="electionquota"), nullable=False),
        sa.Column("ballot_kind", sa.Enum("open", "secret", name="ballotkind"), nullable=False),
        sa.Column("ballots_issued", sa.Integer(), nullable=True),
        sa.Column("ballots_found", sa.Integer(), nullable=True),
        sa.Column("ballots_invalid", sa.Integer(), nullable=True),
        sa.Column("counting_commission", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("mandate_from", sa.Date(), nullable=True),
        sa.Column("mandate_until", sa.Date(), nullable=True),
        sa.Column("declared_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_elections_agenda_item_id_agenda_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_elections")),
        # One election an item: its unique index is the one the item's election is found by.
        sa.UniqueConstraint("agenda_item_id", name=op.f("uq_elections_agenda_item_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_elections_uuid")),
    )
    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["election_id"], ["elections.id"], name=op.f("fk_candidates_election_id_elections"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_candidates_member_id_members")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
        sa.UniqueConstraint("uuid", name=op.f("uq_candidates_uuid")),
    )
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidates_election_id"), ["election_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidates_member_id"), ["member_id"], unique=False)
    op.create_table(
        "mandates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("office", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("election_id", sa.Integer(), nullable=True),
        sa.Column("recalled_on", sa.Date(), nullable=True),
        sa.Column("recall_vote_id", sa.Integer(), nullable=True),
        sa.Column("recall_note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"], ["elections.id"], name=op.f("fk_mandates_election_id_elections"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_mandates_member_id_members")),
        sa.ForeignKeyConstraint(
            ["recall_vote_id"], ["votes.id"], name=op.f("fk_mandates_recall_vote_id_votes"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandates")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mandates_uuid")),
    )
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mandates_election_id"), ["election_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mandates_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mandates_recall_vote_id"), ["recall_vote_id"], unique=False)


def downgrade() -> None:
    op.drop_table("mandates")
    op.drop_table("candidates")
    op.drop_table("elections")
    # Plain DROP COLUMN, not a batch rebuild of a table other tables refer to.
    op.execute(sa.text("ALTER TABLE speakers DROP COLUMN said"))

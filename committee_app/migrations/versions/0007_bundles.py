"""records received in bundles: a council's committees and what they sent (held assemblies
as counts, resolutions and their votes, adopted demands and their history, delegates' names
when included), and in a committee what its council sent back

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("bundle_imports",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("source_uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("source_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("source_kind", sa.Enum("workplace", "territorial", "council", name="committeekind"), nullable=False),
    sa.Column("locality", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("enterprise", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("made_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("imported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_imports")),
    sa.UniqueConstraint("source_uuid", name=op.f("uq_bundle_imports_source_uuid"))
    )
    op.create_table("shared_assemblies",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("source_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("kind", sa.Enum("general_assembly", "committee_meeting", "delegates_council", "rally", name="assemblykind"), nullable=False),
    sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("starts_at", sa.DateTime(), nullable=True),
    sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("entitled", sa.Integer(), nullable=False),
    sa.Column("registered", sa.Integer(), nullable=False),
    sa.Column("quorum_reached", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["source_id"], ["bundle_imports.id"], name=op.f("fk_shared_assemblies_source_id_bundle_imports"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_assemblies")),
    sa.UniqueConstraint("uuid", name=op.f("uq_shared_assemblies_uuid"))
    )
    with op.batch_alter_table("shared_assemblies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shared_assemblies_source_id"), ["source_id"], unique=False)

    op.create_table("shared_delegates",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("source_id", sa.Integer(), nullable=False),
    sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(["source_id"], ["bundle_imports.id"], name=op.f("fk_shared_delegates_source_id_bundle_imports"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_delegates")),
    sa.UniqueConstraint("uuid", name=op.f("uq_shared_delegates_uuid"))
    )
    with op.batch_alter_table("shared_delegates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shared_delegates_source_id"), ["source_id"], unique=False)

    op.create_table("shared_resolutions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("assembly_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("decided", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(["assembly_id"], ["shared_assemblies.id"], name=op.f("fk_shared_resolutions_assembly_id_shared_assemblies"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_resolutions")),
    sa.UniqueConstraint("uuid", name=op.f("uq_shared_resolutions_uuid"))
    )
    with op.batch_alter_table("shared_resolutions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shared_resolutions_assembly_id"), ["assembly_id"], unique=False)

    op.create_table("shared_votes",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("resolution_id", sa.Integer(), nullable=False),
    sa.Column("question", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column("votes_for", sa.Integer(), nullable=False),
    sa.Column("votes_against", sa.Integer(), nullable=False),
    sa.Column("votes_abstain", sa.Integer(), nullable=False),
    sa.Column("outcome", sa.Enum("carried", "failed", name="voteoutcome"), nullable=False),
    sa.ForeignKeyConstraint(["resolution_id"], ["shared_resolutions.id"], name=op.f("fk_shared_votes_resolution_id_shared_resolutions"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_votes")),
    sa.UniqueConstraint("uuid", name=op.f("uq_shared_votes_uuid"))
    )
    with op.batch_alter_table("shared_votes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shared_votes_resolution_id"), ["resolution_id"], unique=False)

    op.create_table("shared_demands",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("source_id", sa.Integer(), nullable=False),
    sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("category", sa.Enum("wages", "conditions", "union_rights", "political", "social", "other", name="demandcategory"), nullable=False),
    sa.Column("status", sa.Enum("proposed", "adopted", "presented", "under_negotiation", "rejected", "withdrawn", "met", "partially_met", "refused", name="demandstatus"), nullable=False),
    sa.Column("priority", sa.Integer(), nullable=False),
    sa.Column("addressed_to", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("presented_on", sa.Date(), nullable=True),
    sa.Column("deadline", sa.Date(), nullable=True),
    sa.Column("response", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("adopted_on", sa.Date(), nullable=True),
    sa.Column("adopted_at_assembly", sa.Integer(), nullable=True),
    sa.Column("votes_for", sa.Integer(), nullable=True),
    sa.Column("votes_against", sa.Integer(), nullable=True),
    sa.Column("votes_abstain", sa.Integer(), nullable=True),
    sa.Column("common_demand_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["common_demand_id"], ["demands.id"], name=op.f("fk_shared_demands_common_demand_id_demands"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["source_id"], ["bundle_imports.id"], name=op.f("fk_shared_demands_source_id_bundle_imports"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_demands")),
    sa.UniqueConstraint("uuid", name=op.f("uq_shared_demands_uuid"))
    )
    with op.batch_alter_table("shared_demands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shared_demands_common_demand_id"), ["common_demand_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shared_demands_source_id"), ["source_id"], unique=False)

    op.create_table("shared_demand_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("demand_id", sa.Integer(), nullable=False),
    sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("from_status", sa.Enum("proposed", "adopted", "presented", "under_negotiation", "rejected", "withdrawn", "met", "partially_met", "refused", name="demandstatus"), nullable=True),
    sa.Column("to_status", sa.Enum("proposed", "adopted", "presented", "under_negotiation", "rejected", "withdrawn", "met", "partially_met", "refused", name="demandstatus"), nullable=False),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(["demand_id"], ["shared_demands.id"], name=op.f("fk_shared_demand_events_demand_id_shared_demands"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_demand_events")),
    sa.UniqueConstraint("uuid", name=op.f("uq_shared_demand_events_uuid"))
    )
    with op.batch_alter_table("shared_demand_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shared_demand_events_demand_id"), ["demand_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("shared_demand_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_demand_events_demand_id"))

    op.drop_table("shared_demand_events")
    with op.batch_alter_table("shared_demands", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_demands_source_id"))
        batch_op.drop_index(batch_op.f("ix_shared_demands_common_demand_id"))

    op.drop_table("shared_demands")
    with op.batch_alter_table("shared_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_votes_resolution_id"))

    op.drop_table("shared_votes")
    with op.batch_alter_table("shared_resolutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_resolutions_assembly_id"))

    op.drop_table("shared_resolutions")
    with op.batch_alter_table("shared_delegates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_delegates_source_id"))

    op.drop_table("shared_delegates")
    with op.batch_alter_table("shared_assemblies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_assemblies_source_id"))

    op.drop_table("shared_assemblies")
    op.drop_table("bundle_imports")

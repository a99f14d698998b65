"""backup bookkeeping: the separate backup passphrase, and the backups verified

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 02:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backup_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("separate_passphrase", sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_settings")),
    )
    op.create_table(
        "verified_backups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("verified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("assemblies", sa.Integer(), nullable=False),
        sa.Column("demands", sa.Integer(), nullable=False),
        sa.Column("made_here", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verified_backups")),
    )
    op.create_index(op.f("ix_verified_backups_file_name"), "verified_backups", ["file_name"], unique=False)
    op.create_index(op.f("ix_verified_backups_verified_at"), "verified_backups", ["verified_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_verified_backups_verified_at"), table_name="verified_backups")
    op.drop_index(op.f("ix_verified_backups_file_name"), table_name="verified_backups")
    op.drop_table("verified_backups")
    op.drop_table("backup_settings")

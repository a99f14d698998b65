"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 23:24:45.427544
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('committee_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('kind', sa.Enum('workplace', 'territorial', 'council', name='committeekind'), nullable=False),
    sa.Column('locality', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('enterprise', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('default_language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('default_quorum_rule', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_profile')),
    sa.UniqueConstraint('uuid', name=op.f('uq_committee_profile_uuid'))
    )
    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('workplace', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('occupation', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('role', sa.Enum('chair', 'deputy_chair', 'secretary', 'treasurer', 'delegate', 'member', name='memberrole'), nullable=False),
    sa.Column('status', sa.Enum('active', 'inactive', 'left', name='memberstatus'), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('search_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sort_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('uuid', name=op.f('uq_members_uuid'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_sort_name'), ['sort_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_status'), ['status'], unique=False)

    # Substring search over the members' case-folded key: the trigram tokenizer matches any
    # part of a word, Cyrillic and Kazakh included. Triggers keep it in step with `members`.
    op.execute(
        "CREATE VIRTUAL TABLE member_search USING fts5("
        "search_key, content='members', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN "
        "INSERT INTO member_search(rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN "
        "INSERT INTO member_search(member_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER members_search_update AFTER UPDATE OF search_key ON members BEGIN "
        "INSERT INTO member_search(member_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
        "INSERT INTO member_search(rowid, search_key) VALUES (new.id, new.search_key); END"
    )

    op.create_table('assemblies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('general_assembly', 'committee_meeting', 'delegates_council', 'rally', name='assemblykind'), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', name='assemblystatus'), nullable=False),
    sa.Column('quorum_rule', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('guests_count', sa.Integer(), nullable=False),
    sa.Column('opening_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closing_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['members.id'], name=op.f('fk_assemblies_chair_id_members')),
    sa.ForeignKeyConstraint(['secretary_id'], ['members.id'], name=op.f('fk_assemblies_secretary_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assemblies')),
    sa.UniqueConstraint('number', name=op.f('uq_assemblies_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_assemblies_uuid'))
    )
    with op.batch_alter_table('assemblies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assemblies_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assemblies_secretary_id'), ['secretary_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('details', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('presenter_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('heard', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spoke', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], name=op.f('fk_agenda_items_assembly_id_assemblies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_id'], ['members.id'], name=op.f('fk_agenda_items_presenter_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_items_uuid'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_assembly_id'), ['assembly_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_presenter_id'), ['presenter_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('presence', sa.Enum('present', 'excused', 'absent', name='presence'), nullable=False),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], name=op.f('fk_attendance_assembly_id_assemblies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_attendance_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('assembly_id', 'member_id', name='uq_attendance_assembly_member'),
    sa.UniqueConstraint('uuid', name=op.f('uq_attendance_uuid'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_assembly_id'), ['assembly_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('action_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'dropped', name='actionstatus'), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_action_items_agenda_item_id_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['assignee_id'], ['members.id'], name=op.f('fk_action_items_assignee_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items')),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_items_uuid'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_items_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_status'), ['status'], unique=False)

    op.create_table('votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('votes_abstain', sa.Integer(), nullable=False),
    sa.Column('majority_rule', sa.Enum('simple', 'absolute', 'two_thirds', name='majorityrule'), nullable=False),
    sa.Column('outcome', sa.Enum('carried', 'failed', name='voteoutcome'), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_votes_agenda_item_id_agenda_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes')),
    sa.UniqueConstraint('uuid', name=op.f('uq_votes_uuid'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('demands',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sa.Enum('wages', 'conditions', 'union_rights', 'political', 'social', 'other', name='demandcategory'), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'adopted', 'rejected', 'withdrawn', 'met', 'partially_met', 'refused', name='demandstatus'), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('adopted_by_vote_id', sa.Integer(), nullable=True),
    sa.Column('addressed_to', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('presented_on', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('response', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['adopted_by_vote_id'], ['votes.id'], name=op.f('fk_demands_adopted_by_vote_id_votes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demands')),
    sa.UniqueConstraint('uuid', name=op.f('uq_demands_uuid'))
    )
    with op.batch_alter_table('demands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demands_adopted_by_vote_id'), ['adopted_by_vote_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_demands_status'), ['status'], unique=False)

    op.create_table('demand_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('demand_id', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('from_status', sa.Enum('proposed', 'adopted', 'rejected', 'withdrawn', 'met', 'partially_met', 'refused', name='demandstatus'), nullable=True),
    sa.Column('to_status', sa.Enum('proposed', 'adopted', 'rejected', 'withdrawn', 'met', 'partially_met', 'refused', name='demandstatus'), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['demand_id'], ['demands.id'], name=op.f('fk_demand_events_demand_id_demands'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_events')),
    sa.UniqueConstraint('uuid', name=op.f('uq_demand_events_uuid'))
    )
    with op.batch_alter_table('demand_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demand_events_demand_id'), ['demand_id'], unique=False)



def downgrade() -> None:
    for trigger in ("members_search_insert", "members_search_delete", "members_search_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS member_search")
    with op.batch_alter_table('demand_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demand_events_demand_id'))

    op.drop_table('demand_events')
    with op.batch_alter_table('demands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demands_status'))
        batch_op.drop_index(batch_op.f('ix_demands_adopted_by_vote_id'))

    op.drop_table('demands')
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_agenda_item_id'))

    op.drop_table('votes')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_items_status'))
        batch_op.drop_index(batch_op.f('ix_action_items_assignee_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_agenda_item_id'))

    op.drop_table('action_items')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_assembly_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_presenter_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_assembly_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('assemblies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assemblies_secretary_id'))
        batch_op.drop_index(batch_op.f('ix_assemblies_chair_id'))

    op.drop_table('assemblies')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_status'))
        batch_op.drop_index(batch_op.f('ix_members_sort_name'))

    op.drop_table('members')
    op.drop_table('committee_profile')

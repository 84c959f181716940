"""Ready for the team database: versions, tombstones, a uuid for candidacy events, and on
PostgreSQL a tsvector search column and the server's change sequence.

Runs on SQLite (batch mode) and PostgreSQL alike; what only one side has is behind a dialect
check. See docs/SYNC.md for why the other child tables travel inside their parent.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 08:10:00
"""

import uuid

import sqlalchemy as sa
from alembic import op

from coachdesk.db.search import PG_SEARCH_CREATE, PG_SEARCH_DROP
from coachdesk.db.sequence import PG_CHANGE_SEQ_CREATE, PG_CHANGE_SEQ_DROP

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TRACKED = (
    'action', 'assessment', 'candidacy', 'contact_moment', 'criterion', 'municipality',
    'organisation', 'person', 'proposal', 'proposal_version', 'region', 'review_comment',
    'stage', 'stage_change',
)


def _add_sync_columns(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('synced_version', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('change_seq', sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f(f'ix_{table}_change_seq'), ['change_seq'], unique=False)


def _candidacy_event_becomes_tracked() -> None:
    with op.batch_alter_table('candidacy_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uuid', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text('SELECT id FROM candidacy_event'))]
    if ids:
        bind.execute(sa.text('UPDATE candidacy_event SET uuid = :u WHERE id = :i'),
                     [{'u': str(uuid.uuid4()), 'i': i} for i in ids])
    op.execute('UPDATE candidacy_event SET updated_at = created_at')
    with op.batch_alter_table('candidacy_event', schema=None) as batch_op:
        batch_op.alter_column('uuid', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_candidacy_event_uuid'), ['uuid'])
    _add_sync_columns('candidacy_event')


def upgrade() -> None:
    for table in TRACKED:
        _add_sync_columns(table)
    _candidacy_event_becomes_tracked()
    op.create_table('tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('synced_version', sa.Integer(), nullable=True),
    sa.Column('change_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone')),
    sa.UniqueConstraint('uuid', 'table_name', name=op.f('uq_tombstone_uuid'))
    )
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstone_change_seq'), ['change_seq'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        for statement in (*PG_SEARCH_CREATE, *PG_CHANGE_SEQ_CREATE):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for statement in (*PG_CHANGE_SEQ_DROP, *PG_SEARCH_DROP):
            op.execute(statement)
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstone_change_seq'))
    op.drop_table('tombstone')
    for table in (*TRACKED, 'candidacy_event'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_change_seq'))
            batch_op.drop_column('change_seq')
            batch_op.drop_column('synced_version')
            batch_op.drop_column('version')
    with op.batch_alter_table('candidacy_event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_candidacy_event_uuid'), type_='unique')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('uuid')

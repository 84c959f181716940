"""Synchronising's bookkeeping: shadows and conflicts (laptop), applied batches (server).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_batch',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_sync_batch'))
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('mine', sa.Text(), nullable=False),
    sa.Column('theirs', sa.Text(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_uuid'), ['uuid'], unique=False)
    op.create_table('sync_shadow',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'uuid', name=op.f('pk_sync_shadow'))
    )


def downgrade() -> None:
    op.drop_table('sync_shadow')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_uuid'))
    op.drop_table('sync_conflict')
    op.drop_table('sync_batch')

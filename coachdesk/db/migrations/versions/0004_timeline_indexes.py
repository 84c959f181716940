"""Indexes for a region's story read newest first: its contact moments by day, its actions by
creation and by completion (the Tijdlijn's first page, the Overzicht's last contact per region).

With them both engines walk one region's entries in date order and stop after a page, instead
of sorting all of a busy region's rows (Regio Gent: 8,000 moments of 100,000 on the large demo).
The `id` column closes each index so the tie-break (`ORDER BY day DESC, id DESC`) is covered
too; SQLite would add its rowid anyway, PostgreSQL needs it spelt out. Plain B-tree indexes:
the same statements run on SQLite and PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 11:00:00
"""

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

INDEXES = (
    ('ix_contact_moment_region_day', 'contact_moment', ['region_id', 'happened_on', 'id']),
    ('ix_action_region_created', 'action', ['region_id', 'created_at', 'id']),
    ('ix_action_region_done', 'action', ['region_id', 'done_on', 'id']),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)

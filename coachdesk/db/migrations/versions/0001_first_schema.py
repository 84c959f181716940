"""First schema: the whole data model, plus full-text search over contact moments.

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 15:14:19.740288
"""

from alembic import op
import sqlalchemy as sa

from coachdesk.db.fts import FTS_CREATE, FTS_DROP


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('criterion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion')),
    sa.UniqueConstraint('uuid', name=op.f('uq_criterion_uuid'))
    )
    op.create_table('db_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_db_meta'))
    )
    op.create_table('erasure_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('erased_at', sa.DateTime(), nullable=False),
    sa.Column('moments_kept', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_record'))
    )
    op.create_table('handoff_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('export_id', sa.String(length=36), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('regions', sa.Text(), nullable=False),
    sa.Column('personal_data', sa.Boolean(), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoff_export')),
    sa.UniqueConstraint('export_id', name=op.f('uq_handoff_export_export_id'))
    )
    op.create_table('region',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('next_step', sa.Text(), nullable=False),
    sa.Column('next_step_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region')),
    sa.UniqueConstraint('code', name=op.f('uq_region_code')),
    sa.UniqueConstraint('name', name=op.f('uq_region_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_region_uuid'))
    )
    op.create_table('stage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage')),
    sa.UniqueConstraint('key', name=op.f('uq_stage_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stage_uuid'))
    )
    op.create_table('candidacy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_candidacy_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidacy')),
    sa.UniqueConstraint('uuid', name=op.f('uq_candidacy_uuid'))
    )
    with op.batch_alter_table('candidacy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidacy_region_id'), ['region_id'], unique=False)

    op.create_table('contact_moment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('report', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_contact_moment_region_id_region'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_moment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_moment_uuid'))
    )
    with op.batch_alter_table('contact_moment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_moment_happened_on'), ['happened_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_moment_region_id'), ['region_id'], unique=False)

    op.create_table('municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nis_code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=60), nullable=False),
    sa.Column('reference_region', sa.String(length=60), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('membership_status', sa.String(length=20), nullable=False),
    sa.Column('status_since', sa.Date(), nullable=True),
    sa.Column('membership_note', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_municipality_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality')),
    sa.UniqueConstraint('nis_code', name=op.f('uq_municipality_nis_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_municipality_uuid'))
    )
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_municipality_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_municipality_region_id'), ['region_id'], unique=False)

    op.create_table('proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('partners', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_proposal_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal')),
    sa.UniqueConstraint('region_id', name=op.f('uq_proposal_region_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_proposal_uuid'))
    )
    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('source_moment_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status != 'done' OR done_on IS NOT NULL", name=op.f('ck_action_done_has_date')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_action_region_id_region'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_moment_id'], ['contact_moment.id'], name=op.f('fk_action_source_moment_id_contact_moment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_uuid'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_region_id'), ['region_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_source_moment_id'), ['source_moment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_status'), ['status'], unique=False)

    op.create_table('candidacy_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidacy_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['candidacy_id'], ['candidacy.id'], name=op.f('fk_candidacy_event_candidacy_id_candidacy'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidacy_event'))
    )
    with op.batch_alter_table('candidacy_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidacy_event_candidacy_id'), ['candidacy_id'], unique=False)

    op.create_table('candidacy_municipality',
    sa.Column('candidacy_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['candidacy_id'], ['candidacy.id'], name=op.f('fk_candidacy_municipality_candidacy_id_candidacy'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_candidacy_municipality_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('candidacy_id', 'municipality_id', name=op.f('pk_candidacy_municipality'))
    )
    op.create_table('former_municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nis_code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_former_municipality_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_former_municipality')),
    sa.UniqueConstraint('nis_code', 'municipality_id', name=op.f('uq_former_municipality_nis_code'))
    )
    with op.batch_alter_table('former_municipality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_former_municipality_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_former_municipality_name'), ['name'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('company_number', sa.String(length=20), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_organisation_municipality_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_organisation_region_id_region'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organisation_uuid'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_region_id'), ['region_id'], unique=False)

    op.create_table('proposal_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('text_status', sa.String(length=20), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_version_proposal_id_proposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_version')),
    sa.UniqueConstraint('proposal_id', 'number', name=op.f('uq_proposal_version_proposal_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_proposal_version_uuid'))
    )
    with op.batch_alter_table('proposal_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_version_proposal_id'), ['proposal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_version_sha256'), ['sha256'], unique=False)

    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.String(length=20), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_assessment_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['version_id'], ['proposal_version.id'], name=op.f('fk_assessment_version_id_proposal_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_assessment_uuid')),
    sa.UniqueConstraint('version_id', 'criterion_id', name=op.f('uq_assessment_version_id'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_version_id'), ['version_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.String(length=30), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_person_region_id_region'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_uuid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_region_id'), ['region_id'], unique=False)

    op.create_table('proposal_file',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['proposal_version.id'], name=op.f('fk_proposal_file_version_id_proposal_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('version_id', name=op.f('pk_proposal_file'))
    )
    op.create_table('review_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolved_in_version_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_review_comment_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['resolved_in_version_id'], ['proposal_version.id'], name=op.f('fk_review_comment_resolved_in_version_id_proposal_version'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['proposal_version.id'], name=op.f('fk_review_comment_version_id_proposal_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_comment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_review_comment_uuid'))
    )
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_comment_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_comment_version_id'), ['version_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('from_stage_id', sa.Integer(), nullable=True),
    sa.Column('to_stage_id', sa.Integer(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('evidence_moment_id', sa.Integer(), nullable=True),
    sa.Column('evidence_version_id', sa.Integer(), nullable=True),
    sa.Column('evidence_note', sa.Text(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['stage_change.id'], name=op.f('fk_stage_change_corrects_id_stage_change')),
    sa.ForeignKeyConstraint(['evidence_moment_id'], ['contact_moment.id'], name=op.f('fk_stage_change_evidence_moment_id_contact_moment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['evidence_version_id'], ['proposal_version.id'], name=op.f('fk_stage_change_evidence_version_id_proposal_version'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['from_stage_id'], ['stage.id'], name=op.f('fk_stage_change_from_stage_id_stage')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_stage_change_region_id_region')),
    sa.ForeignKeyConstraint(['to_stage_id'], ['stage.id'], name=op.f('fk_stage_change_to_stage_id_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_change')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stage_change_uuid'))
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_change_region_id'), ['region_id'], unique=False)

    op.create_table('contact_participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('moment_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['moment_id'], ['contact_moment.id'], name=op.f('fk_contact_participant_moment_id_contact_moment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_contact_participant_municipality_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_participant_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_contact_participant_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_participant'))
    )
    with op.batch_alter_table('contact_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_participant_moment_id'), ['moment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_participant_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_participant_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_participant_person_id'), ['person_id'], unique=False)


    if op.get_bind().dialect.name == "sqlite":  # the team database searches with tsvector (0002)
        for statement in FTS_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_DROP:
            op.execute(statement)
    with op.batch_alter_table('contact_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_contact_participant_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_contact_participant_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_contact_participant_moment_id'))

    op.drop_table('contact_participant')
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_region_id'))
        batch_op.drop_index(batch_op.f('ix_stage_change_corrects_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_comment_version_id'))
        batch_op.drop_index(batch_op.f('ix_review_comment_criterion_id'))

    op.drop_table('review_comment')
    op.drop_table('proposal_file')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_region_id'))
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_person_name'))
        batch_op.drop_index(batch_op.f('ix_person_email'))

    op.drop_table('person')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_version_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_criterion_id'))

    op.drop_table('assessment')
    with op.batch_alter_table('proposal_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_version_sha256'))
        batch_op.drop_index(batch_op.f('ix_proposal_version_proposal_id'))

    op.drop_table('proposal_version')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_region_id'))
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_municipality_id'))

    op.drop_table('organisation')
    with op.batch_alter_table('former_municipality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_former_municipality_name'))
        batch_op.drop_index(batch_op.f('ix_former_municipality_municipality_id'))

    op.drop_table('former_municipality')
    op.drop_table('candidacy_municipality')
    with op.batch_alter_table('candidacy_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidacy_event_candidacy_id'))

    op.drop_table('candidacy_event')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_status'))
        batch_op.drop_index(batch_op.f('ix_action_source_moment_id'))
        batch_op.drop_index(batch_op.f('ix_action_region_id'))
        batch_op.drop_index(batch_op.f('ix_action_due_on'))

    op.drop_table('action')
    op.drop_table('proposal')
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_municipality_region_id'))
        batch_op.drop_index(batch_op.f('ix_municipality_name'))

    op.drop_table('municipality')
    with op.batch_alter_table('contact_moment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_moment_region_id'))
        batch_op.drop_index(batch_op.f('ix_contact_moment_happened_on'))

    op.drop_table('contact_moment')
    with op.batch_alter_table('candidacy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidacy_region_id'))

    op.drop_table('candidacy')
    op.drop_table('stage')
    op.drop_table('region')
    op.drop_table('handoff_export')
    op.drop_table('erasure_record')
    op.drop_table('db_meta')
    op.drop_table('criterion')

"""The team: steps toward work, in-work-at-referral, job type, team pseudonyms, the
team's keys and roster, the imported team data and the team employer register.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('team_id', sa.String(length=32), nullable=False),
    sa.Column('team_name', sa.String(length=200), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('member_name', sa.String(length=200), nullable=False),
    sa.Column('secret_key', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('leader_public_key', sa.String(length=64), nullable=False),
    sa.Column('leader_secret_key', sa.String(length=64), nullable=False),
    sa.Column('team_key', sa.String(length=64), nullable=False),
    sa.Column('ref_secret', sa.String(length=64), nullable=False),
    sa.Column('joined_at', sa.String(length=32), nullable=False),
    sa.Column('last_export_at', sa.String(length=32), nullable=True),
    sa.Column('register_exported_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_identity'))
    )
    op.create_table('team_member',
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team_id', sa.String(length=32), nullable=False),
    sa.Column('caseload', sa.Integer(), nullable=False),
    sa.Column('fte_percent', sa.Integer(), nullable=False),
    sa.Column('exported_at', sa.String(length=32), nullable=False),
    sa.Column('imported_at', sa.String(length=32), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('own_store', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_team_member'))
    )
    op.create_table('team_register_employer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('match_key', sa.String(length=220), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('business_id', sa.String(length=9), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_register_employer')),
    sa.UniqueConstraint('match_key', name=op.f('uq_team_register_employer_match_key'))
    )
    op.create_table('team_roster',
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.Column('invited_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_team_roster'))
    )
    op.create_table('steptowardwork',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_steptowardwork_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steptowardwork'))
    )
    with op.batch_alter_table('steptowardwork', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_steptowardwork_client_id'), ['client_id'], unique=False)

    op.create_table('team_client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('severe_mental_illness', sa.Boolean(), nullable=False),
    sa.Column('referral_date', sa.Date(), nullable=True),
    sa.Column('agreement_date', sa.Date(), nullable=True),
    sa.Column('in_work_at_referral', sa.Boolean(), nullable=False),
    sa.Column('phase', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_client_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_client')),
    sa.UniqueConstraint('member_id', 'code', name=op.f('uq_team_client_member_id'))
    )
    with op.batch_alter_table('team_client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_client_member_id'), ['member_id'], unique=False)

    op.create_table('team_employer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('employer_ref', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('business_id', sa.String(length=9), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_employer_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_employer'))
    )
    with op.batch_alter_table('team_employer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_employer_member_id'), ['member_id'], unique=False)

    op.create_table('team_employer_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('contact_ref', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('employer_ref', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_employer_contact_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_employer_contact'))
    )
    with op.batch_alter_table('team_employer_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_employer_contact_member_id'), ['member_id'], unique=False)

    op.create_table('team_employer_contact_client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('contact_ref', sa.String(length=20), nullable=False),
    sa.Column('client_code', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_employer_contact_client_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_employer_contact_client'))
    )
    with op.batch_alter_table('team_employer_contact_client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_employer_contact_client_member_id'), ['member_id'], unique=False)

    op.create_table('team_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('client_code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('from_phase', sa.Integer(), nullable=True),
    sa.Column('to_phase', sa.Integer(), nullable=True),
    sa.Column('with_whom', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=20), nullable=False),
    sa.Column('job_ref', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_event_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_event'))
    )
    with op.batch_alter_table('team_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_event_client_code'), ['client_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_event_member_id'), ['member_id'], unique=False)

    op.create_table('team_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('client_code', sa.String(length=20), nullable=False),
    sa.Column('job_ref', sa.String(length=20), nullable=False),
    sa.Column('employer_ref', sa.String(length=20), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('open_market', sa.Boolean(), nullable=False),
    sa.Column('wage_subsidy', sa.Boolean(), nullable=False),
    sa.Column('hours_band', sa.String(length=10), nullable=False),
    sa.Column('job_type', sa.String(length=2), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_job_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_job'))
    )
    with op.batch_alter_table('team_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_job_client_code'), ['client_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_job_member_id'), ['member_id'], unique=False)

    op.create_table('team_pseudonym',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_team_pseudonym_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_team_pseudonym')),
    sa.UniqueConstraint('code', name=op.f('uq_team_pseudonym_code'))
    )
    op.create_table('team_register_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('member_name', sa.String(length=200), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['team_register_employer.id'], name=op.f('fk_team_register_contact_employer_id_team_register_employer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_register_contact'))
    )
    with op.batch_alter_table('team_register_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_register_contact_employer_id'), ['employer_id'], unique=False)

    op.create_table('team_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=32), nullable=False),
    sa.Column('client_code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.member_id'], name=op.f('fk_team_step_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_step'))
    )
    with op.batch_alter_table('team_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_step_client_code'), ['client_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_step_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_work_at_referral', sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.add_column(sa.Column('job_type', sa.String(length=2), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.drop_column('job_type')

    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('in_work_at_referral')

    with op.batch_alter_table('team_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_step_member_id'))
        batch_op.drop_index(batch_op.f('ix_team_step_client_code'))

    op.drop_table('team_step')
    with op.batch_alter_table('team_register_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_register_contact_employer_id'))

    op.drop_table('team_register_contact')
    op.drop_table('team_pseudonym')
    with op.batch_alter_table('team_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_job_member_id'))
        batch_op.drop_index(batch_op.f('ix_team_job_client_code'))

    op.drop_table('team_job')
    with op.batch_alter_table('team_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_event_member_id'))
        batch_op.drop_index(batch_op.f('ix_team_event_client_code'))

    op.drop_table('team_event')
    with op.batch_alter_table('team_employer_contact_client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_employer_contact_client_member_id'))

    op.drop_table('team_employer_contact_client')
    with op.batch_alter_table('team_employer_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_employer_contact_member_id'))

    op.drop_table('team_employer_contact')
    with op.batch_alter_table('team_employer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_employer_member_id'))

    op.drop_table('team_employer')
    with op.batch_alter_table('team_client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_client_member_id'))

    op.drop_table('team_client')
    with op.batch_alter_table('steptowardwork', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_steptowardwork_client_id'))

    op.drop_table('steptowardwork')
    op.drop_table('team_roster')
    op.drop_table('team_register_employer')
    op.drop_table('team_member')
    op.drop_table('team_identity')

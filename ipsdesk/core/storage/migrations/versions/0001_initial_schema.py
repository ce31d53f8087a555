"""Initial schema: every table of the first release, and the access-log guard triggers.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accesslog',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('client_ref', sa.String(length=20), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('basis', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accesslog'))
    )
    with op.batch_alter_table('accesslog', schema=None) as batch_op:
        batch_op.create_index('ix_accesslog_client_ref_at', ['client_ref', 'at'], unique=False)

    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('document_language', sa.String(length=5), nullable=False),
    sa.Column('severe_mental_illness', sa.Boolean(), nullable=False),
    sa.Column('referral_date', sa.Date(), nullable=True),
    sa.Column('referral_source', sa.String(length=200), nullable=False),
    sa.Column('referral_contact', sa.String(length=200), nullable=False),
    sa.Column('agreement_date', sa.Date(), nullable=True),
    sa.Column('disclosure_wishes', sa.String(), nullable=False),
    sa.Column('job_goals', sa.String(), nullable=False),
    sa.Column('employer_work_notes', sa.String(), nullable=False),
    sa.Column('phase', sa.Integer(), nullable=False),
    sa.Column('phase_since', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('code', name=op.f('uq_client_code'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_status'), ['status'], unique=False)

    op.create_table('employer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('business_id', sa.String(length=9), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=100), nullable=False),
    sa.Column('hiring_needs', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employer'))
    )
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employer_name'), ['name'], unique=False)

    op.create_table('erasureguard',
    sa.Column('client_ref', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('client_ref', name=op.f('pk_erasureguard'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('specialist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_specialist'))
    )
    op.create_table('actionplanversion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('goal', sa.String(), nullable=False),
    sa.Column('strengths', sa.String(), nullable=False),
    sa.Column('preferences', sa.String(), nullable=False),
    sa.Column('support_agreed', sa.String(), nullable=False),
    sa.Column('meeting_frequency', sa.String(length=200), nullable=False),
    sa.Column('sharing', sa.String(), nullable=False),
    sa.Column('benefits', sa.String(), nullable=False),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_actionplanversion_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actionplanversion')),
    sa.UniqueConstraint('client_id', 'version', name=op.f('uq_actionplanversion_client_id'))
    )
    op.create_table('benefitscounselling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('by_whom', sa.String(length=200), nullable=False),
    sa.Column('topics', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_benefitscounselling_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_benefitscounselling'))
    )
    with op.batch_alter_table('benefitscounselling', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_benefitscounselling_client_id'), ['client_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=30), nullable=False),
    sa.Column('party_detail', sa.String(length=200), nullable=False),
    sa.Column('what_shared', sa.String(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_consent_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)

    op.create_table('disclosurediscussion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_disclosurediscussion_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosurediscussion'))
    )
    with op.batch_alter_table('disclosurediscussion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosurediscussion_client_id'), ['client_id'], unique=False)

    op.create_table('employercontactperson',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_employercontactperson_employer_id_employer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employercontactperson'))
    )
    with op.batch_alter_table('employercontactperson', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employercontactperson_employer_id'), ['employer_id'], unique=False)

    op.create_table('employersupport',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=100), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_employersupport_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_employersupport_employer_id_employer'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employersupport'))
    )
    with op.batch_alter_table('employersupport', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employersupport_client_id'), ['client_id'], unique=False)

    op.create_table('job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('hours_per_week', sa.Float(), nullable=True),
    sa.Column('open_market', sa.Boolean(), nullable=False),
    sa.Column('wage_subsidy', sa.Boolean(), nullable=False),
    sa.Column('end_reason', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_job_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_job_employer_id_employer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job'))
    )
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_employer_id'), ['employer_id'], unique=False)

    op.create_table('joblead',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_joblead_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_joblead_employer_id_employer'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_joblead'))
    )
    with op.batch_alter_table('joblead', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_joblead_client_id'), ['client_id'], unique=False)

    op.create_table('phasechange',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('from_phase', sa.Integer(), nullable=True),
    sa.Column('to_phase', sa.Integer(), nullable=True),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_phasechange_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phasechange'))
    )
    with op.batch_alter_table('phasechange', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phasechange_client_id'), ['client_id'], unique=False)

    op.create_table('profilemeeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_profilemeeting_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profilemeeting'))
    )
    with op.batch_alter_table('profilemeeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profilemeeting_client_id'), ['client_id'], unique=False)

    op.create_table('vocationalprofile',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('education', sa.String(), nullable=False),
    sa.Column('skills', sa.String(), nullable=False),
    sa.Column('strengths', sa.String(), nullable=False),
    sa.Column('interests', sa.String(), nullable=False),
    sa.Column('preferred_job_types', sa.String(), nullable=False),
    sa.Column('preferred_hours', sa.String(), nullable=False),
    sa.Column('preferred_location', sa.String(), nullable=False),
    sa.Column('support_needs', sa.String(), nullable=False),
    sa.Column('goals', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_vocationalprofile_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_vocationalprofile'))
    )
    op.create_table('workhistory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('employer_name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=True),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_workhistory_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workhistory'))
    )
    with op.batch_alter_table('workhistory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workhistory_client_id'), ['client_id'], unique=False)

    op.create_table('actionplanstep',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=500), nullable=False),
    sa.Column('owner', sa.String(length=20), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['actionplanversion.id'], name=op.f('fk_actionplanstep_plan_id_actionplanversion'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actionplanstep'))
    )
    with op.batch_alter_table('actionplanstep', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actionplanstep_plan_id'), ['plan_id'], unique=False)

    op.create_table('clientcontact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('with_whom', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_clientcontact_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['job_id'], ['job.id'], name=op.f('fk_clientcontact_job_id_job'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clientcontact'))
    )
    with op.batch_alter_table('clientcontact', schema=None) as batch_op:
        batch_op.create_index('ix_clientcontact_client_on', ['client_id', 'on'], unique=False)

    op.create_table('employercontact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('contact_person_id', sa.Integer(), nullable=True),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('next_step', sa.String(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_done', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['contact_person_id'], ['employercontactperson.id'], name=op.f('fk_employercontact_contact_person_id_employercontactperson'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_employercontact_employer_id_employer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employercontact'))
    )
    with op.batch_alter_table('employercontact', schema=None) as batch_op:
        batch_op.create_index('ix_employer_contact_on', ['on'], unique=False)
        batch_op.create_index(batch_op.f('ix_employercontact_employer_id'), ['employer_id'], unique=False)

    op.create_table('employercontactclient',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_employercontactclient_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['employercontact.id'], name=op.f('fk_employercontactclient_contact_id_employercontact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'client_id', name=op.f('pk_employercontactclient'))
    )
    with op.batch_alter_table('employercontactclient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employercontactclient_client_id'), ['client_id'], unique=False)



    # The access and disclosure log is append-only from the app's side: no UPDATE, and
    # DELETE only of the rows of a client whose erasure is in progress (the erasure
    # service inserts an erasureguard row in the same transaction, then removes it).
    op.execute(
        "CREATE TRIGGER accesslog_no_update BEFORE UPDATE ON accesslog "
        "BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER accesslog_no_delete BEFORE DELETE ON accesslog "
        "WHEN NOT EXISTS (SELECT 1 FROM erasureguard WHERE client_ref = OLD.client_ref) "
        "BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS accesslog_no_delete")
    op.execute("DROP TRIGGER IF EXISTS accesslog_no_update")
    with op.batch_alter_table('employercontactclient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employercontactclient_client_id'))

    op.drop_table('employercontactclient')
    with op.batch_alter_table('employercontact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employercontact_employer_id'))
        batch_op.drop_index('ix_employer_contact_on')

    op.drop_table('employercontact')
    with op.batch_alter_table('clientcontact', schema=None) as batch_op:
        batch_op.drop_index('ix_clientcontact_client_on')

    op.drop_table('clientcontact')
    with op.batch_alter_table('actionplanstep', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actionplanstep_plan_id'))

    op.drop_table('actionplanstep')
    with op.batch_alter_table('workhistory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workhistory_client_id'))

    op.drop_table('workhistory')
    op.drop_table('vocationalprofile')
    with op.batch_alter_table('profilemeeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profilemeeting_client_id'))

    op.drop_table('profilemeeting')
    with op.batch_alter_table('phasechange', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phasechange_client_id'))

    op.drop_table('phasechange')
    with op.batch_alter_table('joblead', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_joblead_client_id'))

    op.drop_table('joblead')
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_employer_id'))
        batch_op.drop_index(batch_op.f('ix_job_client_id'))

    op.drop_table('job')
    with op.batch_alter_table('employersupport', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employersupport_client_id'))

    op.drop_table('employersupport')
    with op.batch_alter_table('employercontactperson', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employercontactperson_employer_id'))

    op.drop_table('employercontactperson')
    with op.batch_alter_table('disclosurediscussion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosurediscussion_client_id'))

    op.drop_table('disclosurediscussion')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))

    op.drop_table('consent')
    with op.batch_alter_table('benefitscounselling', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_benefitscounselling_client_id'))

    op.drop_table('benefitscounselling')
    op.drop_table('actionplanversion')
    op.drop_table('specialist')
    op.drop_table('setting')
    op.drop_table('erasureguard')
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_name'))

    op.drop_table('employer')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_status'))

    op.drop_table('client')
    with op.batch_alter_table('accesslog', schema=None) as batch_op:
        batch_op.drop_index('ix_accesslog_client_ref_at')

    op.drop_table('accesslog')

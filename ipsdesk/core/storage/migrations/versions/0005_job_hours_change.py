"""Changes of a job's working hours (fidelity item 12: benefits counselling when hours change).

Only adds a table: nothing is rewritten (an older app refuses the store by revision, as
for any newer store).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('job_hours_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('hours_before', sa.Float(), nullable=False),
    sa.Column('hours_after', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['job.id'], name=op.f('fk_job_hours_change_job_id_job'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_hours_change'))
    )
    with op.batch_alter_table('job_hours_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_hours_change_job_id'), ['job_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('job_hours_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_hours_change_job_id'))
    op.drop_table('job_hours_change')

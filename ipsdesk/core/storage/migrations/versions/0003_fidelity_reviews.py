"""Fidelity self-reviews: a review per period and each item's score beside the proposal.

Self-contained (two new tables, nothing else touched) so that it can be re-chained
after the team files' 0002 at merge.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fidelityreview',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fidelityreview'))
    )
    op.create_table('fidelityitemscore',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('proposed', sa.Integer(), nullable=True),
    sa.Column('figure', sa.Float(), nullable=True),
    sa.Column('basis_count', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['fidelityreview.id'], name=op.f('fk_fidelityitemscore_review_id_fidelityreview'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fidelityitemscore')),
    sa.UniqueConstraint('review_id', 'item', name=op.f('uq_fidelityitemscore_review_id'))
    )


def downgrade() -> None:
    op.drop_table('fidelityitemscore')
    op.drop_table('fidelityreview')

"""Indexes for the team reports: events by (kind, on), employer contacts by (member_id, on).

Only adds indexes: nothing is rewritten, an older app still reads the store's data
(it refuses the store by revision, as for any newer store).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_team_event_kind_on", "team_event", ["kind", "on"])
    op.create_index(
        "ix_team_employer_contact_member_id_on", "team_employer_contact", ["member_id", "on"]
    )


def downgrade() -> None:
    op.drop_index("ix_team_employer_contact_member_id_on", table_name="team_employer_contact")
    op.drop_index("ix_team_event_kind_on", table_name="team_event")

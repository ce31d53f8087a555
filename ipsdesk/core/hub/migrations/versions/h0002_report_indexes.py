"""The hub gets the team tables' report indexes (as the store's migration 0004).

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-04
"""

from alembic import op

revision = "h0002"
down_revision = "h0001"
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

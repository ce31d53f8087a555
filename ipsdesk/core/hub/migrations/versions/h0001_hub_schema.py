"""The hub schema: the team tables (as in core/team/tables.py), hub_account, hub_send.

Revision ID: h0001
Revises: (none: the hub's first revision)
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_account",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=True),
        sa.Column("team_id", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "kind IN ('specialist', 'leader', 'coordinator')", name=op.f("ck_hub_account_kind")
        ),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_hub_account")),
        sa.UniqueConstraint("member_id", name=op.f("uq_hub_account_member_id")),
    )
    op.create_table(
        "hub_send",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        sa.Column("exported_at", sa.String(length=32), nullable=False),
        sa.Column("rows_added", sa.Integer(), nullable=False),
        sa.Column("rows_removed", sa.Integer(), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_send")),
    )
    op.create_index(op.f("ix_hub_send_member_id"), "hub_send", ["member_id"], unique=False)
    op.create_table(
        "team_member",
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("caseload", sa.Integer(), nullable=False),
        sa.Column("fte_percent", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.String(length=32), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("own_store", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_team_member")),
    )
    op.create_table(
        "team_client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("severe_mental_illness", sa.Boolean(), nullable=False),
        sa.Column("referral_date", sa.Date(), nullable=True),
        sa.Column("agreement_date", sa.Date(), nullable=True),
        sa.Column("in_work_at_referral", sa.Boolean(), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_client_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_client")),
        sa.UniqueConstraint("member_id", "code", name=op.f("uq_team_client_member_id")),
    )
    op.create_index(op.f("ix_team_client_member_id"), "team_client", ["member_id"], unique=False)
    op.create_table(
        "team_employer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("employer_ref", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("business_id", sa.String(length=9), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_employer_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_employer")),
    )
    op.create_index(
        op.f("ix_team_employer_member_id"), "team_employer", ["member_id"], unique=False
    )
    op.create_table(
        "team_employer_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("contact_ref", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("purpose", sa.String(length=30), nullable=False),
        sa.Column("employer_ref", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_employer_contact_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_employer_contact")),
    )
    op.create_index(
        op.f("ix_team_employer_contact_member_id"),
        "team_employer_contact",
        ["member_id"],
        unique=False,
    )
    op.create_table(
        "team_employer_contact_client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("contact_ref", sa.String(length=20), nullable=False),
        sa.Column("client_code", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_employer_contact_client_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_employer_contact_client")),
    )
    op.create_index(
        op.f("ix_team_employer_contact_client_member_id"),
        "team_employer_contact_client",
        ["member_id"],
        unique=False,
    )
    op.create_table(
        "team_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("client_code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("from_phase", sa.Integer(), nullable=True),
        sa.Column("to_phase", sa.Integer(), nullable=True),
        sa.Column("with_whom", sa.String(length=20), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("job_ref", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_event_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_event")),
    )
    op.create_index(op.f("ix_team_event_client_code"), "team_event", ["client_code"], unique=False)
    op.create_index(op.f("ix_team_event_member_id"), "team_event", ["member_id"], unique=False)
    op.create_table(
        "team_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("client_code", sa.String(length=20), nullable=False),
        sa.Column("job_ref", sa.String(length=20), nullable=False),
        sa.Column("employer_ref", sa.String(length=20), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("open_market", sa.Boolean(), nullable=False),
        sa.Column("wage_subsidy", sa.Boolean(), nullable=False),
        sa.Column("hours_band", sa.String(length=10), nullable=False),
        sa.Column("job_type", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_job_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_job")),
    )
    op.create_index(op.f("ix_team_job_client_code"), "team_job", ["client_code"], unique=False)
    op.create_index(op.f("ix_team_job_member_id"), "team_job", ["member_id"], unique=False)
    op.create_table(
        "team_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(length=32), nullable=False),
        sa.Column("client_code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["team_member.member_id"],
            name=op.f("fk_team_step_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_step")),
    )
    op.create_index(op.f("ix_team_step_client_code"), "team_step", ["client_code"], unique=False)
    op.create_index(op.f("ix_team_step_member_id"), "team_step", ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_team_step_member_id"), table_name="team_step")
    op.drop_index(op.f("ix_team_step_client_code"), table_name="team_step")
    op.drop_table("team_step")
    op.drop_index(op.f("ix_team_job_member_id"), table_name="team_job")
    op.drop_index(op.f("ix_team_job_client_code"), table_name="team_job")
    op.drop_table("team_job")
    op.drop_index(op.f("ix_team_event_member_id"), table_name="team_event")
    op.drop_index(op.f("ix_team_event_client_code"), table_name="team_event")
    op.drop_table("team_event")
    op.drop_index(
        op.f("ix_team_employer_contact_client_member_id"), table_name="team_employer_contact_client"
    )
    op.drop_table("team_employer_contact_client")
    op.drop_index(op.f("ix_team_employer_contact_member_id"), table_name="team_employer_contact")
    op.drop_table("team_employer_contact")
    op.drop_index(op.f("ix_team_employer_member_id"), table_name="team_employer")
    op.drop_table("team_employer")
    op.drop_index(op.f("ix_team_client_member_id"), table_name="team_client")
    op.drop_table("team_client")
    op.drop_table("team_member")
    op.drop_index(op.f("ix_hub_send_member_id"), table_name="hub_send")
    op.drop_table("hub_send")
    op.drop_table("hub_account")

"""The team tables: every table the team features keep, in ONE module.

Two groups:

* **Membership** (``team_identity``, ``team_roster``): this store's place in a team and
  its keys (the store itself is encrypted). A specialist's store has one identity row; a
  team leader's also has the roster of members with their public keys.
* **Imported team data** (``team_member`` … ``team_employer_contact_client``): what the
  members' team files carried, one row per fact, ``member_id`` on every row, plain
  portable column types only (text, integer, boolean, date), so that the reports
  (issue 13), the fidelity review (issue 14) and the PostgreSQL hub (issue 15) run the
  same SQLAlchemy Core queries over them. Client codes are the pseudonyms of the team
  file, never the store's own client codes. Re-importing a member replaces all of that
  member's rows.
* **The team employer register** as a member received it (``team_register_*``).

Instants are UTC (:class:`UTCDateTime`, ISO text), days are ``date``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint
from sqlmodel import Field, SQLModel

from ipsdesk.core.storage.types import UTCDateTime


def _member_fk() -> Column[str]:
    return Column(
        String(32),
        ForeignKey("team_member.member_id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


# -- membership ----------------------------------------------------------------------


class TeamIdentity(SQLModel, table=True):
    """This store's membership of a team (at most one row, id 1).

    ``role`` is ``leader`` (created the team) or ``member`` (joined with an invitation).
    Keys are hex text; the secret ones never leave the encrypted store except inside
    an invitation encrypted with its one-time code.
    """

    __tablename__ = "team_identity"

    id: int = Field(default=1, primary_key=True)
    role: str = Field(max_length=10)
    team_id: str = Field(max_length=32)
    team_name: str = Field(max_length=200)
    generation: int = Field(default=1)
    member_id: str = Field(max_length=32)  # this store's member id (the leader's too)
    member_name: str = Field(max_length=200)
    secret_key: str = Field(max_length=64)  # this member's X25519 secret key
    public_key: str = Field(max_length=64)
    leader_public_key: str = Field(max_length=64)
    leader_secret_key: str = Field(default="", max_length=64)  # the leader only
    team_key: str = Field(max_length=64)  # the team's SecretBox key of this generation
    ref_secret: str = Field(max_length=64)  # keys the pseudonymous job/employer refs
    joined_at: datetime = Field(sa_type=UTCDateTime)
    last_export_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    register_exported_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class TeamRoster(SQLModel, table=True):
    """The team leader's list of members (with the key pair made for each invitation)."""

    __tablename__ = "team_roster"

    member_id: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    public_key: str = Field(max_length=64)
    generation: int  # the generation of the member's current invitation
    removed: bool = Field(default=False)
    invited_at: datetime = Field(sa_type=UTCDateTime)


# -- imported team data (the team leader's store) -------------------------------------


class TeamMember(SQLModel, table=True):
    """One member whose data is in the team tables, with the metadata of their file."""

    __tablename__ = "team_member"

    member_id: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    team_id: str = Field(max_length=32)
    caseload: int  # active clients at export
    fte_percent: int  # working time, % of full time
    exported_at: datetime = Field(sa_type=UTCDateTime)
    imported_at: datetime = Field(sa_type=UTCDateTime)
    checksum: str = Field(max_length=64)  # SHA-256 of the file's body ("" for own data)
    generation: int
    own_store: bool = Field(default=False)  # the leader's own caseload, no file


class TeamClient(SQLModel, table=True):
    """A member's client, by pseudonym."""

    __tablename__ = "team_client"
    __table_args__ = (UniqueConstraint("member_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    code: str = Field(max_length=20)
    severe_mental_illness: bool
    referral_date: date | None = None
    agreement_date: date | None = None
    in_work_at_referral: bool = False
    phase: int  # current phase 1-5
    ended_on: date | None = None
    end_reason: str = Field(default="", max_length=30)  # enums.EndReason


class TeamEvent(SQLModel, table=True):
    """A dated event of a client: ``kind`` is one of :data:`EVENT_KINDS`.

    ``phase_change`` uses from/to phase (to None: service ended); ``client_contact``
    (follow-along) uses with_whom, place and job_ref; ``hours_change`` (a job's working
    hours changed) the job_ref; the others only the date.
    """

    __tablename__ = "team_event"
    # The reports and the fidelity review select events by kind over a date range.
    __table_args__ = (Index("ix_team_event_kind_on", "kind", "on"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    client_code: str = Field(max_length=20, index=True)
    kind: str = Field(max_length=30)
    on: date
    from_phase: int | None = None
    to_phase: int | None = None
    with_whom: str = Field(default="", max_length=20)
    place: str = Field(default="", max_length=20)
    job_ref: str = Field(default="", max_length=20)


EVENT_KINDS = (
    "phase_change",
    "profile_meeting",
    "profile_update",  # the vocational profile was changed (from the access log)
    "benefits_counselling",
    "disclosure_discussion",
    "plan_version",  # made_on of an action-plan version: the plan reviews
    "client_contact",
    "hours_change",  # a job's working hours changed (job_ref and the day only)
)


class TeamJob(SQLModel, table=True):
    """A job (työsuhde) of a member's client; ``job_type`` is the ISCO-08 major group."""

    __tablename__ = "team_job"

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    client_code: str = Field(max_length=20, index=True)
    job_ref: str = Field(max_length=20)
    employer_ref: str = Field(max_length=20)
    start_on: date
    end_on: date | None = None
    open_market: bool
    wage_subsidy: bool
    hours_band: str = Field(default="", max_length=10)  # see dataset.HOURS_BANDS
    job_type: str = Field(default="", max_length=2)


class TeamStep(SQLModel, table=True):
    """A step toward work other than a job (education, work trial…)."""

    __tablename__ = "team_step"

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    client_code: str = Field(max_length=20, index=True)
    kind: str = Field(max_length=20)  # enums.StepKind
    start_on: date
    end_on: date | None = None


class TeamEmployer(SQLModel, table=True):
    """An employer in a member's register (employers are not client data)."""

    __tablename__ = "team_employer"

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    employer_ref: str = Field(max_length=20)
    name: str = Field(max_length=200)
    business_id: str = Field(default="", max_length=9)
    municipality: str = Field(default="", max_length=100)
    sector: str = Field(default="", max_length=100)


class TeamEmployerContact(SQLModel, table=True):
    """An employer contact (työnantajakontakti) of a member."""

    __tablename__ = "team_employer_contact"
    # The weekly counters select a member's contacts over a date range.
    __table_args__ = (Index("ix_team_employer_contact_member_id_on", "member_id", "on"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    contact_ref: str = Field(max_length=20)
    on: date
    mode: str = Field(max_length=20)  # enums.ContactMode
    purpose: str = Field(max_length=30)  # enums.ContactPurpose
    employer_ref: str = Field(max_length=20)


class TeamEmployerContactClient(SQLModel, table=True):
    """For which client (pseudonym) an employer contact was made."""

    __tablename__ = "team_employer_contact_client"

    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(sa_column=_member_fk())
    contact_ref: str = Field(max_length=20)
    client_code: str = Field(max_length=20)


# -- the team employer register as received by a member ---------------------------------


class TeamRegisterEmployer(SQLModel, table=True):
    """One employer of the team's merged register (from the team employer file)."""

    __tablename__ = "team_register_employer"

    id: int | None = Field(default=None, primary_key=True)
    match_key: str = Field(max_length=220, unique=True)  # "y:Y-tunnus" or "n:normalised name"
    name: str = Field(max_length=200)
    business_id: str = Field(default="", max_length=9)
    municipality: str = Field(default="", max_length=100)
    sector: str = Field(default="", max_length=100)


class TeamRegisterContact(SQLModel, table=True):
    """One team member's contact with a register employer: who, when, how."""

    __tablename__ = "team_register_contact"

    id: int | None = Field(default=None, primary_key=True)
    employer_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("team_register_employer.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    member_id: str = Field(max_length=32)
    member_name: str = Field(max_length=200)
    on: date
    mode: str = Field(max_length=20)


IMPORTED_TABLES = (
    TeamEmployerContactClient,
    TeamEmployerContact,
    TeamEmployer,
    TeamStep,
    TeamJob,
    TeamEvent,
    TeamClient,
)  # children of team_member, in delete order

TEAM_TABLE_NAMES = frozenset(
    {
        "team_identity",
        "team_roster",
        "team_member",
        "team_client",
        "team_event",
        "team_job",
        "team_step",
        "team_employer",
        "team_employer_contact",
        "team_employer_contact_client",
        "team_register_employer",
        "team_register_contact",
    }
)


# -- the Core Table objects of the imported team data ------------------------------------
# One home for the names the SQLAlchemy Core queries over the team data use (the team
# reports, the fidelity team adapter; the hub copies these very tables, core/hub/schema).
member_t: Table = TeamMember.__table__  # type: ignore[attr-defined]
roster_t: Table = TeamRoster.__table__  # type: ignore[attr-defined]
client_t: Table = TeamClient.__table__  # type: ignore[attr-defined]
event_t: Table = TeamEvent.__table__  # type: ignore[attr-defined]
job_t: Table = TeamJob.__table__  # type: ignore[attr-defined]
step_t: Table = TeamStep.__table__  # type: ignore[attr-defined]
employer_t: Table = TeamEmployer.__table__  # type: ignore[attr-defined]
contact_t: Table = TeamEmployerContact.__table__  # type: ignore[attr-defined]
contact_client_t: Table = TeamEmployerContactClient.__table__  # type: ignore[attr-defined]

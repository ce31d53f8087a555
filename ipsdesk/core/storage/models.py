"""The store's tables (SQLModel). The Alembic migrations must produce exactly this schema.

Conventions: calendar days are ``date``; instants are UTC (:class:`UTCDateTime`);
closed vocabularies are short text codes from :mod:`ipsdesk.core.domain.enums`; every
child table cascades on delete of its client so that erasure is complete. Table models
skip validation: services validate input before it reaches them.

Finnish terms (as in the seeds) are in the docstrings to help find things.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from ipsdesk.core.storage.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)
metadata = SQLModel.metadata


def _client_fk(nullable: bool = False) -> Column[int]:
    return Column(
        Integer, ForeignKey("client.id", ondelete="CASCADE"), nullable=nullable, index=True
    )


def _created() -> datetime:
    return utcnow()


class Specialist(SQLModel, table=True):
    """The owner of this store: an IPS-työhönvalmentaja or IPS-tiiminvetäjä."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    team: str = Field(default="", max_length=200)
    organisation: str = Field(default="", max_length=200)
    role: str = Field(default="specialist", max_length=20)
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class Setting(SQLModel, table=True):
    """One typed option (see ``core/settings.py``), stored as JSON text."""

    key: str = Field(primary_key=True, max_length=100)
    value: str


class Client(SQLModel, table=True):
    """A job seeker client (työnhakija-asiakas, valmennettava)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=20, unique=True)
    full_name: str = Field(max_length=200)
    phone: str = Field(default="", max_length=50)
    document_language: str = Field(default="fi", max_length=5)
    severe_mental_illness: bool = Field(default=True)
    in_work_at_referral: bool = Field(default=False)  # already working when referred
    referral_date: date | None = None
    referral_source: str = Field(default="", max_length=200)  # lähettävä hoitotiimi
    referral_contact: str = Field(default="", max_length=200)
    agreement_date: date | None = None  # yhteistyösopimus
    disclosure_wishes: str = Field(default="")  # what the client wants said to employers
    job_goals: str = Field(default="")
    employer_work_notes: str = Field(default="")  # työnlouhinta, tehtävien räätälöinti
    phase: int = Field(default=1)
    phase_since: date
    status: str = Field(default="active", max_length=10, index=True)
    ended_on: date | None = None
    end_reason: str = Field(default="", max_length=30)
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class PhaseChange(SQLModel, table=True):
    """Every move between phases, kept as history (also ending and re-opening)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    from_phase: int | None = None
    to_phase: int | None = None  # None: service ended
    on: date
    reason: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class Consent(SQLModel, table=True):
    """Consent to information exchange (suostumus tietojen vaihtoon), one row per party."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    party: str = Field(max_length=30)
    party_detail: str = Field(default="", max_length=200)
    what_shared: str = Field(default="")
    given_on: date
    withdrawn_on: date | None = None


class BenefitsCounselling(SQLModel, table=True):
    """Benefits counselling session (etuusneuvonta)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    on: date
    by_whom: str = Field(default="", max_length=200)
    topics: str = Field(default="")


class DisclosureDiscussion(SQLModel, table=True):
    """A discussion about telling employers about the illness (never required)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    on: date
    notes: str = Field(default="")


class VocationalProfile(SQLModel, table=True):
    """The vocational profile (ammatillinen profiili / osaamisen kartoitus), one per client."""

    client_id: int = Field(
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    )
    education: str = Field(default="")
    skills: str = Field(default="")
    strengths: str = Field(default="")
    interests: str = Field(default="")
    preferred_job_types: str = Field(default="")
    preferred_hours: str = Field(default="")
    preferred_location: str = Field(default="")
    support_needs: str = Field(default="")
    goals: str = Field(default="")


class ProfileMeeting(SQLModel, table=True):
    """A meeting in which the vocational profile was built (1-3 expected)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    on: date
    notes: str = Field(default="")


class WorkHistory(SQLModel, table=True):
    """One entry of the client's work history (työhistoria)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    employer_name: str = Field(default="", max_length=200)
    title: str = Field(default="", max_length=200)
    start_year: int | None = None
    end_year: int | None = None
    notes: str = Field(default="")


class JobLead(SQLModel, table=True):
    """A job lead followed for the client during job search."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    employer_id: int | None = Field(default=None, foreign_key="employer.id", ondelete="SET NULL")
    description: str = Field(max_length=500)
    noted_on: date
    status: str = Field(default="open", max_length=20)


class Employer(SQLModel, table=True):
    """An employer client (työnantaja-asiakas)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    business_id: str = Field(default="", max_length=9)  # Y-tunnus, 1234567-8
    municipality: str = Field(default="", max_length=100)
    sector: str = Field(default="", max_length=100)
    hiring_needs: str = Field(default="")
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class EmployerContactPerson(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    employer_id: int = Field(foreign_key="employer.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=200)
    role: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)


class EmployerContact(SQLModel, table=True):
    """An employer or recruitment contact (työnantajakontakti); ≥ 6 a week is the target."""

    __table_args__ = (Index("ix_employer_contact_on", "on"),)

    id: int | None = Field(default=None, primary_key=True)
    on: date
    employer_id: int = Field(foreign_key="employer.id", ondelete="RESTRICT", index=True)
    contact_person_id: int | None = Field(
        default=None, foreign_key="employercontactperson.id", ondelete="SET NULL"
    )
    mode: str = Field(max_length=20)
    purpose: str = Field(max_length=30)
    outcome: str = Field(default="")
    next_step: str = Field(default="")
    follow_up_on: date | None = None
    follow_up_done: bool = Field(default=False)
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class EmployerContactClient(SQLModel, table=True):
    """Which client(s) an employer contact was made for (none: a general contact)."""

    contact_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("employercontact.id", ondelete="CASCADE"), primary_key=True
        )
    )
    client_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class EmployerSupport(SQLModel, table=True):
    """Support agreed with an employer for a client (e.g. wage subsidy, palkkatuki)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    employer_id: int | None = Field(default=None, foreign_key="employer.id", ondelete="SET NULL")
    kind: str = Field(max_length=100)
    description: str = Field(default="")
    start_on: date | None = None
    end_on: date | None = None


class Job(SQLModel, table=True):
    """An employment relationship (työsuhde) started by a client."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    employer_id: int = Field(foreign_key="employer.id", ondelete="RESTRICT", index=True)
    title: str = Field(max_length=200)
    start_on: date
    end_on: date | None = None
    hours_per_week: float | None = None
    open_market: bool = Field(default=True)  # avoimet työmarkkinat
    wage_subsidy: bool = Field(default=False)  # palkkatuki
    end_reason: str = Field(default="", max_length=500)
    job_type: str = Field(default="", max_length=2)  # ISCO-08 major group, enums.JobType


class JobHoursChange(SQLModel, table=True):
    """A change of a job's working hours (hours per week before and after), for fidelity
    item 12 (benefits counselling when hours change). Written by ``save_record`` when a
    running job's ``hours_per_week`` changes from one known figure to another; ``on`` is
    the day of the edit. Goes with its job (and so with its client) by cascade."""

    __tablename__ = "job_hours_change"

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("job.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    on: date
    hours_before: float
    hours_after: float


class StepTowardWork(SQLModel, table=True):
    """A step toward work other than a job (askel kohti työtä): education, työkokeilu…"""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(sa_column=_client_fk())
    kind: str = Field(max_length=20)  # enums.StepKind
    start_on: date
    end_on: date | None = None
    note: str = Field(default="")


class TeamPseudonym(SQLModel, table=True):
    """The random code under which a client appears in this specialist's team files.

    Made on the first team-file export (never derived from the id or the name) and kept,
    so that a re-export uses the same code; only this store can trace it back.
    """

    __tablename__ = "team_pseudonym"

    client_id: int = Field(
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    )
    code: str = Field(max_length=20, unique=True)


class ClientContact(SQLModel, table=True):
    """The client contact log: meetings and calls with the client, care team or family."""

    __table_args__ = (Index("ix_clientcontact_client_on", "client_id", "on"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="CASCADE"), nullable=False)
    )
    on: date
    with_whom: str = Field(max_length=20)
    place: str = Field(max_length=20)
    note: str = Field(default="")
    job_id: int | None = Field(default=None, foreign_key="job.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class ActionPlanVersion(SQLModel, table=True):
    """One saved version of the action plan (toimintasuunnitelma); each review adds one."""

    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="CASCADE"), nullable=False)
    )
    version: int
    made_on: date
    goal: str = Field(default="")
    strengths: str = Field(default="")
    preferences: str = Field(default="")
    support_agreed: str = Field(default="")
    meeting_frequency: str = Field(default="", max_length=200)
    sharing: str = Field(default="")
    benefits: str = Field(default="")
    next_review_on: date | None = None
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class ActionPlanStep(SQLModel, table=True):
    """A concrete step of an action-plan version."""

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("actionplanversion.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    position: int
    what: str = Field(max_length=500)
    owner: str = Field(max_length=20)
    due_on: date | None = None
    status: str = Field(default="planned", max_length=20)


class AccessLog(SQLModel, table=True):
    """Access and disclosure log (Act 703/2023): append-only from the app's side.

    ``client_ref`` is the client's code, not a foreign key, so the fact of an erasure
    survives the client. UPDATE is forbidden by a trigger, and DELETE too except for
    rows of a client whose erasure is in progress (see the migrations).
    """

    __table_args__ = (Index("ix_accesslog_client_ref_at", "client_ref", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)
    actor: str = Field(max_length=200)
    client_ref: str = Field(default="", max_length=20)
    action: str = Field(max_length=30)
    basis: str = Field(default="", max_length=200)
    detail: str = Field(default="", max_length=500)


class ErasureGuard(SQLModel, table=True):
    """Present only inside an erasure transaction: lets the log drop that client's rows."""

    client_ref: str = Field(primary_key=True, max_length=20)


class FidelityReview(SQLModel, table=True):
    """A fidelity self-review (IPS-laatukriteeristön itsearviointi) of a period."""

    id: int | None = Field(default=None, primary_key=True)
    period_start: date
    period_end: date
    scope: str = Field(default="own", max_length=10)  # "own" store or "team" files
    reviewer: str = Field(default="", max_length=200)
    note: str = Field(default="")
    created_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=_created, sa_type=UTCDateTime)


class FidelityItemScore(SQLModel, table=True):
    """One item's score in a review, beside the score ipsdesk proposed (if computed)."""

    __table_args__ = (UniqueConstraint("review_id", "item"),)

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("fidelityreview.id", ondelete="CASCADE"), nullable=False
        )
    )
    item: int  # 1–25
    score: int | None = None  # the reviewer's 1–5; None: not scored yet
    proposed: int | None = None  # the computed proposal at saving time
    figure: float | None = None  # the computed figure behind it
    basis_count: int | None = None  # how many cases it rests on
    note: str = Field(default="")  # the reviewer's note; the reason when overruling


# The team tables (imported team files, team keys) live in their own module; importing
# it here puts them in the same metadata, so the migrations and checks see them.
from ipsdesk.core.team import tables as _team_tables  # noqa: E402, F401

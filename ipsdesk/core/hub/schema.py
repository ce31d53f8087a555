"""The hub's tables: the team tables of :mod:`ipsdesk.core.team.tables` (the very same
Table definitions, copied into the hub's own MetaData, so that report queries written
against the team tables run on the hub unchanged), plus the hub's own:

* ``hub_account``: which database role is which person (specialist with a member id,
  team leader of a team, county coordinator). Filled by the county's IT
  (:func:`ipsdesk.core.hub.admin.add_account`); read by the policies' functions only.
* ``hub_send``: one row per send (what a specialist sent last is shown from it).

The laptop store's tables are not here: the hub has its own migrations
(``ipsdesk/core/hub/migrations``).
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Integer,
    MetaData,
    String,
    Table,
)

from ipsdesk.core.storage.models import NAMING_CONVENTION
from ipsdesk.core.storage.types import UTCDateTime
from ipsdesk.core.team import tables as team

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Parents first (creation order); every data table has member_id: the policies key on it.
_SOURCES = (
    team.TeamMember,
    team.TeamClient,
    team.TeamEvent,
    team.TeamJob,
    team.TeamStep,
    team.TeamEmployer,
    team.TeamEmployerContact,
    team.TeamEmployerContactClient,
)
DATA_TABLES: tuple[Table, ...] = tuple(
    src.__table__.to_metadata(metadata)  # type: ignore[union-attr]
    for src in _SOURCES
)
member_table = DATA_TABLES[0]
CHILD_TABLES = DATA_TABLES[1:]

ACCOUNT_KINDS = ("specialist", "leader", "coordinator")

account = Table(
    "hub_account",
    metadata,
    Column("role_name", String(63), primary_key=True),
    Column("kind", String(12), nullable=False),
    Column("member_id", String(32), nullable=True, unique=True),  # who writes as this role
    Column("team_id", String(32), nullable=True),  # the specialist's or leader's team
    CheckConstraint("kind IN ('specialist', 'leader', 'coordinator')", name="kind"),
)

send_log = Table(
    "hub_send",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member_id", String(32), nullable=False, index=True),
    Column("sent_at", UTCDateTime, nullable=False),
    Column("exported_at", UTCDateTime, nullable=False),  # the data's time on the laptop
    Column("rows_added", Integer, nullable=False),
    Column("rows_removed", Integer, nullable=False),
    Column("rows_total", Integer, nullable=False),
)

# The tables row-level security guards (by member_id).
GUARDED_TABLES = (*DATA_TABLES, send_log)

"""What can go wrong talking to the hub, in words a user can act on.

:func:`classify` turns a driver or SQL error into a :class:`HubError` of one
:data:`KINDS` (unreachable, TLS, password, missing rights, schema too old/new, …).
Messages never carry client data (the hub holds none that identifies a client).
"""

from __future__ import annotations

from ipsdesk.core.errors import ExitCode
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.team.errors import TeamError

# Testing the connection, reporting from the hub and setting it up send nothing, so
# their messages say nothing about sending; the send's own words add "nothing was sent".
NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "HubError", "No team hub is set up (Tools → Team hub); no connection was made."
)
NOT_CONFIGURED_SEND = QT_TRANSLATE_NOOP(
    "HubError", "No team hub is set up (Tools → Team hub); nothing was sent."
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub %1 cannot be reached (no network, or the server is down); try again on "
    "the county network.",
)
UNREACHABLE_SEND = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub %1 cannot be reached (no network, or the server is down). Nothing was "
    "sent; try again on the county network.",
)
TLS = QT_TRANSLATE_NOOP(
    "HubError",
    "The secure (TLS) connection to the team hub %1 failed: the server offers no TLS or "
    "its certificate could not be verified (ask IT for the CA certificate file).",
)
PASSWORD = QT_TRANSLATE_NOOP("HubError", "The team hub refused the user name or password for %1.")
RIGHTS = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub accepted %1 but it lacks the rights for this (ask IT to add your "
    "account to the hub's roles).",
)
NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub has no account for this member (member id %1): ask IT to add it.",
)
SCHEMA_OLD = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub's database is not set up for this ipsdesk yet (ask IT to run "
    "'ipsdesk hub init-schema').",
)
SCHEMA_NEW = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub was set up by a newer ipsdesk (schema %1): update ipsdesk first.",
)
NO_TEAM = QT_TRANSLATE_NOOP(
    "HubError", "This store is not in a team yet: join a team before sending to the hub."
)
FAILED = QT_TRANSLATE_NOOP("HubError", "The team hub answered with an error: %1")
NO_HUB_REPORT = QT_TRANSLATE_NOOP(
    "HubError",
    "No team hub is set up, so there is nothing to report from (set it up in Tools → Team "
    "hub or with 'ipsdesk hub setup'; without --hub the report uses this store's team data).",
)
NO_SUCH_TEAM = QT_TRANSLATE_NOOP(
    "HubError",
    "The team hub shows no team %1 to this account (a team leader sees only their own "
    "team; check the team id).",
)

KINDS = {
    "not_configured": NOT_CONFIGURED,
    "unreachable": UNREACHABLE,
    "tls": TLS,
    "password": PASSWORD,
    "rights": RIGHTS,
    "no_account": NO_ACCOUNT,
    "schema_old": SCHEMA_OLD,
    "schema_new": SCHEMA_NEW,
    "no_team": NO_TEAM,
    "failed": FAILED,
    "no_hub_report": NO_HUB_REPORT,
    "no_such_team": NO_SUCH_TEAM,
}

# The wording of a kind when the failure stopped a send (the kind stays the same).
SEND_KINDS = {"not_configured": NOT_CONFIGURED_SEND, "unreachable": UNREACHABLE_SEND}


class HubError(TeamError):
    """Why the team hub could not be used (``kind`` names the cause for the program)."""

    exit_code = ExitCode.HUB

    def __init__(self, kind: str, *args: object, sending: bool = False):
        super().__init__(SEND_KINDS.get(kind, KINDS[kind]) if sending else KINDS[kind], *args)
        self.kind = kind
        self.sending = sending


def classify(exc: BaseException, where: str, *, sending: bool = False) -> HubError:
    """The HubError for a driver/SQL error (``where``: the hub, without password);
    ``sending``: the failure stopped a send (its message says nothing was sent)."""
    import psycopg

    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if isinstance(orig, psycopg.errors.InsufficientPrivilege) or "row-level security" in text:
        return HubError("rights", where)
    if "password authentication failed" in text or "no password supplied" in text:
        return HubError("password", where)
    if "ssl" in text or "certificate" in text or "tls" in text:
        return HubError("tls", where)
    if isinstance(orig, psycopg.errors.UndefinedTable):
        return HubError("schema_old")
    if isinstance(orig, psycopg.OperationalError):
        if 'database "' in text and "does not exist" in text:
            return HubError("schema_old")
        return HubError("unreachable", where, sending=sending)
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return HubError("failed", first[:200])

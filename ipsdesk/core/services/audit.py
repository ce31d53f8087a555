"""The access and disclosure log (Act 703/2023): who used which client's data, and how.

Every service that opens, changes, exports, prints or imports a client's data calls
:func:`log_access` in the same transaction as the work itself, so a change is never
saved without its log row. The table is append-only (database triggers refuse UPDATE
and DELETE, except during a client's erasure).
"""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session, col, select

from ipsdesk.core.storage.models import AccessLog, Specialist


class Action(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    ERASE = "erase"


def current_actor(session: Session) -> str:
    """The specialist profile of this store (the 'who' of every log row)."""
    specialist = session.exec(select(Specialist).order_by(col(Specialist.id))).first()
    return specialist.name if specialist else "?"


def log_access(
    session: Session,
    client_ref: str,
    action: Action,
    *,
    detail: str = "",
    basis: str = "",
) -> None:
    """Add one log row to the current unit of work (the caller commits).

    ``detail`` names *what* was done (``"contact log"``, ``"action plan PDF, fi"``),
    never the data itself.
    """
    session.add(
        AccessLog(
            actor=current_actor(session),
            client_ref=client_ref,
            action=action.value,
            basis=basis,
            detail=detail[:500],
        )
    )

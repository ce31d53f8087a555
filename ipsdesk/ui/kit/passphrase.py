"""The strength guidance for a new passphrase in the UI language, shared by the first
start and by "Change passphrase". The sentences are core's
(``core/storage/lifecycle.STRENGTH_TEXTS``), so ``ipsdesk passwd`` prints the same."""

from __future__ import annotations

from ipsdesk.core.storage import lifecycle
from ipsdesk.ui.kit.i18n import tr_msg


def strength_problems(passphrase: str) -> list[str]:
    """The strength problems of a new passphrase in the UI language."""
    return [tr_msg(msg) for msg in lifecycle.strength_problems(passphrase)]

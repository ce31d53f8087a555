"""The strength guidance for a new passphrase in the UI language, shared by the first
start and by "Change passphrase" (one set of words, one set of translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipsdesk.core.storage.keys import check_passphrase_strength


def strength_problems(passphrase: str) -> list[str]:
    """The strength problems of a new passphrase in the UI language (the same words as
    at first start, so their translations are shared). An empty or short passphrase is
    told to be short, not "too repetitive": the length is what to fix first."""
    if not passphrase:
        return [QCoreApplication.translate("SetupDialog", "Type a passphrase.")]
    texts = {
        "too_short": QCoreApplication.translate(
            "SetupDialog", "The passphrase must have at least 8 characters."
        ),
        "surrounding_space": QCoreApplication.translate(
            "SetupDialog", "The passphrase must not begin or end with a space."
        ),
        "too_repetitive": QCoreApplication.translate(
            "SetupDialog", "The passphrase is too repetitive."
        ),
    }
    codes = check_passphrase_strength(passphrase)
    if "too_short" in codes:
        codes = [c for c in codes if c != "too_repetitive"]
    return [texts[code] for code in codes if code in texts]

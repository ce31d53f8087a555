"""Suggested names of exported files, in the document's language (not the UI's): a
Swedish plan is ``handlingsplan_A-0001_v2_sv.pdf`` also when exported from the Finnish
UI, an access log in Finnish ``A-0001_käyttöloki_2026-12-03.pdf``."""

from __future__ import annotations

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog

WORDS = {
    "action_plan": QT_TRANSLATE_NOOP("FileNames", "action-plan"),
    "access_log": QT_TRANSLATE_NOOP("FileNames", "access-log"),
    "record": QT_TRANSLATE_NOOP("FileNames", "record"),
}


def file_word(kind: str, lang: str) -> str:
    """The word for a kind of document in ``lang`` ("toimintasuunnitelma")."""
    return Catalog(lang).tr(WORDS[kind])

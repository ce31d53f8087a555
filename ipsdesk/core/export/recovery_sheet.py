"""The printable recovery sheet: the recovery key that also unlocks the store.

It goes to the team leader's or IT's safe, so a forgotten passphrase does not destroy
a caseload. It holds no client data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer

from ipsdesk.core.dates import document_date
from ipsdesk.core.export.pdf import DocInfo, build_pdf, styles
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Catalog

TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "ipsdesk recovery sheet")
INTRO = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "This recovery key unlocks the encrypted ipsdesk store of %1 (%2) if the passphrase is forgotten. "
    "Keep this sheet in a locked safe of the team leader or IT. Anyone holding it together with the "
    "laptop can read the store.",
)
KEY = QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key")
MADE = QT_TRANSLATE_NOOP("RecoverySheet", "Made on %1 in folder %2")
PAGE = QT_TRANSLATE_NOOP("RecoverySheet", "Page %1 / %2")
HOW = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "To use it, type the recovery key in the passphrase field of the unlock screen, then set a new passphrase.",
)


def write_recovery_sheet(
    out: Path, *, key: str, name: str, team: str, folder: str, lang: str = "fi"
) -> None:
    cat = Catalog(lang)
    st = styles()
    story = [
        Paragraph(cat.tr(TITLE), st["Title"]),
        Paragraph(cat.tr(INTRO, name, team), st["Body"]),
        Spacer(0, 10),
        Paragraph(cat.tr(KEY), st["H2"]),
        Paragraph(f'<font size="16">{key}</font>', st["Body"]),
        Spacer(0, 16),
        Paragraph(cat.tr(HOW), st["Body"]),
        Paragraph(cat.tr(MADE, document_date(date.today(), lang), folder), st["Small"]),
    ]
    info = DocInfo(title=cat.tr(TITLE), author=name, lang=lang, page_label=cat.tr(PAGE))
    build_pdf(out, info, story)

"""The shared base of every PDF ipsdesk writes: fonts, styles, page frame, metadata.

DejaVu Sans (shipped under ``resources/fonts`` with its licence) is embedded so every
Finnish, Swedish and Sámi letter prints right (reportlab's built-in fonts lack
Ŋ, Đ, Ŧ, Č…). Documents are A4 with page numbers, the organisation's name in the
footer, and title, author, subject and language set in the PDF metadata.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate

from ipsdesk.core.resources import fonts_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@functools.cache
def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts_dir() / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@functools.cache
def styles() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("Body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=4))
    sheet.add(ParagraphStyle("Small", parent=sheet["Body"], fontSize=8.5, leading=11))
    sheet.add(ParagraphStyle("Title", fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=6))
    sheet.add(
        ParagraphStyle(
            "Subtitle",
            fontName=FONT,
            fontSize=11,
            leading=15,
            textColor=colors.HexColor("#444444"),
            spaceAfter=10,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H2", fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4
        )
    )
    sheet.add(ParagraphStyle("Cell", fontName=FONT, fontSize=9.5, leading=12.5))
    sheet.add(ParagraphStyle("CellHead", fontName=FONT_BOLD, fontSize=9.5, leading=12.5))
    return sheet


TABLE_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 9.5),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


@dataclass(frozen=True)
class DocInfo:
    title: str
    author: str
    subject: str = ""
    lang: str = "fi"
    footer: str = ""  # e.g. the organisation's name
    page_label: str = "Page %1 / %2"  # translated by the caller


def _footer(info: DocInfo, total: list[int]):  # type: ignore[no-untyped-def]
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        if info.footer:
            canvas.drawString(doc.leftMargin, 12 * mm, info.footer)
        label = info.page_label.replace("%1", str(doc.page)).replace(
            "%2", str(total[0] or doc.page)
        )
        canvas.drawRightString(A4[0] - doc.rightMargin, 12 * mm, label)
        canvas.restoreState()

    return draw


def build_pdf(target: Path | Any, info: DocInfo, story: Sequence[Flowable] | Any) -> None:
    """Write ``story`` (a list of flowables, or a callable returning a fresh list) to ``target``.

    Built twice when the story is a callable, so the footer can say "page N / total".
    """
    register_fonts()
    make = story if callable(story) else (lambda: list(story))
    total = [0]
    for _pass in range(2 if callable(story) else 1):
        out: Any = target if not isinstance(target, Path) else str(target)
        if _pass == 0 and callable(story):
            import io

            out = io.BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=22 * mm,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="ipsdesk",
            lang=info.lang,
            # The embedded font from the first byte: no stray unembedded Helvetica
            # reference in the file (preflight checks and print shops flag it).
            initialFontName=FONT,
        )
        footer = _footer(info, total)
        doc.build(make(), onFirstPage=footer, onLaterPages=footer)
        total[0] = doc.page

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
from reportlab.pdfgen.canvas import Canvas
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


FOOTER_Y = 12 * mm


def _footer(info: DocInfo):  # type: ignore[no-untyped-def]
    """The footer's left part (organisation), drawn as each page is laid out."""

    def draw(canvas: Any, doc: Any) -> None:
        if info.footer:
            canvas.saveState()
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(doc.leftMargin, FOOTER_Y, info.footer)
            canvas.restoreState()

    return draw


def _numbered_canvas(info: DocInfo, right_x: float) -> type[Canvas]:
    """A canvas that holds its pages until saving, then writes "page N / total" on each:
    the page total is known in ONE layout pass (building twice doubled the export time)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(FONT, 8.5)
                self.setFillColor(colors.HexColor("#555555"))
                label = info.page_label.replace("%1", str(number)).replace("%2", str(total))
                self.drawRightString(right_x, FOOTER_Y, label)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(target: Path | Any, info: DocInfo, story: Sequence[Flowable] | Any) -> None:
    """Write ``story`` (a list of flowables, or a callable returning a fresh list) to ``target``.

    One layout pass; the footer says "page N / total" on every page.
    """
    register_fonts()
    flowables = list(story()) if callable(story) else list(story)
    out: Any = target if not isinstance(target, Path) else str(target)
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
    footer = _footer(info)
    doc.build(
        flowables,
        onFirstPage=footer,
        onLaterPages=footer,
        canvasmaker=_numbered_canvas(info, A4[0] - doc.rightMargin),
    )

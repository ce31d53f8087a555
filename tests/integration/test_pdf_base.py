"""The shared PDF base: page N / total on every page in one pass, embedded fonts only."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from ipsdesk.core.export.pdf import DocInfo, build_pdf, styles


def test_page_total_on_every_page_and_only_embedded_fonts() -> None:
    body = styles()["Body"]
    story = [Paragraph("Yksi Ŋ", body), PageBreak(), Paragraph("Kaksi", body), PageBreak()]
    story.append(Paragraph("Kolme", body))
    out = io.BytesIO()
    build_pdf(out, DocInfo(title="Testi", author="Testi Valmentaja", footer="Org"), story)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert len(texts) == 3
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} / 3" in text and "Org" in text
    assert "Yksi Ŋ" in texts[0] and "Kolme" in texts[2]
    fonts = {
        str(f["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].get_object().values()
    }
    assert fonts == {"/AAAAAA+DejaVuSans"}

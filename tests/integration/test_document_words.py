"""Documents speak their language: the access-log PDF shows local d.m.yyyy times as the
UI does (not ISO UTC), the recovery sheet's footer is translated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ipsdesk.core.export.record_pdf import access_log_pdf
from ipsdesk.core.export.recovery_sheet import write_recovery_sheet


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@dataclass
class Row:
    at: datetime
    actor: str
    action: str
    basis: str
    detail: str


def test_access_log_pdf_shows_local_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    import time

    time.tzset()
    try:
        out = tmp_path / "log.pdf"
        at = datetime(2026, 12, 3, 8, 25, tzinfo=UTC)  # 10.25 in Finland
        access_log_pdf(
            out, "A-0001", [Row(at, "Testi Valmentaja", "view", "", "")], author="T", lang="fi"
        )
        text = text_of(out)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert "3.12.2026 10:25" in text
    assert "2026-12-03" not in text and "UTC" not in text
    assert "Ajankohta" in text


@pytest.mark.parametrize(
    ("lang", "footer"), [("fi", "Sivu 1 / 1"), ("sv", "Sida 1 / 1"), ("en", "Page 1 / 1")]
)
def test_recovery_sheet_footer_in_its_language(tmp_path: Path, lang: str, footer: str) -> None:
    out = tmp_path / "sheet.pdf"
    write_recovery_sheet(
        out, key="ABCD-EFGH", name="Testi Valmentaja", team="Testitiimi", folder="/tmp/x", lang=lang
    )
    text = text_of(out)
    assert footer in text
    if lang != "en":
        assert "Page" not in text

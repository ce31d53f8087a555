"""Team report files: whose file is missing or old, the CSV read back as Excel reads it,
the PDF's text, the access-log row of every export (none for a failed one), the CLI."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from ipsdesk.cli import main
from ipsdesk.core.reports import export, queries
from ipsdesk.core.reports.definitions import FIGURES
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import importer, membership
from tests.team_helpers import PASSPHRASE, fill, join, make_store
from tests.team_helpers import export as export_file


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    root = tmp_path_factory.mktemp("files")
    leader = make_store(root, "Liisa Vetäjä")
    with leader.session() as s:
        membership.create_team(s, "IPS-tiimi Testilä")
    files = []
    for seed, name, exported in [
        (1, "Aapo Keksitty", datetime(2026, 11, 23, 7, tzinfo=UTC)),  # after W47
        (2, "Bea Kuviteltu", datetime(2026, 11, 19, 7, tzinfo=UTC)),  # older than W47 ends
    ]:
        st = make_store(root, name)
        fill(st, seed)
        join(leader, st, name)
        files.append(export_file(st, root / f"{seed}.ipsteam", now=exported))
        st.close()
    never = make_store(root, "Cecilia Mallinen")
    join(leader, never, "Cecilia Mallinen")  # joined, never sent a file
    never.close()
    with leader.session() as s:
        assert {r.status for r in importer.import_files(s, files)} == {importer.IMPORTED}
    yield leader, root
    leader.close()


def log_rows(store: Store) -> list[m.AccessLog]:
    with store.session() as s:
        return list(s.exec(select(m.AccessLog).where(m.AccessLog.action == "export")).all())


def test_missing_and_old_files_are_named(team) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    with leader.session() as s:
        report = queries.team_week(s, 2026, 47)
        earlier = queries.team_week(s, 2026, 45)
    stale = {r.name: r.file_date for r in report.missing}
    assert stale == {"Bea Kuviteltu": date(2026, 11, 19), "Cecilia Mallinen": None}
    assert {r.name for r in earlier.missing} == {"Cecilia Mallinen"}
    cecilia = next(r for r in report.members if r.name == "Cecilia Mallinen")
    assert (cecilia.caseload, cecilia.contacts) == (0, 0)


def read_excel_csv(data: bytes, delimiter: str) -> list[list[str]]:
    """As Excel reads it: the BOM says UTF-8; the locale's list separator splits."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=delimiter))


def test_finnish_outcomes_csv_reads_back_as_excel_does(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    with leader.session() as s:
        report = queries.outcomes(s, date(2026, 1, 1), date(2026, 11, 30))
        out = export.export_outcomes(s, report, tmp_path / "tulokset.csv", lang="fi")
    rows = read_excel_csv(out.read_bytes(), ";")
    assert rows[0] == ["Alkaen", "Päättyen", "Tunnusluku", "Arvo", "Yksikkö", "Määritelmä", "Lähde"]
    assert len(rows) == 1 + len(report.figures)
    by_label = {r[2]: r for r in rows[1:]}
    rate = by_label["Työllistymisaste"]
    assert rate[0:2] == ["1.1.2026", "30.11.2026"]
    want = report.figures["employment_rate"]
    assert want is not None
    assert float(rate[3].replace(",", ".")) == pytest.approx(want * 100, abs=0.05)
    assert "," in rate[3] and "." not in rate[3]
    assert rate[4] == "%"
    persons = by_label["Työllistyneet henkilöt (avoimet työmarkkinat)"]
    assert int(persons[3]) == report.figures["employed"]
    assert persons[4] == "henkilöä" and persons[6] == "Suomen IPS-raportit"


def test_swedish_and_english_week_csv(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    with leader.session() as s:
        report = queries.team_week(s, 2026, 47)
        sv = export.export_week(s, report, tmp_path / "vecka.csv", lang="sv")
        en = export.export_week(s, report, tmp_path / "week.csv", lang="en")
    rows = read_excel_csv(sv.read_bytes(), ";")
    assert rows[0][:3] == ["Vecka", "Arbetshandledare", "Nyckeltal"]
    # One row per team figure, per phase and three per specialist.
    assert len(rows) == 1 + len(report.figures) + 5 + 3 * len(report.members)
    bea = [r for r in rows if r[1] == "Bea Kuviteltu"]
    assert {r[6] for r in bea} == {"19.11.2026"} and {r[7] for r in bea} == {"ja"}
    cecilia = [r for r in rows if r[1] == "Cecilia Mallinen"]
    assert {r[6] for r in cecilia} == {"ingen fil"}
    en_rows = read_excel_csv(en.read_bytes(), ",")
    team_rows = {r[2]: r for r in en_rows[1:] if r[1] == "Team"}
    assert int(team_rows["Employer contacts"][3]) == report.figures["employer_contacts"]
    assert team_rows["Employer contacts"][8] == FIGURES["employer_contacts"].note.text


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_week_pdf_has_figures_charts_and_legend(team, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    before = len(log_rows(leader))
    with leader.session() as s:
        report = queries.team_week(s, 2026, 47)
        out = export.export_week(s, report, tmp_path / "viikko.pdf", lang=lang)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    words = {
        "fi": ["Tiimin viikko 2026-W47", "Työnantajakontaktit", "Viimeiset 12 viikkoa",
               "Määritelmät", "Bea Kuviteltu", "Puuttuvat tai vanhat tiedostot"],
        "sv": ["Teamets vecka 2026-W47", "Arbetsgivarkontakter", "De senaste 12 veckorna",
               "Definitioner", "Cecilia Mallinen", "Saknade eller gamla filer"],
    }[lang]  # fmt: skip
    for word in words:
        assert word in text, word
    rows = log_rows(leader)
    assert len(rows) == before + 1
    assert rows[-1].client_ref == "" and rows[-1].detail == f"team week report 2026-W47 PDF {lang}"


def test_failed_export_writes_no_file_and_logs_nothing(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, _ = team
    before = len(log_rows(leader))
    with leader.session() as s:
        report = queries.outcomes(s, date(2026, 1, 1), date(2026, 6, 30))
        with pytest.raises(OSError):
            export.export_outcomes(s, report, tmp_path / "no-such-folder" / "x.pdf", lang="fi")
        with pytest.raises(ValueError):
            export.export_outcomes(s, report, tmp_path / "x.txt", lang="fi")
    assert len(log_rows(leader)) == before
    assert list(tmp_path.iterdir()) == []


def test_report_commands(team, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    leader, root = team
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    data = str(root / "Liisa_Vetäjä")
    leader.close()  # the CLI opens the store itself
    base = ["--data-dir", data, "--passphrase-file", str(pw), "report"]
    pdf, csv_out = tmp_path / "w.pdf", tmp_path / "o.csv"
    assert main([*base, "team-week", "--week", "2026-W53", "--out", str(pdf), "--lang", "sv"]) == 0
    assert "Teamets vecka 2026-W53" in PdfReader(pdf).pages[0].extract_text()
    capsys.readouterr()
    # the global --lang gives the messages and the document's default language (the
    # command's own --lang once overwrote it: "Written:" in English, a Finnish PDF)
    assert main(["--lang", "sv", *base, "team-week", "--week", "2026-W53", "--out", str(pdf)]) == 0
    assert capsys.readouterr().out == f"Skrivet: {pdf}\n"
    assert "Teamets vecka 2026-W53" in PdfReader(pdf).pages[0].extract_text()
    assert main(["--lang", "sv", *base, "team-week", "--week", "2026-W53", "--out", str(pdf),
                 "--lang", "fi"]) == 0  # fmt: skip
    assert capsys.readouterr().out == f"Skrivet: {pdf}\n"
    assert "Tiimin viikko 2026-W53" in PdfReader(pdf).pages[0].extract_text()
    assert main([*base, "outcomes", "--from", "2026-01-01", "--to", "2026-06-30",
                 "--out", str(csv_out), "--lang", "fi"]) == 0  # fmt: skip
    assert read_excel_csv(csv_out.read_bytes(), ";")[1][:2] == ["1.1.2026", "30.6.2026"]
    assert main([*base, "outcomes", "--from", "2026-07-01", "--to", "2026-06-30",
                 "--out", str(csv_out)]) == 2  # fmt: skip
    assert main([*base, "team-week", "--week", "2026-W54", "--out", str(pdf)]) == 2
    assert main([*base, "team-week", "--out", str(tmp_path / "w.txt")]) == 2
